import {
  type ApplicantType,
  type DisclosureRequest,
  OUTCOMES,
  type OutcomeCode,
  type RequestChannel,
  type RequestEvent,
} from '../../../shared/model';
import { applicantName, approver, requestContent } from './fake-text';
import { type GenContext, instantOn } from './context';
import type { Rng } from './prng';

/** Outcome shares, roughly as county bureaus report them (表三): many 予以公开 and 本机关不掌握. */
const OUTCOME_WEIGHT: Record<string, number> = {
  disclose: 40,
  partial: 8,
  'unable.notHeld': 22,
  'unable.needsCreation': 3,
  'unable.stillUnclear': 2,
  'other.noCorrection': 3,
  'other.feeUnpaid': 0.5,
  'other.other': 4,
};
const OUTCOME_PAIRS: [OutcomeCode, number][] = OUTCOMES.map((o) => [
  o.code,
  OUTCOME_WEIGHT[o.code] ?? (o.group === 'withhold' ? 0.8 : 1),
]);

const APPLICANT_PAIRS: [ApplicantType, number][] = [
  ['natural', 85],
  ['commercial', 7],
  ['research', 1],
  ['publicInterest', 1],
  ['legalService', 3],
  ['other', 3],
];
const CHANNEL_PAIRS: [RequestChannel, number][] = [
  ['inPerson', 20],
  ['post', 30],
  ['ordinaryLetter', 3],
  ['internet', 40],
  ['fax', 1],
  ['email', 6],
];

/** 国办函〔2020〕109号 按量计收: ≤30 pages free, 31–100 10元, 101–200 20元, 201+ 40元 per page (in 分). */
function perPageFen(pages: number): number {
  let fen = 0;
  for (let p = 31; p <= pages; p++) fen += p <= 100 ? 1000 : p <= 200 ? 2000 : 4000;
  return fen;
}

export interface GeneratedRequests {
  requests: DisclosureRequest[];
  /** Answered requests an appeal could concern (refused, partly or wholly): id and answer date. */
  appealable: { id: string; answered: string }[];
}

/** An event as the generator writes it: id and note are filled in by `ev`. */
type NewEvent = RequestEvent extends infer E
  ? E extends RequestEvent
    ? Omit<E, 'id' | 'note'>
    : never
  : never;

/** Builds one request's timeline around its chosen outcome, so the events always fit the outcome. */
function timeline(
  ctx: GenContext,
  rng: Rng,
  received: string,
  channel: RequestChannel,
  outcome: OutcomeCode,
) {
  const wd = ctx.workdays;
  const events: RequestEvent[] = [];
  const ev = (e: NewEvent): RequestEvent => {
    const full = { id: rng.uuid(), note: '', ...e } as RequestEvent;
    events.push(full);
    return full;
  };
  let clockStart = received;
  let answerDate: string | null = null;

  // 条例第三十条: one 补正 notice within 7 working days; the answer period restarts on the corrected one.
  if (outcome === 'unable.stillUnclear' || outcome === 'other.noCorrection' || rng.chance(0.06)) {
    const asked = wd.add(received, rng.int(1, 7));
    const dueBy = ctx.addDays(asked, 15);
    ev({ type: 'correctionAsked', date: asked, dueBy });
    if (outcome === 'other.noCorrection') {
      answerDate = wd.add(wd.onOrAfter(ctx.addDays(dueBy, 1)), rng.int(0, 3));
    } else {
      clockStart = ctx.addDays(asked, rng.int(1, 14));
      ev({ type: 'correctionReceived', date: clockStart });
    }
  }
  if (answerDate === null) {
    let floor = clockStart;
    let pausedWorkingDays = 0;
    // 第三十二条/第三十四条: consulting a third party or another agency pauses our clock.
    if (outcome !== 'other.feeUnpaid' && rng.chance(0.05)) {
      const party = rng.chance(0.6) ? 'thirdParty' : 'agency';
      const sent = wd.add(clockStart, rng.int(2, 8));
      const receivedByParty = ctx.addDays(sent, rng.int(1, 3));
      const sentEvent = ev({
        type: 'consultationSent',
        date: sent,
        party,
        partyName: party === 'thirdParty' ? `测试第三方企业${rng.int(1, 99)}` : '测试县测试委员会',
        receivedByParty,
      });
      // Most parties reply inside their 15 working days; silence ends the pause when their period ends.
      const replied = rng.chance(0.85);
      const pauseEnd = wd.add(receivedByParty, replied ? rng.int(3, 15) : 15);
      if (replied) ev({ type: 'consultationReplied', date: pauseEnd, sentEventId: sentEvent.id });
      pausedWorkingDays = wd.count(sent, pauseEnd);
      floor = pauseEnd;
    }
    // 国办函〔2020〕109号: a fee notice; unpaid by the deadline ends the request (其他处理 2).
    const fee =
      outcome === 'other.feeUnpaid' ||
      ((outcome === 'disclose' || outcome === 'partial') && rng.chance(0.015));
    if (fee) {
      const notice = wd.add(clockStart, rng.int(3, 10));
      const payBy = ctx.addDays(notice, 20);
      const perPage = rng.chance(0.6);
      ev({
        type: 'feeNotice',
        date: notice,
        method: perPage ? 'perPage' : 'perApplication',
        amountFen: perPage ? perPageFen(rng.int(31, 260)) : 10000 * rng.int(1, 3),
        payBy,
      });
      if (outcome === 'other.feeUnpaid') {
        answerDate = wd.add(wd.onOrAfter(ctx.addDays(payBy, 1)), rng.int(0, 2));
      } else {
        const paid = ctx.addDays(notice, rng.int(1, 15));
        ev({ type: 'feePaid', date: paid, amountFen: 0 });
        if (paid > floor) floor = paid;
      }
    }
    if (answerDate === null) {
      // 第三十三条: most answers inside 20 working days, some on the spot, a few extended, a few late.
      let days = rng.weighted([
        [rng.int(1, 18), 90],
        [rng.int(19, 20), 7],
        [rng.int(21, 26), 3],
      ]);
      if (
        channel === 'inPerson' &&
        !fee &&
        pausedWorkingDays === 0 &&
        clockStart === received &&
        rng.chance(0.1)
      ) {
        days = 0;
      } else if (rng.chance(0.04)) {
        const extDays = rng.chance(0.7) ? 20 : rng.int(5, 19);
        const approved = wd.add(clockStart, rng.int(15, 19) + pausedWorkingDays);
        ev({
          type: 'extension',
          date: approved,
          workingDays: extDays,
          approver: approver(rng),
          noticeDate: ctx.addDays(approved, rng.int(0, 1)),
        });
        days = rng.int(21, 20 + extDays);
        if (approved > floor) floor = approved;
      }
      answerDate = wd.add(clockStart, days + pausedWorkingDays);
      if (answerDate <= floor && days > 0) answerDate = wd.add(floor, 1);
    }
  }
  // Fill in fee amounts paid = amount noticed (kept in 分).
  const notice = events.find((e) => e.type === 'feeNotice');
  for (const e of events)
    if (e.type === 'feePaid' && notice?.type === 'feeNotice') e.amountFen = notice.amountFen;
  const answered: RequestEvent = { id: rng.uuid(), note: '', type: 'answered', date: answerDate, outcome };
  // Anything after the dataset's today has not happened yet: the request is still open.
  const kept = [...events, answered]
    .filter((e) => e.date <= ctx.today)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return kept;
}

export function generateRequests(ctx: GenContext, year: number, count: number): GeneratedRequests {
  const rng = ctx.rng(`requests/${year}`);
  const requests: DisclosureRequest[] = [];
  const appealable: GeneratedRequests['appealable'] = [];
  for (let i = 0; i < count; i++) {
    const dayOfYear = Math.min(364, Math.floor(((i + rng.next()) / count) * 365));
    const submitted = ctx.addDays(`${year}-01-01`, dayOfYear);
    const channel = rng.weighted(CHANNEL_PAIRS);
    // 条例第三十一条: post is received when signed for; online once both sides confirm.
    const lag =
      channel === 'post' || channel === 'ordinaryLetter'
        ? rng.int(1, 5)
        : channel === 'internet'
          ? rng.int(0, 1)
          : 0;
    const received = ctx.addDays(submitted, lag);
    if (received > ctx.today) break;
    const applicantType = rng.weighted(APPLICANT_PAIRS);
    // Every outcome code occurs each year (the first ones are assigned in order), the rest by weight.
    const outcome =
      i < OUTCOMES.length && count >= OUTCOMES.length
        ? (OUTCOMES[i]?.code ?? 'disclose')
        : rng.weighted(OUTCOME_PAIRS);
    const events = timeline(ctx, rng, received, channel, outcome);
    const answer = events.find((e) => e.type === 'answered');
    const last = events[events.length - 1]?.date ?? received;
    const id = rng.uuid();
    const n = year * 10000 + i + 1;
    const electronic = channel === 'internet' || channel === 'email';
    requests.push({
      id,
      serial: `${year}-${String(i + 1).padStart(3, '0')}`,
      applicantType,
      applicantName: applicantName(applicantType, n),
      applicantContact: '13800000000',
      applicantIdNumber: '',
      applicantAddress:
        applicantType === 'natural' && rng.chance(0.5) ? `测试省测试县测试路${(n % 997) + 1}号` : '',
      channel,
      submittedDate: submitted,
      receivedDate: received,
      content: requestContent(rng, year, electronic),
      form: electronic ? 'electronic' : 'paper',
      events,
      anonymisedAt: null,
      createdAt: instantOn(rng, received),
      updatedAt: instantOn(rng, last),
      deletedAt: null,
    });
    const group = OUTCOMES.find((o) => o.code === outcome)?.group;
    if (
      answer &&
      (group === 'withhold' || group === 'partial' || group === 'unable' || group === 'notProcessed')
    ) {
      appealable.push({ id, answered: answer.date });
    }
  }
  return { requests, appealable };
}

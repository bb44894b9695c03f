import type { Appeal, AppealKind, Consultation, ConsultationChannel } from '../../../shared/model';
import { type GenContext, instantOn } from './context';
import { consultationReply, consultationTopic } from './fake-text';
import type { GeneratedRequests } from './requests';

const CONSULT_CHANNELS: [ConsultationChannel, number][] = [
  ['phone', 60],
  ['inPerson', 20],
  ['online', 17],
  ['letter', 3],
];

export function generateConsultations(ctx: GenContext, year: number, count: number): Consultation[] {
  const rng = ctx.rng(`consultations/${year}`);
  const out: Consultation[] = [];
  for (let i = 0; i < count; i++) {
    const dayOfYear = Math.min(364, Math.floor(((i + rng.next()) / count) * 365));
    const date = ctx.workdays.onOrAfter(ctx.addDays(`${year}-01-01`, dayOfYear));
    if (date > ctx.today) break;
    const at = instantOn(rng, date);
    out.push({
      id: rng.uuid(),
      date,
      channel: rng.weighted(CONSULT_CHANNELS),
      topic: consultationTopic(rng),
      asker: rng.chance(0.4) ? `测试咨询人${(i % 500) + 1}` : '',
      reply: consultationReply(rng),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }
  return out;
}

const KIND_PAIRS: [AppealKind, number][] = [
  ['review', 70],
  ['suitDirect', 20],
  ['suitAfterReview', 10],
];

/**
 * 行政复议 within 60 days of the decision (行政复议法第二十条), suits within 6 months; most concern a
 * request of this register, some concern none. Cases filed recently are still pending.
 */
export function generateAppeals(
  ctx: GenContext,
  year: number,
  count: number,
  from: GeneratedRequests,
): Appeal[] {
  const rng = ctx.rng(`appeals/${year}`);
  const out: Appeal[] = [];
  for (let i = 0; i < count; i++) {
    const request = from.appealable.length > 0 && rng.chance(0.9) ? rng.pick(from.appealable) : null;
    const kind = rng.weighted(KIND_PAIRS);
    const basis = request?.answered ?? ctx.addDays(`${year}-01-01`, rng.int(0, 300));
    const filedDate = ctx.workdays.onOrAfter(ctx.addDays(basis, rng.int(5, kind === 'review' ? 55 : 150)));
    if (filedDate > ctx.today) continue;
    const closedDate = ctx.workdays.onOrAfter(ctx.addDays(filedDate, rng.int(30, 150)));
    const closed = closedDate <= ctx.today;
    const at = instantOn(rng, filedDate);
    out.push({
      id: rng.uuid(),
      kind,
      requestId: request?.id ?? null,
      caseNumber: `测${kind === 'review' ? '复' : '行初'}〔${filedDate.slice(0, 4)}〕${i + 1}号`,
      filedDate,
      result: closed
        ? rng.weighted([
            ['upheld', 65],
            ['corrected', 15],
            ['other', 20],
          ] as const)
        : 'pending',
      closedDate: closed ? closedDate : null,
      note: '',
      createdAt: at,
      updatedAt: closed ? instantOn(rng, closedDate) : at,
      deletedAt: null,
    });
  }
  return out;
}

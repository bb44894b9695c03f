import type { WorkCalendar } from '../calendar/work-calendar';
import {
  countWorkingDays,
  type Pause,
  type WorkingDayCount,
  workingDaysBetween,
} from '../calendar/working-days';
import type { DateString } from '../model/dates';
import type { DisclosureRequest, RequestEvent } from '../model/records';
import { CLOCK_RULES } from './clock-rules';
import type {
  ConsultationClock,
  DeadlineHints,
  DeadlineResult,
  DeadlineStatus,
  DerivationStep,
} from './deadline-types';

/**
 * The statutory clock of one request, derived — never stored (DOMAIN.md §2): from the received
 * date, the events and the calendar. Edit the calendar and every result changes with it.
 */
export type DeadlineRequest = Pick<DisclosureRequest, 'receivedDate' | 'events'>;

export interface DeadlineOptions {
  /** The officer's today (a civil date): shared/ never reads the clock. */
  today: DateString;
  /** "Due soon" when this many working days or fewer are left (settings.dueSoonWorkingDays). */
  dueSoonWorkingDays: number;
}

type EventOf<T extends RequestEvent['type']> = Extract<RequestEvent, { type: T }>;

function firstOf<T extends RequestEvent['type']>(
  events: readonly RequestEvent[],
  type: T,
): EventOf<T> | null {
  const found = events
    .filter((e): e is EventOf<T> => e.type === type)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return found[0] ?? null;
}

/** Outcomes that end a request without a substantive answer (表三 （六）其他处理 1 and 2). */
const ENDED_WITHOUT_ANSWER = new Set(['other.noCorrection', 'other.feeUnpaid']);

function consultationClocks(
  request: DeadlineRequest,
  calendar: WorkCalendar,
  today: DateString,
): { clock: ConsultationClock; partyCount: WorkingDayCount }[] {
  return request.events
    .filter((e): e is EventOf<'consultationSent'> => e.type === 'consultationSent')
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((sent) => {
      // 第三十二条/第三十四条: their 15 working days run from their receipt of the letter. When that day
      // is not recorded, the sending day is used: the earlier end never lengthens our own period.
      const partyCount = countWorkingDays(
        calendar,
        sent.receivedByParty ?? sent.date,
        CLOCK_RULES.consultationReplyWorkingDays,
      );
      const reply = request.events
        .filter(
          (e): e is EventOf<'consultationReplied'> =>
            e.type === 'consultationReplied' && e.sentEventId === sent.id,
        )
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
      const replied = reply?.date ?? null;
      // The pause ends on the day the reply arrives, or the day their reply period ends, whichever is first.
      const pauseThrough = replied !== null && replied < partyCount.date ? replied : partyCount.date;
      const state = replied !== null ? 'replied' : today > partyCount.date ? 'lapsed' : 'waiting';
      return {
        clock: {
          eventId: sent.id,
          party: sent.party,
          partyName: sent.partyName,
          sent: sent.date,
          receivedByParty: sent.receivedByParty,
          partyReplyDue: partyCount.date,
          replied,
          state,
          pauseThrough,
        },
        partyCount,
      };
    });
}

export function computeDeadlines(
  request: DeadlineRequest,
  calendar: WorkCalendar,
  options: DeadlineOptions,
): DeadlineResult {
  const { today } = options;
  const steps: DerivationStep[] = [];
  const counts: WorkingDayCount[] = [];

  // 第三十条: the 补正 notice is due within 7 working days of receipt.
  const correctionCount = countWorkingDays(
    calendar,
    request.receivedDate,
    CLOCK_RULES.correctionNoticeWorkingDays,
  );
  counts.push(correctionCount);
  const asked = firstOf(request.events, 'correctionAsked');
  const corrected = asked
    ? (request.events
        .filter(
          (e): e is EventOf<'correctionReceived'> => e.type === 'correctionReceived' && e.date >= asked.date,
        )
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0] ?? null)
    : null;
  const correctionNoticeLate = asked !== null && asked.date > correctionCount.date;
  steps.push({
    kind: 'correctionNotice',
    count: correctionCount,
    askedOn: asked?.date ?? null,
    late: correctionNoticeLate,
  });

  const consultations = consultationClocks(request, calendar, today);
  for (const c of consultations) {
    counts.push(c.partyCount);
    steps.push({ kind: 'consultation', ...c.clock, partyCount: c.partyCount });
  }
  const pauses: Pause[] = consultations.map((c) => ({ after: c.clock.sent, through: c.clock.pauseThrough }));

  // 第三十条: after a 补正 the period runs from the day the corrected application is received.
  const clockStart = asked ? (corrected?.date ?? null) : request.receivedDate;
  const extension = firstOf(request.events, 'extension');
  let replyDueUnextended: DateString | null = null;
  let replyDue: DateString | null = null;
  if (clockStart === null && asked) {
    steps.push({ kind: 'awaitingCorrection', askedOn: asked.date, dueBy: asked.dueBy });
  } else if (clockStart !== null) {
    const main = countWorkingDays(calendar, clockStart, CLOCK_RULES.replyWorkingDays, pauses);
    counts.push(main);
    steps.push({ kind: 'replyDue', basis: asked ? 'corrected' : 'received', count: main });
    replyDueUnextended = main.date;
    replyDue = main.date;
    if (extension) {
      // 第三十三条: the extension's working days are added after the unextended due date.
      const ext = countWorkingDays(calendar, main.date, extension.workingDays, pauses);
      counts.push(ext);
      steps.push({
        kind: 'extension',
        workingDays: extension.workingDays,
        approver: extension.approver,
        approvedOn: extension.date,
        noticeDate: extension.noticeDate,
        count: ext,
      });
      replyDue = ext.date;
    }
  }

  const unknownYears = [...new Set(counts.flatMap((c) => c.unknownYears))].sort((a, b) => a - b);
  if (unknownYears.length > 0) steps.push({ kind: 'unknownYears', years: unknownYears });

  const answer = firstOf(request.events, 'answered');
  const onTime = answer && replyDue !== null ? answer.date <= replyDue : null;
  if (answer)
    steps.push({ kind: 'answered', date: answer.date, outcome: answer.outcome, due: replyDue, onTime });

  const open = consultations.filter((c) => c.clock.sent <= today && c.clock.state === 'waiting');
  let status: DeadlineStatus;
  let workingDaysLeft: number | null = null;
  if (answer) {
    status = ENDED_WITHOUT_ANSWER.has(answer.outcome)
      ? 'endedWithoutAnswer'
      : onTime === false
        ? 'answeredLate'
        : 'answeredOnTime';
  } else if (replyDue === null) {
    status = 'awaitingCorrection';
  } else {
    workingDaysLeft = workingDaysBetween(calendar, today, replyDue, today <= replyDue ? pauses : []);
    if (today > replyDue) status = 'overdue';
    else if (open.length > 0) status = 'consulting';
    else status = workingDaysLeft <= options.dueSoonWorkingDays ? 'dueSoon' : 'onTime';
  }

  const feeNotice = firstOf(request.events, 'feeNotice');
  const paid = request.events.some((e) => e.type === 'feePaid');
  const feeOpen = feeNotice !== null && !paid && !answer;
  const hints: DeadlineHints = {
    correctionNoticeLate,
    correctionLapsed: asked !== null && !corrected && !answer && asked.dueBy !== null && today > asked.dueBy,
    feePending: feeOpen && today <= feeNotice.payBy,
    feeLapsed: feeOpen && today > feeNotice.payBy,
    extensionLate: extension !== null && replyDueUnextended !== null && extension.date > replyDueUnextended,
  };

  return {
    calendarVersion: calendar.version,
    rulesVersion: CLOCK_RULES.version,
    receivedDate: request.receivedDate,
    correctionNoticeDue: correctionCount.date,
    clockStart,
    replyDueUnextended,
    replyDue,
    extensionWorkingDays: extension && replyDue !== null ? extension.workingDays : 0,
    consultations: consultations.map((c) => c.clock),
    status,
    workingDaysLeft,
    provisional: !answer && consultations.some((c) => c.clock.state === 'waiting'),
    answeredOn: answer?.date ?? null,
    unknownYears,
    hints,
    steps,
  };
}

import type { WorkCalendar } from '../calendar/work-calendar';
import type { DateString } from '../model/dates';
import {
  checkRequestEvents,
  type DisclosureRequest,
  type RequestEvent,
  requestEvent,
} from '../model/records';
import { computeDeadlines } from './deadlines';

/**
 * Workflow rules of a request's timeline, enforced here (not only in the UI): the order 条例 sets
 * (补正 before the answer, one extension of at most 20 working days with approver and notice, an
 * answer with one official outcome, a consultation reply after the letter…). Builds on
 * `checkRequestEvents` (shared/model) and adds the rules that need the calendar.
 *
 * `key` is an i18n key: `validation.*` from the model's checks, `clock:workflow.*` for the rules here.
 */
export type WorkflowRequest = Pick<DisclosureRequest, 'receivedDate' | 'events'>;

export interface WorkflowIssue {
  severity: 'error' | 'warning';
  key: string;
  /** The event concerned, when there is one. */
  eventId: string | null;
  /** Path into the event for field-level messages (e.g. ['noticeDate']). */
  field: string | null;
}

export type WorkflowResult<R extends WorkflowRequest> =
  | { ok: true; request: R; warnings: WorkflowIssue[] }
  | { ok: false; errors: WorkflowIssue[] };

type EventOf<T extends RequestEvent['type']> = Extract<RequestEvent, { type: T }>;

const err = (key: string, eventId: string | null, field: string | null = null): WorkflowIssue => ({
  severity: 'error',
  key: `clock:workflow.${key}`,
  eventId,
  field,
});
const warn = (key: string, eventId: string | null): WorkflowIssue => ({
  severity: 'warning',
  key: `clock:workflow.${key}`,
  eventId,
  field: null,
});

/** Stable order for a timeline: by date, keeping the entry order for the same day. */
export function sortEvents(events: readonly RequestEvent[]): RequestEvent[] {
  return eventOrder(events.map((e) => e.date)).map((i) => events[i] as RequestEvent);
}

/**
 * The order a timeline is kept in, as indices into `dates` (the steps as entered): by date, same-day
 * steps as entered. The request form maps the stored steps' messages back to the steps on screen.
 */
export function eventOrder(dates: readonly string[]): number[] {
  return dates
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [dates[a] ?? '', dates[b] ?? ''];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
}

/** Substantive outcomes cannot be given while the applicant still owes the 补正. */
const SUBSTANTIVE = /^(disclose|partial|withhold\.|unable\.)/;

function calendarRules(request: WorkflowRequest, calendar: WorkCalendar): WorkflowIssue[] {
  const issues: WorkflowIssue[] = [];
  const events = request.events;
  const of = <T extends RequestEvent['type']>(t: T) => events.filter((e): e is EventOf<T> => e.type === t);
  const asked = of('correctionAsked')[0];
  const corrected = asked ? of('correctionReceived').find((c) => c.date >= asked.date) : undefined;
  const answer = of('answered')[0];
  // Today does not matter for the dates checked here; the received date keeps it pure and stable.
  const clock = computeDeadlines(
    { receivedDate: request.receivedDate, events: events.filter((e) => e.type !== 'extension') },
    calendar,
    { today: request.receivedDate, dueSoonWorkingDays: 0 },
  );

  for (let i = 1; i < events.length; i++) {
    const prev = events[i - 1];
    const cur = events[i];
    if (prev && cur && cur.date < prev.date) issues.push(err('eventsOutOfOrder', cur.id, 'date'));
  }
  for (const e of of('correctionAsked')) {
    // 第三十条: the notice is due within 7 working days; late is recorded, but flagged.
    if (e.date > clock.correctionNoticeDue) issues.push(warn('correctionNoticeLate', e.id));
    if (answer && e.date >= answer.date) issues.push(err('correctionAfterAnswer', e.id, 'date'));
    if (e.dueBy !== null && e.dueBy < e.date) issues.push(err('correctionDueBeforeNotice', e.id, 'dueBy'));
  }
  for (const e of of('extension')) {
    // 第三十三条: the extension is decided and notified within the running period.
    if (asked && !corrected) issues.push(err('extensionWhileAwaitingCorrection', e.id));
    else if (clock.replyDueUnextended !== null && e.date > clock.replyDueUnextended) {
      issues.push(err('extensionAfterDue', e.id, 'date'));
    } else if (clock.replyDueUnextended !== null && e.noticeDate > clock.replyDueUnextended) {
      issues.push(err('extensionNoticeAfterDue', e.id, 'noticeDate'));
    }
  }
  for (const e of of('consultationSent')) {
    if (e.receivedByParty !== null && e.receivedByParty < e.date) {
      issues.push(err('partyReceivedBeforeSent', e.id, 'receivedByParty'));
    }
  }
  const repliedTo = new Set<string>();
  for (const e of of('consultationReplied')) {
    if (repliedTo.has(e.sentEventId)) issues.push(err('consultationAlreadyReplied', e.id));
    repliedTo.add(e.sentEventId);
  }
  const notices = of('feeNotice');
  const payments = of('feePaid');
  if (notices.length > 1) {
    // 国办函〔2020〕109号 第三条: one method per application, never both — and one notice.
    const methods = new Set(notices.map((n) => n.method));
    for (const n of notices.slice(1))
      issues.push(err(methods.size > 1 ? 'feeMethodsMixed' : 'oneFeeNoticeOnly', n.id));
  }
  const notice = notices[0];
  for (const [i, p] of payments.entries()) {
    if (i > 0) issues.push(err('feeAlreadyPaid', p.id));
    else if (notice && p.amountFen !== notice.amountFen)
      issues.push(err('feeAmountMismatch', p.id, 'amountFen'));
    if (notice && p.date > notice.payBy) issues.push(warn('feePaidLate', p.id));
  }
  if (notice && notice.payBy < notice.date) issues.push(err('feePayByBeforeNotice', notice.id, 'payBy'));
  if (answer) {
    const o = answer.outcome;
    if (o === 'other.noCorrection' && (!asked || corrected))
      issues.push(err('noCorrectionOutcomeInvalid', answer.id, 'outcome'));
    if (o === 'unable.stillUnclear' && !corrected)
      issues.push(err('stillUnclearWithoutCorrection', answer.id, 'outcome'));
    if (o === 'other.feeUnpaid' && (!notice || payments.length > 0 || answer.date <= notice.payBy)) {
      issues.push(err('feeUnpaidOutcomeInvalid', answer.id, 'outcome'));
    }
    if (asked && asked.date < answer.date && !corrected && SUBSTANTIVE.test(o))
      issues.push(err('answerWhileAwaitingCorrection', answer.id, 'outcome'));
  }
  return issues;
}

/** Every rule over the whole timeline: the model's checks plus the calendar-aware ones here. */
export function validateRequestWorkflow(request: WorkflowRequest, calendar: WorkCalendar): WorkflowIssue[] {
  const modelIssues: WorkflowIssue[] = checkRequestEvents(request).map((issue) => {
    const index = typeof issue.path[1] === 'number' ? issue.path[1] : null;
    const field = typeof issue.path[2] === 'string' ? issue.path[2] : null;
    return {
      severity: 'error',
      key: issue.message,
      eventId: index === null ? null : (request.events[index]?.id ?? null),
      field,
    };
  });
  return [...modelIssues, ...calendarRules(request, calendar)];
}

const signature = (i: WorkflowIssue) => `${i.severity}|${i.key}|${i.eventId ?? ''}|${i.field ?? ''}`;

/**
 * Accept a changed timeline only if it brings no new error. Problems that were already there (old
 * data, a calendar edit since) do not block unrelated entries; they stay visible through validate.
 */
function commit<R extends WorkflowRequest>(
  before: R,
  events: RequestEvent[],
  calendar: WorkCalendar,
  extra: WorkflowIssue[],
): WorkflowResult<R> {
  const after = { ...before, events: sortEvents(events) };
  const old = new Set(validateRequestWorkflow(before, calendar).map(signature));
  const issues = validateRequestWorkflow(after, calendar).filter((i) => !old.has(signature(i)));
  const errors = [...extra, ...issues.filter((i) => i.severity === 'error')];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, request: after, warnings: issues.filter((i) => i.severity === 'warning') };
}

function parseEvent(raw: unknown): { event: RequestEvent } | { errors: WorkflowIssue[] } {
  const parsed = requestEvent.safeParse(raw);
  if (parsed.success) return { event: parsed.data };
  const id =
    typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  return {
    errors: parsed.error.issues.map((i) => ({
      severity: 'error' as const,
      // A missing field fails as a type error whose text is not an i18n key.
      key:
        i.code === 'invalid_type' && !i.message.startsWith('validation.') ? 'validation.required' : i.message,
      eventId: id,
      field: typeof i.path[0] === 'string' ? i.path[0] : null,
    })),
  };
}

export interface ApplyOptions {
  /** When given, events dated after today are refused (nothing is recorded in advance). */
  today?: DateString;
}

/** Add one event (validated against the schema and every rule); returns the new request or why not. */
export function applyEvent<R extends WorkflowRequest>(
  request: R,
  raw: unknown,
  calendar: WorkCalendar,
  options: ApplyOptions = {},
): WorkflowResult<R> {
  const parsed = parseEvent(raw);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors };
  const { event } = parsed;
  const extra: WorkflowIssue[] = [];
  if (request.events.some((e) => e.id === event.id)) extra.push(err('duplicateEvent', event.id));
  if (options.today && event.date > options.today) extra.push(err('eventInFuture', event.id, 'date'));
  return commit(request, [...request.events, event], calendar, extra);
}

/** Replace an event (same id) after an edit. */
export function replaceEvent<R extends WorkflowRequest>(
  request: R,
  raw: unknown,
  calendar: WorkCalendar,
  options: ApplyOptions = {},
): WorkflowResult<R> {
  const parsed = parseEvent(raw);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors };
  const { event } = parsed;
  if (!request.events.some((e) => e.id === event.id))
    return { ok: false, errors: [err('eventNotFound', event.id)] };
  const extra = options.today && event.date > options.today ? [err('eventInFuture', event.id, 'date')] : [];
  return commit(
    request,
    request.events.map((e) => (e.id === event.id ? event : e)),
    calendar,
    extra,
  );
}

/** Remove an event; refused when others depend on it (a reply on its consultation, a payment on its notice). */
export function removeEvent<R extends WorkflowRequest>(
  request: R,
  eventId: string,
  calendar: WorkCalendar,
): WorkflowResult<R> {
  if (!request.events.some((e) => e.id === eventId))
    return { ok: false, errors: [err('eventNotFound', eventId)] };
  return commit(
    request,
    request.events.filter((e) => e.id !== eventId),
    calendar,
    [],
  );
}

import type { WorkCalendar } from '../calendar/work-calendar';
import { type DateString, daysInMonth, formatDate, monthOf, toDayNumber, yearOf } from '../model/dates';
import { answerOf, type Consultation, type DisclosureRequest } from '../model/records';
import {
  CONSULTATION_CHANNELS,
  type ConsultationChannel,
  OUTCOMES,
  type OutcomeGroup,
} from '../model/taxonomy';
import { computeDeadlines } from '../requests/deadlines';
import type { DeadlineStatus } from '../requests/deadline-types';
import { isLive } from './monthly';

/** Consultations of one month by channel (电话 / 当面 / 网上 / 信函), in the taxonomy's order. */
export function consultationsByChannel(
  items: readonly Pick<Consultation, 'date' | 'channel' | 'deletedAt'>[],
  year: number,
  month: number,
): { channel: ConsultationChannel; count: number }[] {
  const counts = new Map<ConsultationChannel, number>(CONSULTATION_CHANNELS.map((c) => [c.code, 0]));
  for (const c of items) {
    if (!isLive(c) || yearOf(c.date) !== year || monthOf(c.date) !== month) continue;
    counts.set(c.channel, (counts.get(c.channel) ?? 0) + 1);
  }
  return [...counts].map(([channel, count]) => ({ channel, count }));
}

export type OutcomeBucket = OutcomeGroup | 'pending';

/**
 * Requests of a year by outcome group (表三 （一）…（六）): an answer counts in the year it is
 * given (DOMAIN.md §3); `pending` = received by today and not answered yet.
 */
export function requestsByOutcome(
  items: readonly Pick<DisclosureRequest, 'receivedDate' | 'events' | 'deletedAt'>[],
  year: number,
  today: DateString,
): { bucket: OutcomeBucket; count: number }[] {
  const groupOf = new Map<string, OutcomeGroup>(OUTCOMES.map((o) => [o.code, o.group]));
  const order: OutcomeBucket[] = [
    'disclose',
    'partial',
    'withhold',
    'unable',
    'notProcessed',
    'other',
    'pending',
  ];
  const counts = new Map<OutcomeBucket, number>(order.map((b) => [b, 0]));
  for (const r of items) {
    if (!isLive(r)) continue;
    const answer = answerOf(r);
    if (answer && yearOf(answer.date) === year && answer.date <= today) {
      const g = groupOf.get(answer.outcome);
      if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
    } else if ((!answer || answer.date > today) && r.receivedDate <= today) {
      counts.set('pending', (counts.get('pending') ?? 0) + 1);
    }
  }
  return order.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
}

export interface ReportDeadline {
  /** The year the report covers. */
  reportYear: number;
  dueDate: DateString;
  /** Calendar days from today; 0 on the due day. */
  daysLeft: number;
}

/**
 * The next annual report deadline (条例第四十九条: 1月31日 for county-level departments; townships
 * set their own, `reportDueMonthDay` "MM-DD"). Up to and including the due day, it is this year's
 * deadline for last year's report.
 */
export function reportDeadline(reportDueMonthDay: string, today: DateString): ReportDeadline {
  const [mm, dd] = reportDueMonthDay.split('-').map(Number) as [number, number];
  const dueIn = (y: number) => formatDate(y, mm, Math.min(dd, daysInMonth(y, mm)));
  const y = yearOf(today);
  const thisYear = dueIn(y);
  const dueDate = today <= thisYear ? thisYear : dueIn(y + 1);
  return { reportYear: yearOf(dueDate) - 1, dueDate, daysLeft: toDayNumber(dueDate) - toDayNumber(today) };
}

export type AttentionKind = 'overdue' | 'dueSoon' | 'awaitingCorrection' | 'consulting';

export interface RequestAttention {
  id: string;
  serial: string;
  kind: AttentionKind;
  replyDue: DateString | null;
  workingDaysLeft: number | null;
  /** Years the count ran into whose calendar is not loaded (the due date may be wrong). */
  unknownYears: number[];
}

const ATTENTION: Partial<Record<DeadlineStatus, AttentionKind>> = {
  overdue: 'overdue',
  dueSoon: 'dueSoon',
  awaitingCorrection: 'awaitingCorrection',
  consulting: 'consulting',
};

/** Open requests that need the officer today, by the statutory clock (shared/requests). */
export function requestsNeedingAttention(
  items: readonly DisclosureRequest[],
  calendar: WorkCalendar,
  today: DateString,
  dueSoonWorkingDays: number,
): RequestAttention[] {
  const out: RequestAttention[] = [];
  for (const r of items) {
    if (!isLive(r) || r.receivedDate > today) continue;
    // Answered (or ended): its status is one of the answered ones, never needing attention; the
    // clock is not computed (issue 17: at county scale most of a window's thousands of requests).
    if (r.events.some((e) => e.type === 'answered')) continue;
    const d = computeDeadlines(r, calendar, { today, dueSoonWorkingDays });
    const kind = ATTENTION[d.status];
    if (kind)
      out.push({
        id: r.id,
        serial: r.serial,
        kind,
        replyDue: d.replyDue,
        workingDaysLeft: d.workingDaysLeft,
        unknownYears: d.unknownYears,
      });
  }
  return out.sort((a, b) => (a.workingDaysLeft ?? 999) - (b.workingDaysLeft ?? 999));
}

/** Every year the listed deadlines ran into without a loaded calendar, once each, in order. */
export function unknownYearsOf(items: readonly { unknownYears: readonly number[] }[]): number[] {
  return [...new Set(items.flatMap((i) => i.unknownYears))].sort((a, b) => a - b);
}

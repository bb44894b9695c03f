import { type DateString, monthOf, yearOf } from '../model/dates';

/**
 * Monthly output as the county office monitors it (seed 篇4): a "空白月" is a month with no
 * publication at all; a month under the quota (settings.monthlyQuota) is named too. Months count
 * publications by their 公开日期; items formed but not yet published do not count.
 */

export interface PublishedItem {
  publishedDate: DateString | null;
  deletedAt?: string | null;
}

/**
 * past: the month is over; current: today's month (not judged yet: it can still be filled);
 * future: not started.
 */
export type MonthPhase = 'past' | 'current' | 'future';
/** beforeRecords: the month is before the app's records start (settings.recordsStart): not judged. */
export type MonthStatus = 'blank' | 'underQuota' | 'met' | 'inProgress' | 'future' | 'beforeRecords';

export interface MonthFigure {
  month: number;
  count: number;
  phase: MonthPhase;
  status: MonthStatus;
}

export function isLive(r: { deletedAt?: string | null }): boolean {
  return r.deletedAt === null || r.deletedAt === undefined;
}

/** Items published in `year`, per month (index 0 = January), up to and including `today`. */
export function publishedPerMonth(
  items: readonly PublishedItem[],
  year: number,
  today: DateString,
): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const p of items) {
    const d = p.publishedDate;
    if (!d || !isLive(p) || d > today || yearOf(d) !== year) continue;
    counts[monthOf(d) - 1] = (counts[monthOf(d) - 1] ?? 0) + 1;
  }
  return counts;
}

export function monthPhase(year: number, month: number, today: DateString): MonthPhase {
  const ty = yearOf(today);
  const tm = monthOf(today);
  if (year < ty || (year === ty && month < tm)) return 'past';
  if (year === ty && month === tm) return 'current';
  return 'future';
}

/**
 * The year's months with their count and status against the quota (quota 0 = no quota).
 * `recordsStart` ("YYYY-MM"): the month the app's records begin; earlier months are not blank
 * months — the app simply holds nothing of them (issue 13 item 15: a new install is not 11 空白月).
 */
export function monthFigures(
  items: readonly PublishedItem[],
  year: number,
  quota: number,
  today: DateString,
  recordsStart: string | null = null,
): MonthFigure[] {
  return publishedPerMonth(items, year, today).map((count, i) => {
    const month = i + 1;
    const phase = monthPhase(year, month, today);
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    let status: MonthStatus;
    if (phase === 'future') status = 'future';
    else if (recordsStart !== null && ym < recordsStart && count === 0) status = 'beforeRecords';
    else if (phase === 'current') status = quota > 0 && count >= quota ? 'met' : 'inProgress';
    else if (count === 0) status = 'blank';
    else if (quota > 0 && count < quota) status = 'underQuota';
    else status = 'met';
    return { month, count, phase, status };
  });
}

export interface MonthSummary {
  year: number;
  months: MonthFigure[];
  /** 空白月 so far (months that ended with no publication). */
  blankMonths: number[];
  underQuotaMonths: number[];
  /** Consecutive 空白月 ending with the last finished month (篇4: "连续两个月信息发布空白"). */
  blankStreak: number;
  total: number;
}

export function monthSummary(
  items: readonly PublishedItem[],
  year: number,
  quota: number,
  today: DateString,
  recordsStart: string | null = null,
): MonthSummary {
  const months = monthFigures(items, year, quota, today, recordsStart);
  const past = months.filter((m) => m.phase === 'past');
  let blankStreak = 0;
  for (let i = past.length - 1; i >= 0 && past[i]?.status === 'blank'; i--) blankStreak++;
  return {
    year,
    months,
    blankMonths: months.filter((m) => m.status === 'blank').map((m) => m.month),
    underQuotaMonths: months.filter((m) => m.status === 'underQuota').map((m) => m.month),
    blankStreak,
    total: months.reduce((a, m) => a + m.count, 0),
  };
}

export interface QuotaProgress {
  year: number;
  month: number;
  count: number;
  quota: number;
  /** Items still needed this month to meet the quota (0 when met). */
  remaining: number;
}

export function thisMonthAgainstQuota(
  items: readonly PublishedItem[],
  quota: number,
  today: DateString,
): QuotaProgress {
  const year = yearOf(today);
  const month = monthOf(today);
  const count = publishedPerMonth(items, year, today)[month - 1] ?? 0;
  return { year, month, count, quota, remaining: Math.max(quota - count, 0) };
}

/**
 * The month the records start (issue 13 item 15): the officer's setting, else the month of the
 * earliest record in any register; with no record at all, this month (nothing before it is judged).
 */
export function recordsStartMonth(
  setting: string | null,
  firstRecordDates: readonly (DateString | null | undefined)[],
  today: DateString,
): string {
  if (setting) return setting;
  const dates = firstRecordDates.filter((d): d is DateString => Boolean(d)).sort();
  return (dates[0] ?? today).slice(0, 7);
}

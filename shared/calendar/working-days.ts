import { addDays, type DateString, fromDayNumber, toDayNumber, yearOf } from '../model/dates';
import type { WorkCalendar } from './work-calendar';

/**
 * Working-day arithmetic (DOMAIN.md §2): "within N working days of receipt" — the receipt day is
 * day 0, the next working day is day 1. Everything is on `YYYY-MM-DD` strings through integer day
 * numbers, so no time zone can shift a result.
 */

/** Days d with `after` < d ≤ `through` are not counted (a consultation pause, 条例第三十二至三十四条). */
export interface Pause {
  after: DateString;
  through: DateString;
}

/** A block of consecutive holidays skipped while counting (weekends inside the block included). */
export interface HolidayRun {
  from: DateString;
  to: DateString;
  /** Distinct official names in the block, in date order (e.g. 国庆节, 中秋). */
  namesZh: string[];
  namesEn: string[];
  /** Notes of the officer's overrides in the block. */
  notes: string[];
}

export interface PausedRange {
  from: DateString;
  to: DateString;
  /** Working days inside the range that were not counted. */
  workingDays: number;
}

export interface WorkingDayCount {
  from: DateString;
  n: number;
  /** The n-th counted working day after `from` (= `from` when n is 0). */
  date: DateString;
  holidayRuns: HolidayRun[];
  /** 调休 make-up working days (weekend days that are working days) that were counted. */
  makeupDays: DateString[];
  pausedRanges: PausedRange[];
  /** Years walked through whose calendar is not known: counted weekends-only there. */
  unknownYears: number[];
}

/** Far beyond any statutory period; stops a runaway loop on absurd input. */
const MAX_WALK_DAYS = 20_000;

interface DayInterval {
  start: number;
  end: number;
}

function mergePauses(pauses: readonly Pause[]): DayInterval[] {
  const intervals = pauses
    .map((p) => ({ start: toDayNumber(p.after) + 1, end: toDayNumber(p.through) }))
    .filter((i) => i.end >= i.start)
    .sort((a, b) => a.start - b.start);
  const merged: DayInterval[] = [];
  for (const i of intervals) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end + 1) last.end = Math.max(last.end, i.end);
    else merged.push({ ...i });
  }
  return merged;
}

function groupHolidays(cal: WorkCalendar, days: DateString[]): HolidayRun[] {
  const runs: HolidayRun[] = [];
  let prev: number | null = null;
  for (const d of days) {
    const n = toDayNumber(d);
    const info = cal.describe(d);
    let run = runs[runs.length - 1];
    if (!run || prev === null || n !== prev + 1) {
      run = { from: d, to: d, namesZh: [], namesEn: [], notes: [] };
      runs.push(run);
    }
    run.to = d;
    if (info.source === 'official' && info.nameZh && !run.namesZh.includes(info.nameZh)) {
      run.namesZh.push(info.nameZh);
      run.namesEn.push(info.nameEn);
    }
    if (info.source === 'override' && info.note && !run.notes.includes(info.note)) run.notes.push(info.note);
    prev = n;
  }
  return runs;
}

/**
 * Counts without pauses, kept per calendar (issue 17): the dashboard and the report count the same
 * few hundred dates thousands of times (every publication's 20 working days, every request's 7 and
 * 20), each a walk of up to a month of days. A calendar is immutable (buildCalendar), so its counts
 * are too; they are frozen, as they are shared.
 */
const kept = new WeakMap<WorkCalendar, Map<string, WorkingDayCount>>();
/** Far more than the dates of ten years of records; past it the memo starts again. */
const KEEP_COUNTS = 50_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function checkCount(n: number) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
}

/**
 * Count `n` working days after `from`, skipping non-working days and paused days, and say what was
 * skipped so the officer can check it (DOMAIN.md §2: "show how each due date was derived").
 */
export function countWorkingDays(
  cal: WorkCalendar,
  from: DateString,
  n: number,
  pauses: readonly Pause[] = [],
): WorkingDayCount {
  checkCount(n);
  if (pauses.length > 0) return walkWorkingDays(cal, from, n, pauses);
  let counts = kept.get(cal);
  if (!counts || counts.size >= KEEP_COUNTS) {
    counts = new Map();
    kept.set(cal, counts);
  }
  const key = `${from}+${n}`;
  const hit = counts.get(key);
  if (hit) return hit;
  const count = deepFreeze(walkWorkingDays(cal, from, n, pauses));
  counts.set(key, count);
  return count;
}

function walkWorkingDays(
  cal: WorkCalendar,
  from: DateString,
  n: number,
  pauses: readonly Pause[],
): WorkingDayCount {
  const merged = mergePauses(pauses);
  const holidayDays: DateString[] = [];
  const makeupDays: DateString[] = [];
  const pausedCount = new Map<DayInterval, number>();
  const unknown = new Set<number>();
  let d = from;
  let counted = 0;
  let steps = 0;
  while (counted < n) {
    if (++steps > MAX_WALK_DAYS) throw new RangeError('working-day count does not end');
    d = addDays(d, 1);
    const info = cal.describe(d);
    if (!info.known) unknown.add(yearOf(d));
    if (info.kind === 'holiday') holidayDays.push(d);
    if (!info.working) continue;
    const dn = toDayNumber(d);
    const pause = merged.find((i) => dn >= i.start && dn <= i.end);
    if (pause) {
      pausedCount.set(pause, (pausedCount.get(pause) ?? 0) + 1);
      continue;
    }
    counted++;
    if (info.kind === 'makeupWorkday') makeupDays.push(d);
  }
  const lo = toDayNumber(from) + 1;
  const hi = toDayNumber(d);
  const pausedRanges = merged
    .filter((i) => i.start <= hi && i.end >= lo)
    .map((i) => ({
      from: addDays(from, Math.max(i.start, lo) - lo + 1),
      to: addDays(from, Math.min(i.end, hi) - lo + 1),
      workingDays: pausedCount.get(i) ?? 0,
    }));
  return {
    from,
    n,
    date: d,
    holidayRuns: groupHolidays(cal, holidayDays),
    makeupDays,
    pausedRanges,
    unknownYears: [...unknown].sort((a, b) => a - b),
  };
}

/**
 * The n-th working day after `from` (the receipt day is day 0): the same date as
 * `countWorkingDays(cal, from, n).date`, found in the years' running counts (below) instead of a walk
 * that describes each day (issue 17: the dashboard's first render at county scale spent 33 ms of its
 * 300 ms task walking the 20 working days of each unpublished item, a first walk per date).
 */
export function addWorkingDays(cal: WorkCalendar, from: DateString, n: number): DateString {
  checkCount(n);
  if (n === 0) return from;
  const start = toDayNumber(from);
  let left = n;
  for (let day = start + 1; ; ) {
    if (day - start > MAX_WALK_DAYS) throw new RangeError('working-day count does not end');
    const { first, running } = yearCounts(cal, yearOf(fromDayNumber(day)));
    const before = day > first ? (running[day - first - 1] ?? 0) : 0;
    const last = running.length - 1;
    const inYear = (running[last] ?? 0) - before;
    if (inYear < left) {
      left -= inYear;
      day = first + last + 1;
      continue;
    }
    // The first day of the year from `day` on whose running count reaches before + left.
    const target = before + left;
    let lo = day - first;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((running[mid] ?? 0) >= target) hi = mid;
      else lo = mid + 1;
    }
    return fromDayNumber(first + lo);
  }
}

/**
 * Each year's working days as running counts (`running[i]`: working days from 1 January through the
 * i-th day of the year), kept per calendar (issue 17): "days left" of a request or a publication was a
 * walk of every day between today and its due date — years of days for an old record, each day's
 * description built again — on every list, dashboard and report drawn. A calendar is immutable
 * (buildCalendar), so its counts are too.
 */
const runningCounts = new WeakMap<WorkCalendar, Map<number, { first: number; running: Int32Array }>>();

function yearCounts(cal: WorkCalendar, year: number): { first: number; running: Int32Array } {
  let years = runningCounts.get(cal);
  if (!years) {
    years = new Map();
    runningCounts.set(cal, years);
  }
  let counts = years.get(year);
  if (!counts) {
    const first = toDayNumber(`${year}-01-01`);
    const running = new Int32Array(toDayNumber(`${year}-12-31`) - first + 1);
    let n = 0;
    for (let i = 0; i < running.length; i++) {
      if (cal.isWorkingDay(fromDayNumber(first + i))) n++;
      running[i] = n;
    }
    counts = { first, running };
    years.set(year, counts);
  }
  return counts;
}

/** Working days among the days numbered lo…hi (toDayNumber), both included; 0 when hi < lo. */
function workingDaysIn(cal: WorkCalendar, lo: number, hi: number): number {
  let count = 0;
  for (let day = lo; day <= hi; ) {
    const { first, running } = yearCounts(cal, yearOf(fromDayNumber(day)));
    const end = Math.min(hi, first + running.length - 1);
    count += (running[end - first] ?? 0) - (day > first ? (running[day - first - 1] ?? 0) : 0);
    day = end + 1;
  }
  return count;
}

/**
 * Working days in (a, b], not counting paused days; negative when b is before a (so "days left"
 * reads −2 two working days after a due date). 0 when a = b.
 */
export function workingDaysBetween(
  cal: WorkCalendar,
  a: DateString,
  b: DateString,
  pauses: readonly Pause[] = [],
): number {
  if (b < a) return -workingDaysBetween(cal, b, a, pauses);
  const lo = toDayNumber(a) + 1;
  const hi = toDayNumber(b);
  // The merged pauses do not overlap: each one's working days inside (a, b] are taken off once.
  let count = workingDaysIn(cal, lo, hi);
  for (const p of mergePauses(pauses))
    count -= workingDaysIn(cal, Math.max(p.start, lo), Math.min(p.end, hi));
  return count;
}

/** Years in [from, to] that the calendar does not know. */
export function unknownYearsBetween(cal: WorkCalendar, from: DateString, to: DateString): number[] {
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!cal.isKnownYear(y)) years.push(y);
  return years;
}

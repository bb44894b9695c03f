import { buildCalendar } from '../../../shared/calendar';
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/model';

/**
 * Working-day arithmetic for the generator, on the app's own calendar (official holidays and 调休),
 * precomputed once so two hundred thousand "published within N working days" draws stay cheap.
 */
export interface Workdays {
  /** The n-th working day after `date` (n ≥ 1), or `date` itself for n = 0. */
  add(date: string, n: number): string;
  /** The first working day on or after `date`. */
  onOrAfter(date: string): string;
  /** Working days in (from, to]: how many of the days after `from`, up to `to`, are working days. */
  count(from: string, to: string): number;
}

export function buildWorkdays(firstYear: number, lastYear: number): Workdays {
  const cal = buildCalendar();
  const start = toDayNumber(`${firstYear - 1}-01-01`);
  const end = toDayNumber(`${lastYear + 2}-12-31`);
  const list: number[] = [];
  /** For each day: index into `list` of the first working day on or after it. */
  const nextIndex = new Int32Array(end - start + 1);
  for (let dn = start; dn <= end; dn++) if (cal.isWorkingDay(fromDayNumber(dn))) list.push(dn);
  let j = 0;
  for (let dn = start; dn <= end; dn++) {
    while (j < list.length && (list[j] ?? 0) < dn) j++;
    nextIndex[dn - start] = j;
  }
  const indexOnOrAfter = (date: string) => {
    const dn = toDayNumber(date);
    if (dn < start || dn > end) throw new RangeError(`date outside the generator's calendar: ${date}`);
    return nextIndex[dn - start] ?? 0;
  };
  const at = (i: number) => {
    const dn = list[i];
    if (dn === undefined) throw new RangeError('working day past the generator calendar');
    return fromDayNumber(dn);
  };
  return {
    add(date, n) {
      if (n === 0) return date;
      const i = indexOnOrAfter(date);
      // The receipt day is day 0 even when it is a working day (DOMAIN.md §2).
      const isWorking = list[i] === toDayNumber(date);
      return at(i + n - (isWorking ? 0 : 1));
    },
    onOrAfter: (date) => at(indexOnOrAfter(date)),
    count: (from, to) => Math.max(0, indexOnOrAfter(addDays(to, 1)) - indexOnOrAfter(addDays(from, 1))),
  };
}

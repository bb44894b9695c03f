import { addDays } from '../../../shared/model';
import { createRng, type Rng } from './prng';
import type { Workdays } from './workdays';

/** What every register generator shares: the seed, the calendar, the dataset's "today". */
export interface GenContext {
  /** An independent stream per label, so one register's size never shifts another's values. */
  rng(label: string): Rng;
  workdays: Workdays;
  /** The dataset's today (a civil date): requests after it are still open. */
  today: string;
  firstYear: number;
  lastYear: number;
  addDays: typeof addDays;
}

export function makeContext(
  seed: number,
  workdays: Workdays,
  today: string,
  firstYear: number,
  lastYear: number,
) {
  const ctx: GenContext = {
    rng: (label) => createRng(seed, label),
    workdays,
    today,
    firstYear,
    lastYear,
    addDays,
  };
  return ctx;
}

/** An ISO instant during office hours (08:00–18:00 Beijing time) on a civil date. */
export function instantOn(rng: Rng, date: string): string {
  const minutes = rng.int(0, 599);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  // 08:00 +08:00 is 00:00Z the same day, so the UTC date never shifts.
  return `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`;
}

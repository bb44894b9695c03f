import type { Table } from 'dexie';

/** [first, last] day of every month from `from`'s month to `to`'s, oldest first. */
export function monthWindows(from: string, to: string): [string, string][] {
  const out: [string, string][] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const stop = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= stop) {
    const mm = String(m).padStart(2, '0');
    out.push([`${y}-${mm}-01`, `${y}-${mm}-31`]);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  if (out[0]) out[0][0] = from;
  const last = out[out.length - 1];
  if (last && to < last[1]) last[1] = to;
  return out;
}

/** Records a read of a date range takes at a time (readByMonth, the search digest's build). */
export const READ_TARGET = 2000;

/** Months to read next, from the months just read and the records they held (at most four times more). */
export function nextSpan(span: number, read: number): number {
  const wanted = read === 0 ? span * 4 : Math.floor((span * READ_TARGET) / read);
  return Math.max(1, Math.min(span * 4, wanted));
}

/** Days from `lo` to `hi` (YYYY-MM-DD; a month's window may end on a "31st" it does not have). */
function daysIn(lo: string, hi: string): number {
  const day = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.max(1, Math.round((day(hi) - day(lo)) / 86_400_000) + 1);
}

/**
 * Every record whose date index `index` lies in [from, to] (to = null: no upper end), in index order,
 * read in windows of whole months holding about READ_TARGET records (in the caller's transaction, if
 * any): one read of a county's year — 20,000 publications — is deserialised in one task of over half
 * a second, a window's read is its own task (issue 17: no task over 200 ms), and a bureau's sparse
 * months are read several together (one read a month was 120 round trips for ten years). The first
 * month is read alone to size the windows; the others are then asked for all at once, so the
 * database prepares the next while the window deserialises one. With no upper end, the windows run to
 * `openFrom`'s month and the rest is one more read.
 */
export async function readByMonth<T, TInsert>(
  table: Table<T, string, TInsert>,
  index: string,
  from: string,
  to: string | null,
  openFrom: string = new Date().toISOString().slice(0, 10),
): Promise<T[]> {
  const end = to ?? (openFrom > from ? openFrom : from);
  const months = end < from ? [] : monthWindows(from, end);
  const read = (lo: string, hi: string) => table.where(index).between(lo, hi, true, true).toArray();
  const [probe, ...rest] = months;
  const parts: T[][] = [];
  if (probe) {
    const first = await read(probe[0], probe[1]);
    parts.push(first);
    const perMonth = (first.length * 31) / daysIn(probe[0], probe[1]);
    const span = Math.max(1, Math.floor(READ_TARGET / Math.max(perMonth, 1)));
    const reads: Promise<T[]>[] = [];
    for (let i = 0; i < rest.length; i += span) {
      const window = rest.slice(i, i + span);
      reads.push(
        read((window[0] as [string, string])[0], (window[window.length - 1] as [string, string])[1]),
      );
    }
    if (to === null) reads.push(table.where(index).above(end).toArray());
    parts.push(...(await Promise.all(reads)));
  } else if (to === null) {
    parts.push(await table.where(index).aboveOrEqual(from).toArray());
  }
  return parts.flat();
}

/** Index keys a count of a date range walks at a time (countByMonth). */
export const COUNT_TARGET = 4000;

/** The first day of the month `span` months after the month of `at` ("YYYY-MM…"); null if `at` is not such a date. */
function monthStartAfter(at: string, span: number): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(at);
  if (!m) return null;
  const months = Number(m[1]) * 12 + Number(m[2]) - 1 + span;
  const y = Math.floor(months / 12);
  return y > 9999 ? null : `${String(y).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * The keys of the date index `index` in [lo, hi], counted a window of months at a time, each window
 * its own request (outside any transaction of the caller's): IndexedDB counts by walking the index
 * and answers nothing else of the database meanwhile — a county's 200,000 publications held every
 * read and the officer's next save for 5–7 s on this machine (issue 17, twenty-fourth pass). Between
 * windows of about COUNT_TARGET keys, other requests are answered. The windows are contiguous in key
 * order ([lo, 1st of a month), [that 1st, the next window's 1st) … [the last 1st, hi]), so every key
 * in [lo, hi] is counted once, whatever it holds; a `lo` that is not a date is counted in one request.
 */
export async function countByMonth<T, TInsert>(
  table: Table<T, string, TInsert>,
  index: string,
  lo: string,
  hi: string,
): Promise<number> {
  let total = 0;
  let at = lo;
  let span = 1;
  for (;;) {
    const next = monthStartAfter(at, span);
    if (next === null || next > hi)
      return total + (await table.where(index).between(at, hi, true, true).count());
    const n = await table.where(index).between(at, next, true, false).count();
    total += n;
    at = next;
    span = Math.max(1, Math.min(span * 4, n === 0 ? span * 4 : Math.floor((span * COUNT_TARGET) / n)));
  }
}

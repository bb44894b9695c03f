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

/**
 * Every record whose date index `index` lies in [from, to] (to = null: no upper end), in index order,
 * read in windows of whole months holding about READ_TARGET records (in the caller's transaction, if
 * any): one read of a county's year — 20,000 publications — is deserialised in one task of over half
 * a second, a window's read is its own task (issue 17: no task over 200 ms), and a bureau's sparse
 * months are read several together (one read a month was 120 round trips for ten years). With no
 * upper end, the windows run to `openFrom`'s month and the rest is one more read.
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
  const out: T[] = [];
  let span = 1;
  for (let i = 0; i < months.length; ) {
    const window = months.slice(i, i + span);
    i += window.length;
    const lo = (window[0] as [string, string])[0];
    const hi = (window[window.length - 1] as [string, string])[1];
    const rows = await table.where(index).between(lo, hi, true, true).toArray();
    for (const r of rows) out.push(r);
    span = nextSpan(span, rows.length);
  }
  if (to === null) {
    const last = months[months.length - 1]?.[1];
    const rest = last ? table.where(index).above(last) : table.where(index).aboveOrEqual(from);
    for (const r of await rest.toArray()) out.push(r);
  }
  return out;
}

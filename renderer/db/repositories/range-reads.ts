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

/**
 * Every record whose date index `index` lies in [from, to] (to = null: no upper end), in index order,
 * read a month at a time (in the caller's transaction, if any). One read of a county's year — 20,000
 * publications — is deserialised in one task of over half a second; a month's read is its own task
 * (issue 17: no task over 200 ms). With no upper end, the months run to `openFrom`'s and the rest is
 * one more read.
 */
export async function readByMonth<T, TInsert>(
  table: Table<T, string, TInsert>,
  index: string,
  from: string,
  to: string | null,
  openFrom: string = new Date().toISOString().slice(0, 10),
): Promise<T[]> {
  const end = to ?? (openFrom > from ? openFrom : from);
  if (end < from) return [];
  const windows = monthWindows(from, end);
  const reads = windows.map(([lo, hi]) => table.where(index).between(lo, hi, true, true).toArray());
  if (to === null) {
    const last = windows[windows.length - 1]?.[1] ?? from;
    reads.push(table.where(index).above(last).toArray());
  }
  return (await Promise.all(reads)).flat();
}

import type { InterchangeStores } from '../model';

/** Records per store, as written into the header and checked after a restore. */
export function countStores(stores: InterchangeStores): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(stores)) {
    counts[name] = Array.isArray(value) ? value.length : value === null ? 0 : 1;
  }
  return counts;
}

/** Earliest and latest record date across the four registers, for the restore preview. */
export function dateRangeOf(stores: InterchangeStores): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  const see = (d: string | null | undefined) => {
    if (!d) return;
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  };
  for (const p of stores.publications) see(p.publishedDate ?? p.formedDate);
  for (const r of stores.requests) see(r.receivedDate);
  for (const c of stores.consultations) see(c.date);
  for (const a of stores.appeals) see(a.filedDate);
  return { from, to };
}

/** True when any request still holds an applicant's personal data (not yet anonymised). */
export function holdsPersonalData(stores: InterchangeStores): boolean {
  return stores.requests.some((r) => r.anonymisedAt === null);
}

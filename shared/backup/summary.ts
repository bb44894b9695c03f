import type { InterchangeStores } from '../model';
import { holdsPersonalData as anythingPersonal } from '../retention/personal-fields';

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

/**
 * True when anything in the backup can hold a private person's data: requests, consultations' askers,
 * appeals' notes, event notes and the audit log's copies (shared/retention/personal-fields.ts).
 */
export function holdsPersonalData(stores: InterchangeStores): boolean {
  return anythingPersonal(stores);
}

/**
 * The rule backups were written with before issue 14 (a request not yet anonymised). A header written
 * then says `false` for a file whose audit log still holds ID numbers: that header is what the older
 * app honestly wrote, not an altered one, so open.ts accepts either answer.
 */
export function holdsPersonalDataBefore14(stores: InterchangeStores): boolean {
  return stores.requests.some((r) => r.anonymisedAt === null);
}

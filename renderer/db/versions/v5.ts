import type { Dexie } from 'dexie';
import { V4_STORES } from './v4';

/**
 * Schema version 5 (issue 15, letters of a request): a `letters` store. Indexes:
 * - requestId: the letters panel of a request;
 * - &number: the 文号, unique (a second safeguard behind the numbering transaction; drafts have
 *   null, which IndexedDB does not index);
 * - issuedDate: the letters register (发文登记) of a year, a range read.
 * No existing record changes, so there is nothing to upgrade.
 */
export const V5_STORES = { ...V4_STORES, letters: 'id, requestId, &number, issuedDate' } as const;

export function applyV5(db: Dexie): void {
  db.version(5).stores({ letters: V5_STORES.letters });
}

import type { Dexie } from 'dexie';
import { V3_STORES } from './v3';

/**
 * Schema version 4 (issue 8): a `cache` store for data derived from the records that is slow to
 * derive again — the lists' search digests (repositories/search-digest.ts), so a search across ten
 * years is ready seconds after start instead of after reading 200,000 records. Keyed by name; never
 * exported, backed up or restored (interchange.ts lists the stores it carries); every entry records
 * the write generation it was derived at and is ignored once the table has been written since.
 */
export const V4_STORES = { ...V3_STORES, cache: 'key' } as const;

export interface CacheRow {
  key: string;
  /** The write generation of the table the value was derived from. */
  gen: string;
  value: unknown;
}

export function applyV4(db: Dexie): void {
  db.version(4).stores({ cache: V4_STORES.cache });
}

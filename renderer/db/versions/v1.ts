import type { Dexie } from 'dexie';

/**
 * Schema version 1 (first release). Kept forever: later versions are new files (v2.ts …), each with
 * its own upgrade function and test. Index notes: `deletedAt` is null for live records and null is not
 * an IndexedDB key, so the trash is found by the `deletedAt` index and live records by filtering.
 */
export const V1_STORES = {
  publications: 'id, formedDate, publishedDate, category, column, docKind, validity, indexNumber, deletedAt',
  requests: 'id, &serial, receivedDate, applicantType, channel, deletedAt',
  consultations: 'id, date, channel, deletedAt',
  appeals: 'id, filedDate, kind, requestId, deletedAt',
  settings: 'key',
  calendarOverrides: 'date',
  calendarYears: 'year',
  yearFigures: 'year',
  reportDrafts: 'year',
  reportSnapshots: '++seq, year',
  audit: '++id, at, store, recordId',
} as const;

export function applyV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}

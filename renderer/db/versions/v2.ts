import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';
import type { Publication } from '../../../shared/model';
import { V1_STORES } from './v1';

/**
 * Schema version 2 (issue 8, performance): the publications list is ordered by its list date —
 * 公开日期, or 成文日期 while unpublished — and ten years hold 200,000 items, so that order must be
 * an index, not a sort in memory. IndexedDB cannot index "publishedDate ?? formedDate" (null is not
 * a key), so the database keeps it in a `listDate` field that only this layer writes: a DBCore
 * middleware sets it on every add and put (forms, imports, restore, trash), and the upgrade fills it
 * in for records stored by version 1. It is storage detail, not part of the record: exports parse
 * records with the zod schemas, which drop it.
 *
 * Every index costs a write per record (a ten-year import writes millions of index entries), so
 * indexes no query used are dropped: publications' category, column and validity, requests'
 * applicantType and channel, consultations' channel. Lists filter those fields while reading a date
 * range; a future query that needs one adds it back in a new version.
 */
export const V2_STORES = {
  ...V1_STORES,
  publications: 'id, formedDate, publishedDate, docKind, indexNumber, deletedAt, listDate',
  requests: 'id, &serial, receivedDate, deletedAt',
  consultations: 'id, date, deletedAt',
} as const;

type Dated = Pick<Publication, 'publishedDate' | 'formedDate'>;

/** The date a publication is listed under (PublicationsPage filters and sorts by it). */
export function listDateOf(p: Dated): string {
  return p.publishedDate ?? p.formedDate;
}

/** The record as stored from version 2 on. */
export type StoredPublication = Publication & { listDate: string };

function withListDate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const p = value as Dated & { listDate?: string };
  if (typeof p.formedDate !== 'string') return value;
  const listDate = listDateOf(p);
  return p.listDate === listDate ? value : { ...p, listDate };
}

function listDateTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type === 'add' || req.type === 'put') {
        return table.mutate({ ...req, values: req.values.map(withListDate) } as DBCoreMutateRequest);
      }
      return table.mutate(req);
    },
  };
}

export function applyV2(db: Dexie): void {
  db.version(2)
    .stores({
      publications: V2_STORES.publications,
      requests: V2_STORES.requests,
      consultations: V2_STORES.consultations,
    })
    .upgrade((tx) =>
      tx
        .table('publications')
        .toCollection()
        .modify((p: Dated & { listDate?: string }) => {
          p.listDate = listDateOf(p);
        }),
    );
  db.use({
    stack: 'dbcore',
    name: 'publicationListDate',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string) => (name === 'publications' ? listDateTable(down.table(name)) : down.table(name)),
    }),
  });
}

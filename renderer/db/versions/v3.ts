import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';
import type { DisclosureRequest, Publication } from '../../../shared/model';
import { V2_STORES } from './v2';

/**
 * Schema version 3 (issue 8, start-up with ten years of records): the dashboard and the report read
 * only the records they need, through indexes, instead of every record of every register.
 *
 * - publications.`unpublishedSince`: 成文日期 of an item not yet published, absent once published —
 *   a sparse index of the (few) items waiting to be published, of any year.
 * - publications.`[column+listDate]`: the newest item of each 栏目 (column freshness) in one step.
 * - requests.`activeTo`: the last date anything happened to a request (receipt or any event), or
 *   OPEN_REQUEST while it has no answer. A year's report and the dashboard need exactly the requests
 *   with `activeTo` in or after their year: open ones, and ones answered, paid or extended since.
 * - dropped: publications' `formedDate` and `publishedDate` indexes (the list and the report range by
 *   `listDate`, which equals 公开日期 for a published item): each index is a write per record.
 *
 * Like `listDate` (v2), these fields are storage detail kept by a DBCore middleware on every add and
 * put, filled in by the upgrade, and dropped from exports by the zod schemas.
 */
export const V3_STORES = {
  ...V2_STORES,
  publications: 'id, docKind, indexNumber, deletedAt, listDate, unpublishedSince, [column+listDate]',
  requests: 'id, &serial, receivedDate, deletedAt, activeTo',
} as const;

/** `activeTo` of a request without an answer: after every real date. */
export const OPEN_REQUEST = '9999-12-31';

type StoredFields = { unpublishedSince?: string; activeTo?: string };

export function unpublishedSinceOf(p: Pick<Publication, 'publishedDate' | 'formedDate'>): string | undefined {
  return p.publishedDate === null ? p.formedDate : undefined;
}

export function activeToOf(r: Pick<DisclosureRequest, 'receivedDate' | 'events'>): string {
  let last = r.receivedDate;
  let answered = false;
  for (const e of r.events) {
    if (e.type === 'answered') answered = true;
    if (e.date > last) last = e.date;
  }
  return answered ? last : OPEN_REQUEST;
}

function withPublicationFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const p = value as Publication & StoredFields;
  if (typeof p.formedDate !== 'string') return value;
  const since = unpublishedSinceOf(p);
  if (p.unpublishedSince === since) return value;
  const { unpublishedSince: _old, ...rest } = p;
  return since === undefined ? rest : { ...rest, unpublishedSince: since };
}

function withRequestFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const r = value as DisclosureRequest & StoredFields;
  if (typeof r.receivedDate !== 'string' || !Array.isArray(r.events)) return value;
  const activeTo = activeToOf(r);
  return r.activeTo === activeTo ? value : { ...r, activeTo };
}

function mapping(table: DBCoreTable, map: (v: unknown) => unknown): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type === 'add' || req.type === 'put') {
        return table.mutate({ ...req, values: req.values.map(map) } as DBCoreMutateRequest);
      }
      return table.mutate(req);
    },
  };
}

export function applyV3(db: Dexie): void {
  db.version(3)
    .stores({ publications: V3_STORES.publications, requests: V3_STORES.requests })
    .upgrade(async (tx) => {
      // Only the (few) unpublished items are rewritten: rewriting ten years of publications would
      // keep the first start after the update busy for half a minute.
      await tx
        .table('publications')
        .filter((p: Publication) => p.publishedDate === null)
        .modify((p: Publication & StoredFields) => {
          p.unpublishedSince = p.formedDate;
        });
      await tx
        .table('requests')
        .toCollection()
        .modify((r: DisclosureRequest & StoredFields) => {
          r.activeTo = activeToOf(r);
        });
    });
  db.use({
    stack: 'dbcore',
    name: 'v3StoredFields',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        if (name === 'publications') return mapping(table, withPublicationFields);
        if (name === 'requests') return mapping(table, withRequestFields);
        return table;
      },
    }),
  });
}

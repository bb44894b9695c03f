import { monthOf, type Publication } from '../../../shared/model';
import type { DeskDb } from '../database';
import { listDateOf } from '../versions/v2';
import {
  countPagedList,
  dateRange,
  loadRange,
  type PagedListResult,
  type PagedListSpec,
  queryPagedList,
  RANGE_KEEP_LIMIT,
  resetPagedListCache,
  warmRange,
} from './paged-list';

/**
 * The publications list (issue 8): ordered and ranged by `listDate` — 公开日期, or 成文日期 while
 * unpublished — which schema v2 keeps as an index (see paged-list.ts for the reading strategy).
 */
export interface PublicationListFilter {
  year?: string;
  month?: string;
  q?: string;
  category?: string;
  validity?: string;
  status?: string;
  kind?: string;
  column?: string;
  /** A condition derived outside the record (e.g. 逾期公开, from the working-day calendar). */
  extra?: ((p: Publication) => boolean) | null;
}

export type PublicationListResult = PagedListResult<Publication>;

const SPEC: PagedListSpec<Publication> = { table: 'publications', index: 'listDate', dateOf: listDateOf };

export const listDateRange = dateRange;
export const resetPublicationListCache = resetPagedListCache;

function lower(s: string | null | undefined) {
  return s ? s.toLowerCase() : '';
}

/** The record conditions that no index answers; null when there are none. */
export function recordPredicate(f: PublicationListFilter): ((p: Publication) => boolean) | null {
  const tests: ((p: Publication) => boolean)[] = [];
  // A month without a year matches that month of every year.
  if (f.month && !f.year) tests.push((p) => monthOf(listDateOf(p)) === Number(f.month));
  if (f.category) tests.push((p) => p.category === f.category);
  if (f.validity) tests.push((p) => p.validity === f.validity);
  if (f.kind) tests.push((p) => p.docKind === f.kind);
  if (f.column) tests.push((p) => p.column === f.column);
  if (f.status)
    tests.push((p) => (f.status === 'published' ? p.publishedDate !== null : p.publishedDate === null));
  if (f.q) {
    const needle = f.q.toLowerCase();
    tests.push(
      (p) =>
        lower(p.title).includes(needle) ||
        lower(p.summary).includes(needle) ||
        lower(p.docNumber).includes(needle) ||
        lower(p.indexNumber).includes(needle),
    );
  }
  if (f.extra) tests.push(f.extra);
  if (tests.length === 0) return null;
  return (p) => tests.every((t) => t(p));
}

export function queryPublicationList(
  db: DeskDb,
  filter: PublicationListFilter,
  page: { offset: number; limit: number; partial?: boolean },
): Promise<PublicationListResult> {
  return queryPagedList(db, SPEC, dateRange(filter.year, filter.month), recordPredicate(filter), page);
}

/** How many live records the year/month filter holds (the other filters read records instead). */
export function countPublicationList(db: DeskDb, filter: Pick<PublicationListFilter, 'year' | 'month'>) {
  return countPagedList(db, SPEC, dateRange(filter.year, filter.month));
}

/** Reads a year/month ahead (when it holds few enough records to keep), for a search that may follow. */
export async function warmPublicationList(
  db: DeskDb,
  filter: Pick<PublicationListFilter, 'year' | 'month'>,
  total: number,
) {
  const range = dateRange(filter.year, filter.month);
  if (range && total <= RANGE_KEEP_LIMIT) await warmRange(db, SPEC, range);
}

/** Every live record of a year/month filter, newest first: for the export. */
export function loadPublicationRange(db: DeskDb, filter: Pick<PublicationListFilter, 'year' | 'month'>) {
  return loadRange(db, SPEC, dateRange(filter.year, filter.month));
}

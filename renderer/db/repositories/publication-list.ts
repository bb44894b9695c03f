import { foldSearchText } from '../../../shared/catalogue/rows';
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
import { type DigestSpec, digestIsReady, queryDigest, warmDigest } from './search-digest';

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

/** What a search of the list looks at (search-digest.ts keeps it in memory for every record). */
export interface PublicationFields {
  listDate: string;
  category: string;
  validity: string;
  docKind: string;
  column: string;
  published: boolean;
  /** 索引号 as stored ('' when none): the catalogue orders a day's items by it. */
  indexNumber: string;
  /** 废止日期: the catalogue derives 有效性 from it (validityOn). */
  abolishedDate: string | null;
  /** Title, summary, 文号 and 索引号, full-width folded and lower-cased (foldSearchText). */
  text: string;
}

export function publicationFields(p: Publication): PublicationFields {
  return {
    listDate: listDateOf(p),
    category: p.category,
    validity: p.validity,
    docKind: p.docKind,
    column: p.column,
    published: p.publishedDate !== null,
    indexNumber: p.indexNumber ?? '',
    abolishedDate: p.abolishedDate ?? null,
    text: foldSearchText([p.title, p.summary, p.docNumber, p.indexNumber].filter(Boolean).join('\n')),
  };
}

/** The filter conditions no index answers, on a record's search fields; null when there are none. */
export function fieldsPredicate(f: PublicationListFilter): ((x: PublicationFields) => boolean) | null {
  const tests: ((x: PublicationFields) => boolean)[] = [];
  // A month without a year matches that month of every year.
  if (f.month && !f.year) tests.push((x) => monthOf(x.listDate) === Number(f.month));
  if (f.category) tests.push((x) => x.category === f.category);
  if (f.validity) tests.push((x) => x.validity === f.validity);
  if (f.kind) tests.push((x) => x.docKind === f.kind);
  if (f.column) tests.push((x) => x.column === f.column);
  if (f.status) tests.push((x) => x.published === (f.status === 'published'));
  if (f.q) {
    const needle = foldSearchText(f.q);
    tests.push((x) => x.text.includes(needle));
  }
  if (tests.length === 0) return null;
  return (x) => tests.every((t) => t(x));
}

/** The record conditions that no index answers; null when there are none. */
export function recordPredicate(f: PublicationListFilter): ((p: Publication) => boolean) | null {
  const fields = fieldsPredicate(f);
  const { extra } = f;
  if (!fields) return extra ?? null;
  return extra ? (p) => fields(publicationFields(p)) && extra(p) : (p) => fields(publicationFields(p));
}

export const PUBLICATION_DIGEST: DigestSpec<Publication, PublicationFields> = {
  ...SPEC,
  fieldsOf: publicationFields,
};

export function queryPublicationList(
  db: DeskDb,
  filter: PublicationListFilter,
  page: { offset: number; limit: number; partial?: boolean },
): Promise<PublicationListResult> {
  const range = dateRange(filter.year, filter.month);
  const fields = fieldsPredicate(filter);
  // Searches the in-memory digest; a derived condition (逾期公开) needs the records themselves, and so
  // does a year or a month searched while the digest is still being built (its range is read instead).
  if (fields && !filter.extra && (!range || digestIsReady(db, PUBLICATION_DIGEST)))
    return queryDigest(db, PUBLICATION_DIGEST, range, fields, page);
  return queryPagedList(db, SPEC, range, recordPredicate(filter), page);
}

/** How many live records the year/month filter holds (the other filters read records instead). */
export function countPublicationList(db: DeskDb, filter: Pick<PublicationListFilter, 'year' | 'month'>) {
  return countPagedList(db, SPEC, dateRange(filter.year, filter.month));
}

/**
 * Prepares for a search that may follow: builds the search digest, and reads a year/month ahead when
 * it holds few enough records to keep (for 逾期公开, which reads records).
 */
export async function warmPublicationList(
  db: DeskDb,
  filter: Pick<PublicationListFilter, 'year' | 'month'>,
  total: number,
  /** Aborted when the list is left or its filter changes: the range is then not read on. */
  signal?: AbortSignal,
) {
  await warmDigest(db, PUBLICATION_DIGEST);
  const range = dateRange(filter.year, filter.month);
  if (range && total <= RANGE_KEEP_LIMIT && !signal?.aborted) await warmRange(db, SPEC, range, signal);
}

/** Every live record of a year/month filter, newest first: for the export. */
export function loadPublicationRange(db: DeskDb, filter: Pick<PublicationListFilter, 'year' | 'month'>) {
  return loadRange(db, SPEC, dateRange(filter.year, filter.month));
}

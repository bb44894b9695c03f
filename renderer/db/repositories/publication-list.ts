import { type Collection, Dexie, type ObservabilitySet } from 'dexie';
import { monthOf, type Publication } from '../../../shared/model';
import type { DeskDb } from '../database';
import { listDateOf } from '../versions/v2';

/**
 * The publications list with ten years of records (issue 8: 200,000 items, first rows < 200 ms,
 * filters < 100 ms). Year and month are ranges of the `listDate` index (schema v2), which is also
 * the list order, so with no other filter the list reads one page and counts the range in the index.
 * Any other filter (text, category, status…) needs the records: the range is read in month-sized
 * chunks and filtered, and the matches are returned whole (the list pages through them and exports
 * them). The last range read is kept, so typing a search within a year does not read it again.
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

export type PublicationListResult =
  /** Index-only filters: one page, and the count of the whole result. */
  | { mode: 'page'; rows: Publication[]; total: number; offset: number }
  /** Filters that read records: every match, newest first. */
  | { mode: 'all'; rows: Publication[]; total: number };

/** [first, last] listDate of the year/month filter, or null for all dates. */
export function listDateRange(year?: string, month?: string): [string, string] | null {
  if (!year) return null;
  if (!month) return [`${year}-01-01`, `${year}-12-31`];
  const mm = String(Number(month)).padStart(2, '0');
  return [`${year}-${mm}-01`, `${year}-${mm}-31`];
}

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
  if (f.status) tests.push((p) => (f.status === 'published' ? p.publishedDate !== null : p.publishedDate === null));
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

const MONTHS_FIRST = (from: string, to: string): [string, string][] => {
  // Month windows from the newest to the oldest, covering [from, to].
  const out: [string, string][] = [];
  let y = Number(to.slice(0, 4));
  let m = Number(to.slice(5, 7));
  const stopY = Number(from.slice(0, 4));
  const stopM = Number(from.slice(5, 7));
  while (y > stopY || (y === stopY && m >= stopM)) {
    const mm = String(m).padStart(2, '0');
    out.push([`${y}-${mm}-01`, `${y}-${mm}-31`]);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
};

/**
 * The last range read for a filter scan, reused while the table is unchanged. Ranges above
 * CACHE_LIMIT records (a ten-year scan) are not kept: they would hold hundreds of MB.
 */
const CACHE_LIMIT = 30_000;
let rangeCache: { db: DeskDb; key: string; rows: Publication[] } | null = null;
let watching = false;

function watch() {
  if (watching) return;
  watching = true;
  // Fired after every committed write (and writes in other windows): a publications write drops it.
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    if (rangeCache && Object.keys(parts).some((part) => part.includes(`/${rangeCache?.db.name}/publications/`))) {
      rangeCache = null;
    }
  });
}

/** Test hook: forget the cached range. */
export function resetPublicationListCache() {
  rangeCache = null;
}

/** Every record with listDate in [lo, hi], newest first (listDate, then id, descending). */
async function readRange(db: DeskDb, range: [string, string] | null): Promise<Publication[]> {
  let bounds = range;
  if (!bounds) {
    const first = await db.publications.orderBy('listDate').first();
    const last = await db.publications.orderBy('listDate').last();
    if (!first || !last) return [];
    bounds = [listDateOf(first), listDateOf(last)];
  }
  const key = bounds.join('/');
  if (rangeCache && rangeCache.db === db && rangeCache.key === key) return rangeCache.rows;
  const rows: Publication[] = [];
  // Month-sized getAll reads keep the peak memory of a ten-year scan at one month of records.
  for (const [lo, hi] of MONTHS_FIRST(bounds[0], bounds[1])) {
    const a = lo < bounds[0] ? bounds[0] : lo;
    const b = hi > bounds[1] ? bounds[1] : hi;
    const chunk = await db.publications.where('listDate').between(a, b, true, true).toArray();
    for (let i = chunk.length - 1; i >= 0; i--) rows.push(chunk[i] as Publication);
  }
  rangeCache = rows.length <= CACHE_LIMIT ? { db, key, rows } : null;
  return rows;
}

function indexed(db: DeskDb, range: [string, string] | null): Collection<Publication, string> {
  return range
    ? db.publications.where('listDate').between(range[0], range[1], true, true)
    : db.publications.orderBy('listDate');
}

export async function queryPublicationList(
  db: DeskDb,
  filter: PublicationListFilter,
  page: { offset: number; limit: number },
): Promise<PublicationListResult> {
  watch();
  const range = listDateRange(filter.year, filter.month);
  const predicate = recordPredicate(filter);
  return db.transaction('r', db.publications, async () => {
    if (predicate) {
      const rows = (await readRange(db, range)).filter((p) => !p.deletedAt && predicate(p));
      return { mode: 'all', rows, total: rows.length };
    }
    // The trash is small: found through its index, then left out of the count and the page.
    const trashed = (await db.publications.where('deletedAt').above('').toArray()).filter((p) => {
      const d = listDateOf(p);
      return !range || (d >= range[0] && d <= range[1]);
    });
    const total = (await indexed(db, range).count()) - trashed.length;
    const collection = indexed(db, range).reverse();
    const rows = await (trashed.length > 0 ? collection.filter((p) => !p.deletedAt) : collection)
      .offset(page.offset)
      .limit(page.limit)
      .toArray();
    return { mode: 'page', rows, total, offset: page.offset };
  });
}

/** Every live record in the filter's range (index-only filters), newest first: for the export. */
export async function loadPublicationRange(db: DeskDb, filter: Pick<PublicationListFilter, 'year' | 'month'>) {
  const rows = await indexed(db, listDateRange(filter.year, filter.month)).reverse().toArray();
  return rows.filter((p) => !p.deletedAt);
}

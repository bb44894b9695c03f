import { Dexie, type ObservabilitySet, type Table } from 'dexie';
import type { DeskDb } from '../database';
import { writeStamp } from './kept-reads';
import { countByMonth } from './range-reads';

/**
 * A register list over ten years of records (issue 8: 200,000 publications, 100,000 consultations;
 * first rows < 200 ms, filters < 100 ms). The list is ordered by a date index, newest first, and
 * year/month filters are ranges of that index:
 * - With no other filter the list reads one page through the index. The size of the result is
 *   counted separately (countPagedList): Chromium's IndexedDB counts by walking the index, about a
 *   second for 200,000 entries, so the count follows the rows and is kept until the table changes.
 * - Any other filter (text, category, status…) needs the records: the range is read in month-sized
 *   chunks and filtered, and every match is returned (the list pages through them and exports them).
 *   A first page of matches can be asked for alone (`partial`), shown while the whole range is read.
 *   The last range read is kept while the table is unchanged, and a year shown page by page is read
 *   ahead (warmRange), so a search typed within that year does not wait for the year to be read.
 */
export interface ListedRecord {
  id: string;
  deletedAt: string | null;
}

export interface PagedListSpec<T extends ListedRecord> {
  table: 'publications' | 'consultations';
  /** The date index the list is ordered and ranged by. */
  index: string;
  dateOf: (record: T) => string;
}

export type PagedListResult<T> =
  /** Index-only filters: one page (countPagedList gives the size of the whole result). */
  | { mode: 'page'; rows: T[]; offset: number }
  /**
   * Filters that read records: every match, newest first (complete: false = the first page only;
   * `total` is then the number of matches when already known, else null).
   */
  | { mode: 'all'; rows: T[]; total: number | null; complete: boolean };

/** [first, last] date of a year (and month) filter, or null for all dates. */
export function dateRange(year?: string, month?: string): [string, string] | null {
  if (!year) return null;
  if (!month) return [`${year}-01-01`, `${year}-12-31`];
  const mm = String(Number(month)).padStart(2, '0');
  return [`${year}-${mm}-01`, `${year}-${mm}-31`];
}

/** Month windows from the newest to the oldest, covering [from, to]. */
export function monthsNewestFirst(from: string, to: string): [string, string][] {
  const out: [string, string][] = [];
  let y = Number(to.slice(0, 4));
  let m = Number(to.slice(5, 7));
  const stop = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7));
  while (y * 12 + m >= stop) {
    const mm = String(m).padStart(2, '0');
    out.push([`${y}-${mm}-01` < from ? from : `${y}-${mm}-01`, `${y}-${mm}-31` > to ? to : `${y}-${mm}-31`]);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

/** Ranges above this many records (a ten-year scan) are not kept: they would hold hundreds of MB. */
export const RANGE_KEEP_LIMIT = 30_000;
let kept: { db: DeskDb; table: string; key: string; rows: ListedRecord[] } | null = null;
/** Live counts by `${db name}/${table}/${range}`. */
const counts = new Map<string, number>();

/**
 * Counts kept across app starts. Chromium counts 200,000 index entries by walking them (1–2 s, and
 * the database answers nothing else meanwhile), so a count is saved in localStorage with the table's
 * write generation: a random token that the `countGeneration` middleware replaces before every write
 * to the table, from any window. A saved count is used only while the token is unchanged; a write
 * that failed still changed the token, so the next count is taken again (never too trusting).
 */
const genKey = (dbName: string, table: string) => `desk:gen:${dbName}:${table}`;
const countKey = (key: string) => `desk:count:${key}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Marks a table as written (called before every write by the middleware in database.ts). */
export function bumpWriteGeneration(dbName: string, table: string) {
  try {
    storage()?.setItem(genKey(dbName, table), `${Date.now()}-${Math.random()}`);
  } catch {
    // Storage full or refused: saved counts then fail their check and are taken again.
    storage()?.removeItem(genKey(dbName, table));
  }
}

let trackingCommits = false;
/**
 * Marks the paged tables as written again once a write has committed (any window): a value derived
 * while that write was in flight carries the generation it bumped before, which this replaces.
 */
export function trackWriteGenerations() {
  if (trackingCommits) return;
  trackingCommits = true;
  Dexie.on('storagemutated', (mutated: ObservabilitySet) => {
    // `all`: anything may have changed (Dexie, for a page back from the back/forward cache).
    if ('all' in mutated) return bumpEveryWriteGeneration();
    for (const part of Object.keys(mutated)) {
      const m = /^idb:\/\/(.+)\/(publications|consultations)\/$/.exec(part);
      if (m) bumpWriteGeneration(m[1] ?? '', m[2] ?? '');
    }
  });
}

/** Every write generation this storage holds marked as written (saved counts then count again). */
function bumpEveryWriteGeneration() {
  const s = storage();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith('desk:gen:')) keys.push(key);
  }
  for (const key of keys) {
    const [dbName = '', table = ''] = key.slice('desk:gen:'.length).split(':');
    bumpWriteGeneration(dbName, table);
  }
}

/** The table's write generation, created when missing; null without storage. */
export function writeGeneration(dbName: string, table: string): string | null {
  const s = storage();
  if (!s) return null;
  const gen = s.getItem(genKey(dbName, table));
  if (gen) return gen;
  bumpWriteGeneration(dbName, table);
  return s.getItem(genKey(dbName, table));
}

function savedCount(key: string, gen: string | null): number | null {
  if (gen === null) return null;
  try {
    const saved = JSON.parse(storage()?.getItem(countKey(key)) ?? 'null') as {
      gen?: unknown;
      n?: unknown;
    } | null;
    return saved && saved.gen === gen && typeof saved.n === 'number' ? saved.n : null;
  } catch {
    return null;
  }
}

function saveCount(key: string, gen: string | null, n: number, dbName: string, table: string) {
  // Only when no write began while counting.
  if (gen === null || writeGeneration(dbName, table) !== gen) return;
  try {
    storage()?.setItem(countKey(key), JSON.stringify({ gen, n }));
  } catch {
    // Not kept: counted again next time.
  }
}
let watching = false;

const touches = (parts: string[], dbName: string, table: string) =>
  parts.some((part) => part.includes(`/${dbName}/${table}/`));

function watch() {
  if (watching) return;
  watching = true;
  // Fired after every committed write (also from other windows), before live queries rerun: a write
  // to a table drops what was kept for it.
  Dexie.on('storagemutated', (mutated: ObservabilitySet) => {
    if ('all' in mutated) {
      kept = null;
      counts.clear();
      return;
    }
    const parts = Object.keys(mutated);
    if (kept && touches(parts, kept.db.name, kept.table)) kept = null;
    for (const key of [...counts.keys()]) {
      const [dbName = '', table = ''] = key.split('/');
      if (touches(parts, dbName, table)) counts.delete(key);
    }
  });
}

/** Test hook: forget the kept range and counts. */
export function resetPagedListCache() {
  kept = null;
  counts.clear();
}

function tableOf<T extends ListedRecord>(db: DeskDb, spec: PagedListSpec<T>) {
  return db.table(spec.table) as unknown as Table<T, string>;
}

function indexed<T extends ListedRecord>(db: DeskDb, spec: PagedListSpec<T>, range: [string, string] | null) {
  const table = tableOf(db, spec);
  return range ? table.where(spec.index).between(range[0], range[1], true, true) : table.orderBy(spec.index);
}

/**
 * The live records in the range that pass `predicate`, newest first (date, then id, descending).
 * With `stopAfter`, stops once that many are found (complete: false). A range read to its end is
 * kept when small enough, and a kept range is filtered without reading.
 */
async function scanRange<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string] | null,
  predicate: (record: T) => boolean,
  stopAfter: number | null,
  /** Stops between two months (a warm-up the officer left behind): nothing is kept then. */
  signal?: AbortSignal,
): Promise<{ rows: T[]; complete: boolean }> {
  let bounds = range;
  if (!bounds) {
    const first = await tableOf(db, spec).orderBy(spec.index).first();
    const last = await tableOf(db, spec).orderBy(spec.index).last();
    if (!first || !last) return { rows: [], complete: true };
    bounds = [spec.dateOf(first), spec.dateOf(last)];
  }
  const key = bounds.join('/');
  const live = (r: T) => !r.deletedAt && predicate(r);
  if (kept && kept.db === db && kept.table === spec.table && kept.key === key) {
    return { rows: (kept.rows as T[]).filter(live), complete: true };
  }
  const matches: T[] = [];
  // Everything read, while the range is small enough to keep; a ten-year scan holds only its matches.
  let all: T[] | null = [];
  for (const [lo, hi] of monthsNewestFirst(bounds[0], bounds[1])) {
    if (signal?.aborted) return { rows: matches, complete: false };
    const chunk = await tableOf(db, spec).where(spec.index).between(lo, hi, true, true).toArray();
    for (let i = chunk.length - 1; i >= 0; i--) {
      const r = chunk[i] as T;
      if (all) all.push(r);
      if (live(r)) matches.push(r);
    }
    if (all && all.length > RANGE_KEEP_LIMIT) all = null;
    if (stopAfter !== null && matches.length >= stopAfter) return { rows: matches, complete: false };
  }
  if (all) kept = { db, table: spec.table, key, rows: all };
  return { rows: matches, complete: true };
}

/** Records in the trash dated in the range (the trash is small: read through its index). */
async function trashedIn<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string] | null,
) {
  return (await tableOf(db, spec).where('deletedAt').above('').toArray()).filter((r) => {
    const d = spec.dateOf(r);
    return !range || (d >= range[0] && d <= range[1]);
  });
}

export async function queryPagedList<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string] | null,
  predicate: ((record: T) => boolean) | null,
  page: { offset: number; limit: number; partial?: boolean },
): Promise<PagedListResult<T>> {
  watch();
  return db.transaction('r', db.table(spec.table), async () => {
    if (predicate) {
      // `partial`: the first page of matches only, so the rows can show before a long scan ends.
      const stopAfter = page.partial ? page.offset + page.limit : null;
      const { rows, complete } = await scanRange(db, spec, range, predicate, stopAfter);
      return { mode: 'all', rows, total: complete ? rows.length : null, complete };
    }
    const trashed = await trashedIn(db, spec, range);
    const newest = indexed(db, spec, range).reverse();
    const rows = await (trashed.length > 0 ? newest.filter((r) => !r.deletedAt) : newest)
      .offset(page.offset)
      .limit(page.limit)
      .toArray();
    return { mode: 'page', rows, offset: page.offset };
  });
}

/** Keys of the list's index in the range (every key with no range), counted in windows of months. */
async function countIndexed<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string] | null,
): Promise<number> {
  if (range) return countByMonth(tableOf(db, spec), spec.index, range[0], range[1]);
  const ends = await Promise.all([
    tableOf(db, spec).orderBy(spec.index).limit(1).keys(),
    tableOf(db, spec).orderBy(spec.index).reverse().limit(1).keys(),
  ]);
  const [first, last] = ends.map((k) => k[0]);
  if (typeof first !== 'string' || typeof last !== 'string') return indexed(db, spec, null).count();
  return countByMonth(tableOf(db, spec), spec.index, first, last);
}

/** Live records in the range (the trash left out); kept until the table changes. */
export async function countPagedList<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string] | null,
): Promise<number> {
  watch();
  const key = `${db.name}/${spec.table}/${range ? range.join('~') : 'all'}`;
  const known = counts.get(key);
  if (known !== undefined) return known;
  const gen = writeGeneration(db.name, spec.table);
  const saved = savedCount(key, gen);
  if (saved !== null) {
    counts.set(key, saved);
    return saved;
  }
  // Not one transaction: the count goes a window of months at a time, the database answering other
  // requests between them (range-reads.ts countByMonth). A write committed meanwhile changes the
  // table's write generation, and the total is then not kept (the list counts again after it).
  const stamp = writeStamp(db.name, [spec.table]);
  const total = (await countIndexed(db, spec, range)) - (await trashedIn(db, spec, range)).length;
  // Kept only when no write committed while counting (in this window, or in any by the generation).
  const unwritten = writeStamp(db.name, [spec.table]) === stamp;
  if (unwritten && (gen === null || writeGeneration(db.name, spec.table) === gen)) counts.set(key, total);
  if (unwritten) saveCount(key, gen, total, db.name, spec.table);
  return total;
}

/**
 * Reads a range ahead into the kept range, for the search that may follow; `signal` stops it between
 * months (issue 17: a county year is 20,000 records, read on while the officer had moved on to the
 * next page, whose reads then waited behind it).
 */
export async function warmRange<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string],
  signal?: AbortSignal,
) {
  watch();
  await db.transaction('r', db.table(spec.table), () =>
    scanRange(db, spec, range, () => false, null, signal),
  );
}

/** Every live record in a range (index-only filters), newest first: what the export writes. */
export async function loadRange<T extends ListedRecord>(
  db: DeskDb,
  spec: PagedListSpec<T>,
  range: [string, string] | null,
) {
  const rows = await indexed(db, spec, range).reverse().toArray();
  return rows.filter((r) => !r.deletedAt);
}

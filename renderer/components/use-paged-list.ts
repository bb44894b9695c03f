import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { writeStamp } from '../db/repositories/kept-reads';
import type { PagedListResult } from '../db/repositories/paged-list';
import type { RegisterPaging } from './RegisterPage';
import { useTableWrites } from './use-table-writes';

export interface PagedListSource<T> {
  /** Names the filter: a new filter starts again at its first page. */
  key: string;
  /** True when only index-answered filters are set: the database pages, `count` sizes the result. */
  pagesInDb: boolean;
  query: (page: { offset: number; limit: number; partial?: boolean }) => Promise<PagedListResult<T>>;
  count: () => Promise<number>;
  /**
   * Reads the filtered range ahead once its size is known (for a search that may follow); the signal
   * is aborted when the list is left or the filter changes.
   */
  warm?: (total: number, signal: AbortSignal) => Promise<void>;
  /**
   * The database and the tables the list's results come from (issue 17): its reads are kept, and a
   * list opened again, a filter chosen again or a start's read-ahead (prefetchPagedList) is drawn
   * from them in its first render while none of the tables was written since.
   */
  keep: { dbName: string; tables: readonly string[] };
}

interface Keyed<R> {
  key: string;
  value: R;
}

/** A list's rows and count on opening: the first page of 20. */
export const FIRST_PAGE_SIZE = 20;

/** Which of the list's reads: the first page of a search, the rows, the count. */
type Part = 'first' | 'full' | 'total';

/** The lists' last reads, by database, tables, filter, part and page, with the write stamp they were read at. */
const keptReads = new Map<string, { stamp: string; value: Keyed<unknown> }>();
const KEEP_READS = 24;
/** Results up to this many rows are compared with the kept one (a longer search is drawn again). */
const COMPARE_ROWS = 200;

function keptId(source: PagedListSource<unknown>, part: Part, offset: number, limit: number): string {
  return [source.keep.dbName, source.keep.tables.join(','), source.key, part, offset, limit].join('\n');
}

/** The kept read for this filter, part and page, if none of the list's tables was written since. */
function keptRead<R>(
  source: PagedListSource<unknown>,
  part: Part,
  offset: number,
  limit: number,
): Keyed<R> | undefined {
  const hit = keptReads.get(keptId(source, part, offset, limit));
  return hit && hit.stamp === writeStamp(source.keep.dbName, source.keep.tables)
    ? (hit.value as Keyed<R>)
    : undefined;
}

/** The same rows (or count) as a kept read: the list is then not drawn again for a read that found nothing new. */
function sameResult(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  const rowsOf = (r: unknown) => (r as { rows?: unknown[] } | null)?.rows?.length ?? 0;
  if (rowsOf(a) > COMPARE_ROWS || rowsOf(b) > COMPARE_ROWS) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One of the list's reads, kept for the next time the same is asked: what was kept itself when the
 * read found the same (React then has nothing to draw again). A read during which one of the tables
 * was written is not kept.
 */
async function readKept<R>(
  source: PagedListSource<unknown>,
  part: Part,
  offset: number,
  limit: number,
  read: () => Promise<R>,
): Promise<Keyed<R>> {
  const { dbName, tables } = source.keep;
  const id = keptId(source, part, offset, limit);
  const before = writeStamp(dbName, tables);
  const value = await read();
  const hit = keptReads.get(id);
  const result =
    hit && sameResult(hit.value.value, value) ? (hit.value as Keyed<R>) : { key: source.key, value };
  if (writeStamp(dbName, tables) === before) {
    keptReads.delete(id);
    keptReads.set(id, { stamp: before, value: result });
    while (keptReads.size > KEEP_READS) keptReads.delete(keptReads.keys().next().value as string);
  }
  return result;
}

/**
 * A list's first reads as usePagedList begins them on opening (its first page of rows and, when the
 * database pages, the count), kept so that the list's first render draws them (issue 17: a start
 * straight into a register reads them before the app's first render, routes.tsx prefetchRoute).
 */
export async function prefetchPagedList<T>(
  source: PagedListSource<T>,
  limit = FIRST_PAGE_SIZE,
): Promise<void> {
  if (!source.pagesInDb) {
    await readKept(source, 'first', 0, limit, () => source.query({ offset: 0, limit, partial: true }));
    return;
  }
  await readKept(source, 'full', 0, limit, () => source.query({ offset: 0, limit }));
  await readKept(source, 'total', 0, 0, () => source.count());
}

/** Test hook: forget every kept read. */
export function resetPagedListReads(): void {
  keptReads.clear();
}

/**
 * A register list as RegisterPage shows it (issue 8): `rows` is what the table shows, `all` every
 * match when the list holds them, `paging` set when the database pages (or while only a first page
 * of matches is known). Rows come first: the count of a paged result and the full result of a long
 * search follow, and the table shows "…" for the total until then.
 */
export function usePagedList<T>(source: PagedListSource<T>): {
  rows: T[] | undefined;
  all: T[] | undefined;
  paging: RegisterPaging | undefined;
} {
  const { key, pagesInDb } = source;
  const [state, setState] = useState({ key, current: 1, pageSize: FIRST_PAGE_SIZE });
  const current = state.key === key ? state.current : 1;
  const offset = pagesInDb ? (current - 1) * state.pageSize : 0;
  const limit = state.pageSize;
  const read = <R>(part: Part, offset: number, limit: number, query: () => Promise<R>) =>
    readKept(source as PagedListSource<unknown>, part, offset, limit, query);
  const kept = <R>(part: Part, offset: number, limit: number) =>
    keptRead<R>(source as PagedListSource<unknown>, part, offset, limit);
  // Until a live read for this filter is in: the kept one, if any (the list is drawn with it at once).
  // The kept reads are also the live queries' first results: a live read that finds the same then
  // draws nothing again.
  const orKept = <R>(live: Keyed<R> | null | undefined, part: Part, offset: number, limit: number) =>
    live?.key === key ? live : (kept<R>(part, offset, limit) ?? live);
  // A read may observe less than the list depends on: a count kept in memory (paged-list.ts keeps
  // counts until a write) or a date range kept there is given without a read, and a search through
  // the digest reads only the records that matched — a new record matching it, or an edit making
  // another match, touches nothing the live query read. So the list's writes are in every live
  // query's dependencies (the previous result stays on screen until the new one is in).
  const writes = useTableWrites(source.keep.dbName, source.keep.tables);
  // A search reading many records: its first page (and its total when known) comes first.
  const firstLive = useLiveQuery(
    async () =>
      pagesInDb ? null : read('first', 0, limit, () => source.query({ offset: 0, limit, partial: true })),
    [key, pagesInDb, limit, writes],
    pagesInDb ? null : kept<PagedListResult<T>>('first', 0, limit),
  );
  const first = pagesInDb ? firstLive : orKept(firstLive, 'first', 0, limit);
  // Every match only after the first page is in: IndexedDB answers one request at a time, and
  // reading thousands of matches first would hold the first page back.
  const firstIn = pagesInDb || first?.key === key;
  // Paging is in the dependencies only when the database pages; otherwise the table pages `rows`.
  const fullLive = useLiveQuery(
    async () => (firstIn ? read('full', offset, limit, () => source.query({ offset, limit })) : undefined),
    [key, pagesInDb ? offset : -1, pagesInDb ? limit : -1, firstIn, writes],
    kept<PagedListResult<T>>('full', offset, limit),
  );
  const full = orKept(fullLive, 'full', offset, limit);
  // The count after the rows: counting walks the index, and the database answers nothing else meanwhile.
  const rowsIn = full?.key === key;
  const totalLive = useLiveQuery(
    async () => (pagesInDb && rowsIn ? read('total', 0, 0, () => source.count()) : null),
    [key, pagesInDb, rowsIn, writes],
    pagesInDb ? kept<number>('total', 0, 0) : null,
  );
  const total = pagesInDb ? orKept(totalLive, 'total', 0, 0) : totalLive;
  const known = total && total.key === key ? total.value : null;
  const warm = useRef(source.warm);
  warm.current = source.warm;
  useEffect(() => {
    if (known === null || !key) return;
    // After the rows and the count are on screen, once the page has settled; stopped when left.
    const stop = new AbortController();
    const timer = setTimeout(() => void warm.current?.(known, stop.signal).catch(() => undefined), 50);
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, [known, key]);

  const onChange = (page: number, pageSize: number) =>
    setState({ key, current: pageSize === limit ? page : 1, pageSize });
  // The result for this filter; until it comes, the previous one stays on screen (no flashing).
  const result = full?.key === key || !first || first.key !== key ? full?.value : first.value;
  if (!result) return { rows: undefined, all: undefined, paging: undefined };
  if (result.mode === 'all') {
    if (result.complete) return { rows: result.rows, all: result.rows, paging: undefined };
    return {
      rows: result.rows.slice(0, limit),
      all: undefined,
      paging: { current: 1, pageSize: limit, total: result.total, onChange },
    };
  }
  return { rows: result.rows, all: undefined, paging: { current, pageSize: limit, total: known, onChange } };
}

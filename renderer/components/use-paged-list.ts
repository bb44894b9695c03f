import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { PagedListResult } from '../db/repositories/paged-list';
import type { RegisterPaging } from './RegisterPage';

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
}

interface Keyed<R> {
  key: string;
  value: R;
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
  const [state, setState] = useState({ key, current: 1, pageSize: 20 });
  const current = state.key === key ? state.current : 1;
  const offset = pagesInDb ? (current - 1) * state.pageSize : 0;
  const limit = state.pageSize;
  const keyed = async <R>(value: Promise<R>): Promise<Keyed<R>> => ({ key, value: await value });
  // A search reading many records: its first page (and its total when known) comes first.
  const first = useLiveQuery(
    async () => (pagesInDb ? null : keyed(source.query({ offset: 0, limit, partial: true }))),
    [key, pagesInDb, limit],
  );
  // Every match only after the first page is in: IndexedDB answers one request at a time, and
  // reading thousands of matches first would hold the first page back.
  const firstIn = pagesInDb || first?.key === key;
  // Paging is in the dependencies only when the database pages; otherwise the table pages `rows`.
  const full = useLiveQuery(
    async () => (firstIn ? keyed(source.query({ offset, limit })) : undefined),
    [key, pagesInDb ? offset : -1, pagesInDb ? limit : -1, firstIn],
  );
  // The count after the rows: counting walks the index, and the database answers nothing else meanwhile.
  const rowsIn = full?.key === key;
  const total = useLiveQuery(
    async () => (pagesInDb && rowsIn ? keyed(source.count()) : null),
    [key, pagesInDb, rowsIn],
  );
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

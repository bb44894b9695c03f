import { Dexie, type ObservabilitySet } from 'dexie';
import { type DependencyList, useEffect, useRef, useState } from 'react';
import { writeStamp } from '../db/repositories/kept-reads';

/**
 * Does Dexie's 'storagemutated' set name a write to one of `tables` of the database `dbName`? (Not
 * `all`, Dexie's word for "anything may have changed": each caller decides what that means to it.)
 */
export function writesTouch(mutated: ObservabilitySet, dbName: string, tables: readonly string[]): boolean {
  const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
  return Object.keys(mutated).some((part) => prefixes.some((p) => part.startsWith(p)));
}

/**
 * A number that changes after every committed write to one of `tables` of the database `dbName`,
 * from this window or another (useTablesQuery's trigger; usePagedList's count).
 */
export function useTableWrites(dbName: string, tables: readonly string[]): number {
  const [writes, setWrites] = useState(0);
  const key = tables.join('\n');
  useEffect(() => {
    const names = key.split('\n');
    const onMutated = (mutated: ObservabilitySet) => {
      // `all`: Dexie's word for "anything may have changed" (a page back from the back/forward cache).
      if ('all' in mutated || writesTouch(mutated, dbName, names)) setWrites((n) => n + 1);
    };
    Dexie.on('storagemutated', onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }, [dbName, key]);
  return writes;
}

/**
 * The last results of useTablesQuery, by database, tables and inputs (`deps`), each with the write
 * stamp it was read at: a page opened again while none of its tables was written since is drawn with
 * its figures at once, not with a spinner first and its figures one render later (issue 17); and a
 * start's first reads (runTablesQuery, run.tsx) are there for the first page's first render.
 */
const results = new Map<string, { stamp: string; value: unknown }>();
const KEEP_RESULTS = 8;

function resultKey(dbName: string, tables: readonly string[], deps: DependencyList): string | null {
  try {
    return `${dbName}\n${tables.join(',')}\n${JSON.stringify(deps)}`;
  } catch {
    return null; // inputs that are not plain data: never kept
  }
}

/** The kept result of a query if none of its tables was written since it was read. */
function keptResult(
  key: string | null,
  dbName: string,
  tables: readonly string[],
): { value: unknown } | null {
  const hit = key === null ? undefined : results.get(key);
  if (!hit || hit.stamp !== writeStamp(dbName, tables)) return null;
  return { value: hit.value };
}

/** The result of this query if it is kept, with none of its tables written since (a first render draws it). */
export function keptQueryResult<T>(
  dbName: string,
  tables: readonly string[],
  deps: DependencyList,
): { value: T } | null {
  return keptResult(resultKey(dbName, tables, deps), dbName, tables) as { value: T } | null;
}

/** Is the result of this query kept (keptQueryResult)? */
export function hasKeptResult(dbName: string, tables: readonly string[], deps: DependencyList): boolean {
  return keptQueryResult(dbName, tables, deps) !== null;
}

/**
 * Reads under way, by the same key as `results`, with the write stamp they began at: a page drawn
 * while its read ahead is still out (a county's catalogue: the first visit waits 400 ms for it, the
 * search digest's ordering alone takes longer) asks the same read, and is given that one rather than
 * a second read of the same data.
 */
const running = new Map<string, { stamp: string; value: Promise<unknown> }>();

/**
 * Runs `querier` as useTablesQuery does with the same `deps`, and keeps its result for the next
 * render of a hook asking the same (a result read while one of the tables was written is not kept).
 * A result kept while none of the tables was written since is given without reading again; a read
 * of the same still under way, begun since the last write, is shared.
 */
export async function runTablesQuery<T>(
  dbName: string,
  tables: readonly string[],
  querier: () => Promise<T>,
  deps: DependencyList,
): Promise<T> {
  const key = resultKey(dbName, tables, deps);
  const kept = keptResult(key, dbName, tables);
  if (kept) return kept.value as T;
  const before = writeStamp(dbName, tables);
  const under = key === null ? undefined : running.get(key);
  if (under && under.stamp === before) return under.value as Promise<T>;
  const value = (async () => {
    const read = await querier();
    if (key !== null && writeStamp(dbName, tables) === before) {
      results.delete(key);
      results.set(key, { stamp: before, value: read });
      while (results.size > KEEP_RESULTS) results.delete(results.keys().next().value as string);
    }
    return read;
  })();
  if (key !== null) {
    running.set(key, { stamp: before, value });
    const done = () => {
      if (running.get(key)?.value === value) running.delete(key);
    };
    value.then(done, done);
  }
  return value;
}

/** Test hook: forget every kept result. */
export function resetTablesQueryResults(): void {
  results.clear();
  running.clear();
}

/**
 * useLiveQuery for reads of thousands of records: `querier` runs outside Dexie's live-query tracking
 * and again after every committed write to one of `tables` (any window). A live query adds the key of
 * every record it reads through a secondary index to an observation tree, one by one: 390 ms of one
 * task for the 30,000 records of a county's report (issue 17). Here a write anywhere in the tables
 * reads again — more often than a live query would, never less. Until the first result: the result
 * kept from the same query when no table was written since (runTablesQuery), else undefined;
 * afterwards the last result stays until the next one comes. `deps` are the querier's inputs, as for
 * useLiveQuery (plain data: they also name the kept result). A failed read is thrown at render, as
 * useLiveQuery does (the page's error boundary shows it).
 *
 * A write does not draw the component by itself: the read after it does, when its result comes in,
 * and not at all when `same` says it equals the last one (the app's shell, whose open year a saved
 * record seldom changes, was drawn twice for every save; issue 17).
 */
export function useTablesQuery<T>(
  dbName: string,
  tables: readonly string[],
  querier: () => Promise<T>,
  deps: DependencyList,
  same?: (last: T, next: T) => boolean,
): T | undefined {
  const [state, setState] = useState<{ value: T } | { error: unknown } | null>(
    () => keptResult(resultKey(dbName, tables, deps), dbName, tables) as { value: T } | null,
  );
  // Drawn from a kept result: the first run of the effect reads only if a write came in since.
  const seeded = useRef(state === null ? null : writeStamp(dbName, tables));
  const sameRef = useRef(same);
  sameRef.current = same;
  const key = tables.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the querier's inputs in `deps`, as for useLiveQuery.
  useEffect(() => {
    const names = key.split('\n');
    const seed = seeded.current;
    seeded.current = null;
    let live = true;
    // Only the latest read's result is taken (a write during a read reads again).
    let reads = 0;
    const read = () => {
      const mine = ++reads;
      runTablesQuery(dbName, names, querier, deps).then(
        (value) => {
          if (!live || mine !== reads) return;
          setState((last) =>
            last && 'value' in last && sameRef.current?.(last.value, value) ? last : { value },
          );
        },
        (error: unknown) => live && mine === reads && setState({ error }),
      );
    };
    if (seed === null || seed !== writeStamp(dbName, names)) read();
    const onMutated = (mutated: ObservabilitySet) => {
      // `all`: Dexie's word for "anything may have changed" (a page back from the back/forward cache).
      // Read in a microtask: every listener of this write has run by then, the kept reads' stamps
      // among them (kept-reads.ts), so the read cannot be given a result from before the write.
      if ('all' in mutated || writesTouch(mutated, dbName, names)) queueMicrotask(() => live && read());
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      live = false;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [...deps, dbName, key]);
  if (state && 'error' in state) throw state.error;
  return state?.value;
}

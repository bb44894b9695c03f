import { Dexie, type ObservabilitySet } from 'dexie';
import { type DependencyList, useEffect, useState } from 'react';

/**
 * A number that changes after every committed write to one of `tables` of the database `dbName`,
 * from this window or another (useTablesQuery's trigger).
 */
function useTableWrites(dbName: string, tables: readonly string[]): number {
  const [writes, setWrites] = useState(0);
  const key = tables.join('\n');
  useEffect(() => {
    const prefixes = key.split('\n').map((t) => `idb://${dbName}/${t}/`);
    const onMutated = (mutated: ObservabilitySet) => {
      // `all`: Dexie's word for "anything may have changed" (a page back from the back/forward cache).
      if ('all' in mutated || Object.keys(mutated).some((part) => prefixes.some((p) => part.startsWith(p))))
        setWrites((n) => n + 1);
    };
    Dexie.on('storagemutated', onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }, [dbName, key]);
  return writes;
}

/**
 * useLiveQuery for reads of thousands of records: `querier` runs outside Dexie's live-query tracking
 * and again after every committed write to one of `tables` (any window). A live query adds the key of
 * every record it reads through a secondary index to an observation tree, one by one: 390 ms of one
 * task for the 30,000 records of a county's report (issue 17). Here a write anywhere in the tables
 * reads again — more often than a live query would, never less. Until the first result: undefined;
 * afterwards the last result stays until the next one comes. A failed read is thrown at render, as
 * useLiveQuery does (the page's error boundary shows it).
 */
export function useTablesQuery<T>(
  dbName: string,
  tables: readonly string[],
  querier: () => Promise<T>,
  deps: DependencyList,
): T | undefined {
  const writes = useTableWrites(dbName, tables);
  const [state, setState] = useState<{ value: T } | { error: unknown } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the querier's inputs in `deps`, as for useLiveQuery.
  useEffect(() => {
    let current = true;
    querier().then(
      (value) => current && setState({ value }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, writes]);
  if (state && 'error' in state) throw state.error;
  return state?.value;
}

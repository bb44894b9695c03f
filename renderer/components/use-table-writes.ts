import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * A number that changes after every committed write to `table` of the database `dbName`, from this
 * window or another: for a page whose query reads only part of a table (a page of rows chosen from
 * the search digest) but must follow every write to it.
 */
export function useTableWrites(dbName: string, table: string): number {
  const [writes, setWrites] = useState(0);
  useEffect(() => {
    const prefix = `idb://${dbName}/${table}/`;
    const onMutated = (mutated: ObservabilitySet) => {
      if (Object.keys(mutated).some((part) => part.startsWith(prefix))) setWrites((n) => n + 1);
    };
    Dexie.on('storagemutated', onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }, [dbName, table]);
  return writes;
}

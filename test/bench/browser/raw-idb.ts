import type { TableSchema } from 'dexie';

/**
 * The bulk-load baseline (issue 8): the same records put into IndexedDB with the bare API, no Dexie,
 * into object stores and indexes copied from the app's Dexie schema, so both sides maintain the same
 * indexes. One transaction; every put is issued at once and only the transaction's completion awaited.
 */
function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
  });
}

export function openRawDb(name: string, schema: readonly TableSchema[]): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const table of schema) {
      const store = db.createObjectStore(table.name, {
        keyPath: table.primKey.keyPath ?? null,
        autoIncrement: Boolean(table.primKey.auto),
      });
      for (const index of table.indexes) {
        if (index.keyPath === undefined) continue;
        store.createIndex(index.name, index.keyPath, {
          unique: Boolean(index.unique),
          multiEntry: Boolean(index.multi),
        });
      }
    }
  };
  return request(open);
}

export async function rawBulkPut(db: IDBDatabase, stores: Record<string, readonly unknown[]>): Promise<void> {
  const names = Object.keys(stores);
  // No durability hint, as Dexie gives none: both use the browser's default.
  const tx = db.transaction(names, 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  for (const name of names) {
    const store = tx.objectStore(name);
    for (const record of stores[name] ?? []) store.put(record);
  }
  await done;
}

/** The export baseline: every record of `stores` read with getAll in one transaction; returns the count. */
export async function rawReadAll(name: string, stores: readonly string[]): Promise<number> {
  const db = await request(indexedDB.open(name));
  try {
    const tx = db.transaction(stores, 'readonly');
    const all = await Promise.all(stores.map((s) => request(tx.objectStore(s).getAll())));
    return all.reduce((n, rows) => n + rows.length, 0);
  } finally {
    db.close();
  }
}

/**
 * The first module the window evaluates (main.tsx imports it first; issue 17): asks the browser for
 * the stored databases and, when the app's exists, opens and closes a connection to it — so the
 * browser reads the database from disk while the window is still compiling and running the app's
 * scripts (150 ms on the benchmark PC, 600 ms at 4× CPU), and Dexie's own open finds it ready.
 * Imports nothing, so it runs before every other module.
 *
 * Never creates or upgrades anything: it opens only a database the browser lists, at its stored
 * version, and closes the connection at once (and on a version change). The list of databases is
 * kept for the newer-version check (startup.ts), which would ask for it again.
 */
export const APP_DB_NAME = 'disclosure-desk';

export function warmStoredDatabase(
  factory: Pick<IDBFactory, 'databases' | 'open'> | undefined,
  name: string,
): Promise<IDBDatabaseInfo[] | null> {
  if (!factory || typeof factory.databases !== 'function') return Promise.resolve(null);
  const listed = factory.databases().then(
    (list) => list,
    () => null,
  );
  void listed.then((list) => {
    // The browser's IndexedDB is ready (trace-start.ts): a cold browser's first answer.
    performance.mark?.('desk: databases listed');
    const found = list?.find((d) => d.name === name);
    if (!found?.version) return;
    try {
      const request = factory.open(name, found.version);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => {
        const conn = request.result;
        conn.onversionchange = () => conn.close();
        conn.close();
      };
      request.onerror = (e) => e.preventDefault();
      request.onblocked = () => undefined;
    } catch {
      // Only a head start: Dexie opens the database as before.
    }
  });
  return listed;
}

/** Started as this module is evaluated: before the rest of the app's code runs. */
export const storedDatabases: Promise<IDBDatabaseInfo[] | null> = warmStoredDatabase(
  globalThis.indexedDB,
  APP_DB_NAME,
);

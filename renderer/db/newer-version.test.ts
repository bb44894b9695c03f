import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../app/startup';
import * as database from './database';
import { dataState, ReadOnlyDataError } from './newer-version';

/** A database as a newer app (schema version 7, native 70) would leave it, made with the raw API. */
function createNewerDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(database.DB_NAME, 70);
    req.onupgradeneeded = () => {
      const idb = req.result;
      const requests = idb.createObjectStore('requests', { keyPath: 'id' });
      requests.createIndex('deletedAt', 'deletedAt');
      idb.createObjectStore('settings', { keyPath: 'key' });
      idb.createObjectStore('audit', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
      idb.createObjectStore('letters', { keyPath: 'id' });
      requests.put({ id: 'r-1', serial: '2031-001', newField: '只有新版本认识的字段' });
      idb.createObjectStore('publications', { keyPath: 'id' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('data saved by a newer app version (issue 14 item 6)', () => {
  it('is opened read-only at its own version: readable, every write refused, nothing changed', async () => {
    await createNewerDatabase();
    expect(await openAppDatabase()).toBe(7);
    expect(dataState.newerVersion).toBe(7);
    const { db } = database; // the live binding: now the read-only instance
    expect(await db.requests.toArray()).toEqual([
      { id: 'r-1', serial: '2031-001', newField: '只有新版本认识的字段' },
    ]);
    await expect(db.requests.put({ id: 'r-2' } as never)).rejects.toBeInstanceOf(ReadOnlyDataError);
    await expect(db.table('settings').put({ key: 'app', value: {} })).rejects.toBeInstanceOf(
      ReadOnlyDataError,
    );
    db.close();
    const listed = (await indexedDB.databases()).find((d) => d.name === database.DB_NAME);
    expect(listed?.version).toBe(70); // not downgraded, not patched
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(database.DB_NAME);
      req.onsuccess = () => resolve(req.result);
    });
    expect([...raw.objectStoreNames].sort()).toEqual([
      'audit',
      'letters',
      'publications',
      'requests',
      'settings',
    ]);
    raw.close();
  });
});

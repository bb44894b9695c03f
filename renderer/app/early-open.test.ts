import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../db/database';
import { APP_DB_NAME, warmStoredDatabase } from './early-open';

const settle = () => new Promise((r) => setTimeout(r, 50));

function openAt(factory: IDBFactory, name: string, version: number, stores: string[] = []) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = () => {
      for (const s of stores) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

describe('the database warmed before the app code runs (issue 17)', () => {
  it('names the app’s database as Dexie does', () => {
    expect(APP_DB_NAME).toBe(DB_NAME);
  });

  it('never creates the database on a first start', async () => {
    const factory = new IDBFactory();
    expect(await warmStoredDatabase(factory, APP_DB_NAME)).toEqual([]);
    await settle();
    expect(await factory.databases()).toEqual([]);
  });

  it('opens a stored database at its version, changes nothing and does not block an upgrade', async () => {
    const factory = new IDBFactory();
    (await openAt(factory, APP_DB_NAME, 50, ['publications'])).close();
    const listed = await warmStoredDatabase(factory, APP_DB_NAME);
    expect(listed).toEqual([{ name: APP_DB_NAME, version: 50 }]);
    // The app's next version upgrades it at once: the warming connection is closed, not in the way.
    const upgraded = await openAt(factory, APP_DB_NAME, 60, ['publications', 'letters']);
    expect([...upgraded.objectStoreNames].sort()).toEqual(['letters', 'publications']);
    upgraded.close();
    await settle();
    expect(await factory.databases()).toEqual([{ name: APP_DB_NAME, version: 60 }]);
  });

  it('gives up quietly where the browser cannot list databases', async () => {
    expect(await warmStoredDatabase(undefined, APP_DB_NAME)).toBeNull();
    const failing = {
      databases: () => Promise.reject(new Error('no')),
      open: () => {
        throw new Error('no');
      },
    };
    expect(await warmStoredDatabase(failing as unknown as IDBFactory, APP_DB_NAME)).toBeNull();
  });
});

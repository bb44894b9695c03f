import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { DeskDb, SCHEMA_VERSION } from '../database';
import { applyV1 } from './v1';
import { applyV2 } from './v2';
import { applyV3 } from './v3';
import { applyV4 } from './v4';

describe('schema version 5: letters', () => {
  it('opens a version-4 database with its records intact and an empty, indexed letters store', async () => {
    const stores = sampleStores({ publications: 1, requests: 2, consultations: 0, appeals: 0 });
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v5', { indexedDB, IDBKeyRange });
    applyV1(old);
    applyV2(old);
    applyV3(old);
    applyV4(old);
    await old.table('requests').bulkAdd(stores.requests);
    old.close();

    const db = new DeskDb('upgrade-v5', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.requests.count()).toBe(2);
    expect(await db.letters.count()).toBe(0);
    expect(Object.keys(db.letters.schema.idxByName).sort()).toEqual(['issuedDate', 'number', 'requestId']);
    // 文号 are unique; drafts (null) are not indexed and may be many.
    const [a, b] = stores.letters;
    if (!a || !b) throw new Error('sample');
    const draft = { ...b, number: null, status: 'draft' as const, issuedDate: null, delivery: null };
    await db.letters.bulkAdd([a, draft, { ...draft, id: 'l-x' }]);
    await expect(db.letters.add({ ...b, id: 'l-y', number: a.number })).rejects.toThrow();
    expect(await db.letters.where('issuedDate').between('2024-01-01', '2024-12-31', true, true).count()).toBe(
      1,
    );
    db.close();
  });
});

import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyV1, V1_STORES } from './v1';

describe('schema version 1', () => {
  it('creates every store with its indexes, and the unique serial index', async () => {
    const db = new Dexie('schema-v1', { indexedDB: new IDBFactory(), IDBKeyRange });
    applyV1(db);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(V1_STORES).sort());
    const requests = db.table('requests').schema;
    expect(requests.primKey.name).toBe('id');
    expect(requests.idxByName.serial?.unique).toBe(true);
    expect(Object.keys(db.table('publications').schema.idxByName)).toEqual(
      expect.arrayContaining(['formedDate', 'publishedDate', 'deletedAt', 'indexNumber']),
    );
    db.close();
  });
});

import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DeskDb, SCHEMA_VERSION } from '../database';
import { exportAll } from '../interchange';
import { createRecord, deleteRecord, updateRecord } from '../repositories/registers';
import { testCtx } from '../test-db';
import { testPublication } from '../test-fixtures';
import { applyV1 } from './v1';

const pub = (id: string, formedDate: string, publishedDate: string | null) =>
  testPublication(id, formedDate, publishedDate);

describe('schema version 2: the publications list date', () => {
  it('fills in listDate for records stored by version 1, and indexes it', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v2', { indexedDB, IDBKeyRange });
    applyV1(old);
    await old
      .table('publications')
      .bulkAdd([
        pub('a', '2023-12-20', '2024-01-05'),
        pub('b', '2024-03-01', null),
        pub('c', '2022-06-01', '2022-06-03'),
      ]);
    old.close();

    const db = new DeskDb('upgrade-v2', { indexedDB, IDBKeyRange });
    await db.open();
    // Opened at the latest version (v3.test.ts checks the index lists); listDate is indexed since v2.
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(Object.keys(db.table('publications').schema.idxByName)).toContain('listDate');
    const stored = (await db.publications.toArray()) as unknown as { id: string; listDate: string }[];
    expect(Object.fromEntries(stored.map((p) => [p.id, p.listDate]))).toEqual({
      a: '2024-01-05',
      b: '2024-03-01',
      c: '2022-06-03',
    });
    // 2024 in the list: published in 2024 (formed in 2023) and formed in 2024 but unpublished.
    const in2024 = await db.publications
      .where('listDate')
      .between('2024-01-01', '2024-12-31', true, true)
      .primaryKeys();
    expect(in2024.sort()).toEqual(['a', 'b']);
    db.close();
  });

  it('keeps listDate right through the repositories, and leaves it out of exports', async () => {
    const db = new DeskDb('v2-writes', { indexedDB: new IDBFactory(), IDBKeyRange });
    const ctx = testCtx();
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = pub('x', '2025-03-03', null);
    const created = await createRecord(db, 'publications', fields, ctx);
    const listDate = async () =>
      ((await db.publications.get(created.id)) as unknown as { listDate: string }).listDate;
    expect(await listDate()).toBe('2025-03-03');

    await updateRecord(db, 'publications', created.id, { ...fields, publishedDate: '2025-03-10' }, ctx);
    expect(await listDate()).toBe('2025-03-10');
    await db.publications.update(created.id, { publishedDate: '2025-04-01' });
    expect(await listDate()).toBe('2025-04-01');
    await deleteRecord(db, 'publications', created.id, ctx);
    expect(await listDate()).toBe('2025-04-01');

    const doc = await exportAll(db, { appVersion: 'test', exportedAt: '2025-05-01T00:00:00.000Z' });
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.stores.publications[0]).not.toHaveProperty('listDate');
    expect(doc.stores.publications[0]?.publishedDate).toBe('2025-04-01');
    db.close();
  });
});

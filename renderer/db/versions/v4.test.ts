import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import type { InterchangeStores } from '../../../shared/model';
import { DeskDb, SCHEMA_VERSION } from '../database';
import { exportAll, importAll } from '../interchange';
import { testCtx } from '../test-db';
import { applyV1 } from './v1';
import { applyV2 } from './v2';
import { applyV3, V3_STORES } from './v3';

describe('schema version 4: the cache store', () => {
  it('adds `cache` to a version 3 database and keeps every record as it was', async () => {
    // Only what version 3 could hold (later versions add stores, e.g. v5 letters).
    const stores = { ...sampleStores() } as Record<string, unknown>;
    const V3_TABLES = Object.keys(V3_STORES);
    for (const name of Object.keys(stores)) {
      if (Array.isArray(stores[name]) && !V3_TABLES.includes(name)) stores[name] = [];
    }
    const meta = { appVersion: 'test', exportedAt: testCtx().now };
    // The same records stored by the current schema, for comparison.
    const reference = new DeskDb('v4-reference', { indexedDB: new IDBFactory(), IDBKeyRange });
    await importAll(reference, stores as unknown as InterchangeStores);
    const expected = await exportAll(reference, meta);
    reference.close();

    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v4', { indexedDB, IDBKeyRange });
    applyV1(old);
    applyV2(old);
    applyV3(old);
    await old.open();
    expect(old.tables.map((t) => t.name)).not.toContain('cache');
    for (const [name, rows] of Object.entries(stores)) {
      if (Array.isArray(rows) && rows.length > 0) await old.table(name).bulkAdd(rows);
    }
    await old.table('settings').put({ key: 'app', value: stores.settings });
    old.close();

    const db = new DeskDb('upgrade-v4', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.cache.schema.primKey.keyPath).toBe('key');
    await db.cache.put({ key: 'digest', gen: '1', value: [1, 2] });
    expect(await db.cache.get('digest')).toEqual({ key: 'digest', gen: '1', value: [1, 2] });
    // Derived data only: the upgraded database exports exactly what version 3 held.
    expect(await exportAll(db, meta)).toEqual(expected);
    db.close();
  });
});

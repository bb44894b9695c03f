import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION as SHARED_SCHEMA_VERSION } from '../../shared/model';
import { DeskDb, SCHEMA_VERSION } from './database';

describe('SCHEMA_VERSION', () => {
  it('equals the highest version DeskDb applies (backups and the CLI refuse newer ones by it)', async () => {
    const db = new DeskDb('x', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SHARED_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
    db.close();
  });
});

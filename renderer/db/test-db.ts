import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DeskDb } from './database';

let n = 0;
/** A fresh, isolated database on fake-indexeddb for unit tests. */
export function makeTestDb(): DeskDb {
  n += 1;
  return new DeskDb(`test-${n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

let idSeq = 0;
export const testCtx = (now = '2025-06-01T02:00:00.000Z') => ({
  actor: '测试员',
  now,
  newId: () => {
    idSeq += 1;
    return `id-${idSeq}`;
  },
});

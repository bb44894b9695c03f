import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DeskDb } from './database';

let n = 0;
const factories = new Map<string, IDBFactory>();
/** A fresh, isolated database on fake-indexeddb for unit tests. */
export function makeTestDb(): DeskDb {
  n += 1;
  const indexedDB = new IDBFactory();
  factories.set(`test-${n}`, indexedDB);
  return new DeskDb(`test-${n}`, { indexedDB, IDBKeyRange });
}

/** A second connection to a test database (what a worker opens by the database's name). */
export function connectTestDb(name: string): DeskDb {
  const indexedDB = factories.get(name);
  if (!indexedDB) throw new Error(`no test database ${name}`);
  return new DeskDb(name, { indexedDB, IDBKeyRange });
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

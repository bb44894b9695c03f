import { Dexie, type ObservabilitySet } from 'dexie';
import type { DeskDb } from '../database';

/**
 * Reads of thousands of records kept between visits of a page until one of the tables they come from
 * is written (a committed write in any window, Dexie's 'storagemutated'): coming back to the
 * requests list, the report or the dashboard does not read a county's year again (issue 17). A few
 * results are kept, the most recently used; a read during which a write committed is not kept.
 */
interface Kept {
  db: DeskDb;
  tables: readonly string[];
  value: unknown;
}

const KEEP = 4;
const kept = new Map<string, Kept>();
/** Committed writes per `${db name}/${table}`, to tell a read that overlapped one. */
const writes = new Map<string, number>();
let watching = false;

function watch() {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (mutated: ObservabilitySet) => {
    // `all`: anything may have changed (Dexie, for a page back from the back/forward cache).
    if ('all' in mutated) {
      everything += 1;
      kept.clear();
      return;
    }
    const touched = new Set<string>();
    for (const part of Object.keys(mutated)) {
      const m = /^idb:\/\/(.+)\/([^/]+)\/$/.exec(part);
      if (m) touched.add(`${m[1]}/${m[2]}`);
    }
    for (const t of touched) writes.set(t, (writes.get(t) ?? 0) + 1);
    for (const [key, entry] of kept)
      if (entry.tables.some((t) => touched.has(`${entry.db.name}/${t}`))) kept.delete(key);
  });
}

/** Times Dexie said anything may have changed (`all`). */
let everything = 0;

const stamp = (db: DeskDb, tables: readonly string[]) => writeStamp(db.name, tables);

/**
 * A text that changes after every committed write to one of `tables` of the database `dbName` (any
 * window): two reads with the same stamp saw the same data. Counting begins at the first call.
 */
export function writeStamp(dbName: string, tables: readonly string[]): string {
  watch();
  return `${everything}:${tables.map((t) => writes.get(`${dbName}/${t}`) ?? 0).join(',')}`;
}

/** `read()`, or what it gave last time for the same `key` while none of `tables` was written since. */
export async function keptUntilWrite<T>(
  db: DeskDb,
  tables: readonly string[],
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  watch();
  const id = `${db.name}\n${tables.join(',')}\n${key}`;
  const hit = kept.get(id);
  if (hit && hit.db === db) {
    // Most recently used last.
    kept.delete(id);
    kept.set(id, hit);
    return hit.value as T;
  }
  const before = stamp(db, tables);
  // The same read already under way with no write committed since it began (a page whose query ran
  // again before its first read was in: the report read a county's year twice on its first open).
  const same = inFlight.get(id);
  if (same && same.db === db && same.stamp === before) return same.value as Promise<T>;
  const value = read();
  const entry = { db, stamp: before, value };
  inFlight.set(id, entry);
  try {
    const result = await value;
    if (stamp(db, tables) === before) {
      kept.set(id, { db, tables, value: result });
      while (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
    }
    return result;
  } finally {
    if (inFlight.get(id) === entry) inFlight.delete(id);
  }
}

/** Reads under way, by id, with the write stamp they began at. */
const inFlight = new Map<string, { db: DeskDb; stamp: string; value: Promise<unknown> }>();

/** Test hook: forget every kept read. */
export function resetKeptReads() {
  kept.clear();
  inFlight.clear();
}

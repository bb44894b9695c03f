import {
  buildInterchange,
  type InterchangeDocument,
  type InterchangeStores,
  interchangeStores,
} from '../../shared/model';
import { SCHEMA_VERSION, type DeskDb } from './database';
import { getSettings } from './repositories/settings';

const TABLES = [
  'publications',
  'requests',
  'consultations',
  'appeals',
  'calendarOverrides',
  'calendarYears',
  'yearFigures',
  'reportDrafts',
  'reportSnapshots',
  'audit',
] as const;

/** Every store as one consistent snapshot (one read transaction). */
export async function exportAll(
  db: DeskDb,
  meta: { appVersion: string; exportedAt: string },
): Promise<InterchangeDocument> {
  const stores: Partial<InterchangeStores> = {};
  await db.transaction('r', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const t of TABLES) {
      const rows = await db.table(t).toArray();
      // reportSnapshots' auto-increment key is storage detail, not part of the format.
      (stores as Record<string, unknown[]>)[t] =
        t === 'reportSnapshots' ? rows.map(({ seq: _seq, ...r }) => r) : rows;
    }
    stores.settings = (await db.settings.get('app')) ? await getSettings(db) : null;
  });
  return buildInterchange(stores, { ...meta, schemaVersion: SCHEMA_VERSION });
}

/**
 * Replaces the whole database with `stores`, in one transaction: on any failure nothing changes.
 * The caller validated the document (parseInterchange); this re-validates the stores to be safe.
 */
export async function importAll(db: DeskDb, input: InterchangeStores): Promise<Record<string, number>> {
  const stores = interchangeStores.parse(input);
  const counts: Record<string, number> = {};
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const t of TABLES) {
      await db.table(t).clear();
      await db.table(t).bulkAdd(stores[t] as unknown[]);
      counts[t] = await db.table(t).count();
      if (counts[t] !== stores[t].length) throw new Error(`count mismatch in ${t}`);
    }
    await db.settings.clear();
    if (stores.settings) await db.settings.put({ key: 'app', value: stores.settings });
  });
  return counts;
}

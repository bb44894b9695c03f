import { buildInterchange, type InterchangeDocument, type InterchangeStores } from '../../shared/model';
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
  'letters',
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

/** Rows per bulkAdd: small enough for the progress bar to move, large enough to keep IndexedDB busy. */
const IMPORT_CHUNK = 5000;

export interface ImportOptions {
  /** Called after each chunk is stored (records done, records in all), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Replaces the whole database with `stores`, in one transaction: on any failure nothing changes.
 * `stores` must already be validated (parseInterchange, the backup reader, or exportAll's own output):
 * a second zod pass over hundreds of thousands of records cost seconds of a restore for nothing.
 */
export async function importAll(
  db: DeskDb,
  input: InterchangeStores,
  options: ImportOptions = {},
): Promise<Record<string, number>> {
  const stores = input;
  const counts: Record<string, number> = {};
  const total = TABLES.reduce((n, t) => n + stores[t].length, 0);
  let done = 0;
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const t of TABLES) {
      await db.table(t).clear();
      const rows = stores[t] as unknown[];
      // Chunks inside the one transaction: still all-or-nothing, but the progress bar moves.
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK);
        await db.table(t).bulkAdd(chunk);
        done += chunk.length;
        options.onProgress?.(done, total);
      }
      counts[t] = await db.table(t).count();
      if (counts[t] !== stores[t].length) throw new Error(`count mismatch in ${t}`);
    }
    await db.settings.clear();
    if (stores.settings) await db.settings.put({ key: 'app', value: stores.settings });
  });
  return counts;
}

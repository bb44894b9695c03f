import { describeInvalidRecords } from '../../shared/backup/open';
import {
  buildInterchange,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type InterchangeDocument,
  type InterchangeStores,
  interchangeDocument,
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

/** Stores that are derived data or hold the settings row: not carried as record arrays. */
const NOT_RECORDS = new Set(['cache', 'settings']);

/**
 * Every store for a backup (issue 14), as stored: one invalid record must not stop the backup (and so
 * every restore, whose safety backup would fail). Valid data comes back exactly as `exportAll` gives
 * it; otherwise the records go in unchanged and `invalidRecords` names them for the header, the
 * restore preview and `desk backup verify`. Every table of the database is carried (a store added by
 * a later schema version needs no code here), except the derived `cache`.
 */
export async function exportForBackup(
  db: DeskDb,
  meta: { appVersion: string; exportedAt: string },
): Promise<{ doc: InterchangeDocument; invalidRecords: string[] }> {
  const stores: Record<string, unknown> = {};
  const tables = db.tables.filter((t) => !NOT_RECORDS.has(t.name));
  await db.transaction('r', [...tables, db.settings], async () => {
    for (const table of tables) {
      const rows = await table.toArray();
      stores[table.name] = table.name === 'reportSnapshots' ? rows.map(({ seq: _seq, ...r }) => r) : rows;
    }
    stores.settings = (await db.settings.get('app'))?.value ?? null;
  });
  const candidate = {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    ...meta,
    schemaVersion: SCHEMA_VERSION,
    stores,
  };
  const parsed = interchangeDocument.safeParse(candidate);
  if (parsed.success) {
    // A store the interchange schema does not know yet is kept as it is, never dropped silently.
    const known = parsed.data.stores as Record<string, unknown>;
    for (const [name, rows] of Object.entries(stores)) if (!(name in known)) known[name] = rows;
    return { doc: parsed.data, invalidRecords: [] };
  }
  // Not a valid document: written as stored, so nothing is lost, and named (at most 50 lines).
  return {
    doc: candidate as unknown as InterchangeDocument,
    invalidRecords: describeInvalidRecords(candidate),
  };
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
  // Every record table of the database, generically (a store a later schema adds is replaced too;
  // one the backup lacks is emptied: a restore replaces everything).
  const stores = input as unknown as Record<string, unknown[] | undefined>;
  const names = db.tables.map((t) => t.name).filter((n) => !NOT_RECORDS.has(n));
  const counts: Record<string, number> = {};
  const total = names.reduce((n, t) => n + (stores[t]?.length ?? 0), 0);
  let done = 0;
  await db.transaction('rw', [...names.map((t) => db.table(t)), db.settings], async () => {
    for (const t of names) {
      await db.table(t).clear();
      const rows = stores[t] ?? [];
      // Chunks inside the one transaction: still all-or-nothing, but the progress bar moves.
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK);
        await db.table(t).bulkAdd(chunk);
        done += chunk.length;
        options.onProgress?.(done, total);
      }
      counts[t] = await db.table(t).count();
      if (counts[t] !== rows.length) throw new Error(`count mismatch in ${t}`);
    }
    await db.settings.clear();
    if (input.settings) await db.settings.put({ key: 'app', value: input.settings });
  });
  return counts;
}

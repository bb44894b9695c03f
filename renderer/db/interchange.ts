import { describeInvalidRecords } from '../../shared/backup/open';
import type { Table } from 'dexie';
import type { z } from 'zod';
import {
  duplicateKeys,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type InterchangeDocument,
  type InterchangeStores,
  interchangeStores,
} from '../../shared/model';
import { SCHEMA_VERSION, type DeskDb } from './database';
import { getSettings } from './repositories/settings';

/** The tables exportAll carries (with the settings row). */
export const EXPORTED_TABLES = [
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

/** Records per read of a table being exported: the next part is read while this one is validated. */
const READ_PART = 10_000;

/**
 * Reads `table` in primary-key order, part by part inside the caller's transaction, handing each part
 * to `each` while the next one is read (issue 17: a county's export read 200,000 publications, and
 * only then validated them). A table whose key is not a field of its records is read in one go.
 */
export async function readInParts(
  table: Table,
  each: (rows: unknown[]) => void,
  part = READ_PART,
): Promise<void> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') return each(await table.toArray());
  let next: Promise<unknown[]> | null = table.limit(part).toArray();
  while (next) {
    const rows: unknown[] = await next;
    const last =
      rows.length === part ? (rows[rows.length - 1] as Record<string, unknown>)[keyPath] : undefined;
    next = last === undefined ? null : table.where(':id').above(last).limit(part).toArray();
    each(rows);
  }
}

/**
 * Every table of `tables` and the settings row (`settings` reads it) in one read transaction, each
 * part of records validated by its store's interchange schema while the next part is read. `raw`: the
 * records as stored; `valid`: the stores as the schema gives them (a store the schema does not know
 * kept as it is), in the schema's order — or null when a record or a unique key is not valid.
 */
async function readValidated(
  db: DeskDb,
  tables: readonly Table[],
  settings: () => Promise<unknown>,
): Promise<{ raw: Record<string, unknown>; valid: Record<string, unknown> | null }> {
  const shape = interchangeStores.shape as Record<string, z.ZodType | undefined>;
  const raw: Record<string, unknown> = {};
  const parsed: Record<string, unknown> = {};
  let valid = true;
  await db.transaction('r', [...tables, db.settings], async () => {
    for (const table of tables) {
      const schema = shape[table.name];
      const rows: unknown[] = [];
      const out: unknown[] = [];
      await readInParts(table, (part) => {
        // reportSnapshots' auto-increment key is storage detail, not part of the format.
        const stored =
          table.name === 'reportSnapshots'
            ? (part as { seq?: number }[]).map(({ seq: _seq, ...r }) => r)
            : part;
        for (const row of stored) rows.push(row);
        if (!valid) return;
        const result = schema ? schema.safeParse(stored) : { success: true as const, data: stored };
        if (result.success) for (const row of result.data as unknown[]) out.push(row);
        else valid = false;
      });
      raw[table.name] = rows;
      parsed[table.name] = out;
    }
    raw.settings = await settings();
    const result = shape.settings?.safeParse(raw.settings);
    if (result?.success) parsed.settings = result.data;
    else valid = false;
  });
  if (!valid || duplicateKeys(parsed).length > 0) return { raw, valid: null };
  // The schema's order (as a parse of the whole document gives it), then any store it does not know.
  const ordered: Record<string, unknown> = {};
  for (const name of Object.keys(shape)) if (name in parsed) ordered[name] = parsed[name];
  for (const [name, rows] of Object.entries(parsed)) if (!(name in ordered)) ordered[name] = rows;
  return { raw, valid: ordered };
}

/** A backup's document around `stores`, its fields in the schema's order (as its parse gave them). */
const documentOf = (
  stores: Record<string, unknown>,
  meta: { appVersion: string; exportedAt: string },
): InterchangeDocument =>
  ({
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    stores,
  }) as InterchangeDocument;

/**
 * Every store as one consistent snapshot (one read transaction), validated: an invalid record or a
 * repeated key throws, as interchangeStores.parse does.
 */
export async function exportAll(
  db: DeskDb,
  meta: { appVersion: string; exportedAt: string },
): Promise<InterchangeDocument> {
  const { raw, valid } = await readValidated(
    db,
    EXPORTED_TABLES.map((t) => db.table(t)),
    async () => ((await db.settings.get('app')) ? await getSettings(db) : null),
  );
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    ...meta,
    schemaVersion: SCHEMA_VERSION,
    // Not valid: the error a parse of the whole gives (it names the record).
    stores: (valid ?? interchangeStores.parse(raw)) as InterchangeStores,
  };
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
  const { raw, valid } = await readValidated(
    db,
    db.tables.filter((t) => !NOT_RECORDS.has(t.name)),
    async () => (await db.settings.get('app'))?.value ?? null,
  );
  if (valid) return { doc: documentOf(valid, meta), invalidRecords: [] };
  // Not a valid document: written as stored, so nothing is lost, and named (at most 50 lines).
  const candidate = documentOf(raw, meta);
  return { doc: candidate, invalidRecords: describeInvalidRecords(candidate) };
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

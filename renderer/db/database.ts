import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Appeal,
  AppSettings,
  AuditEntry,
  CalendarOverride,
  CalendarYear,
  Consultation,
  DisclosureRequest,
  Letter,
  Publication,
  ReportDoc,
  YearFigures,
} from '../../shared/model';
import { ReadOnlyDataError } from './newer-version';
import { bumpWriteGeneration, trackWriteGenerations } from './repositories/paged-list';
import { applyV1 } from './versions/v1';
import { applyV2 } from './versions/v2';
import { applyV3 } from './versions/v3';
import { applyV4, type CacheRow } from './versions/v4';
import { applyV5 } from './versions/v5';

export const DB_NAME = 'disclosure-desk';
/** The current schema version: the highest version applied below. */
export { SCHEMA_VERSION } from '../../shared/model/schema-version';

/**
 * Dexie's debug mode is on by itself wherever the app is served from localhost — browser mode
 * (`npm run web`, `npm run web:built`) and the benchmark — and off under Electron (file://). It tags
 * every table operation as an async console task and runs each promise callback inside it: stack
 * capture on every read and write, for DevTools only (issue 17). Only the development server keeps it.
 */
if (import.meta.env.PROD) Dexie.debug = false;

export interface SettingsRow {
  key: string;
  value: AppSettings;
}

export class DeskDb extends Dexie {
  publications!: EntityTable<Publication, 'id'>;
  requests!: EntityTable<DisclosureRequest, 'id'>;
  consultations!: EntityTable<Consultation, 'id'>;
  appeals!: EntityTable<Appeal, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  calendarOverrides!: EntityTable<CalendarOverride, 'date'>;
  calendarYears!: EntityTable<CalendarYear, 'year'>;
  yearFigures!: EntityTable<YearFigures, 'year'>;
  reportDrafts!: EntityTable<ReportDoc, 'year'>;
  reportSnapshots!: Table<ReportDoc & { seq?: number }, number>;
  audit!: Table<AuditEntry, number>;
  /** Letters of requests (v5, shared/letters). */
  letters!: EntityTable<Letter, 'id'>;
  /** Derived data only (v4): never exported or backed up. */
  cache!: EntityTable<CacheRow, 'key'>;

  constructor(
    name = DB_NAME,
    options?: ConstructorParameters<typeof Dexie>[1] & {
      /**
       * Data saved by a newer app version (newer-version.ts): opened in Dexie's dynamic mode — no
       * version declared, so nothing is upgraded, patched or downgraded — and every write refused.
       */
      readOnly?: boolean;
    },
  ) {
    const { readOnly, ...dexieOptions } = options ?? {};
    super(name, dexieOptions);
    if (readOnly) {
      this.use({
        stack: 'dbcore',
        name: 'readOnly',
        create: (down) => ({
          ...down,
          table: (table) => ({
            ...down.table(table),
            mutate: () => Promise.reject(new ReadOnlyDataError()),
          }),
        }),
      });
      return;
    }
    // Every version, oldest first; never edit an applied one (DESIGN.md).
    applyV1(this);
    applyV2(this);
    applyV3(this);
    applyV4(this);
    applyV5(this);
    // Not schema: marks the paged tables as written before every write and after it commits (saved
    // list counts and search digests check it).
    trackWriteGenerations();
    this.use({
      stack: 'dbcore',
      name: 'countGeneration',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'publications' && name !== 'consultations') return table;
          return {
            ...table,
            mutate: (req) => {
              bumpWriteGeneration(this.name, name);
              return table.mutate(req);
            },
          };
        },
      }),
    });
  }
}

/**
 * The app's database. Tests create their own DeskDb with fake-indexeddb. `let`: start-up replaces it
 * with a read-only instance, before anything has used it, when the stored data is newer
 * (switchToReadOnlyDatabase); module importers see the replacement (live binding).
 */
export let db = new DeskDb();

/** Opens the stored data read-only (dynamic mode) and makes it the app's `db`. */
export async function switchToReadOnlyDatabase(): Promise<DeskDb> {
  const readOnly = new DeskDb(DB_NAME, { readOnly: true });
  await readOnly.open();
  // Dynamic mode reaches tables only through db.table(name): give them their usual names too.
  for (const table of readOnly.tables) {
    Object.defineProperty(readOnly, table.name, { value: table, configurable: true, writable: true });
  }
  db = readOnly;
  return db;
}

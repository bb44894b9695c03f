import { type BackupProblem, type CryptoLike, openBackup } from '../../../shared/backup';
import { saidDbError } from '../../components/error-reason';
import { countStores } from '../../../shared/backup/summary';
import { type AuditEntry, type InterchangeDocument, parseInterchange } from '../../../shared/model';
import { type RestoreRetention, restoreRetention } from '../../../shared/retention/restore-check';
import { DeskDb } from '../../db/database';
import { importAll } from '../../db/interchange';
import { type PreviewHeader, previewOfDocument } from './preview';

/**
 * A restore's file opened and imported away from the window (issue 17): opening a county's backup
 * (inflating, JSON.parse, validating every record) held the window's main thread for 7.5 s in one
 * run, a bureau's for ~250 ms, and the import's batches of records for up to 3.1 s a task. The
 * worker keeps the opened document; the window gets only what the audit entry and the count check
 * need, then asks for the import once the safety backup is written.
 *
 * The conversation, one worker per file: `open` → `opened` | `problem` | `failed`; then `import` →
 * `progress`… → `imported` | `failed`. The window terminates the worker after it.
 */
export type RestoreRequest =
  | {
      kind: 'open';
      /** The database to replace (the app's, by name: the worker opens its own connection). */
      dbName: string;
      bytes: Uint8Array;
      password: string | null;
      maxSchemaVersion: number;
      /**
       * The preview's question (issue 14 item 4) asked of the same opening: what retention would
       * remove from the file today under the setting in force. Absent: not asked.
       */
      look?: RetentionQuestion;
    }
  | {
      kind: 'import';
      /** The restore's own audit entry, appended to the file's audit log (null: a rollback). */
      entry: AuditEntry | null;
    }
  | {
      /**
       * A JSON export to import (Settings → 导入, issue 14 item 5): decoded, parsed and validated here,
       * kept for `import`; the preview's figures and retention's question answered at once.
       */
      kind: 'openJson';
      dbName: string;
      bytes: Uint8Array;
      maxSchemaVersion: number;
      current: number | null;
      today: string;
    };

/** Retention's question of a file: the setting in force (years, null: none) and today's date. */
export interface RetentionQuestion {
  current: number | null;
  today: string;
}

/** What the window needs of an opened file: the audit entry's facts and the count check's figures. */
export interface OpenedSummary {
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  /** Records per store in the file (countStores), before the restore's own audit entry. */
  counts: Record<string, number>;
}

export type RestoreMessage =
  /** `retention`: the answer to the request's `look`, when it asked. */
  | { kind: 'opened'; summary: OpenedSummary; retention?: RestoreRetention }
  | { kind: 'problem'; problem: BackupProblem }
  | { kind: 'progress'; done: number; total: number }
  | {
      kind: 'jsonOpened';
      summary: OpenedSummary;
      preview: PreviewHeader;
      retention: RestoreRetention;
    }
  /** Not an export this app can import (the reason a ParseResult names, or newerVersion). */
  | { kind: 'jsonRefused'; error: 'notJson' | 'notExport' | 'newerVersion' | 'invalid'; issues?: string[] }
  | { kind: 'imported' }
  /** `said`: a database refusal the officer can act on (a full disk), by its name (saidDbError). */
  | { kind: 'failed'; message: string; said?: string };

export const isRestoreRequest = (data: unknown): data is RestoreRequest =>
  typeof data === 'object' &&
  data !== null &&
  ['open', 'openJson', 'import'].includes(String((data as { kind?: unknown }).kind));

export function summaryOf(doc: InterchangeDocument): OpenedSummary {
  return {
    appVersion: doc.appVersion,
    schemaVersion: doc.schemaVersion,
    exportedAt: doc.exportedAt,
    counts: countStores(doc.stores),
  };
}

/** The stores to put in place: the file's, with the restore's own audit entry after its audit log. */
export function storesWith(
  doc: InterchangeDocument,
  entry: AuditEntry | null,
): InterchangeDocument['stores'] {
  return entry ? { ...doc.stores, audit: [...doc.stores.audit, entry] } : doc.stores;
}

/**
 * The worker's side (tested in Node with fake-indexeddb): each message handled in turn; the opened
 * document is kept between `open` and `import`. The import is the app's importAll (one transaction,
 * the same stored fields as in the window) on the worker's own connection, closed again after; the
 * window then tells its live queries and caches that everything changed.
 */
export function restoreSession(env: {
  crypto: CryptoLike;
  post: (message: RestoreMessage) => void;
  /** Opens a connection by name (tests: to their fake-indexeddb); default the browser's. */
  connect?: (name: string) => DeskDb;
}): (request: RestoreRequest) => Promise<void> {
  let opened: { doc: InterchangeDocument; dbName: string } | null = null;
  const failed = (err: unknown) =>
    env.post({
      kind: 'failed',
      message: err instanceof Error ? err.message : String(err),
      ...(saidDbError(err) ? { said: saidDbError(err) } : {}),
    });
  return async (request) => {
    if (request.kind === 'openJson') {
      try {
        const parsed = parseInterchange(new TextDecoder().decode(request.bytes));
        if (!parsed.ok) return env.post({ kind: 'jsonRefused', error: parsed.error, issues: parsed.issues });
        // An export of a newer schema would lose the fields this version does not know: refused.
        if (parsed.doc.schemaVersion > request.maxSchemaVersion)
          return env.post({ kind: 'jsonRefused', error: 'newerVersion' });
        opened = { doc: parsed.doc, dbName: request.dbName };
        env.post({
          kind: 'jsonOpened',
          summary: summaryOf(parsed.doc),
          preview: previewOfDocument(parsed.doc),
          retention: restoreRetention(parsed.doc.stores, request.current, request.today),
        });
      } catch (err) {
        failed(err);
      }
      return;
    }
    if (request.kind === 'open') {
      try {
        const result = await openBackup(request.bytes, {
          crypto: env.crypto,
          password: request.password,
          maxSchemaVersion: request.maxSchemaVersion,
        });
        if (!result.ok) return env.post({ kind: 'problem', problem: result });
        opened = { doc: result.doc, dbName: request.dbName };
        const { look } = request;
        env.post({
          kind: 'opened',
          summary: summaryOf(result.doc),
          ...(look ? { retention: restoreRetention(result.doc.stores, look.current, look.today) } : {}),
        });
      } catch (err) {
        failed(err);
      }
      return;
    }
    if (!opened) return failed(new Error('no file has been opened'));
    const { doc, dbName } = opened;
    opened = null;
    const db = env.connect ? env.connect(dbName) : new DeskDb(dbName);
    withoutObservation(db);
    try {
      await db.open();
      await importAll(db, storesWith(doc, request.entry), {
        onProgress: (done, total) => env.post({ kind: 'progress', done, total }),
      });
      env.post({ kind: 'imported' });
    } catch (err) {
      failed(err);
    } finally {
      db.close();
    }
  };
}

/**
 * The worker's connection for the import: without Dexie's record of every written key (for live
 * queries, of which a worker has none) and its optimistic cache; the window is told afterwards that
 * every table changed (restore-in-worker.ts). Bureau scale, one run each: import 1.6–1.8 → 1.3 s.
 */
function withoutObservation(db: DeskDb) {
  db.unuse({ stack: 'dbcore', name: 'Observability' });
  db.unuse({ stack: 'dbcore', name: 'Cache' });
}

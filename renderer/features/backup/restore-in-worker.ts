import { Dexie, RangeSet } from 'dexie';
import type { BackupProblem } from '../../../shared/backup';
import type { AuditEntry } from '../../../shared/model';
import type { RestoreRetention } from '../../../shared/retention/restore-check';
import type { DeskDb } from '../../db/database';
import { type AskedWorker, workerQuestion } from './ask-worker';
import { appWorker } from './build-in-worker';
import type { ExportJob, ExportMessage } from './export-job';
import type { PreviewHeader } from './preview';
import type { OpenedSummary, RestoreMessage, RestoreRequest, RetentionQuestion } from './restore-job';

/** A file opened for a restore: the facts the window needs, and the import it can ask for. */
export interface OpenedSource extends OpenedSummary {
  ok: true;
  /** Retention's answer for the file, when the opening was asked for it (a restore's preview). */
  retention?: RestoreRetention;
  /**
   * Replaces the whole database with the file's records in one transaction, `entry` appended to the
   * audit log (null: a rollback). Rejects when the import failed (nothing changed).
   */
  replace(entry: AuditEntry | null, onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Lets go of the opened file (a worker ends). */
  close(): void;
}

/** What the window uses of a worker (tests give one that runs restore-job.ts in the same process). */
export interface WorkerLike {
  postMessage(message: RestoreRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<RestoreMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Opens a backup in a worker; rejects when the worker cannot (the window then opens it itself). */
export type WorkerOpen = (
  db: DeskDb,
  bytes: Uint8Array,
  password: string | null,
  maxSchemaVersion: number,
  look?: RetentionQuestion,
) => Promise<OpenedSource | BackupProblem>;

/**
 * Every index and primary key of every table, as changed: what the window's live queries, kept
 * reads and search digests are told after a worker replaced the database (Dexie's own "everything"
 * set, as it fires when it creates a database). The worker's connection announces nothing itself:
 * it imports without Dexie's observation (restore-job.ts), so this is what tells every window (Dexie
 * passes it on to the others).
 */
export function everythingChanged(db: DeskDb) {
  const all = () => new RangeSet(-Infinity, [[[]]]);
  const parts: Record<string, RangeSet> = {};
  for (const table of db.tables) {
    for (const index of table.schema.indexes) {
      if (index.name) parts[`idb://${db.name}/${table.name}/${index.name}`] = all();
    }
    parts[`idb://${db.name}/${table.name}/`] = all();
    parts[`idb://${db.name}/${table.name}/:dels`] = all();
  }
  return parts;
}

/**
 * The app's WorkerOpen (the backup worker, restore-job.ts), or null where there are no workers (tests
 * in Node). `create` starts the worker (the benchmark's page serves its own bundle).
 */
export function workerOpen(create?: () => WorkerLike): WorkerOpen | null {
  if (!create && typeof Worker === 'undefined') return null;
  const start = create ?? (appWorker as () => WorkerLike);
  return async (db, bytes, password, maxSchemaVersion, look) => {
    const request = { kind: 'open', dbName: db.name, bytes, password, maxSchemaVersion, look } as const;
    const { message, source } = await session(start, db, request);
    if (message.kind === 'opened')
      return message.retention
        ? { ...source(message.summary), retention: message.retention }
        : source(message.summary);
    if (message.kind === 'problem') return message.problem;
    throw new Error(`unexpected ${message.kind}`);
  };
}

/** A JSON export opened for an import: the preview's figures, retention's answer, and the source. */
export type OpenedJson =
  | { ok: true; source: OpenedSource; header: PreviewHeader; retention: RestoreRetention }
  | { ok: false; error: Extract<RestoreMessage, { kind: 'jsonRefused' }>['error']; issues?: string[] };

/** Opens a JSON export in a worker; rejects when the worker cannot (the window then parses it). */
export type WorkerOpenJson = (
  db: DeskDb,
  bytes: Uint8Array,
  maxSchemaVersion: number,
  current: number | null,
  today: string,
) => Promise<OpenedJson>;

/**
 * The app's WorkerOpenJson, or null where there are no workers: decoding, parsing and validating a
 * ten-year export (hundreds of MB of JSON) held the window for seconds before the preview.
 */
export function workerOpenJson(create?: () => WorkerLike): WorkerOpenJson | null {
  if (!create && typeof Worker === 'undefined') return null;
  const start = create ?? (appWorker as () => WorkerLike);
  return async (db, bytes, maxSchemaVersion, current, today) => {
    const request = { kind: 'openJson', dbName: db.name, bytes, maxSchemaVersion, current, today } as const;
    const { message, source } = await session(start, db, request);
    if (message.kind === 'jsonOpened')
      return {
        ok: true,
        source: source(message.summary),
        header: message.preview,
        retention: message.retention,
      };
    if (message.kind === 'jsonRefused') return { ok: false, error: message.error, issues: message.issues };
    throw new Error(`unexpected ${message.kind}`);
  };
}

/**
 * One worker for one file: `first` asked, its answer given back with the source that can then ask
 * for the import. A refusal ends the worker; a worker that dies fails whichever step is under way.
 */
/** The worker's failure as an error, named as the database named it when the officer can act on it. */
function failure(m: { message: string; said?: string }): Error {
  const err = new Error(m.message);
  if (m.said) err.name = m.said;
  return err;
}

function session(
  start: () => WorkerLike,
  db: DeskDb,
  first: RestoreRequest,
): Promise<{ message: RestoreMessage; source: (summary: OpenedSummary) => OpenedSource }> {
  return new Promise((resolve, reject) => {
    const worker = start();
    let settle: { resolve: (m: RestoreMessage) => void; reject: (e: Error) => void } = {
      resolve: (m) => {
        if (m.kind === 'failed') {
          worker.terminate();
          return reject(failure(m));
        }
        if (m.kind !== 'opened' && m.kind !== 'jsonOpened') worker.terminate();
        resolve({ message: m, source });
      },
      reject: (e) => {
        worker.terminate();
        reject(e);
      },
    };
    let progress: ((done: number, total: number) => void) | undefined;
    worker.onmessage = (event: MessageEvent<RestoreMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') progress?.(message.done, message.total);
      else settle.resolve(message);
    };
    worker.onerror = (event) =>
      settle.reject(new Error(event.message || 'the backup worker could not start'));
    const source = (summary: OpenedSummary): OpenedSource => ({
      ok: true,
      ...summary,
      close: () => worker.terminate(),
      replace: (entry, onProgress) =>
        new Promise<void>((done, failed) => {
          progress = onProgress;
          settle = {
            resolve: (m) => {
              worker.terminate();
              if (m.kind === 'imported') {
                Dexie.on('storagemutated').fire(everythingChanged(db));
                done();
              } else failed(m.kind === 'failed' ? failure(m) : new Error(`unexpected ${m.kind}`));
            },
            reject: (e) => {
              worker.terminate();
              failed(e);
            },
          };
          worker.postMessage({ kind: 'import', entry } satisfies RestoreRequest);
        }),
    });
    worker.postMessage(first);
  });
}

/** The JSON export's bytes built in a worker; rejects when the worker cannot (the window then builds them). */
export type WorkerExportJson = (
  db: DeskDb,
  meta: { appVersion: string; exportedAt: string },
) => Promise<Uint8Array>;

/** The app's WorkerExportJson (the backup worker, export-job.ts), or null where there are no workers. */
export function workerExportJson(create?: () => AskedWorker): WorkerExportJson | null {
  const ask = workerQuestion<ExportMessage, Uint8Array>(create, (m) =>
    m.kind === 'exported' ? { value: m.bytes } : null,
  );
  return ask && ((db, meta) => ask({ kind: 'exportJson', dbName: db.name, ...meta } satisfies ExportJob));
}

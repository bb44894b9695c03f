import { DeskDb } from '../../db/database';
import { exportAll } from '../../db/interchange';

/**
 * The JSON export (Settings → 导出, docs/data-format.md) built in the backup worker (issue 17): every
 * record read, validated and written out as text took the window's main thread in one stretch (a
 * county's ten years: hundreds of MB of JSON). The worker answers with the file's bytes.
 */
export interface ExportJob {
  kind: 'exportJson';
  /** The database to read (the app's, by name: the worker opens its own connection). */
  dbName: string;
  appVersion: string;
  exportedAt: string;
}

export type ExportMessage = { kind: 'exported'; bytes: Uint8Array } | { kind: 'failed'; message: string };

export const isExportJob = (data: unknown): data is ExportJob =>
  typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'exportJson';

/** The export's text, as the app has always written it (one space of indentation), in UTF-8. */
export async function exportJsonBytes(db: DeskDb, meta: { appVersion: string; exportedAt: string }) {
  return new TextEncoder().encode(JSON.stringify(await exportAll(db, meta), null, 1));
}

/** The job as the worker runs it (tested in Node with fake-indexeddb); the connection closed after. */
export async function runExportJob(
  job: ExportJob,
  env: { post: (message: ExportMessage) => void; connect?: (name: string) => DeskDb },
): Promise<void> {
  const db = env.connect ? env.connect(job.dbName) : new DeskDb(job.dbName);
  try {
    await db.open();
    env.post({
      kind: 'exported',
      bytes: await exportJsonBytes(db, { appVersion: job.appVersion, exportedAt: job.exportedAt }),
    });
  } catch (err) {
    env.post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
}

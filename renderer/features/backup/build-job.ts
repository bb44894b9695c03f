import { type BackupHeader, type CryptoLike, createBackup } from '../../../shared/backup';
import { DeskDb } from '../../db/database';
import { exportForBackup } from '../../db/interchange';

/**
 * One backup built away from the window (issue 17): what the backup worker is asked to do and
 * answers. Reading every record, validating them and compressing the JSON took the window's main
 * thread for 0.5 s with a real bureau's ten years (the daily automatic backup, the safety backup of a
 * restore); in the worker the window keeps answering the officer meanwhile.
 */
export interface BuildJob {
  /** The database to read (the app's, by name: the worker opens its own connection). */
  dbName: string;
  appVersion: string;
  /** ISO instant: the export's time and the backup's createdAt. */
  exportedAt: string;
  installationId: string | null;
  password?: string | null;
}

export type BuildMessage =
  | { kind: 'stage'; stage: 'pack' }
  | { kind: 'done'; bytes: Uint8Array; header: BackupHeader }
  | { kind: 'failed'; message: string };

/**
 * The job as the worker runs it (tested in Node with fake-indexeddb): its own connection to the
 * database, one read transaction (exportForBackup), createBackup, the connection closed again so it
 * never holds up a later upgrade or deletion of the database.
 */
export async function runBuildJob(
  job: BuildJob,
  env: {
    crypto: CryptoLike;
    post: (message: BuildMessage) => void;
    /** Opens a connection by name (tests: to their fake-indexeddb); default the browser's. */
    connect?: (name: string) => DeskDb;
  },
): Promise<void> {
  const db = env.connect ? env.connect(job.dbName) : new DeskDb(job.dbName);
  try {
    await db.open();
    const { doc, invalidRecords } = await exportForBackup(db, {
      appVersion: job.appVersion,
      exportedAt: job.exportedAt,
    });
    env.post({ kind: 'stage', stage: 'pack' });
    const { bytes, header } = await createBackup(doc, {
      crypto: env.crypto,
      createdAt: job.exportedAt,
      password: job.password,
      installationId: job.installationId,
      invalidRecords,
    });
    env.post({ kind: 'done', bytes, header });
  } catch (err) {
    env.post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
}

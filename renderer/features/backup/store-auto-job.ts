import { type CryptoLike, checkWrittenBackup } from '../../../shared/backup';
import type { ChannelResponse } from '../../../shared/ipc';
import { type AutoStoreRequest, PlatformDb, storeCheckedAuto } from '../../platform/browser-backup';

/**
 * An automatic backup checked and stored by the backup worker in browser mode (issue 17): the same
 * read-back check as verify-job.ts, then the file put into the browser's backup store
 * (`disclosure-desk-platform`) and the retention rule applied there — the window hands the file over
 * once, as a moved copy, and never gives 60 MB to IndexedDB itself. Electron's main process writes and
 * checks its own files.
 */
export interface StoreAutoJob extends AutoStoreRequest {
  kind: 'storeAutoBackup';
}

/** Asked first: the worker answers `ready` once its script runs, and only then is given the file. */
export interface StoreAutoReadyQuestion {
  kind: 'storeAutoReady?';
}

export type StoreAutoMessage =
  | { kind: 'ready' }
  | { kind: 'storedAuto'; result: ChannelResponse<'backup:writeAuto'> }
  | { kind: 'failed'; message: string };

const kindOf = (data: unknown) =>
  typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;

export const isStoreAutoJob = (data: unknown): data is StoreAutoJob => kindOf(data) === 'storeAutoBackup';

export const isStoreAutoMessage = (data: unknown): data is StoreAutoJob | StoreAutoReadyQuestion =>
  kindOf(data) === 'storeAutoBackup' || kindOf(data) === 'storeAutoReady?';

/** A message of the storing exchange as the worker answers it: the readiness question, or the job. */
export function answerStoreAuto(
  data: StoreAutoJob | StoreAutoReadyQuestion,
  env: { crypto: CryptoLike; db?: PlatformDb; post: (message: StoreAutoMessage) => void },
): void {
  if (isStoreAutoJob(data)) void runStoreAutoJob(data, env);
  else env.post({ kind: 'ready' });
}

/** The job as the worker runs it (tested in Node); `db` is the worker's own connection. */
export async function runStoreAutoJob(
  job: StoreAutoJob,
  env: { crypto: CryptoLike; db?: PlatformDb; post: (message: StoreAutoMessage) => void },
): Promise<void> {
  const db = env.db ?? new PlatformDb();
  try {
    const checked = await checkWrittenBackup(env.crypto, job.bytes);
    env.post({ kind: 'storedAuto', result: await storeCheckedAuto(db, job, checked) });
  } catch (err) {
    env.post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    if (!env.db) db.close();
  }
}

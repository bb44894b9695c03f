import {
  type BackupProblem,
  type CheckedBackup,
  type CryptoLike,
  checkWrittenBackup,
} from '../../../shared/backup';

/**
 * The read-back check of a backup just written in browser mode (checksum, decryption, the payload
 * inflated to its recorded length: openBackup's 'integrity' level), run in the backup worker (issue
 * 17): in the window it held the main thread for the whole file — WebCrypto's SHA-256 hashes on the
 * calling thread (100 ms for 30 MB here), then the inflate. Electron's main process does its own check.
 */
export interface VerifyJob {
  kind: 'verifyBackup';
  bytes: Uint8Array;
  password?: string;
}

export type VerifyResult = CheckedBackup | BackupProblem;

export type VerifyMessage = { kind: 'verified'; result: VerifyResult } | { kind: 'failed'; message: string };

export const isVerifyJob = (data: unknown): data is VerifyJob =>
  typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'verifyBackup';

/** The job as the worker runs it (tested in Node). */
export async function runVerifyJob(
  job: VerifyJob,
  env: { crypto: CryptoLike; post: (message: VerifyMessage) => void },
): Promise<void> {
  try {
    env.post({ kind: 'verified', result: await checkWrittenBackup(env.crypto, job.bytes, job.password) });
  } catch (err) {
    env.post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
}

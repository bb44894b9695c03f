import { type AskedWorker, workerQuestion } from './ask-worker';
import type { VerifyJob, VerifyMessage, VerifyResult } from './verify-job';

/** A written backup checked in a worker; rejects when the worker cannot (the caller then checks it itself). */
export type WorkerVerify = (bytes: Uint8Array, password?: string) => Promise<VerifyResult>;

/**
 * The app's WorkerVerify (the backup worker, verify-job.ts), or null where there are no workers. The
 * bytes are copied to the worker, not moved: the caller stores them once they are verified.
 */
export function workerVerify(create?: () => AskedWorker): WorkerVerify | null {
  const ask = workerQuestion<VerifyMessage, VerifyResult>(create, (m) =>
    m.kind === 'verified' ? { value: m.result } : null,
  );
  return ask && ((bytes, password) => ask({ kind: 'verifyBackup', bytes, password } satisfies VerifyJob));
}

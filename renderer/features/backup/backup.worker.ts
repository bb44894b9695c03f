/// <reference lib="webworker" />
import type { CryptoLike } from '../../../shared/backup';
import { type BuildJob, type BuildMessage, runBuildJob } from './build-job';
import { type ExportMessage, isExportJob, runExportJob } from './export-job';
import { isRestoreRequest, type RestoreMessage, restoreSession } from './restore-job';
import { isRetentionLookJob, type RetentionLookMessage, runRetentionLookJob } from './retention-look-job';
import { answerStoreAuto, isStoreAutoMessage, type StoreAutoMessage } from './store-auto-job';
import { isVerifyJob, runVerifyJob, type VerifyMessage } from './verify-job';

/**
 * The backup worker, one per job: builds a backup and sends the file back (build-in-worker.ts), opens
 * a file to restore and imports it when asked (restore-in-worker.ts, restore-job.ts), writes the
 * JSON export (export-job.ts), checks a backup just written in browser mode (verify-job.ts), checks
 * and stores an automatic backup in browser mode (store-auto-job.ts), or makes retention's read-only
 * look (retention-look-job.ts).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const crypto = scope.crypto as unknown as CryptoLike;
let restore: ReturnType<typeof restoreSession> | null = null;
scope.onmessage = (event: MessageEvent<BuildJob | unknown>) => {
  const data = event.data;
  if (isExportJob(data)) {
    void runExportJob(data, {
      post: (message: ExportMessage) =>
        scope.postMessage(message, message.kind === 'exported' ? [message.bytes.buffer as ArrayBuffer] : []),
    });
    return;
  }
  if (isRetentionLookJob(data)) {
    void runRetentionLookJob(data, { post: (message: RetentionLookMessage) => scope.postMessage(message) });
    return;
  }
  if (isVerifyJob(data)) {
    void runVerifyJob(data, { crypto, post: (message: VerifyMessage) => scope.postMessage(message) });
    return;
  }
  if (isStoreAutoMessage(data)) {
    answerStoreAuto(data, { crypto, post: (message: StoreAutoMessage) => scope.postMessage(message) });
    return;
  }
  if (isRestoreRequest(data)) {
    restore ??= restoreSession({ crypto, post: (message: RestoreMessage) => scope.postMessage(message) });
    void restore(data);
    return;
  }
  void runBuildJob(data as BuildJob, {
    crypto,
    post: (message: BuildMessage) =>
      // The file's bytes are moved to the window, not copied.
      scope.postMessage(message, message.kind === 'done' ? [message.bytes.buffer as ArrayBuffer] : []),
  });
};

import type { ChannelResponse } from '../../../shared/ipc';
import type { AutoStoreRequest } from '../../platform/browser-backup';
import type { AskedWorker } from './ask-worker';
import { appWorker } from './build-in-worker';
import type { StoreAutoJob, StoreAutoMessage } from './store-auto-job';

/**
 * An automatic backup checked and stored in a worker. Rejects when the worker cannot; the error's
 * `moved` says whether the file had already been handed over (the caller's bytes are then gone, and
 * the caller cannot store the file itself).
 */
export type WorkerStoreAuto = (request: AutoStoreRequest) => Promise<ChannelResponse<'backup:writeAuto'>>;

/** Why a worker did not store the backup; `moved`: the file had been handed to it. */
export class StoreAutoWorkerError extends Error {
  constructor(
    message: string,
    readonly moved: boolean,
  ) {
    super(message);
  }
}

/**
 * The app's WorkerStoreAuto (the backup worker, store-auto-job.ts), or null where there are no
 * workers. The file is moved to the worker, not copied (copying a county's 60 MB file held the window
 * for 136 ms here, cloning it longer) — and only once the worker has said it is running, so that a
 * worker whose script cannot load leaves the caller its bytes to store the file itself.
 */
export function workerStoreAuto(create?: () => AskedWorker): WorkerStoreAuto | null {
  if (!create && typeof Worker === 'undefined') return null;
  const start = create ?? appWorker;
  return (request) =>
    new Promise((resolve, reject) => {
      const worker = start();
      let moved = false;
      worker.onmessage = (event: MessageEvent<StoreAutoMessage>) => {
        const message = event.data;
        if (message.kind === 'ready') {
          const job: StoreAutoJob = { ...request, kind: 'storeAutoBackup' };
          moved = true;
          worker.postMessage(job, [request.bytes.buffer]);
          return;
        }
        worker.terminate();
        if (message.kind === 'storedAuto') resolve(message.result);
        else reject(new StoreAutoWorkerError(message.message, moved));
      };
      worker.onerror = (event: ErrorEvent) => {
        worker.terminate();
        reject(new StoreAutoWorkerError(event.message || 'the backup worker could not start', moved));
      };
      worker.postMessage({ kind: 'storeAutoReady?' });
    });
}

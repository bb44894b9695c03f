import type { ChannelResponse } from '../../../shared/ipc';
import type { AutoStoreRequest } from '../../platform/browser-backup';
import { type AskedWorker, workerQuestion } from './ask-worker';
import type { StoreAutoJob, StoreAutoMessage } from './store-auto-job';

/** An automatic backup checked and stored in a worker; rejects when the worker cannot (the caller then does it). */
export type WorkerStoreAuto = (request: AutoStoreRequest) => Promise<ChannelResponse<'backup:writeAuto'>>;

/**
 * The app's WorkerStoreAuto (the backup worker, store-auto-job.ts), or null where there are no
 * workers. The worker is given a copy of the file, moved rather than cloned (one copy in the window
 * instead of a structured clone); the caller's bytes stay usable, e.g. to store the file itself when
 * the worker cannot start.
 */
export function workerStoreAuto(create?: () => AskedWorker): WorkerStoreAuto | null {
  const ask = workerQuestion<StoreAutoMessage, ChannelResponse<'backup:writeAuto'>>(create, (m) =>
    m.kind === 'storedAuto' ? { value: m.result } : null,
  );
  return (
    ask &&
    ((request) => {
      const bytes = request.bytes.slice();
      const job: StoreAutoJob = { ...request, kind: 'storeAutoBackup', bytes };
      return ask(job, [bytes.buffer]);
    })
  );
}

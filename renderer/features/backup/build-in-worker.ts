import type { BackupHeader } from '../../../shared/backup';
import type { BuildJob, BuildMessage } from './build-job';

/** Builds a backup in a worker of its own, closed when done; rejects when the worker cannot. */
export type WorkerBuild = (
  job: BuildJob,
  onPack?: () => void,
) => Promise<{ bytes: Uint8Array; header: BackupHeader }>;

/** The app's backup worker (Vite bundles backup.worker.ts as a file of its own). */
export const appWorker = () =>
  new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });

/**
 * The app's WorkerBuild, or null where there are no workers (tests in Node). `create` starts the
 * worker (the benchmark's page serves its own bundle of backup.worker.ts).
 */
export function workerBuild(create: () => Worker = appWorker): WorkerBuild | null {
  if (typeof Worker === 'undefined') return null;
  return (job, onPack) =>
    new Promise((resolve, reject) => {
      const worker = create();
      worker.onmessage = (event: MessageEvent<BuildMessage>) => {
        const message = event.data;
        if (message.kind === 'stage') return onPack?.();
        worker.terminate();
        if (message.kind === 'done') resolve({ bytes: message.bytes, header: message.header });
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message || 'the backup worker could not start'));
      };
      worker.postMessage(job);
    });
}

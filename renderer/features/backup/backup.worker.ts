/// <reference lib="webworker" />
import type { CryptoLike } from '../../../shared/backup';
import { type BuildJob, type BuildMessage, runBuildJob } from './build-job';

/** The backup worker (build-in-worker.ts starts one per backup): builds the file, sends it back. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<BuildJob>) => {
  void runBuildJob(event.data, {
    crypto: scope.crypto as unknown as CryptoLike,
    post: (message: BuildMessage) =>
      // The file's bytes are moved to the window, not copied.
      scope.postMessage(message, message.kind === 'done' ? [message.bytes.buffer as ArrayBuffer] : []),
  });
};

import { appWorker } from './build-in-worker';

/** A worker as askOnce uses it (tests give one that runs the worker's job in the same process). */
export type AskedWorker = Pick<Worker, 'terminate'> & {
  postMessage(message: unknown): void;
  onmessage: unknown;
  onerror: unknown;
};

/**
 * One question to a worker of its own: its answer (`pick` says which message is one), the worker
 * ended after it; a failure, an unexpected message or a worker that cannot start rejects.
 */
export function askOnce<M extends { kind: string }, R>(
  start: () => AskedWorker,
  request: unknown,
  pick: (message: M) => { value: R } | null,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const worker = start();
    worker.onmessage = (event: MessageEvent<M>) => {
      const message = event.data;
      if (message.kind === 'progress') return;
      worker.terminate();
      const answer = pick(message);
      if (answer) resolve(answer.value);
      else
        reject(
          new Error(
            message.kind === 'failed'
              ? (message as unknown as { message: string }).message
              : `unexpected ${message.kind}`,
          ),
        );
    };
    worker.onerror = (event: ErrorEvent) => {
      worker.terminate();
      reject(new Error(event.message || 'the backup worker could not start'));
    };
    worker.postMessage(request);
  });
}

/**
 * One kind of question for the backup worker, a worker of its own each time: null where there are no
 * workers (tests in Node) unless `create` gives one; `pick` says which message is the answer.
 */
export function workerQuestion<M extends { kind: string }, R>(
  create: (() => AskedWorker) | undefined,
  pick: (message: M) => { value: R } | null,
): ((request: unknown) => Promise<R>) | null {
  if (!create && typeof Worker === 'undefined') return null;
  const start = create ?? appWorker;
  return (request) => askOnce<M, R>(start, request, pick);
}

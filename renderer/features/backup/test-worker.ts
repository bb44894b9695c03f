/**
 * Tests only: the backup worker as the window sees it (askOnce's side), running one of the worker's
 * own jobs in this process. `jobs` records what it was asked; `fail` makes it a worker whose script
 * cannot load (the caller must then do the work itself).
 */
export function inProcessWorker<J, M>(
  jobs: J[],
  run: (job: J, post: (message: M) => void) => void,
  fail = false,
): () => Worker {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent<M>) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      terminate: () => undefined,
      postMessage(job: J) {
        jobs.push(job);
        if (fail) {
          queueMicrotask(() =>
            worker.onerror?.({ message: 'the worker script could not load' } as ErrorEvent),
          );
          return;
        }
        run(job, (message) => worker.onmessage?.({ data: message } as MessageEvent<M>));
      },
    };
    return worker as unknown as Worker;
  };
}

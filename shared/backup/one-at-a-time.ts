/**
 * Runs the given jobs one after another, in call order, whether earlier ones succeed or fail. Backup
 * writes use it: a file name is chosen from what the folder already holds, and two writes in the
 * same second would otherwise pick the same name and the second would replace the first.
 */
export function oneAtATime() {
  let running: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };
}

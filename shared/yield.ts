/**
 * Lets the event loop run (input, painting) between two parts of a long piece of work, so that no one
 * task freezes the window (issue 17): `scheduler.yield()` where the browser has it, `setImmediate` in
 * Node, else a timer (nested timers are clamped to 4 ms).
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as {
    scheduler?: { yield?: () => Promise<void> };
    setImmediate?: (fn: () => void) => unknown;
  };
  if (typeof g.scheduler?.yield === 'function') return g.scheduler.yield();
  if (typeof g.setImmediate === 'function') {
    const immediate = g.setImmediate;
    return new Promise((resolve) => immediate(() => resolve()));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

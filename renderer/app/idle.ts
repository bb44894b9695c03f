/**
 * Runs `fn` when the window is next idle, at the latest after `timeoutMs` (requestIdleCallback); a
 * short timer where the browser has none. The one way the app defers its own work after the start
 * (issue 17): page code, the scrollbar measurement, the warm-up.
 */
export function whenIdle(fn: () => void, timeoutMs = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 50);
}

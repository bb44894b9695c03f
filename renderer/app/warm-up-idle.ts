import { whenIdle } from './idle';

/**
 * The warm-up of a register page's components (WarmUp.tsx), loaded and drawn in idle time after the
 * start (issue 17). Its code is a chunk of its own, sharing the tables' and selects' chunks with the
 * pages, so the start does not load it. Measured (docs/performance.md, eighth pass; cpu-ab, bureau,
 * 4 rounds): the publications list's first open after a start 172 → 114 ms.
 */
export function warmUpWhenIdle(afterMs = 400): void {
  setTimeout(
    () =>
      whenIdle(
        () =>
          void import('./WarmUp').then(
            (m) => m.warmUp(),
            (err: unknown) => console.warn('warm-up failed', err instanceof Error ? err.message : err),
          ),
      ),
    afterMs,
  );
}

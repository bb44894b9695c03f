import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Timing for the Node steps: each step runs `runs` times after `warmup` runs and reports the median.
 * Peak heap comes from V8's GC profiler: used heap only grows between collections, so the highest
 * "used before GC" value (or the value at the end) is the step's peak, even inside synchronous code
 * where a timer could never sample it.
 */
setFlagsFromString('--expose-gc');
const forceGc = runInNewContext('gc') as () => void;

export interface Timing {
  runsMs: number[];
  medianMs: number;
  /** Highest used JS heap during any run, in MB. */
  peakHeapMb: number;
  /** Peak minus the heap in use when the step started (what the step itself needed), in MB. */
  heapDeltaMb: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const MB = 1024 * 1024;

export async function timeNode(
  fn: () => unknown,
  options: { runs: number; warmup?: number },
): Promise<Timing> {
  for (let i = 0; i < (options.warmup ?? 0); i++) await fn();
  const runsMs: number[] = [];
  let peak = 0;
  let delta = 0;
  for (let i = 0; i < options.runs; i++) {
    forceGc();
    const start = process.memoryUsage().heapUsed;
    const profiler = new GCProfiler();
    profiler.start();
    const t0 = performance.now();
    const result = await fn();
    runsMs.push(performance.now() - t0);
    const end = process.memoryUsage().heapUsed;
    const stats = profiler.stop();
    // Keep the result alive until after the end sample, so its memory counts.
    if (result === Symbol.for('never')) console.log(result);
    let runPeak = end;
    for (const gc of stats?.statistics ?? [])
      runPeak = Math.max(runPeak, gc.beforeGC.heapStatistics.usedHeapSize);
    peak = Math.max(peak, runPeak);
    delta = Math.max(delta, runPeak - start);
  }
  return { runsMs, medianMs: median(runsMs), peakHeapMb: peak / MB, heapDeltaMb: delta / MB };
}

export function collectGarbage(): void {
  forceGc();
}

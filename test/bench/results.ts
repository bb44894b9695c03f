import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * One benchmark measurement as printed and as written to bench-results/<timestamp>.json.
 * `baselineId` names the measurement it is compared with (the ratio printed beside it).
 */
export interface StepResult {
  id: string;
  env: 'node' | 'chromium';
  label: string;
  status: 'ok' | 'notBuilt' | 'failed' | 'skipped';
  medianMs?: number;
  runsMs?: number[];
  peakHeapMb?: number;
  heapDeltaMb?: number;
  /** The target for this step, in ms (met when median < target). */
  targetMs?: number;
  baselineId?: string;
  /** median / baseline median. */
  ratio?: number;
  /** The limit on the ratio (Dexie ≤ 1.5× raw IndexedDB). */
  maxRatio?: number;
  note?: string;
  /**
   * The longest main-thread task seen while the step ran (PerformanceObserver 'longtask': only tasks
   * over 50 ms are reported, so 0 means none over 50 ms), the highest of its runs.
   */
  longestTaskMs?: number;
  /** The limit on that task (issue 17: 100 ms at bureau scale, 200 ms at county scale). */
  maxTaskMs?: number;
  /** CPU slowdown the step ran under (Emulation.setCPUThrottlingRate), 1 when absent. */
  cpuThrottle?: number;
}

export interface BenchReport {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    chromium?: string;
    /** 1, 5 and 15 minute load averages when the run started and ended. */
    loadAvg: { start: number[]; end: number[] };
  };
  options: {
    profile?: string;
    scale: number;
    seed: number;
    runs: number;
    browser: boolean;
    cpuThrottle?: number;
  };
  dataset: Record<string, number>;
  results: StepResult[];
}

export function withRatios(results: StepResult[]): StepResult[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return results.map((r) => {
    const base = r.baselineId ? byId.get(r.baselineId) : undefined;
    if (r.medianMs === undefined || !base?.medianMs) return r;
    return { ...r, ratio: r.medianMs / base.medianMs };
  });
}

export function verdict(r: StepResult): string {
  if (r.status !== 'ok') return '';
  const parts: string[] = [];
  if (r.targetMs !== undefined && r.medianMs !== undefined) {
    parts.push(r.medianMs < r.targetMs ? 'met' : `MISSED by ${fmtMs(r.medianMs - r.targetMs)}`);
  }
  if (r.maxRatio !== undefined && r.ratio !== undefined) {
    parts.push(r.ratio <= r.maxRatio ? `ratio ok (≤ ${r.maxRatio}×)` : `ratio MISSED (> ${r.maxRatio}×)`);
  }
  if (r.maxTaskMs !== undefined && r.longestTaskMs !== undefined) {
    parts.push(r.longestTaskMs <= r.maxTaskMs ? 'tasks ok' : `TASK ${fmtMs(r.longestTaskMs)}`);
  }
  return parts.join('; ');
}

export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

const pad = (s: string, n: number) => {
  // East Asian characters take two columns in a terminal.
  const width = [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
};

export function formatTable(results: StepResult[]): string {
  const header = [
    'step',
    'env',
    'median',
    'runs',
    'target',
    'verdict',
    'baseline',
    'ratio',
    'longest task',
    'peak heap',
    'Δ heap',
  ];
  const rows = results.map((r) => [
    r.label,
    r.env,
    r.status === 'ok' && r.medianMs !== undefined
      ? fmtMs(r.medianMs)
      : r.status === 'notBuilt'
        ? 'not measured: not built yet'
        : r.status,
    r.runsMs ? String(r.runsMs.length) : '',
    r.targetMs !== undefined ? `< ${fmtMs(r.targetMs)}` : r.maxRatio !== undefined ? `≤ ${r.maxRatio}×` : '',
    verdict(r),
    r.baselineId ?? '',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '',
    r.longestTaskMs === undefined ? '' : r.longestTaskMs === 0 ? '< 50 ms' : fmtMs(r.longestTaskMs),
    r.peakHeapMb !== undefined ? `${r.peakHeapMb.toFixed(0)} MB` : '',
    r.heapDeltaMb !== undefined ? `${r.heapDeltaMb.toFixed(0)} MB` : '',
  ]);
  const widths = header.map((h, i) =>
    Math.max(
      h.length,
      ...rows.map((row) => [...(row[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
    ),
  );
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
  const notes = results.filter((r) => r.note).map((r) => `  ${r.id}: ${r.note}`);
  return [...out, ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

/**
 * Writes an A/B script's result as `<out>/<prefix>-<timestamp>.json` (ab.ts, backup-ab.ts, cpu-ab.ts,
 * start-ab.ts) and says where.
 */
export async function writeAbResult(out: string | undefined, prefix: string, data: unknown): Promise<string> {
  const dir = resolve(out ?? 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${prefix}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`written ${file}`);
  return file;
}

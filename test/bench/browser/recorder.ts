import type { Page } from '@playwright/test';
import { median } from '../measure';
import type { StepResult } from '../results';
import { HeapSampler } from './heap';

export type StepMeta = Omit<StepResult, 'env' | 'status'>;

/** A run's figure: its time, or its time and the longest main-thread task meanwhile. */
export type RunValue = number | { ms: number; longestTaskMs: number };

/**
 * Collects the Chromium results: runs a step's rounds with the page's heap sampled, and turns a
 * failure into a 'failed' row with its message instead of ending the whole benchmark.
 */
export class Recorder {
  readonly results: StepResult[] = [];
  private heap = new HeapSampler();

  constructor(private log: (s: string) => void) {}

  async watch(page: Page): Promise<void> {
    await this.heap.detach();
    await this.heap.attach(page);
  }

  async unwatch(): Promise<void> {
    await this.heap.detach();
  }

  /**
   * Runs `rounds` rounds; each returns named timings (ms measured in the page). One row per name,
   * all sharing the peak heap of the rounds. `notes` adds a note to a row after the rounds.
   */
  async rounds(
    metas: StepMeta[],
    rounds: number,
    fn: (round: number) => Promise<Record<string, RunValue>>,
    notes: () => Record<string, string> = () => ({}),
  ): Promise<void> {
    this.log(`  chromium: ${metas.map((m) => m.label).join(' / ')} …`);
    const runs = new Map<string, number[]>(metas.map((m) => [m.id, []]));
    const tasks = new Map<string, number>();
    try {
      await this.heap.begin();
      for (let i = 0; i < rounds; i++) {
        const timings = await fn(i);
        for (const [id, v] of Object.entries(timings)) {
          runs.get(id)?.push(typeof v === 'number' ? v : v.ms);
          if (typeof v !== 'number') tasks.set(id, Math.max(tasks.get(id) ?? 0, v.longestTaskMs));
        }
      }
      const mem = await this.heap.end();
      const extra = notes();
      for (const m of metas) {
        const xs = runs.get(m.id) ?? [];
        const note = [m.note, extra[m.id]].filter(Boolean).join('; ');
        this.results.push({
          ...m,
          env: 'chromium',
          status: 'ok',
          runsMs: xs,
          medianMs: median(xs),
          ...mem,
          ...(tasks.has(m.id) ? { longestTaskMs: tasks.get(m.id) } : {}),
          ...(note ? { note } : {}),
        });
      }
    } catch (err) {
      await this.heap.end().catch(() => undefined);
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      this.log(`    failed: ${message}`);
      for (const m of metas) this.results.push({ ...m, env: 'chromium', status: 'failed', note: message });
    }
  }

  /** A single-row step. */
  step(
    meta: StepMeta,
    rounds: number,
    fn: (round: number) => Promise<RunValue>,
    note?: () => string,
  ): Promise<void> {
    return this.rounds(
      [meta],
      rounds,
      async (i) => ({ [meta.id]: await fn(i) }),
      () => (note ? { [meta.id]: note() } : {}),
    );
  }
}

import type { CDPSession, Page } from '@playwright/test';

/**
 * Peak JS heap of a page during a step, sampled over the DevTools protocol every 50 ms. V8 answers
 * Runtime.getHeapUsage between and (through interrupts) during long tasks, so a synchronous
 * computation is sampled too; the peak can still fall between two samples, so it is a lower bound.
 */
export class HeapSampler {
  private session: CDPSession | null = null;
  private timer: NodeJS.Timeout | null = null;
  private peak = 0;
  private start = 0;

  async attach(page: Page): Promise<void> {
    this.session = await page.context().newCDPSession(page);
  }

  private async sample(): Promise<number> {
    if (!this.session) return 0;
    const usage = (await this.session.send('Runtime.getHeapUsage')) as { usedSize: number };
    this.peak = Math.max(this.peak, usage.usedSize);
    return usage.usedSize;
  }

  async begin(): Promise<void> {
    this.peak = 0;
    this.start = await this.sample();
    const tick = () => {
      this.timer = setTimeout(() => {
        this.sample()
          .catch(() => 0)
          .finally(() => {
            if (this.timer) tick();
          });
      }, 50);
    };
    tick();
  }

  async end(): Promise<{ peakHeapMb: number; heapDeltaMb: number }> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.sample().catch(() => 0);
    const MB = 1024 * 1024;
    return { peakHeapMb: this.peak / MB, heapDeltaMb: Math.max(0, this.peak - this.start) / MB };
  }

  async detach(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.session?.detach().catch(() => undefined);
    this.session = null;
  }
}

import type { Page } from '@playwright/test';

/**
 * Timings of the built app as a person meets it: change the route (as a click on the menu or a
 * filter does), then wait until the rows are on screen and the next frame is painted. Measured in
 * the page with performance.now(), so Playwright's own round trips are not counted.
 */
export interface ReadyCheck {
  /** data-testid of the element that must be present. */
  root: string;
  /** When set, the root must hold table rows, each containing all of these strings. */
  rowsContain?: string[];
  /** When set, the root must hold at least one table row. */
  rows?: boolean;
}

export interface UiTiming {
  ms: number;
  /** The list's "共 N 条" text, when there is one. */
  total: string | null;
  firstRow: string | null;
}

export async function navigateAndWait(page: Page, hash: string, check: ReadyCheck, timeoutMs = 120_000): Promise<UiTiming> {
  return page.evaluate(
    async ({ hash, check, timeoutMs }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const ready = () => {
        const root = document.querySelector(`[data-testid="${check.root}"]`);
        if (!root) return false;
        if (root.querySelector('.ant-spin-spinning, .ant-skeleton-active')) return false;
        if (!check.rows && !check.rowsContain) return true;
        const rows = [...root.querySelectorAll('.ant-table-row')];
        if (rows.length === 0) return false;
        const want = check.rowsContain ?? [];
        return rows.every((row) => want.every((w) => (row.textContent ?? '').includes(w)));
      };
      const t0 = performance.now();
      window.location.hash = hash;
      for (;;) {
        await frame();
        if (ready()) break;
        if (performance.now() - t0 > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms: ${hash}`);
      }
      // The frame with the rows is painted once the next frame starts.
      await frame();
      const ms = performance.now() - t0;
      const root = document.querySelector(`[data-testid="${check.root}"]`);
      return {
        ms,
        total: root?.querySelector('.ant-pagination-total-text')?.textContent ?? null,
        firstRow: root?.querySelector('.ant-table-row')?.textContent ?? null,
      };
    },
    { hash, check, timeoutMs },
  );
}

/**
 * Installed before the app's scripts on a cold start: records, in ms since navigation start, when the
 * first screen shows its content (title, no spinner or skeleton, rows when it is a list) and a task
 * queued after that paint has run, i.e. the main thread is free to answer a click.
 */
export function coldStartProbe(): void {
  const w = window as unknown as { __benchReady?: number; __benchContent?: number };
  const ready = () => {
    const content = document.querySelector('.ant-layout-content');
    if (!content || !document.querySelector('[data-testid="page-title"]')) return false;
    if (content.querySelector('.ant-spin-spinning, .ant-skeleton-active')) return false;
    const table = content.querySelector('.ant-table');
    if (table && !table.querySelector('.ant-table-row, .ant-empty')) return false;
    return (content.textContent ?? '').trim().length > 0;
  };
  const poll = () => {
    if (ready()) {
      w.__benchContent = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        w.__benchReady = performance.now();
      }, 0));
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

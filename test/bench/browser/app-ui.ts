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
  /**
   * The list's "共 N 条" must come to read this number (a wrong count times out): `totalMs` says
   * when. The rows may come first (a paged list counts after showing them).
   */
  total?: number;
  /**
   * Only the count tells the new result from the previous one (e.g. a text search over all years
   * after the same search within a year): the rows count as shown when the total does.
   */
  totalDecides?: boolean;
}

export interface UiTiming {
  /** Until the rows are painted. */
  ms: number;
  /** Until the expected "共 N 条" is painted too. */
  totalMs: number;
  total: string | null;
}

export async function navigateAndWait(
  page: Page,
  hash: string,
  check: ReadyCheck,
  timeoutMs = 60_000,
): Promise<UiTiming> {
  return page.evaluate(
    async ({ hash, check, timeoutMs }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const root = () => document.querySelector(`[data-testid="${check.root}"]`);
      const shownTotal = () => root()?.querySelector('.ant-pagination-total-text')?.textContent ?? null;
      const totalOk = () =>
        check.total === undefined || (shownTotal() ?? '').replace(/\D/g, '') === String(check.total);
      const rowsOk = () => {
        const r = root();
        if (!r) return false;
        if (r.querySelector('.ant-spin-spinning, .ant-skeleton-active')) return false;
        if (!check.rows && !check.rowsContain) return true;
        const rows = [...r.querySelectorAll('.ant-table-row')];
        if (rows.length === 0) return false;
        const want = check.rowsContain ?? [];
        if (!rows.every((row) => want.every((w) => (row.textContent ?? '').includes(w)))) return false;
        return !check.totalDecides || totalOk();
      };
      const t0 = performance.now();
      window.location.hash = hash;
      let rowsAt: number | null = null;
      for (;;) {
        await frame();
        // A condition met in this frame is painted once the next frame starts.
        if (rowsAt === null && rowsOk()) rowsAt = performance.now();
        if (rowsAt !== null && totalOk()) break;
        if (performance.now() - t0 > timeoutMs) {
          throw new Error(
            `not ready after ${timeoutMs} ms: ${hash} (rows ${rowsAt === null ? 'not shown' : 'shown'}, list shows "${shownTotal() ?? 'no total'}", expected ${check.total ?? 'rows'})`,
          );
        }
      }
      const totalAt = performance.now();
      await frame();
      const painted = performance.now() - totalAt;
      return { ms: (rowsAt ?? totalAt) - t0 + painted, totalMs: totalAt - t0 + painted, total: shownTotal() };
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
      requestAnimationFrame(() =>
        setTimeout(() => {
          w.__benchReady = performance.now();
        }, 0),
      );
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

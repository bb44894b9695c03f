import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';

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
  /** The longest main-thread task that overlapped the step (0: none over 50 ms). */
  longestTaskMs: number;
}

/**
 * Installed before the app's scripts in every page of the bench: keeps every main-thread task over
 * 50 ms (PerformanceObserver 'longtask', buffered, so tasks before the app's code ran count too) as
 * [start, duration] in `window.__benchLongTasks`.
 */
export function longTaskProbe(): void {
  const w = window as unknown as { __benchLongTasks?: [number, number][] };
  const tasks: [number, number][] = [];
  w.__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the step reports none.
  }
}

/**
 * The longest task in the page that overlapped [from, to] (ms since navigation start), after giving
 * the observer a moment to deliver the last ones (entries arrive after their task ended).
 */
export async function longestTaskIn(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    async ([from, to]) => {
      await new Promise((r) => setTimeout(r, 60));
      const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
      let longest = 0;
      for (const [start, duration] of tasks)
        if (start < to && start + duration > from) longest = Math.max(longest, duration);
      return longest;
    },
    [from, to] as const,
  );
}

/** Every task over 50 ms the page has seen so far (for the longest task of a whole session). */
export async function longestTaskSoFar(page: Page): Promise<number> {
  return page
    .evaluate(() => {
      const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
      return tasks.reduce((m, [, d]) => Math.max(m, d), 0);
    })
    .catch(() => 0);
}

export async function navigateAndWait(
  page: Page,
  hash: string,
  check: ReadyCheck,
  timeoutMs = 60_000,
): Promise<UiTiming> {
  const t = await page.evaluate(
    async ({ hash, check, timeoutMs }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      // The root as shown: a form drawn ahead in a closed drawer (新增's) is in the document, hidden.
      const root = () =>
        [...document.querySelectorAll(`[data-testid="${check.root}"]`)].find((e) => e.checkVisibility());
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
      return {
        t0,
        end: performance.now(),
        ms: (rowsAt ?? totalAt) - t0 + painted,
        totalMs: totalAt - t0 + painted,
        total: shownTotal(),
      };
    },
    { hash, check, timeoutMs },
  );
  return { ...t, longestTaskMs: await longestTaskIn(page, t.t0, t.end) };
}

/**
 * A click as the officer makes it (issue 17: 保存 in a register's form): clicks the element with
 * test id `click`, then waits until the element with test id `ready` is on screen and, when given,
 * the one with test id `gone` is out of the document; the time until that is painted and the
 * longest task meanwhile.
 */
export async function clickAndWait(
  page: Page,
  click: string,
  ready: string,
  gone?: string,
  timeoutMs = 60_000,
): Promise<{ ms: number; longestTaskMs: number }> {
  const t = await page.evaluate(
    async ({ click, ready, gone, timeoutMs }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const byId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      // On screen (a form drawn ahead in a closed drawer is in the document, hidden).
      const onScreen = (id: string) =>
        [...document.querySelectorAll(`[data-testid="${id}"]`)].some((e) => e.checkVisibility());
      const shown = () => onScreen(ready) && (!gone || !onScreen(gone));
      const target = byId(click);
      if (!target) throw new Error(`nothing to click: ${click}`);
      const t0 = performance.now();
      target.click();
      for (;;) {
        await frame();
        if (shown()) break;
        if (performance.now() - t0 > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms: ${ready}`);
      }
      const at = performance.now();
      await frame();
      return { t0, end: performance.now(), ms: at - t0 + (performance.now() - at) };
    },
    { click, ready, gone, timeoutMs },
  );
  return { ms: t.ms, longestTaskMs: await longestTaskIn(page, t.t0, t.end) };
}

/**
 * A page switch as the menu does it: change the route, then wait until the title shows the new
 * page and its content is ready as on a cold start (no spinner or skeleton, rows or an empty table,
 * some text). Returns the time until that is painted and the longest task meanwhile.
 */
export async function switchAndWait(
  page: Page,
  hash: string,
  timeoutMs = 60_000,
): Promise<{ ms: number; longestTaskMs: number }> {
  const t = await page.evaluate(
    async ({ hash, timeoutMs }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const title = () => document.querySelector('[data-testid="page-title"]')?.textContent ?? '';
      const before = title();
      const ready = () => {
        const content = document.querySelector('.ant-layout-content');
        if (!content || title() === before) return false;
        // Only what is on screen counts (a chart below the first screen loads when scrolled to).
        const onScreen = (e: Element) => e.getBoundingClientRect().top < window.innerHeight;
        if ([...content.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active')].some(onScreen))
          return false;
        // Every table shows its rows or its empty text (a custom one has no .ant-empty).
        for (const table of content.querySelectorAll('.ant-table'))
          if (!table.querySelector('.ant-table-row, .ant-empty, .ant-table-placeholder')) return false;
        return (content.textContent ?? '').trim().length > 0;
      };
      const t0 = performance.now();
      window.location.hash = hash;
      for (;;) {
        await frame();
        if (ready()) break;
        if (performance.now() - t0 > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms: ${hash}`);
      }
      const at = performance.now();
      await frame();
      return { t0, end: performance.now(), ms: at - t0 + (performance.now() - at) };
    },
    { hash, timeoutMs },
  );
  return { ms: t.ms, longestTaskMs: await longestTaskIn(page, t.t0, t.end) };
}

/**
 * Installed before the app's scripts on a cold start: records, in ms since navigation start, when the
 * first screen shows its content (title, no spinner or skeleton, rows when it is a list) and a task
 * queued after that paint has run, i.e. the main thread is free to answer a click.
 */
/**
 * The cold-start probe's signal (coldStartProbe): call before the navigation, await after it. Nothing
 * is evaluated in the page until it fires, so the measured start carries no work of the bench's own.
 */
export function coldStartReady(page: Page, timeout: number): Promise<{ ready: number; content: number }> {
  return page
    .waitForEvent('console', { predicate: (m) => m.text().startsWith('__benchReady '), timeout })
    .then((m) => {
      const [, ready, content] = m.text().split(' ');
      return { ready: Number(ready), content: Number(content) };
    });
}

export function coldStartProbe(): void {
  const w = window as unknown as { __benchReady?: number; __benchContent?: number };
  const ready = () => {
    const content = document.querySelector('.ant-layout-content');
    if (!content || !document.querySelector('[data-testid="page-title"]')) return false;
    // Only what is on screen counts: a chart below the first screen may load when scrolled to.
    const onScreen = (e: Element) => e.getBoundingClientRect().top < window.innerHeight;
    if ([...content.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active')].some(onScreen))
      return false;
    const table = content.querySelector('.ant-table');
    if (table && !table.querySelector('.ant-table-row, .ant-empty, .ant-table-placeholder')) return false;
    return (content.textContent ?? '').trim().length > 0;
  };
  const poll = () => {
    if (ready()) {
      w.__benchContent = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          w.__benchReady = performance.now();
          // Said on the console (a CDP event): waiting with page.waitForFunction would run
          // Playwright's injected script in the page while the app is still starting.
          console.info(`__benchReady ${w.__benchReady} ${w.__benchContent}`);
        }, 0),
      );
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * The A/B scripts' browser: Debian Chromium on the filled profile in `dir`, zh-CN and Asia/Shanghai,
 * with tsx's `__name` helper defined in every page (tsx names functions with it; pages lack it).
 */
/**
 * How many publications the app's database holds at the page's origin (-1: no database). The A/B
 * tools measure a filled profile, whose data belong to the origin (host and port) it was filled on
 * (profile-start.ts: port 4207): served on another port, the app starts on an empty database.
 */
export async function storedPublications(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const open = indexedDB.open('disclosure-desk');
    open.onerror = () => resolve(-1);
    open.onupgradeneeded = () => open.transaction.abort();
    open.onsuccess = () => {
      const db = open.result;
      try {
        const count = db.transaction('publications').objectStore('publications').count();
        count.onsuccess = () => { resolve(count.result); db.close(); };
        count.onerror = () => { resolve(-1); db.close(); };
      } catch { resolve(-1); db.close(); }
    };
  })`)) as number;
}

/** Stops an A/B run measured on an empty database (see storedPublications). */
export function requireRecords(count: number, port: string | undefined): void {
  if (count <= 0)
    throw new Error(
      `no records in the app's database at this origin (port ${port}): fill the profile there first (profile-start.ts --port ${port}), or pass the --port it was filled on`,
    );
}

export async function launchProfile(dir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
  });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

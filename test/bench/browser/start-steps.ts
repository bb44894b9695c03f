import type { BrowserContext, Page } from '@playwright/test';
import { median } from '../measure';
import type { StepResult } from '../results';
import { longestTaskIn } from './app-ui';
import { coldStartAt, ratedMeta } from './throttle';
import type { UiRun } from './ui-steps';

/** Publications stored in the app's database, read with the bare API after the measured start. */
function storedPublications(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('disclosure-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('publications').objectStore('publications').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/**
 * Automatic backups the browser platform stored (renderer/platform/browser-backup.ts); `clear`
 * removes them first, so that the next start is the first of the day again.
 */
export function storedAutoBackups(page: Page, clear = false): Promise<number> {
  return page.evaluate(
    (clear) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('disclosure-desk-platform');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('autoBackups')) return resolve(0);
          const tx = db.transaction('autoBackups', clear ? 'readwrite' : 'readonly');
          if (clear) tx.objectStore('autoBackups').clear();
          const count = tx.objectStore('autoBackups').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => resolve(0);
          tx.oncomplete = () => db.close();
        };
      }),
    clear,
  );
}

/**
 * Opens the app at `url` with the cold-start probe, the CPU slowed by `rate` from before the first
 * byte (a blank document of the origin first, so the throttled renderer is the app's), and waits
 * until the first screen is interactive.
 */
async function startApp(page: Page, base: string, url: string, rate: number, timeout: number) {
  return coldStartAt(page, url, `${base}/__bench/blank.html`, rate, timeout);
}

const failed = (meta: Omit<StepResult, 'status'>, err: unknown): StepResult => ({
  ...meta,
  status: 'failed',
  note: err instanceof Error ? err.message.split('\n')[0] : String(err),
});

/**
 * The first start of the day: the app also writes its daily automatic backup (renderer/features/
 * backup/automation.ts), which reads and compresses every record. Measured once per rate (the
 * backups of the day are removed first), and the backup waited for, so the later steps meet an app
 * at rest as on any other start.
 */
export async function firstStartStep(
  page: Page,
  base: string,
  log: (s: string) => void,
  ui: UiRun,
): Promise<StepResult> {
  const meta = {
    ...ratedMeta(
      {
        id: 'ui.firstStartOfDay',
        label: 'first start of the day (daily automatic backup running)',
        targetMs: ui.targets.coldStartMs,
        maxTaskMs: ui.targets.maxTaskMs,
      },
      ui.rate,
    ),
    env: 'chromium' as const,
    cpuThrottle: ui.rate,
  };
  log(`  chromium: first start of the day at CPU ${ui.rate}×, waiting for the automatic backup …`);
  try {
    await page.goto(`${base}/__bench/blank.html`);
    await storedAutoBackups(page, true);
    const start = await startApp(page, base, `${base}/`, ui.rate, 300_000);
    let backupMs: number | null = null;
    for (let i = 0; i < 600 && backupMs === null; i++) {
      if ((await storedAutoBackups(page)) > 0) backupMs = await page.evaluate(() => performance.now());
      else await page.waitForTimeout(500);
    }
    // The backup's own tasks: the longest task from the start until it was stored.
    const backupTask = backupMs === null ? null : await longestTaskIn(page, start.ready, backupMs);
    return {
      ...meta,
      status: 'ok',
      runsMs: [start.ready],
      medianMs: start.ready,
      longestTaskMs: start.longestTaskMs,
      note:
        backupMs === null
          ? 'no automatic backup appeared within 5 minutes'
          : `one run; the automatic backup was stored at ${(backupMs / 1000).toFixed(1)} s; longest task while it ran: ${backupTask?.toFixed(0)} ms`,
    };
  } catch (err) {
    return failed(meta, err);
  }
}

/**
 * Cold start: a freshly launched browser process (its own disk cache and IndexedDB on the stored
 * profile) opens the app; timed from navigation start until the first screen is interactive.
 */
export async function coldStartStep(
  relaunch: () => Promise<BrowserContext>,
  base: string,
  runs: number,
  log: (s: string) => void,
  expectPublications: number,
  ui: UiRun,
  /** '' = the app's first screen (the dashboard); e.g. '#/publications' for a register. */
  hash = '',
): Promise<StepResult> {
  const meta = {
    ...ratedMeta(
      {
        id: hash ? `ui.coldStart:${hash.replace(/^#\//, '')}` : 'ui.coldStart',
        label: hash ? `cold start straight into ${hash}` : 'cold start to an interactive first screen',
        targetMs: ui.targets.coldStartMs,
        maxTaskMs: ui.targets.maxTaskMs,
      },
      ui.rate,
    ),
    env: 'chromium' as const,
    cpuThrottle: ui.rate,
  };
  log(`  chromium: cold start${hash ? ` into ${hash}` : ''} at CPU ${ui.rate}× (${runs} launches) …`);
  const ready: number[] = [];
  const content: number[] = [];
  let longest = 0;
  let heapMb = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await relaunch();
      const page = context.pages()[0] ?? (await context.newPage());
      const start = await startApp(page, base, `${base}/${hash}`, ui.rate, 120_000);
      ready.push(start.ready);
      content.push(start.content);
      longest = Math.max(longest, start.longestTaskMs);
      // A cold start on an empty database would prove nothing.
      const stored = await storedPublications(page);
      if (stored < expectPublications)
        throw new Error(`the database holds ${stored} publications, not ${expectPublications}`);
      const session = await context.newCDPSession(page);
      const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
      heapMb = Math.max(heapMb, usage.usedSize / (1024 * 1024));
    }
    return {
      ...meta,
      status: 'ok',
      runsMs: ready,
      medianMs: median(ready),
      peakHeapMb: heapMb,
      longestTaskMs: longest,
      note: `from navigation start in a newly launched browser; content on screen at ${median(content).toFixed(0)} ms (median); heap read once, after start`,
    };
  } catch (err) {
    return failed(meta, err);
  }
}

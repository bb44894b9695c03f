import type { BrowserContext, Page } from '@playwright/test';
import { median } from '../measure';
import type { StepResult } from '../results';
import { coldStartProbe, navigateAndWait, type ReadyCheck } from './app-ui';
import type { Recorder } from './recorder';

/** The "共 N 条" the publications list must show for the filters the bench applies. */
export interface ListExpectations {
  year: number;
  q: string;
  /** Publications not in the trash: the unfiltered list's count. */
  liveCount: number;
  yearCount: number;
  yearTextCount: number;
  textCount: number;
  /** Consultations not in the trash. */
  consultationsLive: number;
}

/** The pause between two actions of a person (the list may read ahead meanwhile). */
const THINK_MS = 1500;

const list = (total: number, rowsContain?: string[]): ReadyCheck => ({
  root: 'register-publications',
  rows: true,
  rowsContain,
  total,
});

async function openSettings(page: Page, base: string) {
  await page.goto(`${base}/#/settings`);
  await page.getByTestId('page-title').waitFor();
  await page.waitForLoadState('networkidle');
}

/** The publications list with 200,000 records: open it, filter by year, then by text, then text alone. */
export async function listSteps(
  page: Page,
  rec: Recorder,
  base: string,
  ex: ListExpectations,
  runs: number,
): Promise<void> {
  const countShown: Record<string, number[]> = {};
  await rec.rounds(
    [
      {
        id: 'ui.listOpenFirst',
        label: `publications list: first open in the session (${ex.liveCount} rows)`,
        targetMs: 200,
        note: 'from the settings page of a freshly loaded app: includes loading the page code',
      },
      {
        id: 'ui.listOpen',
        label: 'publications list: open again, first rows painted',
        targetMs: 200,
        note: 'from the settings page, the page code already loaded',
      },
      { id: 'ui.filterYear', label: `filter by year (${ex.year}: ${ex.yearCount} rows)`, targetMs: 100 },
      { id: 'ui.filterYearText', label: `then by text "${ex.q}" (${ex.yearTextCount} rows)`, targetMs: 100 },
      {
        id: 'ui.filterText',
        label: `text "${ex.q}" over all years (${ex.textCount} rows): first rows`,
        targetMs: 100,
        note: 'from the unfiltered list',
      },
    ],
    runs,
    async () => {
      await openSettings(page, base);
      const q = encodeURIComponent(ex.q);
      // A person takes a moment between two filters; the app may use it (it reads a chosen year ahead).
      const pause = () => page.waitForTimeout(THINK_MS);
      // Each step also waits for the expected "共 N 条", so a wrong result fails instead of passing.
      const first = await navigateAndWait(page, '#/publications', list(ex.liveCount));
      await navigateAndWait(page, '#/settings', { root: 'page-title' });
      await pause();
      const open = await navigateAndWait(page, '#/publications', list(ex.liveCount));
      await pause();
      const year = await navigateAndWait(
        page,
        `#/publications?year=${ex.year}`,
        list(ex.yearCount, [`${ex.year}-`]),
      );
      await pause();
      const yearText = await navigateAndWait(
        page,
        `#/publications?year=${ex.year}&q=${q}`,
        list(ex.yearTextCount, [`${ex.year}-`, ex.q]),
      );
      await pause();
      // From the unfiltered list again, so rows holding the text can only be the new result.
      await navigateAndWait(page, '#/publications', list(ex.liveCount));
      await pause();
      const text = await navigateAndWait(page, `#/publications?q=${q}`, list(ex.textCount, [ex.q]), 120_000);
      for (const [id, t] of Object.entries({ first, open, year, yearText, text })) {
        countShown[id] = [...(countShown[id] ?? []), t.totalMs];
      }
      return {
        'ui.listOpenFirst': first.ms,
        'ui.listOpen': open.ms,
        'ui.filterYear': year.ms,
        'ui.filterYearText': yearText.ms,
        'ui.filterText': text.ms,
      };
    },
    () => {
      const at = (id: string) => `"共 N 条" shown at ${median(countShown[id] ?? []).toFixed(0)} ms (median)`;
      return {
        'ui.listOpenFirst': at('first'),
        'ui.listOpen': at('open'),
        'ui.filterYear': at('year'),
        'ui.filterYearText': at('yearText'),
        'ui.filterText': at('text'),
      };
    },
  );
}

/** The consultations list (100,000 records over ten years): open it from another page. */
export async function consultationsStep(
  page: Page,
  rec: Recorder,
  base: string,
  ex: ListExpectations,
  runs: number,
) {
  await rec.step(
    {
      id: 'ui.consultationsOpen',
      label: `consultations list: open (${ex.consultationsLive} rows)`,
      targetMs: 200,
    },
    runs,
    async () => {
      await openSettings(page, base);
      const check: ReadyCheck = { root: 'register-consultations', rows: true, total: ex.consultationsLive };
      return (await navigateAndWait(page, '#/consultations', check)).ms;
    },
  );
}

export async function requestStep(
  page: Page,
  rec: Recorder,
  base: string,
  request: { id: string; serial: string },
  runs: number,
) {
  await rec.step(
    { id: 'ui.openRequest', label: `open request ${request.serial} from the requests list` },
    runs,
    async () => {
      await openSettings(page, base);
      await navigateAndWait(page, '#/requests', { root: 'register-requests', rows: true });
      return (await navigateAndWait(page, `#/requests/${request.id}`, { root: 'request-detail' })).ms;
    },
  );
}

/**
 * Cold start: a freshly launched browser process (its own disk cache and IndexedDB on the stored
 * profile) opens the app; timed from navigation start until the first screen is interactive.
 */
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

/** Automatic backups the browser platform stored (renderer/platform/browser-backup.ts). */
function storedAutoBackups(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('disclosure-desk-platform');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('autoBackups')) return resolve(0);
          const count = db.transaction('autoBackups').objectStore('autoBackups').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => resolve(0);
        };
      }),
  );
}

/**
 * The first start of the day: the app also writes its daily automatic backup (renderer/features/
 * backup/automation.ts), which reads and compresses every record while the first screen loads.
 * Measured once, and waited for, so the later steps meet an app at rest as on any other start.
 */
export async function firstStartStep(
  page: Page,
  base: string,
  log: (s: string) => void,
): Promise<StepResult> {
  const meta = {
    id: 'ui.firstStartOfDay',
    label: 'first start of the day (daily automatic backup running)',
    env: 'chromium' as const,
    targetMs: 1500,
  };
  log('  chromium: first start of the day, waiting for the automatic backup …');
  try {
    await page.addInitScript(coldStartProbe);
    await page.goto(`${base}/`);
    const handle = await page.waitForFunction(
      () => (window as unknown as { __benchReady?: number }).__benchReady,
      null,
      {
        timeout: 300_000,
        polling: 100,
      },
    );
    const ready = Number(await handle.jsonValue());
    let backupMs: number | null = null;
    for (let i = 0; i < 600 && backupMs === null; i++) {
      if ((await storedAutoBackups(page)) > 0) backupMs = await page.evaluate(() => performance.now());
      else await page.waitForTimeout(500);
    }
    return {
      ...meta,
      status: 'ok',
      runsMs: [ready],
      medianMs: ready,
      note:
        backupMs === null
          ? 'no automatic backup appeared within 5 minutes'
          : `one run; the automatic backup was stored at ${(backupMs / 1000).toFixed(1)} s`,
    };
  } catch (err) {
    return {
      ...meta,
      status: 'failed',
      note: err instanceof Error ? err.message.split('\n')[0] : String(err),
    };
  }
}

export async function coldStartStep(
  relaunch: () => Promise<BrowserContext>,
  base: string,
  runs: number,
  log: (s: string) => void,
  expectPublications: number,
  /** '' = the app's first screen (the dashboard); e.g. '#/publications' for a register. */
  hash = '',
): Promise<StepResult> {
  const meta = {
    id: hash ? `ui.coldStart:${hash.replace(/^#\//, '')}` : 'ui.coldStart',
    label: hash ? `cold start straight into ${hash}` : 'cold start to an interactive first screen',
    env: 'chromium' as const,
    targetMs: 1500,
  };
  log(`  chromium: cold start${hash ? ` into ${hash}` : ''} (${runs} launches) …`);
  const ready: number[] = [];
  const content: number[] = [];
  let heapMb = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await relaunch();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.addInitScript(coldStartProbe);
      await page.goto(`${base}/${hash}`);
      const handle = await page.waitForFunction(
        () => (window as unknown as { __benchReady?: number }).__benchReady,
        null,
        {
          timeout: 120_000,
          polling: 100,
        },
      );
      ready.push(Number(await handle.jsonValue()));
      content.push(
        Number(await page.evaluate(() => (window as unknown as { __benchContent?: number }).__benchContent)),
      );
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
      note: `from navigation start in a newly launched browser; content on screen at ${median(content).toFixed(0)} ms (median); heap read once, after start`,
    };
  } catch (err) {
    return {
      ...meta,
      status: 'failed',
      note: err instanceof Error ? err.message.split('\n')[0] : String(err),
    };
  }
}

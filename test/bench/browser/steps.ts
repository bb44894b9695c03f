import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { median } from '../measure';
import type { StepResult } from '../results';
import { coldStartProbe, navigateAndWait, type ReadyCheck } from './app-ui';
import { buildApp, buildBenchPage } from './build';
import { HeapSampler } from './heap';
import { serveStatic } from './server';

/**
 * The Chromium measurements (issue 8), with Debian's chromium and the launch flags of
 * playwright.config.ts. A persistent profile keeps the loaded database on disk so the cold start
 * can relaunch the browser onto it.
 */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ListExpectations {
  year: number;
  q: string;
  /** Live publications whose list date is in `year`, etc.: the "共 N 条" the list must show. */
  yearCount: number;
  yearTextCount: number;
  textCount: number;
}

export interface BrowserOptions {
  scale: number;
  seed: number;
  runs: number;
  loadRuns: number;
  lastYear: number;
  expect: ListExpectations;
  log: (s: string) => void;
}

type Measured = { ms: number; note?: string };

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
  });
}

export async function browserSteps(options: BrowserOptions): Promise<{ results: StepResult[]; chromium: string }> {
  const { log, runs, loadRuns } = options;
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-browser-'));
  const appDir = join(dir, 'app');
  const benchDir = join(dir, 'bench');
  const profile = join(dir, 'profile');
  await mkdir(benchDir, { recursive: true });
  log('  chromium: building the renderer (vite build) and the bench page (esbuild) …');
  await buildApp(appDir);
  await buildBenchPage(benchDir);
  const server = await serveStatic({ distDir: appDir, benchDir });
  let context = await launch(profile);
  const version = context.browser()?.version() ?? 'chromium';
  const results: StepResult[] = [];
  const heap = new HeapSampler();

  /** Runs `fn` `n` times with heap sampling; fn returns the time measured inside the page. */
  const measure = async (
    page: Page,
    meta: Omit<StepResult, 'env' | 'status'>,
    n: number,
    fn: (i: number) => Promise<Measured>,
  ): Promise<StepResult> => {
    log(`  chromium: ${meta.label} …`);
    try {
      await heap.begin();
      const runsMs: number[] = [];
      let note: string | undefined;
      for (let i = 0; i < n; i++) {
        const m = await fn(i);
        runsMs.push(m.ms);
        note = m.note ?? note;
      }
      const mem = await heap.end();
      const result: StepResult = { ...meta, env: 'chromium', status: 'ok', runsMs, medianMs: median(runsMs), ...mem };
      if (note) result.note = meta.note ? `${meta.note}; ${note}` : note;
      results.push(result);
      return result;
    } catch (err) {
      await heap.end().catch(() => undefined);
      const result: StepResult = { ...meta, env: 'chromium', status: 'failed', note: err instanceof Error ? err.message : String(err) };
      results.push(result);
      return result;
    }
  };

  try {
    // ── Database steps on the bench page ─────────────────────────────────────────────────────────
    const bench = context.pages()[0] ?? (await context.newPage());
    await bench.goto(`${server.url}/__bench/index.html`);
    await bench.waitForFunction(() => document.body.dataset.ready === '1');
    await heap.attach(bench);
    const gen = await bench.evaluate(
      (o) => window.bench.generate(o),
      { scale: options.scale, seed: options.seed, trashedAt: new Date().toISOString() },
    );
    log(`  chromium: generated in the page in ${(gen.ms / 1000).toFixed(1)} s: ${JSON.stringify(gen.counts)}`);

    const loadMeta = (id: string, label: string, extra: Partial<StepResult> = {}) => ({ id, label, ...extra });
    const raw: number[] = [];
    const dexie: number[] = [];
    const app: number[] = [];
    let progressNote = '';
    // Interleaved, so each kind of load meets the same machine conditions.
    log(`  chromium: bulk loads (${loadRuns} rounds of raw IndexedDB, Dexie bulkAdd, importAll) …`);
    await heap.begin();
    for (let i = 0; i < loadRuns; i++) {
      raw.push(await bench.evaluate(() => window.bench.rawLoad()));
      dexie.push(await bench.evaluate(() => window.bench.dexieLoad()));
      const imported = await bench.evaluate(() => window.bench.importAll());
      app.push(imported.ms);
      progressNote = `${imported.progressEvents} progress callbacks, last at ${imported.lastProgress}%`;
      log(`    round ${i + 1}: raw ${raw.at(-1)?.toFixed(0)} ms, dexie ${dexie.at(-1)?.toFixed(0)} ms, importAll ${app.at(-1)?.toFixed(0)} ms`);
    }
    const loadMem = await heap.end();
    const loadResult = (id: string, label: string, xs: number[], extra: Partial<StepResult>): StepResult => ({
      ...loadMeta(id, label, extra),
      env: 'chromium',
      status: 'ok',
      runsMs: xs,
      medianMs: median(xs),
      ...loadMem,
    });
    results.push(
      loadResult('chromium.importAll', 'bulk load 10 years: importAll (validate + Dexie, progress)', app, {
        targetMs: 30_000,
        baselineId: 'chromium.rawLoad',
        note: `into an empty database; ${progressNote}; peak heap shared by the three load rows`,
      }),
      loadResult('chromium.dexieLoad', 'Dexie bulkAdd, same records, one transaction', dexie, {
        baselineId: 'chromium.rawLoad',
        maxRatio: 1.5,
      }),
      loadResult('chromium.rawLoad', 'baseline: raw IndexedDB put, same stores + indexes', raw, {}),
    );
    await measure(
      bench,
      { id: 'chromium.bulkImport', label: 'spreadsheet-import repository (bulkImportRecords, audit per row)', targetMs: 30_000, baselineId: 'chromium.rawLoad' },
      1,
      async () => {
        const r = await bench.evaluate(() => window.bench.bulkImport());
        return { ms: r.ms, note: `${r.progressEvents} progress callbacks; one run` };
      },
    );
    await measure(bench, { id: 'chromium.exportAll', label: 'exportAll from IndexedDB (backup/export read)' }, Math.min(runs, 3), async () =>
      bench.evaluate(() => window.bench.exportAll()),
    );
    const year = options.lastYear;
    await measure(
      bench,
      { id: 'chromium.reportFromDb', label: `report ${year} from the database (read + compute)`, targetMs: 300, baselineId: 'chromium.reportInMemory.baseline' },
      runs,
      async () => {
        const r = await bench.evaluate((y) => window.bench.reportFromDb(y), year);
        return { ms: r.ms, note: `read ${r.loadMs.toFixed(0)} ms (${r.read} publications read) + compute ${r.computeMs.toFixed(0)} ms` };
      },
    );
    const inMemory: number[] = [];
    const inMemoryBase: number[] = [];
    await measure(
      bench,
      { id: 'chromium.reportInMemory', label: `report ${year} computation in the browser (records in memory)`, targetMs: 300, baselineId: 'chromium.reportInMemory.baseline' },
      runs,
      async () => {
        const r = await bench.evaluate((y) => window.bench.reportInMemory(y), year);
        inMemory.push(r.ms);
        inMemoryBase.push(r.baselineMs);
        return { ms: r.ms };
      },
    );
    results.push({
      id: 'chromium.reportInMemory.baseline',
      label: 'baseline: plain loop with counters (browser)',
      env: 'chromium',
      status: 'ok',
      runsMs: inMemoryBase,
      medianMs: median(inMemoryBase),
    });
    const picked = await bench.evaluate((y) => window.bench.pickRequest(y), year);
    await measure(bench, { id: 'chromium.openRequest', label: 'open a request: read + calendar + computeDeadlines' }, runs, async () =>
      bench.evaluate((id) => window.bench.openRequest(id), picked.id),
    );
    await heap.detach();
    await bench.close();

    // ── The built app ───────────────────────────────────────────────────────────────────────────
    const page = await context.newPage();
    await heap.attach(page);
    const { expect: ex } = options;
    const list = (rowsContain?: string[]): ReadyCheck => ({ root: 'register-publications', rows: true, rowsContain });
    const expectTotal = (total: string | null, n: number) =>
      total !== null && total.replace(/\s/g, '').includes(`共${n}条`) ? undefined : `shown "${total}", expected 共 ${n} 条`;
    const sequence: Record<string, number[]> = { open: [], year: [], yearText: [], text: [] };
    const wrong: string[] = [];
    log('  chromium: publications list (open, filter by year, by text) …');
    await heap.begin();
    for (let i = 0; i < runs; i++) {
      await page.goto(`${server.url}/#/settings`);
      await page.getByTestId('page-title').waitFor();
      await page.waitForLoadState('networkidle');
      const open = await navigateAndWait(page, '#/publications', list());
      const byYear = await navigateAndWait(page, `#/publications?year=${ex.year}`, list([`${ex.year}-`]));
      const byYearText = await navigateAndWait(page, `#/publications?year=${ex.year}&q=${encodeURIComponent(ex.q)}`, list([`${ex.year}-`, ex.q]));
      const byText = await navigateAndWait(page, `#/publications?q=${encodeURIComponent(ex.q)}`, list([ex.q]));
      sequence.open?.push(open.ms);
      sequence.year?.push(byYear.ms);
      sequence.yearText?.push(byYearText.ms);
      sequence.text?.push(byText.ms);
      for (const w of [expectTotal(byYear.total, ex.yearCount), expectTotal(byYearText.total, ex.yearTextCount), expectTotal(byText.total, ex.textCount)]) {
        if (w && !wrong.includes(w)) wrong.push(w);
      }
    }
    const listMem = await heap.end();
    const uiResult = (id: string, label: string, xs: number[], targetMs: number, note?: string): StepResult => ({
      id,
      label,
      env: 'chromium',
      status: 'ok',
      runsMs: xs,
      medianMs: median(xs),
      targetMs,
      ...listMem,
      ...(note ? { note } : {}),
    });
    const wrongNote = wrong.length ? `WRONG COUNTS: ${wrong.join('; ')}` : undefined;
    results.push(
      uiResult('ui.listOpen', 'publications list: open, first rows painted', sequence.open ?? [], 200, 'from the settings page; includes the page chunk'),
      uiResult('ui.filterYear', `filter by year (${ex.year}: ${ex.yearCount} rows)`, sequence.year ?? [], 100, wrongNote),
      uiResult('ui.filterYearText', `then by text "${ex.q}" (${ex.yearTextCount} rows)`, sequence.yearText ?? [], 100),
      uiResult('ui.filterText', `text "${ex.q}" over all years (${ex.textCount} rows)`, sequence.text ?? [], 100),
    );

    await measure(page, { id: 'ui.openRequest', label: `open request ${picked.serial} from the requests list` }, runs, async () => {
      await page.goto(`${server.url}/#/settings`);
      await page.getByTestId('page-title').waitFor();
      await navigateAndWait(page, '#/requests', { root: 'register-requests', rows: true });
      return navigateAndWait(page, `#/requests/${picked.id}`, { root: 'request-detail' });
    });
    await heap.detach();
    await page.close();

    // ── Cold start: a new browser process on the stored database ───────────────────────────────────
    const cold: number[] = [];
    const content: number[] = [];
    let coldHeap = 0;
    log(`  chromium: cold start (${runs} launches) …`);
    for (let i = 0; i < runs; i++) {
      await context.close();
      context = await launch(profile);
      const p = context.pages()[0] ?? (await context.newPage());
      await p.addInitScript(coldStartProbe);
      await p.goto(`${server.url}/`);
      const ready = await p.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady, null, {
        timeout: 120_000,
        polling: 100,
      });
      cold.push(Number(await ready.jsonValue()));
      content.push(Number(await p.evaluate(() => (window as unknown as { __benchContent?: number }).__benchContent)));
      const session = await context.newCDPSession(p);
      const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
      coldHeap = Math.max(coldHeap, usage.usedSize / (1024 * 1024));
    }
    results.push({
      id: 'ui.coldStart',
      label: 'cold start of the built app to an interactive first screen',
      env: 'chromium',
      status: 'ok',
      runsMs: cold,
      medianMs: median(cold),
      targetMs: 1500,
      peakHeapMb: coldHeap,
      note: `ms from navigation start in a freshly launched browser; content shown at ${median(content).toFixed(0)} ms (median); heap read once after start`,
    });
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { results, chromium: version };
}

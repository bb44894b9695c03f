import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import type { Targets } from '../profiles';
import type { StepResult } from '../results';
import { longTaskProbe } from './app-ui';
import { buildApp, buildBenchPage } from './build';
import { dbSteps, loadSteps } from './db-steps';
import { letterSteps } from './letter-steps';
import { pageSwitchSteps, reportOpenStep } from './page-steps';
import { Recorder } from './recorder';
import { serveStatic } from './server';
import { coldStartStep, firstStartStep } from './start-steps';
import {
  consultationsStep,
  formSteps,
  type ListExpectations,
  listSteps,
  requestStep,
  type UiRun,
} from './ui-steps';

export type { ListExpectations } from './ui-steps';

/**
 * The Chromium measurements (issue 8), with Debian's chromium and the launch flags of
 * playwright.config.ts. A persistent profile keeps the loaded database on disk, so the cold start
 * relaunches the browser onto it.
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

export interface BrowserOptions {
  scale: number;
  seed: number;
  runs: number;
  loadRuns: number;
  /** Also time the spreadsheet-import repository (bulkImportRecords) over the whole set. */
  bulkImport: boolean;
  /** Also time the first start after updating a ten-year database from schema v2. */
  upgrade: boolean;
  lastYear: number;
  expect: ListExpectations;
  log: (s: string) => void;
  targets: Targets;
  /** CPU slowdowns every UI step runs at (1 = none; issue 17 adds 4 for an old office PC). */
  rates: number[];
  /** Only the UI steps (no bulk loads beyond the one that fills the app's database, no db steps). */
  uiOnly: boolean;
  /** A renderer built before (e.g. from another commit), served instead of building the current one. */
  appDir?: string;
  /**
   * `chromium.letter…`: only the letters steps (issue 15), after one importAll into the app's
   * database — minutes instead of the whole run.
   */
  only?: string;
}

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
  });
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls a
  // `__name` helper that exists only in Node: give the pages a no-op one.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(longTaskProbe);
  return context;
}

export async function browserSteps(
  options: BrowserOptions,
): Promise<{ results: StepResult[]; chromium: string }> {
  const { log, runs } = options;
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-browser-'));
  const appDir = options.appDir ?? join(dir, 'app');
  const benchDir = join(dir, 'bench');
  const profile = join(dir, 'profile');
  await mkdir(benchDir, { recursive: true });
  log('  chromium: building the renderer (vite build) and the bench page (esbuild) …');
  if (!options.appDir) await buildApp(appDir);
  await buildBenchPage(benchDir);
  const server = await serveStatic({ distDir: appDir, benchDir });
  let context = await launch(profile);
  const version = context.browser()?.version() ?? 'chromium';
  const rec = new Recorder(log);
  const trashedAt = new Date().toISOString();
  /** Opens the bench page of `url` in `page` and generates the records there. */
  const benchAt = async (page: Page, url: string) => {
    await page.goto(`${url}/__bench/index.html`);
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    // Trash stamped now, so the app's start-up purge (30 days) leaves the data as generated.
    return page.evaluate((o) => window.bench.generate(o), {
      scale: options.scale,
      seed: options.seed,
      trashedAt,
    });
  };
  try {
    // Two tabs for the whole run, reused by navigation: opening tabs in this Chromium build now and
    // then stalls for minutes (an on-device model service it cannot load), navigating never did.
    const bench = context.pages()[0] ?? (await context.newPage());
    const worker = await context.newPage();
    const gen = await benchAt(bench, server.url);
    log(
      `  chromium: generated in the page in ${(gen.ms / 1000).toFixed(1)} s: ${JSON.stringify(gen.counts)}`,
    );
    if (options.only?.startsWith('chromium.letter')) {
      const load = await bench.evaluate(() => window.bench.importAll());
      log(`  chromium: importAll into the app's database in ${(load.ms / 1000).toFixed(1)} s`);
      await rec.watch(bench);
      await letterSteps(bench, rec, { runs, year: options.lastYear, log });
      await rec.unwatch();
      return { results: rec.results, chromium: version };
    }
    await loadSteps(
      rec,
      async () => {
        const other = await serveStatic({ distDir: appDir, benchDir });
        await benchAt(worker, other.url);
        return {
          page: worker,
          dispose: async () => {
            await worker.goto('about:blank');
            await other.close();
          },
        };
      },
      bench,
      {
        loadRuns: options.uiOnly ? 1 : options.loadRuns,
        bulkImport: options.bulkImport,
        upgrade: options.upgrade,
        log,
        bulkRatio: options.targets.bulkRatio,
      },
    );
    await rec.watch(bench);
    const request = options.uiOnly
      ? await bench
          .evaluate((y) => window.bench.pickRequest(y), options.lastYear)
          .then((r) => ({
            requestId: r.id,
            requestSerial: r.serial,
          }))
      : await dbSteps(bench, rec, { runs, year: options.lastYear, log, targets: options.targets });
    if (!options.uiOnly) await letterSteps(bench, rec, { runs, year: options.lastYear, log });
    await rec.unwatch();
    await bench.goto('about:blank');

    const relaunch = async () => {
      await context.close();
      context = await launch(profile);
      return context;
    };
    for (const rate of options.rates) {
      const ui: UiRun = { rate, targets: options.targets };
      // The first start of the day in a newly launched browser, as the officer's morning start: in
      // the tab that had just imported a county's records it met that browser's after-effects (a
      // 305 ms task at county against 100–121 ms for the same start in a fresh browser; twenty-fourth
      // pass). The UI steps then go on in the new browser's one tab (opening tabs can stall it: above).
      const page = (await relaunch()).pages()[0] ?? (await context.newPage());
      rec.results.push(await firstStartStep(page, server.url, log, ui));
      await page.goto('about:blank');

      await rec.watch(page);
      await listSteps(page, rec, server.url, options.expect, runs, ui);
      await consultationsStep(page, rec, server.url, options.expect, runs, ui);
      if (request) {
        const r = { id: request.requestId, serial: request.requestSerial };
        await requestStep(page, rec, server.url, r, runs, ui);
      }
      await pageSwitchSteps(page, rec, server.url, runs, ui);
      await reportOpenStep(page, rec, server.url, options.lastYear, runs, ui);
      await rec.unwatch();
      await page.goto('about:blank');
    }

    const live = options.expect.liveCount;
    for (const rate of options.rates) {
      const ui: UiRun = { rate, targets: options.targets };
      rec.results.push(await coldStartStep(relaunch, server.url, runs, log, live, ui));
      rec.results.push(await coldStartStep(relaunch, server.url, runs, log, live, ui, '#/publications'));
    }
    // Last: the form's 保存 writes a publication, and the steps after a write would find the search
    // digest and the kept reads to build again (the first visits measured slower in the runs that
    // had the form steps before them).
    // The cold starts' last browser, its tab reused (opening tabs can stall this Chromium: above).
    const page = context.pages()[0] ?? (await context.newPage());
    for (const rate of options.rates) {
      const ui: UiRun = { rate, targets: options.targets };
      await rec.watch(page);
      await formSteps(page, rec, server.url, runs, ui);
      await rec.unwatch();
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { results: rec.results, chromium: version };
}

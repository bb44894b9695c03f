import type { Page } from '@playwright/test';
import { median } from '../measure';
import type { StepResult } from '../results';
import { HeapSampler } from './heap';
import type { Targets } from '../profiles';
import { longestTaskIn } from './app-ui';
import type { Recorder } from './recorder';

/** A bench page with the generated records, on an origin of its own (its own IndexedDB). */
export interface BenchOrigin {
  page: Page;
  dispose(): Promise<void>;
}

/**
 * The bulk loads side by side: raw IndexedDB, Dexie alone, the app's importAll. Chromium keeps all
 * databases of an origin in one LevelDB, where a deleted ten-year database leaves millions of
 * tombstones that slow the next load; so every load runs in a fresh origin, the last importAll in
 * the app's own origin (`app`), whose database the UI steps then use.
 */
export async function loadSteps(
  rec: Recorder,
  fresh: () => Promise<BenchOrigin>,
  app: Page,
  options: {
    loadRuns: number;
    bulkImport: boolean;
    upgrade: boolean;
    log: (s: string) => void;
    bulkRatio?: number;
  },
): Promise<void> {
  const { loadRuns, log } = options;
  const runs: Record<string, number[]> = { raw: [], dexie: [], app: [] };
  let peak = 0;
  let progress = '';
  const inOrigin = async <T>(page: Page, fn: (page: Page) => Promise<T>): Promise<T> => {
    const heap = new HeapSampler();
    await heap.attach(page);
    await heap.begin();
    try {
      return await fn(page);
    } finally {
      peak = Math.max(peak, (await heap.end()).peakHeapMb);
      await heap.detach();
    }
  };
  log(
    `  chromium: bulk loads, ${loadRuns} rounds of raw IndexedDB / Dexie bulkAdd / importAll, each in a fresh origin …`,
  );
  try {
    for (let i = 0; i < loadRuns; i++) {
      // Interleaved, so each kind of load meets the same machine conditions.
      for (const kind of ['raw', 'dexie', 'app'] as const) {
        const last = kind === 'app' && i === loadRuns - 1;
        const origin = last ? null : await fresh();
        const ms = await inOrigin(origin?.page ?? app, async (page) => {
          if (kind === 'raw') return page.evaluate(() => window.bench.rawLoad());
          if (kind === 'dexie') return page.evaluate(() => window.bench.dexieLoad());
          const r = await page.evaluate(() => window.bench.importAll());
          progress = `${r.progressEvents} progress callbacks, the last at ${r.lastProgress}%`;
          return r.ms;
        });
        await origin?.dispose();
        runs[kind]?.push(ms);
      }
      log(
        `    round ${i + 1}: raw ${runs.raw?.at(-1)?.toFixed(0)} ms, Dexie ${runs.dexie?.at(-1)?.toFixed(0)} ms, importAll ${runs.app?.at(-1)?.toFixed(0)} ms`,
      );
    }
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    log(`    failed: ${message}`);
    for (const id of ['chromium.importAll', 'chromium.dexieLoad', 'chromium.rawLoad']) {
      rec.results.push({ id, label: id, env: 'chromium', status: 'failed', note: message });
    }
    return;
  }
  const row = (id: string, label: string, xs: number[], extra: Partial<StepResult>): StepResult => ({
    id,
    label,
    env: 'chromium',
    status: 'ok',
    runsMs: xs,
    medianMs: median(xs),
    peakHeapMb: peak,
    ...extra,
  });
  rec.results.push(
    row('chromium.importAll', 'bulk load: validate (zod) + importAll, with progress', runs.app ?? [], {
      targetMs: 30_000,
      baselineId: 'chromium.rawLoad',
      maxRatio: options.bulkRatio,
      note: `into an empty database in a fresh origin; ${progress}; peak heap: the highest of the load pages`,
    }),
    row('chromium.dexieLoad', 'Dexie bulkAdd alone, same records, one transaction', runs.dexie ?? [], {
      baselineId: 'chromium.rawLoad',
      maxRatio: 1.5,
    }),
    row('chromium.rawLoad', 'baseline: raw IndexedDB put, same stores + indexes', runs.raw ?? [], {}),
  );
  if (options.upgrade) {
    // The first start after an update from schema v2 (--upgrade): one run in a fresh origin.
    const origin = await fresh();
    let note = '';
    await rec.watch(origin.page);
    await rec.step(
      { id: 'chromium.upgradeFromV2', label: 'first start after updating from schema v2 (v3 + v4 upgrades)' },
      1,
      async () => {
        const r = await origin.page.evaluate(() => window.bench.upgradeFromV2());
        note = `to schema ${r.verno}; ${r.unpublished} unpublished items marked; one run`;
        return r.ms;
      },
      () => note,
    );
    await rec.unwatch();
    await origin.dispose();
  }
  // The spreadsheet-import repository: each register in one transaction, an audit entry per record.
  // Off unless asked (--bulk-import): it is not one of issue 8's measurements, and at full scale it
  // has stalled in this Chromium build (no CPU used, no answer) in two runs of 2026-11-24.
  if (!options.bulkImport) return;
  const origin = await fresh();
  let bulkNote = '';
  await rec.watch(origin.page);
  await rec.step(
    {
      id: 'chromium.bulkImport',
      label: 'spreadsheet-import repository (bulkImportRecords, audit entry per row)',
      targetMs: 30_000,
      baselineId: 'chromium.rawLoad',
    },
    1,
    async () => {
      const r = await origin.page.evaluate(() => window.bench.bulkImport());
      bulkNote = `one run, in a fresh origin; ${r.progressEvents} progress callbacks`;
      return r.ms;
    },
    () => bulkNote,
  );
  await rec.unwatch();
  await origin.dispose();
}

/**
 * Steps on the app's origin once it holds the ten years: export, the report from the database,
 * saving an item, opening a request.
 */
export async function dbSteps(
  bench: Page,
  rec: Recorder,
  options: { runs: number; year: number; log: (s: string) => void; targets: Targets },
): Promise<{ requestId: string; requestSerial: string } | null> {
  const { runs, year, log, targets } = options;
  // Interleaved with its floor: every register read with the bare API in one transaction.
  await rec.rounds(
    [
      {
        id: 'chromium.exportAll',
        label: 'exportAll from IndexedDB (what a backup reads)',
        baselineId: 'chromium.rawReadAll',
        maxRatio: targets.bulkRatio,
      },
      { id: 'chromium.rawReadAll', label: 'baseline: raw IndexedDB getAll of every register' },
    ],
    Math.min(runs, 3),
    async () => ({
      'chromium.exportAll': (await bench.evaluate(() => window.bench.exportAll())).ms,
      'chromium.rawReadAll': (await bench.evaluate(() => window.bench.rawReadAll())).ms,
    }),
  );
  const stageNotes: Record<string, string> = {};
  const restore = async (id: string, inWindow: boolean) => {
    const r = await bench.evaluate((w) => window.bench.restore(w), inWindow);
    const stages = Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`);
    stageNotes[id] =
      `from a backup of the database as it is; stages of the last run: ${stages.join(', ')} ms`;
    return { ms: r.ms, longestTaskMs: await longestTaskIn(bench, r.t0, r.t1) };
  };
  const restoreConfirmed = async () => {
    const r = await bench.evaluate(() => window.bench.restoreConfirmed(3000));
    const stages = Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`);
    stageNotes['chromium.restore.confirmed'] =
      `the preparation done ${r.readyMs.toFixed(0)} ms after the preview opened; stages after 确认恢复 of the last run: ${stages.join(', ')} ms; longest task counted from the preview's start`;
    // The preview's preparation runs while the officer reads: its window tasks count too.
    return { ms: r.ms, longestTaskMs: await longestTaskIn(bench, r.tp, r.t1) };
  };
  // As the app does it (backups built, the file opened and imported in workers, issue 17), interleaved
  // with the same restore done wholly in the window as before, for the comparison.
  await rec.rounds(
    [
      {
        id: 'chromium.restore',
        label: 'restore of the whole database (open, safety backup, import, verify)',
        targetMs: targets.restoreMs,
        maxTaskMs: targets.maxTaskMs,
        baselineId: 'chromium.rawLoad',
        maxRatio: targets.bulkRatio,
      },
      {
        id: 'chromium.restore.inWindow',
        label: 'the same restore done in the window: backups, opening, import (before issue 17)',
      },
      {
        id: 'chromium.restore.confirmed',
        label:
          'restore as the officer waits for it: from 确认恢复 to done, the file opened and the data saved while the preview was shown (3 s)',
        targetMs: targets.restoreMs,
        maxTaskMs: targets.maxTaskMs,
      },
    ],
    Math.min(runs, 3),
    async (round) => ({
      ...(round % 2 === 0
        ? {
            'chromium.restore': await restore('chromium.restore', false),
            'chromium.restore.inWindow': await restore('chromium.restore.inWindow', true),
          }
        : {
            'chromium.restore.inWindow': await restore('chromium.restore.inWindow', true),
            'chromium.restore': await restore('chromium.restore', false),
          }),
      'chromium.restore.confirmed': await restoreConfirmed(),
    }),
    () => stageNotes,
  );
  const exportJson = async (inWindow: boolean) => {
    const r = await bench.evaluate((w) => window.bench.exportJson(w), inWindow);
    return { ms: r.ms, longestTaskMs: await longestTaskIn(bench, r.t0, r.t1) };
  };
  // Settings → 导出 as the app writes it (in the backup worker), interleaved with the same in the window.
  await rec.rounds(
    [
      {
        id: 'chromium.exportJson',
        label: 'JSON export (Settings → 导出): the file built in the backup worker',
        maxTaskMs: targets.maxTaskMs,
      },
      {
        id: 'chromium.exportJson.inWindow',
        label: 'the same JSON export built in the window (before issue 17)',
      },
    ],
    Math.min(runs, 3),
    async (round) =>
      round % 2 === 0
        ? {
            'chromium.exportJson': await exportJson(false),
            'chromium.exportJson.inWindow': await exportJson(true),
          }
        : {
            'chromium.exportJson.inWindow': await exportJson(true),
            'chromium.exportJson': await exportJson(false),
          },
  );
  let retentionNote = '';
  await rec.step(
    {
      id: 'chromium.retentionAtStart',
      label:
        'retention run after every start (applyAnonymisation, the stored setting): the look in the worker',
      maxTaskMs: targets.maxTaskMs,
    },
    Math.min(runs, 3),
    async () => {
      const r = await bench.evaluate(() => window.bench.retention());
      retentionNote = r.ran ? `ran; ${r.records} records due` : 'refused by the clock check (nothing read)';
      return { ms: r.ms, longestTaskMs: await longestTaskIn(bench, r.t0, r.t1) };
    },
    () => retentionNote,
  );
  const notes: Record<string, string> = {};
  const reportFromDb = (id: string, label: string, whole: boolean) =>
    rec.step(
      { id, label, targetMs: 300, baselineId: 'chromium.reportInMemory.baseline' },
      runs,
      async () => {
        const r = await bench.evaluate(([y, w]) => window.bench.reportFromDb(y, w), [year, whole] as const);
        notes[id] =
          `read ${r.loadMs.toFixed(0)} ms (${r.read} publications) + compute ${r.computeMs.toFixed(0)} ms`;
        return r.ms;
      },
      () => notes[id] ?? '',
    );
  await reportFromDb(
    'chromium.reportFromDb',
    `report ${year} from the database, indexed reads (loadReportStoresForYear)`,
    false,
  );
  await reportFromDb(
    'chromium.reportFromDbWhole',
    `report ${year} from the database, every record (loadReportStores: the whole-database read the page's indexed one replaced, kept as its baseline)`,
    true,
  );
  let digestNote = '';
  await rec.rounds(
    [
      {
        id: 'chromium.searchDigestBuild',
        label: 'publications search digest: built from the database (before the first search)',
      },
      {
        id: 'chromium.searchDigestLoad',
        label: 'the same digest loaded from the cache store (the next start, nothing written since)',
      },
      {
        id: 'chromium.searchAllYears',
        label: 'then a text search over every year from the digest (first page + total)',
        targetMs: 100,
      },
    ],
    Math.min(runs, 3),
    async () => {
      const r = await bench.evaluate(() => window.bench.searchDigest('森林防火'));
      digestNote = `${r.total} matches; JS heap after build ${r.heapMb?.toFixed(0) ?? '?'} MB`;
      return {
        'chromium.searchDigestBuild': r.buildMs,
        'chromium.searchDigestLoad': r.loadMs,
        'chromium.searchAllYears': r.searchMs,
      };
    },
    () => ({ 'chromium.searchDigestBuild': digestNote }),
  );
  const dashNotes: string[] = [];
  await rec.step(
    { id: 'chromium.dashboardData', label: `dashboard reads for ${year + 1}-01-20 (window + indexes)` },
    runs,
    async () => {
      const r = await bench.evaluate((t) => window.bench.dashboardData(t), `${year + 1}-01-20`);
      dashNotes[0] = `${r.publications} publications, ${r.requests} requests read`;
      return r.ms;
    },
    () => dashNotes[0] ?? '',
  );
  let saveNote = '';
  await rec.step(
    {
      id: 'chromium.savePublication',
      label: 'save one published item (createRecord: validation, 索引号, audit)',
    },
    runs,
    async (i) => {
      const r = await bench.evaluate((n) => window.bench.savePublication(n), i);
      saveNote = `got 索引号 ${r.indexNumber ?? 'none'}`;
      return r.ms;
    },
    () => saveNote,
  );
  await rec.rounds(
    [
      {
        id: 'chromium.reportInMemory',
        label: `report ${year} computation in the browser (records in memory)`,
        targetMs: 300,
        baselineId: 'chromium.reportInMemory.baseline',
      },
      { id: 'chromium.reportInMemory.baseline', label: 'baseline: plain loop with counters (browser)' },
    ],
    runs,
    async () => {
      const r = await bench.evaluate((y) => window.bench.reportInMemory(y), year);
      return { 'chromium.reportInMemory': r.ms, 'chromium.reportInMemory.baseline': r.baselineMs };
    },
  );
  try {
    const picked = await bench.evaluate((y) => window.bench.pickRequest(y), year);
    await rec.step(
      { id: 'chromium.openRequest', label: `request ${picked.serial}: read + calendar + computeDeadlines` },
      runs,
      async () => (await bench.evaluate((id) => window.bench.openRequest(id), picked.id)).ms,
    );
    return { requestId: picked.id, requestSerial: picked.serial };
  } catch (err) {
    log(`    no request to open: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

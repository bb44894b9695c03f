import { buildCalendar } from '../../../shared/calendar';
import { type InterchangeStores, interchangeStores } from '../../../shared/model';
import { computeAnnualReport, formatForYear } from '../../../shared/report';
import { computeDeadlines } from '../../../shared/requests';
import { Dexie } from 'dexie';
import { DeskDb, db, SCHEMA_VERSION } from '../../../renderer/db/database';
import { applyV1 } from '../../../renderer/db/versions/v1';
import { applyV2 } from '../../../renderer/db/versions/v2';
import { EXPORTED_TABLES, exportAll, importAll } from '../../../renderer/db/interchange';
import { bulkImportRecords } from '../../../renderer/db/repositories/bulk-import';
import { type BenchDataset, generateDataset } from '../generate';
import { plainLoopReport } from '../report-baseline';
import { deleteDatabase, openRawDb, rawBulkPut } from './raw-idb';
import { loadReportStores } from '../../../renderer/features/report/report-store';
import { loadReportStoresForYear } from '../../../renderer/db/repositories/report-data';
import { createRecord } from '../../../renderer/db/repositories/registers';
import { lastPublishedByColumn, loadDashboardStores } from '../../../renderer/db/repositories/dashboard-data';
import {
  queryPublicationList,
  warmPublicationList,
} from '../../../renderer/db/repositories/publication-list';
import { resetSearchDigests, saveSearchDigestsNow } from '../../../renderer/db/repositories/search-digest';
import type { CryptoLike } from '../../../shared/backup';
import {
  type BackupDeps,
  buildBackup,
  buildJsonExport,
  prepareRestore,
  prepareSafety,
  type RestoreOutcome,
  restoreBackup,
  restorePrepared,
} from '../../../renderer/features/backup/backup-service';
import { workerStoreAuto } from '../../../renderer/features/backup/store-auto-in-worker';
import { workerVerify } from '../../../renderer/features/backup/verify-in-worker';
import { createBrowserPlatform } from '../../../renderer/platform/browser';
import {
  type WorkerLike,
  workerExportJson,
  workerOpen,
} from '../../../renderer/features/backup/restore-in-worker';
import { workerBuild } from '../../../renderer/features/backup/build-in-worker';
import { workerRetentionLook } from '../../../renderer/features/backup/retention-look-job';
import { applyAnonymisation } from '../../../renderer/features/backup/anonymise-db';
import { rawReadAll } from './raw-idb';
import { letterApi } from './letter-entry';

/**
 * The bench page (bundled with esbuild, served from the same origin as the built app, so the app
 * sees the database loaded here). It uses the app's own Dexie schema, repositories and shared code.
 * Each call returns the time it measured inside the page (performance.now()).
 */
let data: BenchDataset | null = null;
const need = () => {
  if (!data) throw new Error('generate first');
  return data;
};
const registers = (d: BenchDataset) => ({
  publications: d.publications,
  requests: d.requests,
  consultations: d.consultations,
  appeals: d.appeals,
});
/** The app's backup worker as this page serves it (esbuild bundles it beside the page). */
const benchWorker = () => new Worker(new URL('./backup-worker.js', window.location.href), { type: 'module' });

/**
 * Browser mode's platform as the app builds it (platform/index.ts), with this page's worker: the app's
 * own worker URL is Vite's, and without this the written backups' check fell back to the window.
 */
const platform = createBrowserPlatform({
  window: window as unknown as Parameters<typeof createBrowserPlatform>[0]['window'],
  document,
  appVersion: 'bench',
  verifyInWorker: workerVerify(benchWorker) ?? undefined,
  storeAutoInWorker: workerStoreAuto(benchWorker) ?? undefined,
});

/** The generated records as an export's `stores` (importAll validates them itself). */
const storesOf = (d: BenchDataset): InterchangeStores => ({
  ...registers(d),
  settings: d.settings,
  yearFigures: d.yearFigures,
  calendarOverrides: [],
  calendarYears: [],
  reportDrafts: [],
  reportSnapshots: [],
  audit: [],
  letters: [],
});
const time = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
};

/**
 * A restore's dependencies as the app's (backups built, the file opened and imported, retention's
 * look, each in a worker), or (`inWindow`) all in the window as before issue 17's workers.
 * `built.n` counts the backups the worker built.
 */
function restoreDeps(inWindow: boolean, built: { n: number }): BackupDeps {
  const viaWorker = workerBuild(benchWorker);
  return {
    db,
    api: platform,
    crypto: globalThis.crypto as unknown as CryptoLike,
    appVersion: 'bench',
    now: () => new Date(),
    build:
      inWindow || !viaWorker
        ? null
        : (job, onPack) =>
            viaWorker(job, onPack).then((result) => {
              built.n += 1;
              return result;
            }),
    open: inWindow ? null : workerOpen(benchWorker as () => WorkerLike),
    retentionLook: inWindow ? null : workerRetentionLook(db, benchWorker),
  };
}

/** A restore run with the time of each of its stages. */
async function timedStages(
  run: (onStage: (stage: string) => void) => Promise<RestoreOutcome>,
): Promise<{ outcome: RestoreOutcome; stages: Record<string, number> }> {
  const stages: Record<string, number> = {};
  let current = '';
  let since = 0;
  const outcome = await run((stage) => {
    const now = performance.now();
    if (current) stages[current] = now - since;
    current = stage;
    since = now;
  });
  if (current) stages[current] = performance.now() - since;
  return { outcome, stages };
}

const api = {
  async generate(options: { scale: number; seed: number; trashedAt: string }) {
    const { ms, value } = await time(() => generateDataset(options));
    data = value;
    return {
      ms,
      counts: { ...Object.fromEntries(Object.entries(registers(value)).map(([k, v]) => [k, v.length])) },
    };
  },

  /** Baseline: bare IndexedDB, same stores and indexes, one transaction. */
  async rawLoad() {
    const d = need();
    await deleteDatabase('bench-raw');
    const schema = new DeskDb('bench-schema-only').tables.map((t) => t.schema);
    const raw = await openRawDb('bench-raw', schema);
    const { ms } = await time(() => rawBulkPut(raw, { ...registers(d), yearFigures: d.yearFigures }));
    raw.close();
    await deleteDatabase('bench-raw');
    return ms;
  },

  /** Dexie, the app's schema, one transaction of bulkAdd, no validation: the Dexie overhead alone. */
  async dexieLoad() {
    const d = need();
    await deleteDatabase('bench-dexie');
    const target = new DeskDb('bench-dexie');
    await target.open();
    const { ms } = await time(() =>
      target.transaction(
        'rw',
        [target.publications, target.requests, target.consultations, target.appeals, target.yearFigures],
        async () => {
          await target.publications.bulkAdd(d.publications);
          await target.requests.bulkAdd(d.requests);
          await target.consultations.bulkAdd(d.consultations);
          await target.appeals.bulkAdd(d.appeals);
          await target.yearFigures.bulkAdd(d.yearFigures);
        },
      ),
    );
    target.close();
    await deleteDatabase('bench-dexie');
    return ms;
  },

  /** The app's restore/import: validate every record (zod), then importAll with its progress callback. */
  async importAll() {
    const d = need();
    db.close();
    await deleteDatabase(db.name);
    await db.open();
    const progress: number[] = [];
    // As a restore does: the records are validated (the backup reader's parse), then written.
    const { ms } = await time(() =>
      importAll(db, interchangeStores.parse(storesOf(d)), {
        onProgress: (done, total) => progress.push(Math.round((done / total) * 100)),
      }),
    );
    return { ms, progressEvents: progress.length, lastProgress: progress[progress.length - 1] ?? null };
  },

  /** The spreadsheet-import repository (one register at a time, an audit entry per record, progress). */
  async bulkImport() {
    const d = need();
    const target = new DeskDb('bench-bulk-import');
    await target.open();
    const ctx = { actor: '测试信息公开员', now: `${d.meta.today}T02:00:00.000Z` };
    let events = 0;
    const { ms } = await time(async () => {
      for (const [register, rows] of Object.entries(registers(d))) {
        await bulkImportRecords(
          target,
          register as 'publications',
          rows as BenchDataset['publications'],
          ctx,
          {
            onProgress: () => {
              events += 1;
            },
          },
        );
      }
    });
    target.close();
    await deleteDatabase('bench-bulk-import');
    return { ms, progressEvents: events };
  },

  async exportAll() {
    const { ms, value } = await time(() =>
      exportAll(db, { appVersion: 'bench', exportedAt: new Date().toISOString() }),
    );
    return { ms, publications: value.stores.publications.length };
  },

  /**
   * A year's report from the database: read what the report needs, then compute. `whole` reads every
   * record as the report page's loadReportStores does; otherwise the indexed loadReportStoresForYear.
   */
  async reportFromDb(year: number, whole: boolean) {
    const format = formatForYear(year);
    if (!format) throw new Error(`no format for ${year}`);
    const t0 = performance.now();
    const stores = whole ? await loadReportStores(db) : await loadReportStoresForYear(db, year);
    const t1 = performance.now();
    const model = computeAnnualReport(stores, year, { agencyName: '测试县测试局' }, format);
    const t2 = performance.now();
    return {
      ms: t2 - t0,
      loadMs: t1 - t0,
      computeMs: t2 - t1,
      cells: Object.keys(model.cells).length,
      read: stores.publications.length,
    };
  },

  /** Saving one new, published item through the repository (validation, 索引号, audit) into ten years. */
  async savePublication(n: number) {
    const d = need();
    const ctx = { actor: '测试信息公开员', now: new Date().toISOString() };
    const input = {
      title: `测试县测试局关于基准测试事项${n}的通知`,
      formedDate: d.meta.today,
      publishedDate: d.meta.today,
      category: '通知公告',
      channels: ['website'],
      column: '通知公告',
    };
    const { ms, value } = await time(() => createRecord(db, 'publications', input, ctx));
    // Removed again so the list counts stay those of the generated data.
    await db.publications.delete(value.id);
    return { ms, indexNumber: value.indexNumber };
  },

  /** The in-memory part alone, in the browser: computeAnnualReport vs the plain loop. */
  reportInMemory(year: number) {
    const d = need();
    const stores = { ...registers(d), yearFigures: d.yearFigures, reportSnapshots: [] };
    const app = time(() => computeAnnualReport(stores, year, { agencyName: '测试县测试局' }));
    return app.then(async (a) => ({
      ms: a.ms,
      baselineMs: (await time(() => plainLoopReport(stores, year))).ms,
    }));
  },

  /** A request with a full timeline (补正, consultation, extension when there is one), by id. */
  async pickRequest(year: number) {
    const rows = await db.requests
      .where('receivedDate')
      .between(`${year}-01-01`, `${year}-12-31`, true, true)
      .toArray();
    const score = (r: (typeof rows)[number]) => new Set(r.events.map((e) => e.type)).size;
    const best = rows.reduce((a, b) => (score(b) > score(a) ? b : a));
    return { id: best.id, serial: best.serial, events: best.events.length };
  },

  /** Opening a request: read it and its calendar data, derive the deadlines. */
  async openRequest(id: string) {
    const { ms, value } = await time(async () => {
      const request = await db.requests.get(id);
      if (!request) throw new Error(`no request ${id}`);
      const [overrides, years] = await Promise.all([
        db.calendarOverrides.toArray(),
        db.calendarYears.toArray(),
      ]);
      const calendar = buildCalendar({ overrides, years });
      return computeDeadlines(request, calendar, { today: need().meta.today, dueSoonWorkingDays: 5 });
    });
    return { ms, replyDue: value.replyDue };
  },

  /**
   * The publications search digest: built from nothing (what the first search after start waits
   * for), then one search over every year answered from it (first page + total, as the list asks).
   */
  async searchDigest(q: string) {
    resetSearchDigests();
    await db.cache.clear();
    const built = await time(() => warmPublicationList(db, {}, 0));
    // Saved (the app does it a few seconds after building), then loaded as at the next start.
    await saveSearchDigestsNow(db);
    resetSearchDigests();
    const loaded = await time(() => warmPublicationList(db, {}, 0));
    const search = await time(() => queryPublicationList(db, { q }, { offset: 0, limit: 20, partial: true }));
    const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    return {
      buildMs: built.ms,
      loadMs: loaded.ms,
      searchMs: search.ms,
      total: search.value.mode === 'all' ? search.value.total : null,
      heapMb: heap ? heap / 2 ** 20 : null,
    };
  },

  /** The dashboard's reads for `today` (its window of years and each column's last item). */
  async dashboardData(today: string) {
    const year = Number(today.slice(0, 4));
    const { ms, value } = await time(() =>
      Promise.all([
        loadDashboardStores(db, year),
        lastPublishedByColumn(db, ['工作动态', '通知公告', '政策文件', '财政信息', '人事信息'], today),
      ]),
    );
    return { ms, publications: value[0].publications.length, requests: value[0].requests.length };
  },

  /**
   * The first start after updating from schema v2: a v2 database holding the generated records is
   * opened by the app's DeskDb, which runs the v3 and v4 upgrades (v3 fills unpublishedSince and
   * activeTo). Returns the load time (not measured here) and the upgrade time.
   */
  async upgradeFromV2() {
    const d = need();
    const name = 'bench-upgrade';
    await deleteDatabase(name);
    const old = new Dexie(name);
    applyV1(old);
    applyV2(old);
    await old.open();
    await old.transaction('rw', ['publications', 'requests', 'consultations', 'appeals'], async () => {
      await old.table('publications').bulkAdd(d.publications);
      await old.table('requests').bulkAdd(d.requests);
      await old.table('consultations').bulkAdd(d.consultations);
      await old.table('appeals').bulkAdd(d.appeals);
    });
    old.close();
    const upgraded = new DeskDb(name);
    const { ms } = await time(() => upgraded.open());
    const unpublished = await upgraded.publications.where('unpublishedSince').above('').count();
    upgraded.close();
    await deleteDatabase(name);
    return { ms, verno: SCHEMA_VERSION, unpublished };
  },

  /**
   * Baseline for exportAll: the stores it reads (every record table and the settings row) read with
   * the bare API, getAll per store in one transaction. Until 2026-12-05 only the four registers and
   * the year figures: not the letters (20,000 at county scale) nor the audit log exportAll reads too.
   */
  async rawReadAll() {
    const { ms, value } = await time(() => rawReadAll(db.name, [...EXPORTED_TABLES, 'settings']));
    return { ms, records: value };
  },

  /**
   * Restore of the whole database from a file's bytes (restoreBackup, as the backup page restores an
   * encrypted file: open and validate the file, save the current data first, replace everything in
   * one transaction, check the counts), from a backup of the database as it is, with each stage's time.
   */
  async restore(inWindow = false, password: string | null = null) {
    const built = { n: 0 };
    const deps = restoreDeps(inWindow, built);
    const { bytes } = await buildBackup(deps, password);
    const t0 = performance.now();
    const { outcome, stages } = await timedStages((onStage) =>
      restoreBackup(deps, bytes, password, { onStage }),
    );
    const t1 = performance.now();
    if (!outcome.ok) throw new Error(`restore failed at ${outcome.stage}`);
    // The backup before it and the safety backup: a worker that failed would measure the window.
    if (!inWindow && built.n !== 2) throw new Error(`the backup worker built ${built.n} of 2 backups`);
    return { ms: t1 - t0, t0, t1, stages, bytes: bytes.byteLength };
  },

  /**
   * The restore as the officer waits for it (issue 17): the backup page's preview made ready
   * (prepareRestore: the file opened, retention's count, the safety backup) while the preview is
   * shown for `holdMs` — reading it, ticking the confirmation — then the time from 确认恢复 to done.
   * With a `password`, an encrypted file: its safety backup alone is built during the preview.
   * `readyMs`: when the preparation had finished; `t0`–`t1`: the wait; `tp`: the preview's start.
   */
  async restoreConfirmed(holdMs = 3000, password: string | null = null) {
    const built = { n: 0 };
    const deps = restoreDeps(false, built);
    const { bytes } = await buildBackup(deps, password);
    const tp = performance.now();
    // An encrypted file: only the safety backup is built during the preview (prepareSafety).
    const safetyOnly = password ? prepareSafety(deps) : null;
    const prepared = password ? null : prepareRestore(deps, bytes, { current: null, today: '2026-12-05' });
    let readyMs = Number.NaN;
    void Promise.all([prepared?.retention, (prepared ?? safetyOnly)?.safety]).then(() => {
      readyMs = performance.now() - tp;
    });
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    const t0 = performance.now();
    const { outcome, stages } = await timedStages((onStage) =>
      prepared
        ? restorePrepared(deps, prepared, { onStage })
        : restoreBackup(deps, bytes, password, { onStage }, safetyOnly),
    );
    const t1 = performance.now();
    if (!outcome.ok) throw new Error(`restore failed at ${outcome.stage}`);
    if (built.n !== 2) throw new Error(`the backup worker built ${built.n} of 2 backups`);
    return { ms: t1 - t0, tp, t0, t1, stages, readyMs, holdMs };
  },

  /**
   * The JSON export (Settings → 导出) as the app builds it: in the backup worker, or (`inWindow`) in
   * the window as before issue 17's worker. Wall time and the file's size.
   */
  async exportJson(inWindow = false) {
    const benchWorker = () =>
      new Worker(new URL('./backup-worker.js', window.location.href), { type: 'module' });
    const exportJson = inWindow ? null : workerExportJson(benchWorker);
    const t0 = performance.now();
    const bytes = await buildJsonExport(
      { db, exportJson },
      { appVersion: 'bench', exportedAt: new Date().toISOString() },
    );
    const t1 = performance.now();
    return { ms: t1 - t0, t0, t1, bytes: bytes.byteLength };
  },

  /**
   * The retention run every start makes once the first screen is up (applyAnonymisation with the
   * stored setting; nothing is due on the bench's data), in the window: wall time and whether it ran.
   */
  /** Retention as the app runs it after a start: the look in the backup worker (`inWindow`: in the window). */
  async retention(inWindow = false) {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const look = inWindow ? null : workerRetentionLook(db, benchWorker);
    const t0 = performance.now();
    const run = await applyAnonymisation(db, { actor: 'bench', now: now.toISOString(), today }, { look });
    const t1 = performance.now();
    return { ms: t1 - t0, t0, t1, ran: run.ok, records: run.ok ? run.records.length : 0 };
  },

  freeData() {
    data = null;
  },

  ...letterApi(need),
};

declare global {
  interface Window {
    bench: typeof api;
  }
}
window.bench = api;
document.body.dataset.ready = '1';

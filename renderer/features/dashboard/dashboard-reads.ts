import { Dexie, type ObservabilitySet } from 'dexie';
import type { AppSettings } from '../../../shared/model/settings';
import { reportDeadline } from '../../../shared/monitoring/activity';
import { whenIdle } from '../../app/idle';
import { currentSettings, todayLocal } from '../../app/session';
import { baselinesFor, keptOpenYear, prefetchOpenYear } from '../../components/open-year';
import { hasKeptResult, runTablesQuery, writesTouch } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import { lastPublishedByColumn, loadDashboardStores } from '../../db/repositories/dashboard-data';
import { keptUntilWrite } from '../../db/repositories/kept-reads';
import { FIGURE_TABLES } from '../../db/repositories/report-data';
import { calendarOf, calendarRead } from '../calendar/use-work-calendar';
import { INSTALL_TABLES, readInstallState } from '../first-run/use-install-state';
import { dashboardFromYear, figuresOf } from './figures';

/**
 * The dashboard's reads, apart from its components (issue 17): a start opening on the dashboard
 * loads this module and begins them before the app's first render (routes.tsx `prefetchPage`),
 * while the page's own code (its cards and their antd components) is still loading.
 */

/** What the dashboard reads (loadDashboardStores, the install's state, the baselines): a write to any of them reads again. */
export const DASHBOARD_TABLES = [...new Set([...FIGURE_TABLES, 'letters', ...INSTALL_TABLES])];

/**
 * Everything the dashboard's figures are computed from, in one read (issue 17: the records, the
 * install's state and the baselines arrived one by one, each drawing the page again): a window of
 * years from `fromYear`, not ten years (renderer/db/repositories/dashboard-data.ts). The records are
 * kept until one of their tables is written (a later visit does not read the years again).
 */
async function readDashboard(
  fromYear: number,
  columns: readonly string[],
  today: string,
  baselines: AppSettings['baselines'],
  reportYear: number,
) {
  const [kept, install, baselinesOfYear] = await Promise.all([
    keptUntilWrite(
      db,
      DASHBOARD_TABLES,
      `dashboard:${fromYear}\n${today}\n${columns.join('\n')}`,
      async () => {
        const [stores, columnsLast] = await Promise.all([
          loadDashboardStores(db, fromYear),
          lastPublishedByColumn(db, columns, today),
        ]);
        readAgainAfterWrites(stores);
        return { stores, columnsLast };
      },
    ),
    readInstallState(),
    baselinesFor(baselines, reportYear),
  ]);
  return { ...kept, install, baselines: baselinesOfYear };
}

/** The dashboard's read for a day and a chart year: what the page asks and what a start prefetches. */
export function dashboardQuery(settings: AppSettings, today: string, chartYear: number) {
  const { reportYear } = reportDeadline(settings.profile.reportDueMonthDay, today);
  const fromYear = dashboardFromYear(today, chartYear, reportYear);
  const columns = settings.columns.map((c) => c.name);
  return {
    /** The first year of the window read (records since its 1 January). */
    fromYear,
    querier: () => readDashboard(fromYear, columns, today, settings.baselines, reportYear),
    // The querier's inputs (they also name the kept result: use-table-writes.ts).
    deps: [fromYear, columns.join('\n'), today, settings.baselines, reportYear],
  };
}

/**
 * The first screen's reads, started while the app's first render is being prepared (run.tsx,
 * issue 17): the records, the install's state, the baselines and the working-day calendar. The
 * dashboard then draws its figures in its first render instead of a spinner first. `yearParam`: the
 * address's `year` (the chart's year), '' for none.
 */
export async function prefetchDashboard(
  settings: AppSettings,
  today: string,
  yearParam: string,
): Promise<void> {
  const chartYear = Number(yearParam) || Number(today.slice(0, 4));
  const { querier, deps } = dashboardQuery(settings, today, chartYear);
  await Promise.all([
    runTablesQuery(db.name, DASHBOARD_TABLES, querier, deps),
    loadCalendarData(db).then(calendarOf),
  ]);
}

/**
 * The start's first reads when it opens on the dashboard: the page's figures and the open year, so
 * its first render draws them.
 */
export async function prefetch(settings: AppSettings, today: string, query: URLSearchParams): Promise<void> {
  await Promise.all([
    prefetchDashboard(settings, today, query.get('year') ?? ''),
    prefetchOpenYear(settings, today),
  ]);
}

/**
 * Up to this many records in the dashboard's window (its year's publications, requests and
 * consultations; a bureau's year: 800), a write to its tables reads it again in idle time.
 */
export const READ_AGAIN_MAX = 5000;
/** Writes closer together than this are one: the read begins this long after the last of them. */
const READ_AGAIN_AFTER_MS = 300;

/** Records in the dashboard's last read; null before the first. */
let lastReadSize: number | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/**
 * After a write, the dashboard read again and its figures computed in idle time (issue 17): 工作台
 * opened after a save was drawn twice — its spinner, then everything once the window of years was
 * read again and the figures computed (a bureau: 135–190 ms against 90–120 for a visit with no write
 * since). Begun by the dashboard's first read, and only while its window is a bureau's size: a
 * county's takes seconds, which would compete with the officer's next clicks.
 */
function readAgainAfterWrites(stores: {
  publications: unknown[];
  requests: unknown[];
  consultations: unknown[];
}) {
  lastReadSize = stores.publications.length + stores.requests.length + stores.consultations.length;
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (mutated: ObservabilitySet) => {
    if (lastReadSize === null || lastReadSize > READ_AGAIN_MAX) return;
    // `all` (a restore, a page back from the back/forward cache): the size may be another's now.
    if ('all' in mutated || !writesTouch(mutated, db.name, DASHBOARD_TABLES)) return;
    clearTimeout(timer);
    timer = setTimeout(
      () => whenIdle(() => void readAgain().catch(() => undefined), 2000),
      READ_AGAIN_AFTER_MS,
    );
  });
}

/** The dashboard's reads as the menu opens it (the open year's chart), then its figures, each in idle time. */
async function readAgain(): Promise<void> {
  const settings = currentSettings();
  const today = todayLocal();
  const open = await prefetchOpenYear(settings, today);
  // The page's chart year when the address names none (DashboardPage).
  const chartYear = open.year;
  const { querier, deps } = dashboardQuery(settings, today, chartYear);
  const [loaded, calendar] = await Promise.all([
    runTablesQuery(db.name, DASHBOARD_TABLES, querier, deps),
    loadCalendarData(db).then(calendarOf),
  ]);
  whenIdle(() => {
    try {
      figuresOf(loaded, settings, calendar, today, chartYear);
    } catch {
      // The page computes them again when opened, and shows what went wrong there.
    }
  }, 2000);
}

/**
 * After a start on another page, the dashboard read in idle time with its figures (routes.tsx
 * preloadRoutesWhenIdle, issue 17: its first visit then drew a spinner, read its window of years and
 * drew again — a bureau's 工作台 125 ms), only while its window is a bureau's size (≤ READ_AGAIN_MAX
 * records, counted a key at a time up to one more than that) and not read yet in this window.
 */
export async function idleRead(): Promise<void> {
  if (lastReadSize !== null) return;
  const settings = currentSettings();
  const today = todayLocal();
  const open = await prefetchOpenYear(settings, today);
  // The window the menu's visit reads (the open year's chart).
  const from = `${dashboardQuery(settings, today, open.year).fromYear}-01-01`;
  let left = READ_AGAIN_MAX + 1;
  const windows = [
    () => db.publications.where('listDate').aboveOrEqual(from),
    () => db.requests.where('activeTo').aboveOrEqual(from),
    () => db.consultations.where('date').aboveOrEqual(from),
  ];
  for (const records of windows) {
    left -= (await records().limit(left).primaryKeys()).length;
    if (left <= 0) return;
  }
  await readAgain();
}

/**
 * The dashboard's first render for this address would have its figures' reads (kept since they were
 * read, with no write since), the open year and the calendar: its first visit is drawn at once.
 */
export function keptFor(query: URLSearchParams): boolean {
  const settings = currentSettings();
  const today = todayLocal();
  const open = keptOpenYear(settings, today);
  if (!open || !calendarRead()) return false;
  const chartYear = Number(query.get('year')) || open.year;
  return hasKeptResult(db.name, DASHBOARD_TABLES, dashboardQuery(settings, today, chartYear).deps);
}

/** Test hook: forget the last read's size and any read again still to come. */
export function resetReadAgain(): void {
  lastReadSize = null;
  clearTimeout(timer);
}

import type { AppSettings } from '../../../shared/model/settings';
import { reportDeadline } from '../../../shared/monitoring/activity';
import { baselinesFor, prefetchOpenYear } from '../../components/open-year';
import { runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import { lastPublishedByColumn, loadDashboardStores } from '../../db/repositories/dashboard-data';
import { keptUntilWrite } from '../../db/repositories/kept-reads';
import { FIGURE_TABLES } from '../../db/repositories/report-data';
import { calendarOf } from '../calendar/use-work-calendar';
import { INSTALL_TABLES, readInstallState } from '../first-run/use-install-state';
import { dashboardFromYear } from './figures';

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
    querier: () => readDashboard(fromYear, columns, today, settings.baselines, reportYear),
    // The querier's inputs (they also name the kept result: use-table-writes.ts).
    deps: [fromYear, columns.join('\n'), today, settings.baselines, reportYear],
  };
}

/**
 * The first screen's reads, started while the app's first render is being prepared (main.tsx,
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

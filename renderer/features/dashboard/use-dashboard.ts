import { backupAgeDays } from '../../../shared/backup/age';
import { useEffect, useMemo, useState } from 'react';
import { reportDeadline } from '../../../shared/monitoring/activity';
import type { BackupStatus } from '../../../shared/ipc';
import { useSettings } from '../../app/session';
import { runTablesQuery, useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { lastPublishedByColumn, loadDashboardStores } from '../../db/repositories/dashboard-data';
import { keptUntilWrite } from '../../db/repositories/kept-reads';
import { FIGURE_TABLES } from '../../db/repositories/report-data';
import { recordsStartMonth } from '../../../shared/monitoring/monthly';
import { baselinesFor } from '../../components/open-year';
import { platform } from '../../platform';
import { INSTALL_TABLES, readInstallState } from '../first-run/use-install-state';
import { calendarOf, useWorkCalendar } from '../calendar/use-work-calendar';
import { loadCalendarData } from '../../db/repositories/calendar';
import type { AppSettings } from '../../../shared/model/settings';
import { dashboardFigures, dashboardFromYear } from './figures';

/** What the dashboard reads (loadDashboardStores, the install's state, the baselines): a write to any of them reads again. */
const DASHBOARD_TABLES = [...new Set([...FIGURE_TABLES, 'letters', ...INSTALL_TABLES])];

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
function dashboardQuery(settings: AppSettings, today: string, chartYear: number) {
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

export type BackupAge =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'never' }
  | { kind: 'ok'; days: number; at: string; name: string };

/** Age of the last backup to the external folder (USB stick), from the backup feature's status. */
export function useBackupAge(today: string): BackupAge {
  const [status, setStatus] = useState<BackupStatus | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    const fetchStatus = platform.backupStatus;
    if (typeof fetchStatus !== 'function') {
      setStatus({ error: 'notImplemented' });
      return;
    }
    fetchStatus({})
      .then((res) => live && setStatus(res.ok ? res : { error: res.message }))
      .catch((e: unknown) => live && setStatus({ error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);
  if (status === null) return { kind: 'loading' };
  if ('error' in status) return { kind: 'unavailable', reason: status.error };
  const last = status.lastExternal;
  if (!last) return { kind: 'never' };
  const days = backupAgeDays(last.at, today);
  return { kind: 'ok', days, at: last.at, name: last.name };
}

/** All dashboard figures for `today`; `chartYear` is the year the monthly chart shows. */
export function useDashboard(today: string, chartYear: number) {
  const settings = useSettings();
  const calendar = useWorkCalendar();
  const { querier, deps } = dashboardQuery(settings, today, chartYear);
  // Outside Dexie's live-query tracking (use-table-writes.ts: thousands of records at county scale).
  const loaded = useTablesQuery(db.name, DASHBOARD_TABLES, querier, deps);
  const install = loaded?.install;
  const figures = useMemo(
    () =>
      loaded
        ? dashboardFigures(
            { ...loaded.stores, baselines: loaded.baselines },
            loaded.columnsLast,
            settings,
            calendar,
            today,
            chartYear,
            recordsStartMonth(settings.recordsStart, loaded.install.firstDates, today),
          )
        : null,
    [loaded, settings, calendar, today, chartYear],
  );
  return { figures, settings, calendar, install };
}

export type { DashboardFigures } from './figures';

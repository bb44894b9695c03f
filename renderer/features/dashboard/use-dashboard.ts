import { backupAgeDays } from '../../../shared/backup/age';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { reportDeadline } from '../../../shared/monitoring/activity';
import type { BackupStatus } from '../../../shared/ipc';
import { useSettings } from '../../app/session';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { lastPublishedByColumn, loadDashboardStores } from '../../db/repositories/dashboard-data';
import { keptUntilWrite } from '../../db/repositories/kept-reads';
import { FIGURE_TABLES } from '../../db/repositories/report-data';
import { recordsStartMonth } from '../../../shared/monitoring/monthly';
import { baselinesFor } from '../../components/open-year';
import { platform } from '../../platform';
import { useInstallState } from '../first-run/use-install-state';
import { useWorkCalendar } from '../calendar/use-work-calendar';
import { dashboardFigures, dashboardFromYear } from './figures';

/** What the dashboard reads (loadDashboardStores): a write to any of them reads again. */
const DASHBOARD_TABLES = [...FIGURE_TABLES, 'letters'];

/**
 * The records the dashboard reads, live (an import or an edit elsewhere updates it at once): a window
 * of years from `fromYear`, not ten years (renderer/db/repositories/dashboard-data.ts).
 */
function useStores(fromYear: number, columns: readonly string[], today: string) {
  const columnsKey = columns.join('\n');
  // Outside Dexie's live-query tracking (use-table-writes.ts: thousands of records at county scale).
  return useTablesQuery(
    db.name,
    DASHBOARD_TABLES,
    // Kept until one of the tables is written: a later visit does not read the years again.
    () =>
      keptUntilWrite(db, DASHBOARD_TABLES, `dashboard:${fromYear}\n${today}\n${columnsKey}`, async () => {
        const [stores, columnsLast] = await Promise.all([
          loadDashboardStores(db, fromYear),
          lastPublishedByColumn(db, columns, today),
        ]);
        return { stores, columnsLast };
      }),
    [fromYear, columnsKey, today],
  );
}

export type BackupAge =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'never' }
  | { kind: 'ok'; days: number; at: string; name: string };

/** Age of the last backup to the external folder (USB stick), from the backup feature's status. */
function useBackupAge(today: string): BackupAge {
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
  const backup = useBackupAge(today);
  const { reportYear } = reportDeadline(settings.profile.reportDueMonthDay, today);
  const loaded = useStores(
    dashboardFromYear(today, chartYear, reportYear),
    settings.columns.map((c) => c.name),
    today,
  );
  const install = useInstallState();
  const baselines = useLiveQuery(
    () => baselinesFor(settings.baselines, reportYear),
    [settings.baselines, reportYear],
  );
  const figures = useMemo(
    () =>
      loaded && install && baselines
        ? dashboardFigures(
            { ...loaded.stores, baselines },
            loaded.columnsLast,
            settings,
            calendar,
            today,
            chartYear,
            recordsStartMonth(settings.recordsStart, install.firstDates, today),
          )
        : null,
    [loaded, settings, calendar, today, chartYear, install, baselines],
  );
  return { figures, settings, backup, calendar, install };
}

export type { DashboardFigures } from './figures';

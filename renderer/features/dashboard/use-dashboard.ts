import { backupAgeDays } from '../../../shared/backup/age';
import { useEffect, useMemo, useState } from 'react';
import type { BackupStatus } from '../../../shared/ipc';
import { useSettings } from '../../app/session';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { recordsStartMonth } from '../../../shared/monitoring/monthly';
import { platform } from '../../platform';
import { useWorkCalendar } from '../calendar/use-work-calendar';
import { DASHBOARD_TABLES, dashboardQuery } from './dashboard-reads';
import { type DashboardFigures, dashboardFigures } from './figures';
import type { AppSettings } from '../../../shared/model/settings';
import type { WorkCalendar } from '../../../shared/calendar/work-calendar';

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
    () => (loaded ? figuresOf(loaded, settings, calendar, today, chartYear) : null),
    [loaded, settings, calendar, today, chartYear],
  );
  return { figures, settings, calendar, install };
}

export type { DashboardFigures } from './figures';

/** What the dashboard's read gives (dashboard-reads.ts): kept until a table is written. */
type DashboardRead = Awaited<ReturnType<ReturnType<typeof dashboardQuery>['querier']>>;

interface KeptFigures {
  settings: AppSettings;
  calendar: WorkCalendar;
  today: string;
  chartYear: number;
  figures: DashboardFigures;
}

/**
 * The figures last computed from each read (the same object on a later visit while no table was
 * written), for the same settings, calendar, day and chart year: the dashboard opened again draws
 * them without computing them again (issue 17: they include the report year's checks, a computation
 * of the year's report — at county scale most of a later visit's 113 ms task).
 */
const computed = new WeakMap<DashboardRead, KeptFigures>();

export function figuresOf(
  loaded: DashboardRead,
  settings: AppSettings,
  calendar: WorkCalendar,
  today: string,
  chartYear: number,
): DashboardFigures {
  const kept = computed.get(loaded);
  if (
    kept &&
    kept.settings === settings &&
    kept.calendar === calendar &&
    kept.today === today &&
    kept.chartYear === chartYear
  )
    return kept.figures;
  const figures = dashboardFigures(
    { ...loaded.stores, baselines: loaded.baselines },
    loaded.columnsLast,
    settings,
    calendar,
    today,
    chartYear,
    recordsStartMonth(settings.recordsStart, loaded.install.firstDates, today),
  );
  computed.set(loaded, { settings, calendar, today, chartYear, figures });
  return figures;
}

import { backupAgeDays } from '../../../shared/backup/age';
import { useEffect, useMemo, useState } from 'react';
import type { BackupStatus } from '../../../shared/ipc';
import { useSettings } from '../../app/session';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { platform } from '../../platform';
import { useWorkCalendar } from '../calendar/use-work-calendar';
import { DASHBOARD_TABLES, dashboardQuery } from './dashboard-reads';
import { figuresOf } from './figures';

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

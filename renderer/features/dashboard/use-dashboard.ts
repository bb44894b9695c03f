import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { addWorkingDays } from '../../../shared/calendar';
import { yearOf } from '../../../shared/model';
// Direct module imports: the monitoring index also carries the bulletin's .xlsx writer (SheetJS),
// which the first screen should not load.
import {
  consultationsByChannel,
  reportDeadline,
  requestsByOutcome,
  requestsNeedingAttention,
} from '../../../shared/monitoring/activity';
import { columnFreshness } from '../../../shared/monitoring/columns';
import { monthSummary, thisMonthAgainstQuota } from '../../../shared/monitoring/monthly';
import { latePublications, unpublishedItems } from '../../../shared/monitoring/timeliness';
import { computeAnnualReport, NoReportFormatError, type ReportCheck } from '../../../shared/report';
import type { BackupStatus } from '../../../shared/ipc';
import { useSettings } from '../../app/session';
import { db } from '../../db/database';
import { platform } from '../../platform';
import { useWorkCalendar } from '../calendar/use-work-calendar';

/** Every store the dashboard reads, live: an import or an edit elsewhere updates it at once. */
function useStores() {
  return useLiveQuery(async () => {
    const [publications, requests, consultations, appeals, yearFigures, reportSnapshots] = await Promise.all([
      db.publications.toArray(),
      db.requests.toArray(),
      db.consultations.toArray(),
      db.appeals.toArray(),
      db.yearFigures.toArray(),
      db.reportSnapshots.toArray(),
    ]);
    const live = <T extends { deletedAt: string | null }>(xs: T[]) => xs.filter((x) => !x.deletedAt);
    return {
      publications: live(publications),
      requests: live(requests),
      consultations: live(consultations),
      appeals: live(appeals),
      yearFigures,
      reportSnapshots,
    };
  }, []);
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
  // The backup time is an instant; its age in whole days is counted on the office's calendar.
  const d = new Date(last.at);
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${local}T00:00:00Z`)) / 86_400_000);
  return { kind: 'ok', days, at: last.at, name: last.name };
}

/** All dashboard figures for `today`; `chartYear` is the year the monthly chart shows. */
export function useDashboard(today: string, chartYear: number) {
  const stores = useStores();
  const settings = useSettings();
  const calendar = useWorkCalendar();
  const backup = useBackupAge(today);

  const figures = useMemo(() => {
    if (!stores) return null;
    const year = yearOf(today);
    const month = Number(today.slice(5, 7));
    const addWD = (from: string, n: number) => addWorkingDays(calendar, from, n);
    const pubs = stores.publications;
    const deadline = reportDeadline(settings.profile.reportDueMonthDay, today);
    let checks: ReportCheck[] | null = null;
    try {
      checks = computeAnnualReport({ ...stores }, deadline.reportYear, settings.profile).checks;
    } catch (e) {
      // A year before the 2021 format has no report format: no checks to show.
      if (!(e instanceof NoReportFormatError)) throw e;
    }
    return {
      attention: requestsNeedingAttention(stores.requests, calendar, today, settings.dueSoonWorkingDays),
      quota: thisMonthAgainstQuota(pubs, settings.monthlyQuota, today),
      months: monthSummary(pubs, chartYear, settings.monthlyQuota, today),
      columns: columnFreshness(pubs, settings.columns, today),
      unpublished: unpublishedItems(pubs, today, addWD),
      late: latePublications(pubs, addWD, { from: `${year}-01-01`, to: today }),
      deadline,
      checks,
      consultations: consultationsByChannel(stores.consultations, year, month),
      outcomes: requestsByOutcome(stores.requests, year, today),
      publications: pubs,
    };
  }, [stores, settings, calendar, today, chartYear]);

  return { figures, settings, backup, calendar };
}

export type DashboardFigures = NonNullable<ReturnType<typeof useDashboard>['figures']>;

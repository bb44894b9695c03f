import { addWorkingDays, type WorkCalendar } from '../../../shared/calendar';
import { type AppSettings, yearOf } from '../../../shared/model';
// Direct module imports: the monitoring index also carries the bulletin's .xlsx writer (SheetJS),
// which the first screen should not load.
import {
  consultationsByChannel,
  reportDeadline,
  requestsByOutcome,
  requestsNeedingAttention,
} from '../../../shared/monitoring/activity';
import { lateLetters } from '../../../shared/letters/register';
import { columnFreshness } from '../../../shared/monitoring/columns';
import { monthSummary, thisMonthAgainstQuota } from '../../../shared/monitoring/monthly';
import { latePublications, unpublishedItems } from '../../../shared/monitoring/timeliness';
import {
  computeAnnualReport,
  NoReportFormatError,
  type ReportCheck,
  type ReportStores,
} from '../../../shared/report';
import type { DashboardStores } from '../../db/repositories/dashboard-data';

/** The first year the dashboard reads: this year, the year of the next report, the chart's year. */
export function dashboardFromYear(today: string, chartYear: number, reportYear: number): number {
  return Math.min(yearOf(today), reportYear, chartYear);
}

/**
 * Every dashboard figure from its records (pure: the hook reads the records, tests compare a window
 * of records with every record). `columnsLast`: each column's last publication date (see
 * columnFreshness).
 */
export function dashboardFigures(
  stores: DashboardStores & Pick<ReportStores, 'baselines'>,
  columnsLast: ReadonlyMap<string, string>,
  settings: AppSettings,
  calendar: WorkCalendar,
  today: string,
  chartYear: number,
  /** "YYYY-MM": months before it are not blank months (settings.recordsStart / first record). */
  recordsStart: string | null = null,
) {
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
    months: monthSummary(pubs, chartYear, settings.monthlyQuota, today, recordsStart),
    columns: columnFreshness(pubs, settings.columns, today, columnsLast, recordsStart),
    unpublished: unpublishedItems(pubs, today, addWD),
    late: latePublications(pubs, addWD, { from: `${year}-01-01`, to: today }),
    deadline,
    checks,
    consultations: consultationsByChannel(stores.consultations, year, month),
    outcomes: requestsByOutcome(stores.requests, year, today),
    // Letters issued after their statutory date this year (DOMAIN.md §10: counted where lateness is).
    lateLetters: { year, ...lateLetters(stores.letters ?? [], `${year}-01-01`, today) },
  };
}

export type DashboardFigures = ReturnType<typeof dashboardFigures>;

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
import { monthSummary, recordsStartMonth, thisMonthAgainstQuota } from '../../../shared/monitoring/monthly';
import { latePublications, unpublishedItems } from '../../../shared/monitoring/timeliness';
import {
  computeAnnualReport,
  NoReportFormatError,
  type ReportCheck,
  type ReportStores,
} from '../../../shared/report';
import type { DashboardStores } from '../../db/repositories/dashboard-data';
import type { dashboardQuery } from './dashboard-reads';

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

/** What the dashboard's read gives (dashboard-reads.ts): kept until a table is written. */
export type DashboardRead = Awaited<ReturnType<ReturnType<typeof dashboardQuery>['querier']>>;

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

import { Radio, Tooltip } from 'antd';
import type { AppSettings } from '../../shared/model/settings';
import { useTranslation } from 'react-i18next';
import { type OpenYear, yearBeingClosed } from '../../shared/report/year-being-closed';
import { todayLocal, useSettings } from '../app/session';
import { db } from '../db/database';
import { keptQueryResult, runTablesQuery, useTablesQuery } from './use-table-writes';

/**
 * Does the app hold any record of `year`? One key at most from each index. (Not `.limit(1).count()`:
 * IndexedDB counts the whole range, and Dexie cannot limit a count — 20,000 keys a year at county
 * scale, 0.3–0.7 s of the start's database time; issue 17.)
 */
export async function hasRecordsOf(year: number): Promise<boolean> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const found = await Promise.all([
    db.publications.where('listDate').between(from, to, true, true).limit(1).primaryKeys(),
    db.requests.where('receivedDate').between(from, to, true, true).limit(1).primaryKeys(),
    db.consultations.where('date').between(from, to, true, true).limit(1).primaryKeys(),
  ]);
  return found.some((keys) => keys.length > 0);
}

/**
 * Last years' figures typed in at first run (settings.baselines), for the report of `year`: only
 * when the app holds no records of the year before (then they stand in for them; see
 * shared/report/apply-baseline.ts and docs/report-numbers.md).
 */
export async function baselinesFor<T extends { year: number }>(
  baselines: readonly T[],
  year: number,
): Promise<T[]> {
  const own = baselines.filter((b) => b.year === year - 1);
  if (own.length === 0) return [];
  return (await hasRecordsOf(year - 1)) ? [] : own;
}

/** What the open year is read from. */
const OPEN_YEAR_TABLES = ['reportSnapshots', 'publications', 'requests', 'consultations'];

/** The open year's read for a day and a report due date: what the hook asks and a start prefetches. */
function openYearQuery(today: string, due: string) {
  return {
    querier: async () => {
      const last = Number(today.slice(0, 4)) - 1;
      const [finalised, withRecords] = await Promise.all([
        db.reportSnapshots.where('year').equals(last).count(),
        hasRecordsOf(last),
      ]);
      return yearBeingClosed({
        today,
        reportDueMonthDay: due,
        finalisedYears: finalised > 0 ? [last] : [],
        yearsWithRecords: withRecords ? [last] : [],
      });
    },
    deps: [today, due],
  };
}

/**
 * The year the report, dashboard and lists open on (shared/report/year-being-closed.ts): last year
 * from January until its report is finalised, else this year. Undefined while reading; read again
 * after any write to the tables it comes from (use-table-writes.ts), and drawn at once when the
 * start has read it already (prefetchOpenYear).
 */
export function useOpenYear(): OpenYear | undefined {
  const settings = useSettings();
  const { querier, deps } = openYearQuery(todayLocal(), settings.profile.reportDueMonthDay);
  // A saved record seldom changes the open year: the app's shell is not drawn again for it.
  return useTablesQuery(db.name, OPEN_YEAR_TABLES, querier, deps, sameOpenYear);
}

const sameOpenYear = (a: OpenYear, b: OpenYear) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The open year, read while the app's first render is prepared (run.tsx; issue 17) or outside a
 * component; kept for useOpenYear's first render.
 */
export function prefetchOpenYear(settings: AppSettings, today: string): Promise<OpenYear> {
  const { querier, deps } = openYearQuery(today, settings.profile.reportDueMonthDay);
  return runTablesQuery(db.name, OPEN_YEAR_TABLES, querier, deps);
}

/**
 * While last year is being closed: the two years side by side, one click apart. Shows nothing
 * otherwise (the page's own year choice is enough then).
 */
export function OpenYearSwitch({
  open,
  value,
  onChange,
}: {
  open: OpenYear | undefined;
  value: number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation('common');
  if (!open?.closing) return null;
  return (
    <Tooltip title={t('openYear.hint', { year: open.year })}>
      <Radio.Group
        size="small"
        optionType="button"
        value={value}
        data-testid="open-year-switch"
        onChange={(e) => onChange(Number(e.target.value))}
        options={[
          { value: open.year, label: t('openYear.closing', { year: open.year }) },
          { value: open.other, label: t('openYear.current', { year: open.other }) },
        ]}
      />
    </Tooltip>
  );
}

/** The open year if it is kept for this day (useOpenYear's first render then has it), else null. */
export function keptOpenYear(settings: AppSettings, today: string): OpenYear | null {
  const { deps } = openYearQuery(today, settings.profile.reportDueMonthDay);
  return keptQueryResult<OpenYear>(db.name, OPEN_YEAR_TABLES, deps)?.value ?? null;
}

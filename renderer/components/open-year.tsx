import { Radio, Tooltip } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { type OpenYear, yearBeingClosed } from '../../shared/report/year-being-closed';
import { todayLocal, useSettings } from '../app/session';
import { db } from '../db/database';

/** Does the app hold any record of `year`? (Index look-ups, one row at most each.) */
async function hasRecordsOf(year: number): Promise<boolean> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const counts = await Promise.all([
    db.publications.where('listDate').between(from, to, true, true).limit(1).count(),
    db.requests.where('receivedDate').between(from, to, true, true).limit(1).count(),
    db.consultations.where('date').between(from, to, true, true).limit(1).count(),
  ]);
  return counts.some((n) => n > 0);
}

/**
 * The year the report, dashboard and lists open on (shared/report/year-being-closed.ts): last year
 * from January until its report is finalised, else this year. Undefined while reading.
 */
export function useOpenYear(): OpenYear | undefined {
  const settings = useSettings();
  const today = todayLocal();
  const due = settings.profile.reportDueMonthDay;
  return useLiveQuery(async () => {
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
  }, [today, due]);
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

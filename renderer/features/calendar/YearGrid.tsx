import { type KeyboardEvent, memo, type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type DayInfo, holidayName, type WorkCalendar } from '../../../shared/calendar';
import { daysInMonth, formatDate, weekday } from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { dayAfterKey } from './day-keys';

const KIND_STYLE: Record<DayInfo['kind'], React.CSSProperties> = {
  workday: {},
  weekend: { color: '#999' },
  holiday: { backgroundColor: '#fdecea', color: '#b71c1c', fontWeight: 600 },
  makeupWorkday: { backgroundColor: '#e8f0fe', color: '#1a4fa0', fontWeight: 600 },
};

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const MARK: Partial<Record<DayInfo['kind'], string>> = { holiday: '休', makeupWorkday: '班' };

const DAY_KINDS: DayInfo['kind'][] = ['workday', 'weekend', 'holiday', 'makeupWorkday'];

/** Stand-ins for a day's values in its title's wording, translated once per month. */
const DATE = '\u0000date';
const KIND = '\u0000kind';
const NAME = '\u0000name';

/**
 * A day's title from the wording translated with the stand-ins (issue 17: two translations per day,
 * 730 a year, were a quarter of the page's render).
 */
export function dayTitle(wording: string) {
  return (date: string, kind: string, name: string) =>
    wording
      .replace(DATE, () => date)
      .replace(KIND, () => kind)
      .replace(NAME, () => name);
}

function Month({
  year,
  month,
  calendar,
  onDayClick,
  active,
}: {
  year: number;
  month: number;
  calendar: WorkCalendar;
  onDayClick: (info: DayInfo) => void;
  /** The grid's one Tab stop (the day last moved to). */
  active: RefObject<string>;
}) {
  const { t, i18n } = useTranslation('clock');
  const names = t('calendar.monthNames').split(',');
  const weekdays = t('calendar.weekdays').split(',');
  const kinds = Object.fromEntries(DAY_KINDS.map((k) => [k, t(`calendar.kind.${k}`)])) as Record<
    DayInfo['kind'],
    string
  >;
  const title = dayTitle(t('calendar.dayTitle', { date: DATE, kind: KIND, name: NAME }));
  // Monday-first, as Chinese office calendars are printed.
  const order = [1, 2, 3, 4, 5, 6, 0];
  const first = formatDate(year, month, 1);
  const lead = (weekday(first) + 6) % 7;
  const cells: (DayInfo | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysInMonth(year, month); d++)
    cells.push(calendar.describe(formatDate(year, month, d)));
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: 8 }} data-testid={`month-${month}`}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{names[month - 1]}</div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(7, 1fr)',
          gap: 2,
          fontSize: 12,
          textAlign: 'center',
        }}
      >
        {order.map((w) => (
          <div key={`h${w}`} style={{ color: '#999' }}>
            {weekdays[w]}
          </div>
        ))}
        {cells.map((info, i) =>
          info ? (
            // The day's description as the button's own title (the browser's tooltip), not an antd
            // Tooltip: 365 of those made the page's render the slowest of the app (issue 17). Its
            // look from app.css by kind and source (365 inline styles were a sixth of the render).
            <button
              key={info.date}
              type="button"
              className="desk-day"
              title={title(
                info.date,
                kinds[info.kind],
                [holidayName(info, i18n.language), info.note]
                  .filter(Boolean)
                  .map((s) => ` · ${s}`)
                  .join(''),
              )}
              data-testid={`day-${info.date}`}
              data-date={info.date}
              tabIndex={info.date === active.current ? 0 : -1}
              data-kind={info.kind}
              data-source={info.source}
              onClick={() => onDayClick(info)}
            >
              {Number(info.date.slice(8))}
              {MARK[info.kind] && <span className="desk-day-mark">{MARK[info.kind]}</span>}
            </button>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: leading blanks of a month have no identity.
            <div key={`blank-${i}`} />
          ),
        )}
      </div>
    </div>
  );
}

/**
 * A year as twelve month grids, holidays (休) and make-up working days (班) marked. Drawn again only
 * when the year, the calendar or the click handler change (issue 17: a day's dialog opening or
 * closing drew the 365 days again).
 */
export const YearGrid = memo(function YearGrid(props: {
  year: number;
  calendar: WorkCalendar;
  onDayClick: (info: DayInfo) => void;
}) {
  // From the keyboard the year is one Tab stop (today, or the year's first day), not 365: the arrow
  // keys, Home/End and PageUp/PageDown move (day-keys.ts), Enter opens the day. The stop is moved on
  // the buttons themselves, not by drawing the 365 days again at each key.
  const active = useRef('');
  if (active.current.slice(0, 4) !== String(props.year)) {
    const today = todayLocal();
    active.current = today.startsWith(String(props.year)) ? today : formatDate(props.year, 1, 1);
  }
  // The day with the focus (moved to, or clicked) becomes the Tab stop.
  const makeStop = (grid: HTMLElement, day: HTMLElement, date: string) => {
    if (date === active.current) return;
    const was = grid.querySelector<HTMLElement>(`button[data-date="${active.current}"]`);
    if (was) was.tabIndex = -1;
    day.tabIndex = 0;
    active.current = date;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = (e.target as HTMLElement).dataset?.date;
    if (!from) return;
    const to = dayAfterKey(from, e.key, props.year);
    if (to === null) return;
    e.preventDefault();
    const button = e.currentTarget.querySelector<HTMLElement>(`button[data-date="${to}"]`);
    if (!button) return;
    makeStop(e.currentTarget, button, to);
    button.focus();
  };
  return (
    <div
      data-testid={`year-grid-${props.year}`}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12 }}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const date = (e.target as HTMLElement).dataset?.date;
        if (date) makeStop(e.currentTarget, e.target as HTMLElement, date);
      }}
    >
      {MONTHS.map((m) => (
        <Month key={m} month={m} active={active} {...props} />
      ))}
    </div>
  );
});

export function Legend() {
  const { t } = useTranslation('clock');
  const chip = (style: React.CSSProperties, text: string, mark?: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, marginRight: 16, fontSize: 12 }}>
      <span style={{ ...style, display: 'inline-block', width: 18, textAlign: 'center', borderRadius: 3 }}>
        {mark ?? '1'}
      </span>
      {text}
    </span>
  );
  return (
    <div>
      {chip(KIND_STYLE.holiday, t('calendar.legend.holiday'), '休')}
      {chip(KIND_STYLE.makeupWorkday, t('calendar.legend.makeup'), '班')}
      {chip(KIND_STYLE.weekend, t('calendar.legend.weekend'))}
      {chip({ border: '1px dashed #fa8c16' }, t('calendar.legend.override'))}
    </div>
  );
}

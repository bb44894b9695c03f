import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildCalendar, type WorkCalendar } from '../../../shared/calendar';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';

type CalendarData = Awaited<ReturnType<typeof loadCalendarData>>;
const EMPTY: CalendarData = { overrides: [], years: [] };
/** The data last read and the calendar built from it (issue 17): one calendar object across visits. */
let last: { data: CalendarData; key: string; calendar: WorkCalendar } | null = null;

export function calendarOf(data: CalendarData): WorkCalendar {
  return lastFor(data).calendar;
}

function lastFor(data: CalendarData) {
  const key = JSON.stringify(data);
  if (last?.key !== key) last = { data, key, calendar: buildCalendar(data) };
  return last;
}

/** Has the calendar been read in this window (useWorkCalendar's first render then has it)? */
export function calendarRead(): boolean {
  return last !== null;
}

/**
 * The working-day calendar, read live from Dexie: an override added on the calendar page changes
 * every due date on screen at once (nothing derived is stored). Until the stores are first read, the
 * bundled official calendar is used (it is what an empty store means anyway).
 */
export function useWorkCalendar(): WorkCalendar {
  return useCalendarData().calendar;
}

/**
 * The calendar's stores as read (the 工作日历 page shows its overrides and years) with the calendar
 * built from them. Until this visit's read is in, the data read last (the calendar's stores rarely
 * change); the same data gives the same calendar object, so what was derived from it (counts kept per
 * calendar, memoised figures, the page's year grid) is not computed or drawn again on each visit. A
 * read that finds the same data gives the data read last: the page is then not drawn again.
 */
export function useCalendarData(): { data: CalendarData; calendar: WorkCalendar } {
  const data =
    useLiveQuery(async () => lastFor(await loadCalendarData(db)).data, [], last?.data ?? EMPTY) ?? EMPTY;
  return useMemo(() => ({ data, calendar: calendarOf(data) }), [data]);
}

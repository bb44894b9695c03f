import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildCalendar, type WorkCalendar } from '../../../shared/calendar';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';

const EMPTY = { overrides: [], years: [] };

/**
 * The working-day calendar, read live from Dexie: an override added on the calendar page changes
 * every due date on screen at once (nothing derived is stored). Until the stores are read, the
 * bundled official calendar is used (it is what an empty store means anyway).
 */
export function useWorkCalendar(): WorkCalendar {
  const data = useLiveQuery(() => loadCalendarData(db), [], EMPTY) ?? EMPTY;
  return useMemo(() => buildCalendar(data), [data]);
}

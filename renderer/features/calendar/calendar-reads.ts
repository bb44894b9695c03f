import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import { calendarOf, calendarRead } from './use-work-calendar';

/**
 * 工作日历's first reads (routes.tsx): the calendar's stores, read before a first visit or a start
 * straight into the page when no page has read them yet in this window, so that its year grid is
 * drawn once with them rather than first from the bundled calendar alone (issue 17).
 */
export async function prefetch(): Promise<void> {
  calendarOf(await loadCalendarData(db));
}

/** Read by another page already (every deadline uses the calendar): the visit is drawn at once. */
export function keptFor(): boolean {
  return calendarRead();
}

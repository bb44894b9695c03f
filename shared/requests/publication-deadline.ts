import type { WorkCalendar } from '../calendar/work-calendar';
import { countWorkingDays, workingDaysBetween } from '../calendar/working-days';
import type { DateString } from '../model/dates';
import type { Publication } from '../model/records';
import { CLOCK_RULES } from './clock-rules';

/**
 * 条例第二十六条: proactive disclosures are published within 20 working days of the information
 * being formed or changed. Derived like every other due date, so a calendar edit updates it.
 */
export interface PublicationClock {
  due: DateString;
  /** Published after the due date. */
  late: boolean;
  /** Not published yet and the due date has passed. */
  overdue: boolean;
  /** Working days from formed to published; null while unpublished. */
  workingDaysTaken: number | null;
  /** Working days left while unpublished (negative when overdue); null once published. */
  workingDaysLeft: number | null;
  unknownYears: number[];
}

export function publicationClock(
  pub: Pick<Publication, 'formedDate' | 'publishedDate'>,
  calendar: WorkCalendar,
  today: DateString,
): PublicationClock {
  const count = countWorkingDays(calendar, pub.formedDate, CLOCK_RULES.publicationWorkingDays);
  const published = pub.publishedDate;
  return {
    due: count.date,
    late: published !== null && published > count.date,
    overdue: published === null && today > count.date,
    workingDaysTaken: published === null ? null : workingDaysBetween(calendar, pub.formedDate, published),
    workingDaysLeft: published === null ? workingDaysBetween(calendar, today, count.date) : null,
    unknownYears: count.unknownYears,
  };
}

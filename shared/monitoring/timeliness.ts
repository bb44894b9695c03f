import type { DateString } from '../model/dates';
import { CLOCK_RULES } from '../requests/clock-rules';
import { isLive } from './monthly';

/**
 * 条例第二十六条: proactive information is published within 20 working days of being formed or
 * changed. Working days come from the calendar (shared/calendar): callers pass
 * `(from, n) => addWorkingDays(calendar, from, n)`, so this stays free of calendar data.
 */
export const PUBLISH_WITHIN_WORKING_DAYS: number = CLOCK_RULES.publicationWorkingDays;

export type AddWorkingDays = (from: DateString, n: number) => DateString;

export interface TimedItem {
  id: string;
  title: string;
  formedDate: DateString;
  publishedDate: DateString | null;
  deletedAt?: string | null;
}

export interface UnpublishedItem {
  id: string;
  title: string;
  formedDate: DateString;
  /** The last day to publish (formed day = day 0). */
  dueDate: DateString;
  overdue: boolean;
}

export interface LatePublication {
  id: string;
  title: string;
  formedDate: DateString;
  publishedDate: DateString;
  dueDate: DateString;
}

/** Formed but not yet published, the most urgent first. */
export function unpublishedItems(
  items: readonly TimedItem[],
  today: DateString,
  addWorkingDays: AddWorkingDays,
): UnpublishedItem[] {
  return items
    .filter((p) => isLive(p) && p.publishedDate === null)
    .map((p) => {
      const dueDate = addWorkingDays(p.formedDate, PUBLISH_WITHIN_WORKING_DAYS);
      return { id: p.id, title: p.title, formedDate: p.formedDate, dueDate, overdue: today > dueDate };
    })
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/**
 * Published after their 20 working days. `range` limits to publications dated within it
 * (inclusive), e.g. this year for the dashboard or one month for the bulletin.
 */
export function latePublications(
  items: readonly TimedItem[],
  addWorkingDays: AddWorkingDays,
  range?: { from: DateString; to: DateString },
): LatePublication[] {
  const late: LatePublication[] = [];
  for (const p of items) {
    const published = p.publishedDate;
    if (!published || !isLive(p)) continue;
    if (range && (published < range.from || published > range.to)) continue;
    const dueDate = addWorkingDays(p.formedDate, PUBLISH_WITHIN_WORKING_DAYS);
    if (published > dueDate)
      late.push({ id: p.id, title: p.title, formedDate: p.formedDate, publishedDate: published, dueDate });
  }
  return late.sort((a, b) =>
    a.publishedDate < b.publishedDate ? 1 : a.publishedDate > b.publishedDate ? -1 : 0,
  );
}

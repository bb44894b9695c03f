import type { Publication } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { filterFrom, paramOf } from '../../components/filter-params';
import { type PagedListSource, prefetchPagedList } from '../../components/use-paged-list';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import {
  countPublicationList,
  type PublicationListFilter,
  queryPublicationList,
  recordPredicate,
  warmPublicationList,
} from '../../db/repositories/publication-list';
import { calendarOf } from '../calendar/use-work-calendar';

/** The list's filters in the address (`late`: 逾期公开, derived from the working-day calendar). */
const FILTER_PARAMS = ['year', 'month', 'q', 'category', 'validity', 'status', 'kind', 'column'] as const;

/** The list's filter as the address gives it, without the derived 逾期公开 condition. */
export function publicationFilterOf(get: (name: string) => string): PublicationListFilter {
  return filterFrom(FILTER_PARAMS, get);
}

/**
 * The publications list's reads for a filter: what the page shows and what a start straight into
 * the list reads ahead (issue 17). `late`: 逾期公开 with the calendar's version and the day it
 * depends on, null for none.
 */
export function publicationListSource(
  filter: PublicationListFilter,
  late: { isLate: (p: Publication) => boolean; calendarVersion: string | number; today: string } | null,
): PagedListSource<Publication> {
  const withLate: PublicationListFilter = { ...filter, extra: late ? late.isLate : null };
  return {
    key: `${JSON.stringify(withLate)}|${late ? `late:${late.calendarVersion}:${late.today}` : ''}`,
    pagesInDb: recordPredicate(withLate) === null,
    query: (page) => queryPublicationList(db, withLate, page),
    count: () => countPublicationList(db, withLate),
    warm: (total, signal) => warmPublicationList(db, withLate, total, signal),
    keep: { dbName: db.name, tables: ['publications'] },
  };
}

/**
 * A start straight into 主动公开 (routes.tsx prefetchRoute): the list's first page and count and the
 * working-day calendar, read before the app's first render, so the list is drawn with its rows. A
 * 逾期公开 filter (it needs the calendar's answer per record) is left to the page.
 */
export async function prefetch(
  _settings: AppSettings,
  _today: string,
  query: URLSearchParams,
): Promise<void> {
  const calendar = loadCalendarData(db).then(calendarOf);
  if (!query.get('late'))
    await prefetchPagedList(publicationListSource(publicationFilterOf(paramOf(query)), null));
  await calendar;
}

/** Its first page is small: read in idle time after the start, for the list's first visit. */
export const whenIdle = true;

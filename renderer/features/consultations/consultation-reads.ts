import type { Consultation } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { filterFrom, paramOf } from '../../components/filter-params';
import { type PagedListSource, prefetchPagedList } from '../../components/use-paged-list';
import { db } from '../../db/database';
import {
  consultationPredicate,
  countConsultationList,
  queryConsultationList,
  warmConsultationList,
} from '../../db/repositories/consultation-list';

/** The list's filter as the address gives it. */
export function consultationFilterOf(get: (name: string) => string) {
  return filterFrom(['year', 'month', 'q', 'channel'] as const, get);
}

/** The consultations list's reads for a filter: what the page shows and what a start reads ahead. */
export function consultationListSource(
  filter: ReturnType<typeof consultationFilterOf>,
): PagedListSource<Consultation> {
  return {
    key: JSON.stringify(filter),
    pagesInDb: consultationPredicate(filter) === null,
    query: (page) => queryConsultationList(db, filter, page),
    count: () => countConsultationList(db, filter),
    warm: () => warmConsultationList(db),
    keep: { dbName: db.name, tables: ['consultations'] },
  };
}

/** A start straight into 咨询 (routes.tsx prefetchRoute): the list's first page and count. */
export async function prefetch(
  _settings: AppSettings,
  _today: string,
  query: URLSearchParams,
): Promise<void> {
  await prefetchPagedList(consultationListSource(consultationFilterOf(paramOf(query))));
}

/** Its first page is small: read in idle time after the start, for the list's first visit. */
export const whenIdle = true;

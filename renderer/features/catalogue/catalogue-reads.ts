import type { CatalogueFilter } from '../../../shared/catalogue/rows';
import type { Validity } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { paramOf } from '../../components/filter-params';
import { currentSettings, todayLocal } from '../../app/session';
import { keptQueryResult, runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { type CatalogueView, catalogueRowsOf, queryCatalogue } from '../../db/repositories/catalogue-rows';
import { IDLE_READ_AHEAD_MAX } from '../requests/request-reads';

/** The catalogue's reads follow the publications (a number given, an item published or deleted). */
export const CATALOGUE_TABLES = ['publications'];

/** Rows a page of the catalogue shows at first (the size changer offers 50 and 100). */
export const CATALOGUE_PAGE_SIZE = 20;

/** The catalogue's filter as the address gives it. */
export function catalogueFilterOf(get: (name: string) => string): CatalogueFilter {
  const year = get('year');
  return {
    year: year ? Number(year) : null,
    category: get('category') || null,
    validity: (get('validity') || null) as Validity | null,
    search: get('q'),
  };
}

/**
 * The matches of a filter (ids in the catalogue's order, years, unnumbered items): the page's
 * useTablesQuery querier and inputs, shared with the read-ahead so that both keep one result.
 */
export function catalogueViewQuery(filter: CatalogueFilter, today: string) {
  return {
    querier: () => queryCatalogue(db, filter, today),
    deps: [JSON.stringify(filter), today] as const,
  };
}

/** The rows of one page of matches (`ids` undefined: the matches not read yet). */
export function catalogueRowsQuery(ids: readonly string[] | undefined, agencyName: string, today: string) {
  return {
    querier: async () => (ids ? catalogueRowsOf(db, ids, agencyName, today) : undefined),
    deps: [ids?.join('\n'), agencyName, today] as const,
  };
}

/**
 * A first visit of 目录 (routes.tsx readBeforeFirstVisit) or a start straight into it: the matches
 * and the first page's rows, read before the page is drawn, so it is drawn once with its rows
 * rather than with the table's loading state and then again with them (issue 17).
 */
export async function prefetch(settings: AppSettings, today: string, query: URLSearchParams): Promise<void> {
  const view = catalogueViewQuery(catalogueFilterOf(paramOf(query)), today);
  const { ids } = await runTablesQuery(db.name, CATALOGUE_TABLES, view.querier, [...view.deps]);
  const rows = catalogueRowsQuery(ids.slice(0, CATALOGUE_PAGE_SIZE), settings.profile.agencyName, today);
  await runTablesQuery(db.name, CATALOGUE_TABLES, rows.querier, [...rows.deps]);
}

/**
 * The catalogue read in idle time after the start (routes.tsx preloadRoutesWhenIdle) while the
 * publications are a bureau's ten years (≤ 5,000, counted a key at a time up to one more): its first
 * visit from the menu is then drawn at once (`keptFor`) instead of reading the search digest and the
 * first page on the click (issue 17). Not a county's 200,000: their digest takes seconds to order.
 */
export async function idleReadAhead(): Promise<boolean> {
  const keys = await db.publications.limit(IDLE_READ_AHEAD_MAX + 1).primaryKeys();
  return keys.length <= IDLE_READ_AHEAD_MAX;
}

/** The matches and the first page's rows for this address are in memory, with no write since. */
export function keptFor(query: URLSearchParams): boolean {
  const today = todayLocal();
  const view = catalogueViewQuery(catalogueFilterOf(paramOf(query)), today);
  const kept = keptQueryResult<CatalogueView>(db.name, CATALOGUE_TABLES, view.deps);
  if (!kept) return false;
  const ids = kept.value.ids.slice(0, CATALOGUE_PAGE_SIZE);
  const rows = catalogueRowsQuery(ids, currentSettings().profile.agencyName, today);
  return keptQueryResult(db.name, CATALOGUE_TABLES, rows.deps) !== null;
}

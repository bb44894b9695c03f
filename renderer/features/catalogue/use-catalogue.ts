import { useState } from 'react';
import type { CatalogueRow } from '../../../shared/catalogue/rows';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import type { CatalogueView } from '../../db/repositories/catalogue-rows';
import {
  CATALOGUE_PAGE_SIZE,
  CATALOGUE_TABLES,
  type catalogueFilterOf,
  catalogueRowsQuery,
  catalogueViewQuery,
} from './catalogue-reads';

export interface CataloguePaging {
  current: number;
  pageSize: number;
  pages: number;
  /** A page or page size chosen in the table's pager. */
  change: (page: number, size: number) => void;
}

/**
 * The catalogue page's reads: the matches of the filter (ids, years, unnumbered items: from the
 * search digest) and the rows of the page shown. Outside Dexie's live-query tracking
 * (use-table-writes.ts): building the digest there would track 200,000 keys (issue 17: a county's
 * 200,000 publications were read on every visit); every write to the publications (a number given,
 * an item published or deleted) shows at once. A first visit reads both before the page is drawn
 * (catalogue-reads.ts prefetch): both are then here in the first render.
 */
export function useCatalogue(
  filter: ReturnType<typeof catalogueFilterOf>,
  agencyName: string,
  today: string,
): { view: CatalogueView | undefined; rows: CatalogueRow[] | undefined; paging: CataloguePaging } {
  const viewQuery = catalogueViewQuery(filter, today);
  const filterKey = viewQuery.deps[0];
  const view = useTablesQuery(db.name, CATALOGUE_TABLES, viewQuery.querier, viewQuery.deps);
  const [paging, setPaging] = useState({ key: filterKey, current: 1, pageSize: CATALOGUE_PAGE_SIZE });
  const { pageSize } = paging;
  const pages = Math.max(1, Math.ceil((view?.ids.length ?? 0) / pageSize));
  // Another filter starts on its first page.
  const current = paging.key === filterKey ? Math.min(paging.current, pages) : 1;
  const pageIds = view?.ids.slice((current - 1) * pageSize, current * pageSize);
  const rowsQuery = catalogueRowsQuery(pageIds, agencyName, today);
  const rows = useTablesQuery(db.name, CATALOGUE_TABLES, rowsQuery.querier, rowsQuery.deps);
  return {
    view,
    rows,
    paging: {
      current,
      pageSize,
      pages,
      change: (page, size) =>
        setPaging({ key: filterKey, current: size === pageSize ? page : 1, pageSize: size }),
    },
  };
}

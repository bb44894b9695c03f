import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Publication } from '../../../shared/model';
import type { RegisterPaging } from '../../components/RegisterPage';
import { db } from '../../db/database';
import {
  type PublicationListFilter,
  type PublicationListResult,
  queryPublicationList,
  recordPredicate,
} from '../../db/repositories/publication-list';

/**
 * The publications list as the page shows it (issue 8): one page from the index when only the year
 * and month are set, every match when a filter reads the records. `rows` is what the table shows;
 * `paging` is set when the table pages through the database rather than through `rows`.
 */
export function usePublicationList(
  filter: Omit<PublicationListFilter, 'extra'>,
  extra: { key: string; test: ((p: Publication) => boolean) | null },
): { rows: Publication[] | undefined; all: Publication[] | undefined; paging: RegisterPaging | undefined } {
  const key = `${JSON.stringify(filter)}|${extra.key}`;
  const [state, setState] = useState({ key, current: 1, pageSize: 20 });
  // A new filter starts again at its first page.
  const current = state.key === key ? state.current : 1;
  const full: PublicationListFilter = { ...filter, extra: extra.test };
  const pagesInDb = recordPredicate(full) === null;
  const offset = pagesInDb ? (current - 1) * state.pageSize : 0;
  const result: PublicationListResult | undefined = useLiveQuery(
    () => queryPublicationList(db, full, { offset, limit: state.pageSize }),
    // The filter is in `key`; paging only matters when the database pages.
    [key, pagesInDb ? offset : 0, pagesInDb ? state.pageSize : 0],
  );
  if (!result) return { rows: undefined, all: undefined, paging: undefined };
  if (result.mode === 'all') return { rows: result.rows, all: result.rows, paging: undefined };
  return {
    rows: result.rows,
    all: undefined,
    paging: {
      current,
      pageSize: state.pageSize,
      total: result.total,
      onChange: (page, pageSize) => setState({ key, current: pageSize === state.pageSize ? page : 1, pageSize }),
    },
  };
}

import type { Appeal } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { filterFrom, paramOf } from '../../components/filter-params';
import { matchesText, matchesYearMonth } from '../../components/filter-state';
import { runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';

export const APPEAL_TABLES = ['appeals'];

/** The list's filters in the address. */
const FILTER_PARAMS = ['year', 'month', 'q', 'kind', 'result'] as const;
export type AppealListFilter = Record<(typeof FILTER_PARAMS)[number], string>;

export function appealFilterOf(get: (name: string) => string): AppealListFilter {
  return filterFrom(FILTER_PARAMS, get);
}

/**
 * The cases list's read for a filter (useTablesQuery's querier and inputs), newest first: what the
 * page shows and what its first visit reads before it is drawn (issue 17). Kept until the next write
 * to the cases (use-table-writes.ts).
 */
export function appealListQuery({ year, month, q, kind, result }: AppealListFilter) {
  return {
    querier: async (): Promise<Appeal[]> => {
      const all = await db.appeals.toArray();
      return all
        .filter((a) => !a.deletedAt)
        .filter((a) => matchesYearMonth(a.filedDate, year, month))
        .filter((a) => !kind || a.kind === kind)
        .filter((a) => !result || a.result === result)
        .filter((a) => matchesText(q, a.caseNumber, a.note))
        .sort((x, y) => y.filedDate.localeCompare(x.filedDate));
    },
    deps: [year, month, q, kind, result],
  };
}

/** A first visit of 复议诉讼 (routes.tsx readBeforeFirstVisit) or a start straight into it: the list. */
export async function prefetch(
  _settings: AppSettings,
  _today: string,
  query: URLSearchParams,
): Promise<void> {
  const { querier, deps } = appealListQuery(appealFilterOf(paramOf(query)));
  await runTablesQuery(db.name, APPEAL_TABLES, querier, deps);
}

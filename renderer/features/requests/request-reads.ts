import { answerOf, OUTCOMES } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { filterFrom, paramOf } from '../../components/filter-params';
import { matchesText, matchesYearMonth } from '../../components/filter-state';
import { hasKeptResult, runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import { loadRequestRange } from '../../db/repositories/request-list';
import { calendarOf, calendarRead } from '../calendar/use-work-calendar';
import { keptDeadlines } from '../deadlines/use-deadlines';
import { FIRST_PAGE_SIZE } from '../../components/use-paged-list';

export const REQUEST_TABLES = ['requests'];

/** The list's filters in the address (`deadline` filters the derived due dates on the page). */
const FILTER_PARAMS = ['year', 'month', 'q', 'status', 'type', 'outcomeGroup'] as const;
export type RequestListFilter = Record<(typeof FILTER_PARAMS)[number], string>;

export function requestFilterOf(get: (name: string) => string): RequestListFilter {
  return filterFrom(FILTER_PARAMS, get);
}

/**
 * The requests list's read for a filter (useTablesQuery's querier and inputs): what the page shows
 * and what a start straight into the list, or idle time, reads ahead (issue 17). Outside Dexie's
 * live-query tracking (use-table-writes.ts), read a month at a time and kept until the next write
 * (request-list.ts).
 */
export function requestListQuery({ year, month, q, status, type, outcomeGroup }: RequestListFilter) {
  return {
    querier: async () => {
      const base = await loadRequestRange(db, year);
      return base
        .filter((r) => !r.deletedAt)
        .filter((r) => matchesYearMonth(r.receivedDate, year, month))
        .filter((r) => !type || r.applicantType === type)
        .filter((r) => !status || (status === 'answered' ? Boolean(answerOf(r)) : !answerOf(r)))
        .filter((r) => {
          if (!outcomeGroup) return true;
          const outcome = answerOf(r)?.outcome;
          return OUTCOMES.find((o) => o.code === outcome)?.group === outcomeGroup;
        })
        .filter((r) => matchesText(q, r.serial, r.content, r.applicantName))
        .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate) || b.serial.localeCompare(a.serial));
    },
    deps: [year, month, q, status, type, outcomeGroup],
  };
}

/**
 * A start straight into 依申请公开 (routes.tsx prefetchRoute), or the list read ahead in idle time: the
 * list, the working-day calendar and the first page's deadlines.
 */
export async function prefetch(settings: AppSettings, today: string, query: URLSearchParams): Promise<void> {
  const { querier, deps } = requestListQuery(requestFilterOf(paramOf(query)));
  const [rows, calendar] = await Promise.all([
    runTablesQuery(db.name, REQUEST_TABLES, querier, deps),
    loadCalendarData(db).then(calendarOf),
  ]);
  // The first page's clocks, computed here (idle time, or while a start waits for its reads) rather
  // than in the first visit's render: ≈0.7 ms each, 20 of them, kept with the list (use-deadlines.ts).
  const lookup = keptDeadlines(rows, calendar, today, settings.dueSoonWorkingDays);
  for (const r of rows.slice(0, FIRST_PAGE_SIZE)) lookup.get(r.id);
}

/**
 * The list for this address read ahead (idle time, a bureau's size) with no write since, and the
 * calendar read: the first visit draws its rows at once (routes.tsx readBeforeVisit).
 */
export function keptFor(query: URLSearchParams): boolean {
  const { deps } = requestListQuery(requestFilterOf(paramOf(query)));
  return calendarRead() && hasKeptResult(db.name, REQUEST_TABLES, deps);
}

/** Registers up to this size are read in idle time after the start (a bureau's ten years: 500). */
export const IDLE_READ_AHEAD_MAX = 5000;

/**
 * Every year's requests are read in idle time after the start (routes.tsx preloadRoutesWhenIdle)
 * while the register is a bureau's size: the first visit then draws its rows at once instead of
 * reading them on the click (issue 17, docs/performance.md, twenty-second pass: bureau 137 → 79 ms).
 * Not a county's 20,000: read then, the consultations list opened during it took 60 → 557 ms.
 */
export async function idleReadAhead(): Promise<boolean> {
  return (await db.requests.count()) <= IDLE_READ_AHEAD_MAX;
}

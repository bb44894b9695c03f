import { useMemo } from 'react';
import type { DisclosureRequest } from '../../../shared/model';
import type { WorkCalendar } from '../../../shared/calendar';
import { computeDeadlines, type DeadlineResult } from '../../../shared/requests';
import { todayLocal, useSettings } from '../../app/session';
import { useWorkCalendar } from '../calendar/use-work-calendar';

/** The deadlines of a list of requests, by id: `get` as a Map has it. */
export interface DeadlineLookup {
  get(id: string): DeadlineResult | undefined;
}

/**
 * Deadlines of many requests (for the requests list: due date, days left, status badge, the
 * "due within N working days" and "overdue" filters). Derived from the live calendar, never stored,
 * so a calendar edit updates the whole list — and computed for a request when asked for, once per
 * list, calendar and day: a list of ten years' requests draws one page of 20, and computing all 500
 * clocks on each visit was the largest part of opening it (issue 17). A filter or a sort by due date
 * asks for every one.
 */
export function useDeadlines(
  requests: readonly Pick<DisclosureRequest, 'id' | 'receivedDate' | 'events'>[] | undefined,
  today: string = todayLocal(),
): DeadlineLookup {
  const calendar = useWorkCalendar();
  const { dueSoonWorkingDays } = useSettings();
  return useMemo(
    () => keptDeadlines(requests, calendar, today, dueSoonWorkingDays),
    [requests, calendar, today, dueSoonWorkingDays],
  );
}

/**
 * The deadlines lookup of a list (useDeadlines), kept with the list: the same rows (a list drawn
 * again from its kept read), calendar, day and warning give the lookup made last time, with the
 * clocks it has computed — also those computed ahead of a first visit (request-reads.ts).
 */
export function keptDeadlines(
  requests: readonly Pick<DisclosureRequest, 'id' | 'receivedDate' | 'events'>[] | undefined,
  calendar: WorkCalendar,
  today: string,
  dueSoonWorkingDays: number,
): DeadlineLookup {
  const kept = requests ? lookups.get(requests) : undefined;
  if (kept && kept.calendar === calendar && kept.today === today && kept.dueSoon === dueSoonWorkingDays)
    return kept.lookup;
  const lookup = deadlineLookup(requests ?? [], (r) =>
    computeDeadlines(r, calendar, { today, dueSoonWorkingDays }),
  );
  if (requests) lookups.set(requests, { calendar, today, dueSoon: dueSoonWorkingDays, lookup });
  return lookup;
}

/** Each list's lookup, with the calendar, day and warning it was made for (issue 17). */
const lookups = new WeakMap<
  object,
  { calendar: WorkCalendar; today: string; dueSoon: number; lookup: DeadlineLookup }
>();

/** Each request's `compute(request)` on the first `get` of its id, kept for the next. */
export function deadlineLookup<R extends { id: string }>(
  requests: readonly R[],
  compute: (request: R) => DeadlineResult,
): DeadlineLookup {
  const byId = new Map(requests.map((r) => [r.id, r]));
  const known = new Map<string, DeadlineResult>();
  return {
    get(id: string) {
      let result = known.get(id);
      if (result === undefined) {
        const request = byId.get(id);
        if (!request) return undefined;
        result = compute(request);
        known.set(id, result);
      }
      return result;
    },
  };
}

/** One request's deadlines, live. */
export function useDeadline(
  request: Pick<DisclosureRequest, 'receivedDate' | 'events'>,
  today: string = todayLocal(),
): DeadlineResult {
  const calendar = useWorkCalendar();
  const { dueSoonWorkingDays } = useSettings();
  return useMemo(
    () => computeDeadlines(request, calendar, { today, dueSoonWorkingDays }),
    [request, calendar, today, dueSoonWorkingDays],
  );
}

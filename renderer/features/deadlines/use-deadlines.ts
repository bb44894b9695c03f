import { useMemo } from 'react';
import type { DisclosureRequest } from '../../../shared/model';
import { computeDeadlines, type DeadlineResult } from '../../../shared/requests';
import { todayLocal, useSettings } from '../../app/session';
import { useWorkCalendar } from '../calendar/use-work-calendar';

/**
 * Deadlines of many requests (for the requests list: due date, days left, status badge, the
 * "due within N working days" and "overdue" filters). Derived on every render from the live
 * calendar, so a calendar edit updates the whole list.
 */
export function useDeadlines(
  requests: readonly Pick<DisclosureRequest, 'id' | 'receivedDate' | 'events'>[] | undefined,
  today: string = todayLocal(),
): Map<string, DeadlineResult> {
  const calendar = useWorkCalendar();
  const { dueSoonWorkingDays } = useSettings();
  return useMemo(() => {
    const map = new Map<string, DeadlineResult>();
    for (const r of requests ?? [])
      map.set(r.id, computeDeadlines(r, calendar, { today, dueSoonWorkingDays }));
    return map;
  }, [requests, calendar, today, dueSoonWorkingDays]);
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

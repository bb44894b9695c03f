import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/work-calendar';
import { computeDeadlines, type DeadlineResult } from '../../../shared/requests';
import { deadlineLookup } from './use-deadlines';

describe('deadlines of a list, computed when asked for (issue 17)', () => {
  const calendar = buildCalendar();
  const requests = ['2025-03-03', '2025-09-26', '2025-12-29'].map((receivedDate, i) => ({
    id: `r${i}`,
    receivedDate,
    events: [],
  }));
  const compute = (r: (typeof requests)[number]) =>
    computeDeadlines(r, calendar, { today: '2026-01-05', dueSoonWorkingDays: 5 });

  it('gives each request its own clock, the same as computing it directly', () => {
    const lookup = deadlineLookup(requests, compute);
    for (const r of requests) expect(lookup.get(r.id)).toEqual(compute(r));
    expect(lookup.get('nobody')).toBeUndefined();
  });

  it('computes only the requests asked for, each once', () => {
    const asked: string[] = [];
    const lookup = deadlineLookup(requests, (r): DeadlineResult => {
      asked.push(r.id);
      return compute(r);
    });
    expect(asked).toEqual([]);
    lookup.get('r2');
    lookup.get('r2');
    lookup.get('r0');
    expect(asked).toEqual(['r2', 'r0']);
  });
});

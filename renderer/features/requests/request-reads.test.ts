// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** computeDeadlines as it is, counting its calls. */
const clocks = vi.hoisted(() => ({ computed: 0 }));
vi.mock('../../../shared/requests', async (original) => {
  const m = await original<typeof import('../../../shared/requests')>();
  return {
    ...m,
    computeDeadlines: (...args: Parameters<typeof m.computeDeadlines>) => {
      clocks.computed += 1;
      return m.computeDeadlines(...args);
    },
  };
});
import { sampleStores } from '../../../shared/backup/sample-data';
import type { DisclosureRequest } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import { calendarOf } from '../calendar/use-work-calendar';
import { keptDeadlines } from '../deadlines/use-deadlines';
import {
  IDLE_READ_AHEAD_MAX,
  idleReadAhead,
  keptFor,
  prefetch,
  REQUEST_TABLES,
  requestFilterOf,
  requestListQuery,
} from './request-reads';

afterAll(() => db.close());

describe('the requests list read ahead by a start straight into it (issue 17)', () => {
  let requests: DisclosureRequest[] = [];
  beforeAll(async () => {
    requests = sampleStores({ publications: 0, requests: 6, consultations: 0, appeals: 0 }).requests;
    await db.requests.bulkAdd(requests);
  });

  it('reads a year’s requests as the page shows them, newest first', async () => {
    const year = requests[0]?.receivedDate.slice(0, 4) ?? '';
    const { querier, deps } = requestListQuery(requestFilterOf((n) => (n === 'year' ? year : '')));
    const rows = await runTablesQuery(db.name, REQUEST_TABLES, querier, deps);
    const expected = requests
      .filter((r) => r.receivedDate.startsWith(year))
      .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate) || b.serial.localeCompare(a.serial));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('the requests list read ahead: kept for the first visit, with its first page’s deadlines (issue 17)', () => {
  it('is kept for the address it was read for until a write, with the first page’s clocks computed', async () => {
    await db.requests.clear();
    await db.requests.bulkAdd(
      sampleStores({ publications: 0, requests: 30, consultations: 0, appeals: 0 }).requests,
    );
    const settings = { dueSoonWorkingDays: 3 } as AppSettings;
    const query = new URLSearchParams();
    clocks.computed = 0;
    await prefetch(settings, '2026-12-04', query);
    expect(clocks.computed).toBe(20);
    expect(keptFor(query)).toBe(true);
    expect(keptFor(new URLSearchParams({ year: '1999' }))).toBe(false);
    // The same lookup the list's render asks for (the same rows, calendar, day and warning), its
    // first page's 20 clocks computed by the read ahead: drawing them computes nothing more.
    const { querier, deps } = requestListQuery(requestFilterOf(() => ''));
    const rows = await runTablesQuery(db.name, REQUEST_TABLES, querier, deps);
    const calendar = calendarOf(await loadCalendarData(db));
    const before = clocks.computed;
    const lookup = keptDeadlines(rows, calendar, '2026-12-04', 3);
    for (const r of rows.slice(0, 20)) expect(lookup.get(r.id)?.status).toBeTruthy();
    expect(clocks.computed).toBe(before);
    // The 21st was not computed ahead.
    lookup.get(rows[20]?.id ?? '');
    expect(clocks.computed).toBe(before + 1);
    await db.requests.update(rows[0]?.id ?? '', { content: '测试改动' });
    expect(keptFor(query)).toBe(false);
  });
});

describe('the requests list read in idle time after the start only while the register is small', () => {
  it('a bureau’s register is read ahead, one over the limit is not', async () => {
    await db.requests.clear();
    const [one] = sampleStores({ publications: 0, requests: 1, consultations: 0, appeals: 0 }).requests;
    if (!one) throw new Error('no sample request');
    const many = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ ...one, id: `r-${from + i}`, serial: `S-${from + i}` }));
    await db.requests.bulkAdd(many(IDLE_READ_AHEAD_MAX, 0));
    expect(await idleReadAhead()).toBe(true);
    await db.requests.bulkAdd(many(1, IDLE_READ_AHEAD_MAX));
    expect(await idleReadAhead()).toBe(false);
  });
});

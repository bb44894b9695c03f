// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import type { DisclosureRequest } from '../../../shared/model';
import { runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import {
  IDLE_READ_AHEAD_MAX,
  idleReadAhead,
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

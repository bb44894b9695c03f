// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Appeal } from '../../../shared/model';
import type { AppSettings } from '../../../shared/model/settings';
import { paramOf } from '../../components/filter-params';
import { resetTablesQueryResults, useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { APPEAL_TABLES, appealFilterOf, appealListQuery, prefetch } from './appeal-reads';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const appeal = (id: string, kind: Appeal['kind'], filedDate: string, deletedAt: string | null = null) =>
  ({
    id,
    kind,
    requestId: null,
    caseNumber: `测试复〔${filedDate.slice(0, 4)}〕${id}号`,
    filedDate,
    result: 'pending',
    closedDate: null,
    note: '',
    createdAt: `${filedDate}T01:00:00.000Z`,
    updatedAt: `${filedDate}T01:00:00.000Z`,
    deletedAt,
  }) as Appeal;

/** Each render's rows (ids), or '-' while there are none yet. */
const renders: (string[] | '-')[] = [];
function Probe({ query }: { query: URLSearchParams }) {
  // As AppealsPage asks them.
  const { querier, deps } = appealListQuery(appealFilterOf(paramOf(query)));
  const rows = useTablesQuery(db.name, APPEAL_TABLES, querier, deps);
  renders.push(rows ? rows.map((a) => a.id) : '-');
  return null;
}

async function visit(query: URLSearchParams) {
  renders.length = 0;
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe query={query} />));
  await act(() => new Promise((r) => setTimeout(r, 100)));
  await act(async () => root.unmount());
  return [...renders];
}

describe('the appeals list’s first visit (issue 17)', () => {
  beforeAll(async () => {
    await db.appeals.bulkAdd([
      appeal('a1', 'review', '2024-02-01'),
      appeal('a2', 'suitDirect', '2025-03-01'),
      appeal('a3', 'review', '2025-05-01'),
      appeal('a4', 'review', '2025-06-01', '2025-06-02T00:00:00.000Z'),
    ]);
  });
  beforeEach(() => resetTablesQueryResults());
  afterAll(() => db.close());

  it('without a read ahead is drawn first without its rows', async () => {
    const seen = await visit(new URLSearchParams());
    expect(seen[0]).toBe('-');
    expect(seen.at(-1)).toEqual(['a3', 'a2', 'a1']);
  });

  it('after the read ahead is drawn once, with the live cases newest first', async () => {
    const query = new URLSearchParams();
    await prefetch({} as AppSettings, '2025-07-01', query);
    expect(await visit(query)).toEqual([['a3', 'a2', 'a1']]);
  });

  it('reads ahead the filters the address names', async () => {
    const query = new URLSearchParams('year=2025&kind=review');
    await prefetch({} as AppSettings, '2025-07-01', query);
    expect(await visit(query)).toEqual([['a3']]);
  });
});

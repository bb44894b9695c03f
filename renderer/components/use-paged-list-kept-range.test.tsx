// @vitest-environment jsdom
/**
 * paged-list.ts scanRange filters a KEPT range (module-level `kept`, filled by warmRange — the list's
 * read-ahead of a year — or by an earlier full scan of the same range) without reading the table. A
 * filter that reads records (逾期公开, which needs the records; or a search while the digest is not
 * built) over a year whose range is kept ran its live queries without a single read: they observed
 * no table, and no save ran them again (found by an audit, 2026-12-06). The list's writes are now in
 * its live queries' dependencies (usePagedList).
 */
import 'fake-indexeddb/auto';
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Publication } from '../../shared/model';
import { publicationClock } from '../../shared/requests';
import { db } from '../db/database';
import { resetKeptReads } from '../db/repositories/kept-reads';
import { resetPublicationListCache, warmPublicationList } from '../db/repositories/publication-list';
import { testPublication } from '../db/test-fixtures';
import { calendarOf } from '../features/calendar/use-work-calendar';
import { publicationFilterOf, publicationListSource } from '../features/publications/publication-reads';
import { resetPagedListReads, usePagedList } from './use-paged-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Shown {
  titles: string[] | undefined;
}

const TODAY = '2025-01-10';
const calendar = calendarOf({ overrides: [], years: [] });
/** 逾期公开 as PublicationsPage derives it (publicationClock on the working-day calendar). */
const late = {
  isLate: (p: Publication) => publicationClock(p, calendar, TODAY).late,
  calendarVersion: calendar.version,
  today: TODAY,
};

/** The publications list of a year (2024 unless said) with 逾期公开 ticked (and a search `q`, '' for none). */
const source = (q = '', year = '2024') =>
  publicationListSource(
    publicationFilterOf((n) => (n === 'year' ? year : n === 'q' ? q : '')),
    late,
  );

function Probe({ q, year, seen }: { q: string; year: string; seen: Shown[] }) {
  const list = usePagedList(source(q, year));
  useEffect(() => {
    seen.push({ titles: list.rows?.map((p) => p.title) });
  });
  return null;
}

async function waitFor(seen: Shown[], ok: (s: Shown | undefined) => boolean, ms = 2000) {
  for (let t = 0; t < ms && !ok(seen.at(-1)); t += 20) await act(() => new Promise((r) => setTimeout(r, 20)));
  await act(() => new Promise((r) => setTimeout(r, 100)));
}

async function shownAfter(q: string, ok: (s: Shown | undefined) => boolean, year = '2024') {
  const seen: Shown[] = [];
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe q={q} year={year} seen={seen} />));
  await waitFor(seen, ok);
  return { seen, root };
}

const PUBS = [
  // Published the day after it was formed: on time.
  testPublication('p-1', '2024-03-01', '2024-03-02', { title: '测试局森林防火通告' }),
  // Formed in January, published in May: late (more than 20 working days).
  testPublication('p-2', '2024-01-02', '2024-05-06', { title: '测试局预算公开说明' }),
  // 2023: more late items than the list's first page (20), each formed in January, published in June.
  ...Array.from({ length: 25 }, (_, i) =>
    testPublication(
      `q-${String(i).padStart(2, '0')}`,
      '2023-01-03',
      `2023-06-${String(i + 1).padStart(2, '0')}`,
      {
        title: `测试局二〇二三年逾期${i}`,
      },
    ),
  ),
];

describe('a list filtered over a kept range follows saves (paged-list.ts scanRange)', () => {
  beforeAll(async () => {
    await db.publications.bulkAdd(PUBS);
  });
  beforeEach(() => {
    resetPagedListReads();
    resetKeptReads();
    resetPublicationListCache();
  });
  afterEach(async () => {
    await db.publications.bulkDelete(['p-3', 'p-4', 'p-5', 'q-new']);
  });
  afterAll(() => db.close());

  it('control: more matches than a first page (the partial read stops early, nothing kept) — a save is followed', async () => {
    expect(source('', '2023').pagesInDb).toBe(false);
    const { seen, root } = await shownAfter('', (s) => s?.titles?.length === 25, '2023');
    expect(seen.at(-1)?.titles).toHaveLength(25);
    await db.publications.add(
      testPublication('q-new', '2023-01-03', '2023-07-03', { title: '测试局防汛通知' }),
    );
    await waitFor(seen, (s) => s?.titles?.length === 26);
    expect(seen.at(-1)?.titles).toHaveLength(26);
    expect(seen.at(-1)?.titles?.[0]).toBe('测试局防汛通知');
    await act(async () => root.unmount());
  });

  it('first visit of 逾期公开 (no read-ahead): fewer matches than a page — the partial read keeps the range, the full read then reads nothing', async () => {
    expect(source().pagesInDb).toBe(false);
    const { seen, root } = await shownAfter('', (s) => s?.titles?.length === 1);
    expect(seen.at(-1)?.titles).toEqual(['测试局预算公开说明']);
    await db.publications.add(
      testPublication('p-3', '2024-02-01', '2024-06-03', { title: '测试局防汛通知' }),
    );
    await waitFor(seen, (s) => s?.titles?.length === 2);
    const shown = seen.at(-1)?.titles;
    await act(async () => root.unmount());
    expect(shown).toEqual(['测试局防汛通知', '测试局预算公开说明']);
  });

  it('after the year was read ahead (warmRange), a late item saved while 逾期公开 is shown appears', async () => {
    // What the 2024 list does once its rows and count are shown (usePagedList → warm).
    await warmPublicationList(db, { year: '2024' }, 2);
    const { seen, root } = await shownAfter('', (s) => s?.titles?.length === 1);
    expect(seen.at(-1)?.titles).toEqual(['测试局预算公开说明']);
    await db.publications.add(
      testPublication('p-4', '2024-02-01', '2024-06-03', { title: '测试局防汛通知' }),
    );
    await waitFor(seen, (s) => s?.titles?.length === 2);
    const shown = seen.at(-1)?.titles;
    await act(async () => root.unmount());
    // Opened afresh, the list has it: only the list on screen is stale.
    const fresh = await shownAfter('', (s) => s?.titles?.length === 2);
    expect(fresh.seen.at(-1)?.titles).toEqual(['测试局防汛通知', '测试局预算公开说明']);
    await act(async () => fresh.root.unmount());
    expect(shown).toEqual(['测试局防汛通知', '测试局预算公开说明']);
  });

  it('a search typed with 逾期公开 ticked (the range kept by the scan before it) follows a save', async () => {
    // 逾期公开 alone: its full scan of 2024 keeps the range.
    const first = await shownAfter('', (s) => s?.titles?.length === 1);
    await act(async () => first.root.unmount());
    // Then a search with it: filtered from the kept range, no read.
    const { seen, root } = await shownAfter('测试局', (s) => s?.titles?.length === 1);
    expect(seen.at(-1)?.titles).toEqual(['测试局预算公开说明']);
    await db.publications.add(
      testPublication('p-5', '2024-02-01', '2024-06-03', { title: '测试局防汛通知' }),
    );
    await waitFor(seen, (s) => s?.titles?.length === 2);
    const shown = seen.at(-1)?.titles;
    await act(async () => root.unmount());
    expect(shown).toEqual(['测试局防汛通知', '测试局预算公开说明']);
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Publication } from '../../shared/model';
import { db } from '../db/database';
import { resetKeptReads } from '../db/repositories/kept-reads';
import { resetPublicationListCache } from '../db/repositories/publication-list';
import { testPublication } from '../db/test-fixtures';
import { publicationFilterOf, publicationListSource } from '../features/publications/publication-reads';
import { prefetchPagedList, resetPagedListReads, usePagedList } from './use-paged-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Shown {
  titles: string[] | undefined;
  total: number | null | undefined;
  rows: Publication[] | undefined;
}

/** The publications list's hook for a year ('' all years), each render's rows and count noted. */
function Probe({ year, seen }: { year: string; seen: Shown[] }) {
  const list = usePagedList(
    publicationListSource(
      publicationFilterOf((n) => (n === 'year' ? year : '')),
      null,
    ),
  );
  useEffect(() => {
    seen.push({ titles: list.rows?.map((p) => p.title), total: list.paging?.total, rows: list.rows });
  });
  return null;
}

const source = (year: string) =>
  publicationListSource(
    publicationFilterOf((n) => (n === 'year' ? year : '')),
    null,
  );

/** Until a render shows `total` as the count (at most 3 s), then a little longer for late renders. */
async function settle(seen: Shown[], total: number) {
  for (let i = 0; i < 300 && seen.at(-1)?.total !== total; i++)
    await act(() => new Promise((r) => setTimeout(r, 10)));
  await act(() => new Promise((r) => setTimeout(r, 60)));
}

async function mount(year: string, seen: Shown[]) {
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe year={year} seen={seen} />));
  return root;
}

const PUBS = [
  testPublication('p-1', '2024-03-01', '2024-03-02', { title: '测试局森林防火通告' }),
  testPublication('p-2', '2024-04-01', '2024-04-02', { title: '测试局预算公开说明' }),
  testPublication('p-3', '2025-05-01', '2025-05-06', { title: '测试局招聘公告' }),
];

describe('a register list drawn from its kept reads (issue 17)', () => {
  beforeAll(async () => {
    await db.publications.bulkAdd(PUBS);
  });
  beforeEach(() => {
    resetPagedListReads();
    resetKeptReads();
    resetPublicationListCache();
  });
  afterAll(() => db.close());

  it('after a start’s read-ahead the list’s first render has its rows and count', async () => {
    await prefetchPagedList(source(''));
    const seen: Shown[] = [];
    const root = await mount('', seen);
    await settle(seen, 3);
    // Time for the list's live reads to come in (they find the same rows).
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(seen[0]?.titles).toEqual(['测试局招聘公告', '测试局预算公开说明', '测试局森林防火通告']);
    expect(seen[0]?.total).toBe(3);
    // The live reads that follow found the same: the list is not drawn again.
    expect(seen).toHaveLength(1);
    await act(async () => root.unmount());
  });

  it('without it the rows come after the first render', async () => {
    const seen: Shown[] = [];
    const root = await mount('', seen);
    await settle(seen, 3);
    expect(seen[0]?.titles).toBeUndefined();
    expect(seen.at(-1)?.titles).toHaveLength(3);
    await act(async () => root.unmount());
  });

  it('a list opened again is drawn at once; after a write it is read again', async () => {
    const first: Shown[] = [];
    const root = await mount('2024', first);
    await settle(first, 2);
    await act(async () => root.unmount());
    const again: Shown[] = [];
    const rootAgain = await mount('2024', again);
    expect(again[0]?.titles).toEqual(['测试局预算公开说明', '测试局森林防火通告']);
    expect(again[0]?.total).toBe(2);
    await act(async () => rootAgain.unmount());

    await db.publications.put({ ...PUBS[0], title: '测试局森林防火通告（修订）' } as Publication);
    const afterWrite: Shown[] = [];
    const rootAfter = await mount('2024', afterWrite);
    expect(afterWrite[0]?.titles).toBeUndefined();
    await settle(afterWrite, 2);
    expect(afterWrite.at(-1)?.titles).toEqual(['测试局预算公开说明', '测试局森林防火通告（修订）']);
    await act(async () => rootAfter.unmount());
  });

  it('a filter chosen again is drawn with its rows in the render that changes it', async () => {
    const seen: Shown[] = [];
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe year="2025" seen={seen} />));
    await settle(seen, 1);
    await act(async () => root.render(<Probe year="2024" seen={seen} />));
    await settle(seen, 2);
    const back = seen.length;
    await act(async () => root.render(<Probe year="2025" seen={seen} />));
    expect(seen[back]?.titles).toEqual(['测试局招聘公告']);
    expect(seen[back]?.total).toBe(1);
    await act(async () => root.unmount());
  });

  it('the count follows a save while the list is shown, also when it was counted before (a read ahead)', async () => {
    // The count is then given from memory, without a read the list's live query could follow.
    await prefetchPagedList(source('2024'));
    const seen: Shown[] = [];
    const root = await mount('2024', seen);
    await settle(seen, 2);
    await db.publications.add(
      testPublication('p-4', '2024-06-01', '2024-06-03', { title: '测试局防汛通知' }),
    );
    await settle(seen, 3);
    expect(seen.at(-1)?.total).toBe(3);
    expect(seen.at(-1)?.titles).toContain('测试局防汛通知');
    await act(async () => root.unmount());
    await db.publications.delete('p-4');
  });
});

// @vitest-environment jsdom
/**
 * The catalogue follows a save while it is shown (checked in an audit of stale reads, 2026-12-06):
 * its matches come from the
 * in-memory search digest, like a searched register list, but through useTablesQuery, which runs
 * again after every committed write to `publications` (useTableWrites): the digest then takes the
 * written keys in (digestOf applies `pending`) and the view is read again.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramOf } from '../../components/filter-params';
import { db } from '../../db/database';
import { testPublication } from '../../db/test-fixtures';
import { catalogueFilterOf } from './catalogue-reads';
import { useCatalogue } from './use-catalogue';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2025-06-01';
const seen: { ids: string[] | undefined; titles: string[] | undefined }[] = [];

function Probe({ query }: { query: URLSearchParams }) {
  const { view, rows } = useCatalogue(catalogueFilterOf(paramOf(query)), '测试局', TODAY);
  seen.push({ ids: view?.ids, titles: rows?.map((r) => r.title) });
  return null;
}

async function waitFor(ok: () => boolean, ms = 2000) {
  for (let t = 0; t < ms && !ok(); t += 20) await act(() => new Promise((r) => setTimeout(r, 20)));
  await act(() => new Promise((r) => setTimeout(r, 100)));
}

describe('the catalogue shown while a publication is saved', () => {
  beforeAll(async () => {
    await db.publications.bulkAdd([
      testPublication('p-1', '2024-03-01', '2024-03-02', {
        title: '测试局森林防火通告',
        indexNumber: 'FAKE/1',
      }),
      testPublication('p-2', '2024-04-01', '2024-04-02', {
        title: '测试局预算公开说明',
        indexNumber: 'FAKE/2',
      }),
    ]);
  });
  afterAll(() => db.close());

  it('a new published item searched for appears, and an edited title is shown', async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe query={new URLSearchParams('q=防火')} />));
    await waitFor(() => seen.at(-1)?.titles?.length === 1);
    expect(seen.at(-1)?.ids).toEqual(['p-1']);
    await db.publications.add(
      testPublication('p-3', '2024-06-01', '2024-06-03', {
        title: '测试局防火检查通知',
        indexNumber: 'FAKE/3',
      }),
    );
    await waitFor(() => seen.at(-1)?.titles?.length === 2);
    expect(seen.at(-1)?.ids).toEqual(['p-1', 'p-3']);
    await db.publications.update('p-1', { title: '测试局森林防火通告（修订）' });
    await waitFor(() => seen.at(-1)?.titles?.[0] === '测试局森林防火通告（修订）');
    expect(seen.at(-1)?.titles).toEqual(['测试局森林防火通告（修订）', '测试局防火检查通知']);
    await act(async () => root.unmount());
  });
});

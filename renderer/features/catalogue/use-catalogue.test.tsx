// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppSettings } from '../../../shared/model/settings';
import { paramOf } from '../../components/filter-params';
import { resetTablesQueryResults } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { resetKeptReads } from '../../db/repositories/kept-reads';
import { resetSearchDigests } from '../../db/repositories/search-digest';
import { getSettings } from '../../db/repositories/settings';
import { memoryStorage, testPublication } from '../../db/test-fixtures';
import { currentSettings, todayLocal } from '../../app/session';
import { IDLE_READ_AHEAD_MAX } from '../requests/request-reads';
import { CATALOGUE_PAGE_SIZE, catalogueFilterOf, idleReadAhead, keptFor, prefetch } from './catalogue-reads';
import { useCatalogue } from './use-catalogue';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2025-06-01';
/** What each render of the page's reads had: the matches' count and the rows' ids, or '-'. */
const renders: { matches: number | '-'; rows: string[] | '-' }[] = [];

function Probe({ query, agencyName }: { query: URLSearchParams; agencyName: string }) {
  // As CataloguePage asks them.
  const { view, rows } = useCatalogue(catalogueFilterOf(paramOf(query)), agencyName, TODAY);
  renders.push({ matches: view ? view.ids.length : '-', rows: rows ? rows.map((r) => r.id) : '-' });
  return null;
}

/** Mounts the probe as a first visit would, lets its reads finish, and returns every render. */
async function visit(query: URLSearchParams, agencyName: string) {
  renders.length = 0;
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe query={query} agencyName={agencyName} />));
  // Until the page's rows are in (at most 2 s), and a little longer for any render after them.
  for (let i = 0; i < 100 && renders.at(-1)?.rows === '-'; i++)
    await act(() => new Promise((r) => setTimeout(r, 20)));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  await act(async () => root.unmount());
  return [...renders];
}

afterAll(() => db.close());

describe('the catalogue’s first visit after its reads were read ahead (issue 17)', () => {
  let settings: AppSettings;
  beforeAll(async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    // 30 published items over two years, every one numbered: two pages of 20.
    await db.publications.bulkAdd(
      Array.from({ length: 30 }, (_, i) => {
        const date = `${2023 + (i % 2)}-03-${String(1 + (i % 28)).padStart(2, '0')}`;
        return testPublication(`p${String(i).padStart(2, '0')}`, date, date, {
          indexNumber: `FAKE/${i}`,
        });
      }),
    );
    settings = await getSettings(db);
  });
  beforeEach(() => {
    resetTablesQueryResults();
    resetKeptReads();
    resetSearchDigests();
  });
  afterAll(() => vi.unstubAllGlobals());

  it('without them the first render has neither the matches nor the rows (the table’s loading state)', async () => {
    const seen = await visit(new URLSearchParams(), settings.profile.agencyName);
    expect(seen[0]).toEqual({ matches: '-', rows: '-' });
    // Drawn again as each read comes in: the matches, then the page's rows.
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)?.rows).toHaveLength(CATALOGUE_PAGE_SIZE);
  });

  it('after them the first render has the matches and the first page’s rows, and is the only one', async () => {
    const query = new URLSearchParams();
    await prefetch(settings, TODAY, query);
    const seen = await visit(query, settings.profile.agencyName);
    expect(seen[0]?.matches).toBe(30);
    expect(seen[0]?.rows).toHaveLength(CATALOGUE_PAGE_SIZE);
    expect(seen).toHaveLength(1);
  });

  it('reads ahead the filter the address names (a year)', async () => {
    const query = new URLSearchParams('year=2024');
    await prefetch(settings, TODAY, query);
    const seen = await visit(query, settings.profile.agencyName);
    expect(seen[0]?.matches).toBe(15);
    expect(seen[0]?.rows).toHaveLength(15);
    expect(seen[0]?.rows).not.toContain('p00'); // an item of 2023
  });
});

describe('the catalogue read in idle time after the start, drawn at once on its first visit (issue 17)', () => {
  beforeAll(async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    await db.publications.clear();
    await db.publications.bulkAdd(
      Array.from({ length: 25 }, (_, i) =>
        testPublication(`k${String(i).padStart(2, '0')}`, '2024-05-06', '2024-05-06', {
          indexNumber: `FAKE/k${i}`,
        }),
      ),
    );
  });
  beforeEach(() => {
    resetTablesQueryResults();
    resetKeptReads();
    resetSearchDigests();
  });
  afterAll(() => vi.unstubAllGlobals());

  it('is kept for the address it was read for — the matches and the first page’s rows — until a write', async () => {
    const query = new URLSearchParams();
    expect(keptFor(query)).toBe(false);
    // As routes.tsx's idle read asks it (run.tsx gives the app's settings and today).
    await prefetch(currentSettings(), todayLocal(), query);
    expect(keptFor(query)).toBe(true);
    expect(keptFor(new URLSearchParams('year=1999'))).toBe(false);
    await db.publications.update('k00', { title: '测试改动的标题' });
    expect(keptFor(query)).toBe(false);
  });

  it('only while the publications are a bureau’s ten years: one over the limit is not read', async () => {
    expect(await idleReadAhead()).toBe(true);
    const [one] = await db.publications.limit(1).toArray();
    if (!one) throw new Error('no publication');
    const have = await db.publications.count();
    const many = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ ...one, id: `m-${from + i}` }));
    await db.publications.bulkAdd(many(IDLE_READ_AHEAD_MAX - have, 0));
    expect(await idleReadAhead()).toBe(true);
    await db.publications.bulkAdd(many(1, IDLE_READ_AHEAD_MAX));
    expect(await idleReadAhead()).toBe(false);
  });
});

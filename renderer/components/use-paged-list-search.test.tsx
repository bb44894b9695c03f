// @vitest-environment jsdom
/**
 * A register list searched through the in-memory search digest (search-digest.ts queryDigest) reads
 * from IndexedDB only the records that matched, by key (bulkGet), so its live queries observe only
 * those keys: a save of a NEW record matching the search (or an edit making another record match)
 * touched nothing they read, and the list kept its old rows (found by an audit, 2026-12-06). The
 * list's writes are now in its live queries' dependencies (usePagedList), and two searches asked at
 * once both wait for the digest's reading of the written keys (digestOf).
 */
import 'fake-indexeddb/auto';
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Consultation, Publication } from '../../shared/model';
import { db } from '../db/database';
import { resetKeptReads } from '../db/repositories/kept-reads';
import { PUBLICATION_DIGEST, resetPublicationListCache } from '../db/repositories/publication-list';
import { saveSearchDigestsNow, warmDigest } from '../db/repositories/search-digest';
import { testConsultation, testPublication } from '../db/test-fixtures';
import { consultationFilterOf, consultationListSource } from '../features/consultations/consultation-reads';
import { publicationFilterOf, publicationListSource } from '../features/publications/publication-reads';
import { type PagedListSource, resetPagedListReads, usePagedList } from './use-paged-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Shown {
  names: string[] | undefined;
}

function Probe<T>({
  source,
  nameOf,
  seen,
}: {
  source: PagedListSource<T>;
  nameOf: (r: T) => string;
  seen: Shown[];
}) {
  const list = usePagedList(source);
  useEffect(() => {
    seen.push({ names: list.rows?.map(nameOf) });
  });
  return null;
}

async function waitFor(seen: Shown[], ok: (s: Shown | undefined) => boolean, ms = 2000) {
  for (let t = 0; t < ms && !ok(seen.at(-1)); t += 20) await act(() => new Promise((r) => setTimeout(r, 20)));
  // A little longer for late renders.
  await act(() => new Promise((r) => setTimeout(r, 100)));
}

/** What a list mounted afresh with the same source shows once settled (the data and digest are right). */
async function freshNames<T>(
  source: PagedListSource<T>,
  nameOf: (r: T) => string,
  ok: (s: Shown | undefined) => boolean,
) {
  const seen: Shown[] = [];
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe source={source} nameOf={nameOf} seen={seen} />));
  await waitFor(seen, ok);
  await act(async () => root.unmount());
  return seen.at(-1)?.names;
}

const pubSource = (q: string) =>
  publicationListSource(
    publicationFilterOf((n) => (n === 'q' ? q : '')),
    null,
  );

const PUBS = [
  testPublication('p-1', '2024-03-01', '2024-03-02', { title: '测试局森林防火通告' }),
  testPublication('p-2', '2024-04-01', '2024-04-02', { title: '测试局预算公开说明' }),
  testPublication('p-3', '2025-05-01', '2025-05-06', { title: '测试局招聘公告' }),
];

const consultation = testConsultation;

describe('a searched register list follows saves (the search digest path)', () => {
  beforeAll(async () => {
    await db.publications.bulkAdd(PUBS);
    await db.consultations.bulkAdd([
      consultation('c-1', '2024-03-05', '防汛物资咨询'),
      consultation('c-2', '2024-04-05', '招聘咨询'),
    ]);
    // As the list's warm-up does once a list has been shown (usePagedList → warm → warmDigest).
    await warmDigest(db, PUBLICATION_DIGEST);
    await saveSearchDigestsNow(db);
  });
  beforeEach(() => {
    resetPagedListReads();
    resetKeptReads();
    resetPublicationListCache();
  });
  afterAll(() => db.close());

  it('control: an edit of a record the search shows is followed (its key was read)', async () => {
    const source = pubSource('防火');
    expect(source.pagesInDb).toBe(false);
    const seen: Shown[] = [];
    const root = createRoot(document.createElement('div'));
    await act(async () =>
      root.render(<Probe source={source} nameOf={(p: Publication) => p.title} seen={seen} />),
    );
    await waitFor(seen, (s) => s?.names?.length === 1);
    expect(seen.at(-1)?.names).toEqual(['测试局森林防火通告']);
    await db.publications.put({ ...(PUBS[0] as Publication), title: '测试局森林防火通告（修订）' });
    await waitFor(seen, (s) => s?.names?.[0] === '测试局森林防火通告（修订）');
    expect(seen.at(-1)?.names).toEqual(['测试局森林防火通告（修订）']);
    await act(async () => root.unmount());
  });

  it('a NEW publication matching the search, saved while the list is shown, appears in it', async () => {
    const source = pubSource('防火');
    const seen: Shown[] = [];
    const root = createRoot(document.createElement('div'));
    await act(async () =>
      root.render(<Probe source={source} nameOf={(p: Publication) => p.title} seen={seen} />),
    );
    await waitFor(seen, (s) => s?.names?.length === 1);
    expect(seen.at(-1)?.names).toHaveLength(1);
    await db.publications.add(
      testPublication('p-4', '2024-06-01', '2024-06-03', { title: '测试局防火检查通知' }),
    );
    await waitFor(seen, (s) => s?.names?.includes('测试局防火检查通知') === true);
    const shown = seen.at(-1)?.names;
    await act(async () => root.unmount());
    // The same list opened afresh has it: the data and the digest are right, the shown list is stale.
    expect(
      await freshNames(
        pubSource('防火'),
        (p: Publication) => p.title,
        (s) => s?.names?.length === 2,
      ),
    ).toContain('测试局防火检查通知');
    expect(shown).toContain('测试局防火检查通知');
  });

  it('an edit that makes ANOTHER record match the search appears in it', async () => {
    const source = pubSource('预算调整');
    const seen: Shown[] = [];
    const root = createRoot(document.createElement('div'));
    await act(async () =>
      root.render(<Probe source={source} nameOf={(p: Publication) => p.title} seen={seen} />),
    );
    await waitFor(seen, (s) => s?.names !== undefined);
    expect(seen.at(-1)?.names).toEqual([]);
    await db.publications.put({ ...(PUBS[1] as Publication), title: '测试局预算调整说明' });
    await waitFor(seen, (s) => s?.names?.length === 1);
    const shown = seen.at(-1)?.names;
    await act(async () => root.unmount());
    expect(
      await freshNames(
        pubSource('预算调整'),
        (p: Publication) => p.title,
        (s) => s?.names?.length === 1,
      ),
    ).toEqual(['测试局预算调整说明']);
    expect(shown).toEqual(['测试局预算调整说明']);
  });

  it('consultations: a new consultation matching the search appears in the searched list', async () => {
    const source = consultationListSource(consultationFilterOf((n) => (n === 'q' ? '防汛' : '')));
    expect(source.pagesInDb).toBe(false);
    // The consultations list's warm-up builds its digest (warmConsultationList).
    await source.warm?.(0, new AbortController().signal);
    const seen: Shown[] = [];
    const root = createRoot(document.createElement('div'));
    await act(async () =>
      root.render(<Probe source={source} nameOf={(c: Consultation) => c.topic} seen={seen} />),
    );
    await waitFor(seen, (s) => s?.names?.length === 1);
    expect(seen.at(-1)?.names).toEqual(['防汛物资咨询']);
    await db.consultations.add(consultation('c-3', '2024-07-01', '防汛值班咨询'));
    await waitFor(seen, (s) => s?.names?.length === 2);
    const shown = seen.at(-1)?.names;
    await act(async () => root.unmount());
    expect(
      await freshNames(
        consultationListSource(consultationFilterOf((n) => (n === 'q' ? '防汛' : ''))),
        (c: Consultation) => c.topic,
        (s) => s?.names?.length === 2,
      ),
    ).toEqual(['防汛值班咨询', '防汛物资咨询']);
    expect(shown).toEqual(['防汛值班咨询', '防汛物资咨询']);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { makeTestDb } from '../test-db';
import { memoryStorage } from '../test-fixtures';
import { queryPublicationList, resetPublicationListCache } from './publication-list';
import type { PublicationListResult } from './publication-list';
import { PUBLICATION_DIGEST } from './publication-list';
import { digestEntries, resetSearchDigests, saveSearchDigestsNow } from './search-digest';

/** The names put on the performance timeline from now on (search-digest.ts markDigest); the spy ends after each test. */
function recordMarks(): string[] {
  const marks: string[] = [];
  vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
    marks.push(name);
    return undefined as unknown as PerformanceMark;
  });
  return marks;
}

const totalOf = (r: PublicationListResult) => (r.mode === 'all' ? r.total : null);

/** Removes a record with the raw IndexedDB API, behind Dexie's back (no app code does this). */
function removeBehindDexie(db: ReturnType<typeof makeTestDb>, id: string) {
  return new Promise<void>((resolve, reject) => {
    const tx = db.backendDB().transaction('publications', 'readwrite');
    tx.objectStore('publications').delete(id);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

describe('saved search digest (schema v4 cache)', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
    resetSearchDigests();
    resetPublicationListCache();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is loaded at the next start while nothing was written, and built again after a write', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 4, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const search = async () =>
      totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20 }));
    expect(await search()).toBe(4);
    await saveSearchDigestsNow(db);
    // A head row and one part.
    expect(await db.cache.count()).toBe(2);

    // Next start: the saved digest answers (it still names the record removed behind Dexie's back,
    // whose row is then simply not found; the count proves the digest was not built from the table).
    resetSearchDigests();
    await removeBehindDexie(db, publications[0]?.id ?? '');
    const firstPage = await queryPublicationList(
      db,
      { q: '测试公告' },
      { offset: 0, limit: 20, partial: true },
    );
    expect(totalOf(firstPage)).toBe(4);

    // A write through Dexie changes the generation: the next start builds from the records.
    await db.publications.update(publications[1]?.id ?? '', { title: '改名后的条目' });
    resetSearchDigests();
    expect(await search()).toBe(2);
  });

  it('says on the performance timeline whether it was built, loaded or dropped (the benchmark names it)', async () => {
    const marks = recordMarks();
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 3, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const digestOnly = () => marks.filter((m) => m.startsWith('desk: search digest'));
    await digestEntries(db, PUBLICATION_DIGEST);
    expect(digestOnly()).toEqual(['desk: search digest built (publications)']);
    await saveSearchDigestsNow(db);
    resetSearchDigests();
    await digestEntries(db, PUBLICATION_DIGEST);
    expect(digestOnly().at(-1)).toBe('desk: search digest loaded (publications)');
    // A clear cannot be named key by key: the digest is dropped.
    await db.publications.clear();
    await vi.waitFor(() => expect(digestOnly().at(-1)).toBe('desk: search digest dropped (publications)'));
  });

  it('is saved in parts, each read on its own, and a shorter save drops the parts it no longer has', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 7, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const search = async () =>
      totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20 }));
    expect(await search()).toBe(7);
    await saveSearchDigestsNow(db, 2);
    expect((await db.cache.toArray()).map((r) => r.key).sort()).toEqual([
      'searchDigest:publications',
      'searchDigest:publications#0',
      'searchDigest:publications#1',
      'searchDigest:publications#2',
      'searchDigest:publications#3',
    ]);
    resetSearchDigests();
    const get = vi.spyOn(db.cache, 'get');
    await removeBehindDexie(db, publications[0]?.id ?? '');
    // Loaded, not built: it still counts the record removed behind Dexie's back.
    expect(
      totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20, partial: true })),
    ).toBe(7);
    expect(get).toHaveBeenCalledTimes(5);
    await saveSearchDigestsNow(db, 4);
    expect(await db.cache.count()).toBe(3);
  });

  it('loads back the entries it saved, field by field', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 9, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const built = (await digestEntries(db, PUBLICATION_DIGEST)).entries;
    expect(built).toHaveLength(9);
    await saveSearchDigestsNow(db, 4);
    resetSearchDigests();
    // Built, it would first read the table's oldest and newest record in a transaction.
    const read = vi.spyOn(db, 'transaction');
    const loaded = (await digestEntries(db, PUBLICATION_DIGEST)).entries;
    expect(read).not.toHaveBeenCalled();
    expect(loaded).not.toBe(built);
    expect(loaded).toEqual(built);
  });

  it('is built again when saved in another format or with a part missing', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 5, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const firstPage = async () =>
      totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20, partial: true }));
    expect(await firstPage()).toBe(5);
    await saveSearchDigestsNow(db, 2);
    await removeBehindDexie(db, publications[0]?.id ?? '');

    // A part lost: built from the records (4 left).
    await db.cache.delete('searchDigest:publications#1');
    resetSearchDigests();
    expect(await firstPage()).toBe(4);

    // The head of an older format (one row holding every entry, no `format`): built again too.
    await saveSearchDigestsNow(db, 2);
    const head = await db.cache.get('searchDigest:publications');
    await db.cache.put({
      key: 'searchDigest:publications',
      gen: head?.gen ?? '',
      value: { ids: [], dates: [], deleted: [], fields: [] },
    });
    await removeBehindDexie(db, publications[1]?.id ?? '');
    resetSearchDigests();
    expect(await firstPage()).toBe(3);
  });

  it('is not saved while writes are waiting to be applied', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 2, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    expect(totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20 }))).toBe(2);
    await db.publications.update(publications[0]?.id ?? '', { title: '改名' });
    await saveSearchDigestsNow(db);
    expect(await db.cache.count()).toBe(0);
  });

  it('is saved within two seconds of a build from the records (3 s before) (a county build was lost when the page closed first)', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 3, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    await digestEntries(db, PUBLICATION_DIGEST);
    // No test hook: the save the build schedules itself (after a write: a few seconds, to save a run
    // of edits once).
    await vi.waitFor(async () => expect(await db.cache.count()).toBe(2), { timeout: 2000, interval: 50 });
    resetSearchDigests();
    const marks = recordMarks();
    await digestEntries(db, PUBLICATION_DIGEST);
    expect(marks.filter((m) => m.startsWith('desk: search digest'))).toEqual([
      'desk: search digest loaded (publications)',
    ]);
  });

  it('a loaded digest takes the writes made after the start (edit, delete, add) without being built again', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 4, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const search = async (q: string) =>
      totalOf(await queryPublicationList(db, { q }, { offset: 0, limit: 20 }));
    expect(await search('测试公告')).toBe(4);
    await saveSearchDigestsNow(db);
    resetSearchDigests();
    const marks = recordMarks();
    expect(await search('测试公告')).toBe(4);
    const [a, b, c] = publications;
    await db.publications.update(a?.id ?? '', { title: '改名后的条目' });
    await db.publications.delete(b?.id ?? '');
    await db.publications.add({ ...(c as (typeof publications)[number]), id: 'pub-added-after-start' });
    expect(await search('测试公告')).toBe(3);
    expect(await search('改名后的条目')).toBe(1);
    expect(marks.filter((m) => m.startsWith('desk: search digest')).slice(0, 1)).toEqual([
      'desk: search digest loaded (publications)',
    ]);
    expect(marks.some((m) => m.startsWith('desk: search digest built'))).toBe(false);
  });
});

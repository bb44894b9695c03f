import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { makeTestDb } from '../test-db';
import { memoryStorage } from '../test-fixtures';
import { queryPublicationList, resetPublicationListCache } from './publication-list';
import type { PublicationListResult } from './publication-list';
import { resetSearchDigests, saveSearchDigestsNow } from './search-digest';

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
  afterEach(() => vi.unstubAllGlobals());

  it('is loaded at the next start while nothing was written, and built again after a write', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 4, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    const search = async () =>
      totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20 }));
    expect(await search()).toBe(4);
    await saveSearchDigestsNow(db);
    expect(await db.cache.count()).toBe(1);

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

  it('is not saved while writes are waiting to be applied', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 2, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    expect(totalOf(await queryPublicationList(db, { q: '测试公告' }, { offset: 0, limit: 20 }))).toBe(2);
    await db.publications.update(publications[0]?.id ?? '', { title: '改名' });
    await saveSearchDigestsNow(db);
    expect(await db.cache.count()).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { makeTestDb } from '../test-db';
import { memoryStorage } from '../test-fixtures';
import { countPublicationList, resetPublicationListCache } from './publication-list';

describe('list counts kept across app starts (write generation)', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
    resetPublicationListCache();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reuses a saved count until the table is written, from this or any connection through Dexie', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 5, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    expect(await countPublicationList(db, {})).toBe(5);

    // A new start (nothing in memory). Records removed behind Dexie's back — the raw IndexedDB API,
    // which no app code uses — are not seen: the saved count is what is shown, no count is taken.
    resetPublicationListCache();
    const raw = db.backendDB();
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('publications', 'readwrite');
      tx.objectStore('publications').delete(publications[0]?.id ?? '');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect(await countPublicationList(db, {})).toBe(5);

    // Any write through Dexie changes the generation: the count is taken again.
    await db.publications.delete(publications[1]?.id ?? '');
    resetPublicationListCache();
    expect(await countPublicationList(db, {})).toBe(3);
  });

  it('takes the count again after a write that failed', async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 2, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    expect(await countPublicationList(db, {})).toBe(2);
    const before = localStorage.getItem(`desk:gen:${db.name}:publications`);
    await expect(db.publications.add(publications[0] as (typeof publications)[number])).rejects.toThrow();
    expect(localStorage.getItem(`desk:gen:${db.name}:publications`)).not.toBe(before);
  });
});

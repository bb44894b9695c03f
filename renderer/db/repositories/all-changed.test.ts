import { Dexie, RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Publication } from '../../../shared/model';
import type { DeskDb } from '../database';
import { makeTestDb } from '../test-db';
import { testPublication } from '../test-fixtures';
import { listDateOf } from '../versions/v2';
import { keptUntilWrite, resetKeptReads } from './kept-reads';
import { countPublicationList, queryPublicationList, resetPublicationListCache } from './publication-list';
import { resetSearchDigests } from './search-digest';

/**
 * Dexie's `all` (anything may have changed: a page back from the back/forward cache, whose window
 * missed other windows' writes meanwhile) empties what the lists keep in memory, as a write does.
 * Records are added here with the bare API, as another window's write the page did not hear of.
 */
let db: DeskDb;
beforeEach(async () => {
  resetSearchDigests();
  resetPublicationListCache();
  resetKeptReads();
  db = makeTestDb();
  await db.publications.bulkAdd([
    testPublication('p-1', '2024-03-01', '2024-03-02', { title: '测试局森林防火通告' }),
    testPublication('p-2', '2024-04-01', '2024-04-02', { title: '测试局预算公开说明' }),
  ]);
});
afterEach(() => db.close());

function addUnheard(p: Publication) {
  return new Promise<void>((resolve, reject) => {
    const tx = db.backendDB().transaction('publications', 'readwrite');
    tx.objectStore('publications').add({ ...p, listDate: listDateOf(p) });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
const everythingChanged = () => Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[[]]]) });

describe('Dexie’s “anything may have changed”', () => {
  it('the search digest and the list’s counts are read again', async () => {
    const search = async () => (await queryPublicationList(db, { q: '森林' }, { offset: 0, limit: 20 })).rows;
    expect(await search()).toHaveLength(1);
    expect(await countPublicationList(db, {})).toBe(2);
    await addUnheard(testPublication('p-3', '2024-05-01', '2024-05-02', { title: '测试局森林防火工作要点' }));
    // Unheard: what the lists keep still stands.
    expect(await search()).toHaveLength(1);
    expect(await countPublicationList(db, {})).toBe(2);
    everythingChanged();
    expect(await search()).toHaveLength(2);
    expect(await countPublicationList(db, {})).toBe(3);
  });

  it('a kept read is read again', async () => {
    let reads = 0;
    const read = () => keptUntilWrite(db, ['publications'], 'n', async () => ++reads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    everythingChanged();
    expect(await read()).toBe(2);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { buildCatalogueRows } from '../../../shared/catalogue/rows';
import { makeTestDb } from '../test-db';
import { memoryStorage } from '../test-fixtures';
import { loadCatalogueRows } from './catalogue-rows';

describe('catalogue rows kept between visits while nothing is written (issue 17)', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  const seed = async () => {
    const db = makeTestDb();
    const { publications } = sampleStores({ publications: 6, requests: 0, consultations: 0, appeals: 0 });
    await db.publications.bulkAdd(publications);
    return { db, publications };
  };

  it('are the rows built from every publication, reused until the table, the agency or the day changes', async () => {
    const { db, publications } = await seed();
    const first = await loadCatalogueRows(db, '测试县测试局', '2025-06-01');
    expect(first).toEqual(buildCatalogueRows(publications, { agencyName: '测试县测试局' }, '2025-06-01'));
    const read = vi.spyOn(db.publications, 'toArray');
    expect(await loadCatalogueRows(db, '测试县测试局', '2025-06-01')).toBe(first);
    expect(read).not.toHaveBeenCalled();

    // Another agency name or another day: built again.
    expect(await loadCatalogueRows(db, '另一个测试局', '2025-06-01')).not.toBe(first);
    expect(await loadCatalogueRows(db, '另一个测试局', '2025-06-02')).toBeDefined();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('are built again after a write through Dexie, and show it', async () => {
    const { db, publications } = await seed();
    const before = await loadCatalogueRows(db, '测试县测试局', '2025-06-01');
    const gone = before[0]?.id ?? '';
    await db.publications.delete(gone);
    const after = await loadCatalogueRows(db, '测试县测试局', '2025-06-01');
    expect(after.map((r) => r.id)).not.toContain(gone);
    expect(after).toEqual(
      buildCatalogueRows(
        publications.filter((p) => p.id !== gone),
        { agencyName: '测试县测试局' },
        '2025-06-01',
      ),
    );
  });

  it('are never kept for another database, nor without storage for the generation', async () => {
    const a = await seed();
    const b = await seed();
    const rowsA = await loadCatalogueRows(a.db, '测试县测试局', '2025-06-01');
    expect(await loadCatalogueRows(b.db, '测试县测试局', '2025-06-01')).not.toBe(rowsA);
    vi.unstubAllGlobals();
    const again = await loadCatalogueRows(b.db, '测试县测试局', '2025-06-01');
    expect(await loadCatalogueRows(b.db, '测试县测试局', '2025-06-01')).not.toBe(again);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSettings, type Publication, publicationSchema } from '../../../shared/model';
import { makeTestDb, testCtx } from '../test-db';
import { bulkImportRecords } from './bulk-import';
import { assignMissingIndexNumbers } from './index-numbers';
import { saveSettings } from './settings';

const published = (id: string, publishedDate: string): Publication =>
  publicationSchema.parse({
    id,
    createdAt: '2025-06-01T02:00:00.000Z',
    updatedAt: '2025-06-01T02:00:00.000Z',
    title: `测试信息${id}`,
    formedDate: '2025-01-02',
    publishedDate,
    category: '通知公告',
  });

const serial = (n: string | null | undefined) => Number(/(\d+)$/.exec(n ?? '')?.[1]);

describe('index numbers of items imported together (issue 13 item 16)', () => {
  it('are issued in publication-date order, not row order; a number given in the file is kept', async () => {
    const db = makeTestDb();
    await saveSettings(
      db,
      {
        profile: {
          ...defaultSettings().profile,
          agencyName: '测试县测试局',
          agencyCode: '110000000000FAKE0X',
        },
      },
      testCtx(),
    );
    // Rows in the order a spreadsheet lists them: newest first.
    const rows = [
      published('c', '2025-03-20'),
      published('a', '2025-01-15'),
      { ...published('x', '2025-02-01'), indexNumber: 'HAND-001' },
      published('b', '2025-02-10'),
    ];
    await bulkImportRecords(db, 'publications', rows, testCtx());
    const result = await assignMissingIndexNumbers(db, testCtx());
    expect(result.assigned.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    const byId = Object.fromEntries((await db.publications.toArray()).map((p) => [p.id, p.indexNumber]));
    expect(byId.x).toBe('HAND-001');
    expect(serial(byId.a)).toBeLessThan(serial(byId.b));
    expect(serial(byId.b)).toBeLessThan(serial(byId.c));
    // Numbers never change once given: a second run assigns nothing.
    expect((await assignMissingIndexNumbers(db, testCtx())).assigned).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSettings, type Publication } from '../../../shared/model';
import { makeTestDb, testCtx } from '../test-db';
import { testPublication } from '../test-fixtures';
import { previewIndexNumber } from './index-numbers';
import { createRecord } from './registers';

const CODE = '110000000000FAKE0X';

function stored(id: string, publishedDate: string, indexNumber: string): Publication {
  return testPublication(id, publishedDate, publishedDate, {
    indexNumber,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('索引号 read by scope (issue 8: ten years of numbers)', () => {
  it('continues the year’s series, sees numbers typed in lower case, ignores other years', async () => {
    const db = makeTestDb();
    const settings = defaultSettings();
    await db.settings.put({
      key: 'app',
      value: { ...settings, profile: { ...settings.profile, agencyCode: CODE } },
    });
    await db.publications.bulkAdd([
      stored('a', '2025-12-30', `${CODE}/2025-00007`),
      // An older hand-typed number of this year, stored in lower case.
      stored('b', '2026-02-01', `${CODE.toLowerCase()}/2026-00003`),
    ]);
    const preview = await previewIndexNumber(db, '2026-03-01', '工作动态');
    expect(preview).toMatchObject({ ok: true, indexNumber: `${CODE}/2026-00004` });
    const created = await createRecord(
      db,
      'publications',
      {
        title: '测试局关于测试事项的通知',
        formedDate: '2026-03-01',
        publishedDate: '2026-03-02',
        category: '工作动态',
      },
      testCtx(),
    );
    expect(created.indexNumber).toBe(`${CODE}/2026-00004`);
    db.close();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Publication } from '../../../shared/model';
import type { DeskDb } from '../database';
import { testPublication } from '../test-fixtures';
import { makeTestDb } from '../test-db';
import {
  countPublicationList,
  queryPublicationList,
  resetPublicationListCache,
  warmPublicationList,
} from './publication-list';

let n = 0;
function pub(
  formedDate: string,
  publishedDate: string | null,
  extra: Partial<Publication> = {},
): Publication {
  n += 1;
  return testPublication(`p${String(n).padStart(3, '0')}`, formedDate, publishedDate, {
    title: `测试局关于测试事项${n}的通知`,
    ...extra,
  });
}

async function seed(db: DeskDb) {
  await db.publications.bulkAdd([
    pub('2023-12-28', '2024-01-03'), // listed in 2024 (its 公开日期)
    pub('2024-02-01', '2024-02-02', { title: '测试局森林防火通告' }),
    pub('2024-03-01', null), // unpublished: listed by 成文日期
    pub('2024-03-05', '2024-03-06', { deletedAt: '2024-04-01T00:00:00.000Z' }), // in the trash
    pub('2024-12-30', '2025-01-02', { title: '测试局森林防火工作要点', category: '通知公告' }),
    pub('2025-02-01', '2025-02-03'),
  ]);
}

const titles = (rows: Publication[]) => rows.map((p) => p.formedDate);

describe('publications list query', () => {
  let db: DeskDb;
  beforeEach(async () => {
    resetPublicationListCache();
    db = makeTestDb();
    await seed(db);
  });

  it('pages all live records newest first by list date, counting without the trash', async () => {
    const first = await queryPublicationList(db, {}, { offset: 0, limit: 2 });
    expect(first.mode).toBe('page');
    expect(await countPublicationList(db, {})).toBe(5);
    expect(titles(first.rows)).toEqual(['2025-02-01', '2024-12-30']);
    const second = await queryPublicationList(db, {}, { offset: 2, limit: 2 });
    // 2024-03-01 is unpublished (listed 2024-03-01); the trashed 2024-03-05 item is skipped.
    expect(titles(second.rows)).toEqual(['2024-03-01', '2024-02-01']);
  });

  it('filters a year by list date: published that year, or formed that year and unpublished', async () => {
    const y2024 = await queryPublicationList(db, { year: '2024' }, { offset: 0, limit: 20 });
    expect(await countPublicationList(db, { year: '2024' })).toBe(3);
    expect(titles(y2024.rows)).toEqual(['2024-03-01', '2024-02-01', '2023-12-28']);
    const march = await queryPublicationList(db, { year: '2024', month: '3' }, { offset: 0, limit: 20 });
    expect(titles(march.rows)).toEqual(['2024-03-01']);
  });

  it('reads records for text and other filters and returns every match', async () => {
    const all = await queryPublicationList(db, { q: '森林防火' }, { offset: 0, limit: 1 });
    expect(all.mode).toBe('all');
    expect(titles(all.rows)).toEqual(['2024-12-30', '2024-02-01']);
    const inYear = await queryPublicationList(db, { year: '2024', q: '森林防火' }, { offset: 0, limit: 20 });
    expect(titles(inYear.rows)).toEqual(['2024-02-01']);
    const unpublished = await queryPublicationList(db, { status: 'unpublished' }, { offset: 0, limit: 20 });
    expect(titles(unpublished.rows)).toEqual(['2024-03-01']);
    // A first page alone stops reading once it is full (when the range is not kept from a read).
    resetPublicationListCache();
    const firstOnly = await queryPublicationList(
      db,
      { q: '森林防火' },
      { offset: 0, limit: 1, partial: true },
    );
    expect(firstOnly).toMatchObject({ mode: 'all', complete: false });
    expect(titles(firstOnly.rows)).toEqual(['2024-12-30']);
    const february = await queryPublicationList(db, { month: '2' }, { offset: 0, limit: 20 });
    expect(titles(february.rows)).toEqual(['2025-02-01', '2024-02-01']);
  });

  it('a warm-up stopped by its signal reads nothing on and keeps nothing (issue 17)', async () => {
    let read = 0;
    const reading = (record: unknown) => {
      read += 1;
      return record;
    };
    db.publications.hook('reading', reading);
    try {
      // A condition read from the records (as 逾期公开): the path the kept range serves.
      const published = (p: Publication) => p.publishedDate !== null;
      const search = () =>
        queryPublicationList(db, { year: '2024', extra: published }, { offset: 0, limit: 20 });
      await warmPublicationList(db, { year: '2024' }, 3); // the digest, built once
      resetPublicationListCache();
      const stopped = new AbortController();
      stopped.abort();
      read = 0;
      await warmPublicationList(db, { year: '2024' }, 3, stopped.signal);
      expect(read).toBe(0);
      await search();
      expect(read).toBeGreaterThan(0); // nothing kept: the search read the year
      await warmPublicationList(db, { year: '2024' }, 3, new AbortController().signal);
      read = 0;
      expect((await search()).rows.length).toBeGreaterThan(0);
      expect(read).toBe(0); // kept by the warm-up that ran to its end
    } finally {
      db.publications.hook('reading').unsubscribe(reading);
    }
  });

  it('sees a change made after a search or a count: what was kept is dropped on write', async () => {
    const search = async () =>
      (await queryPublicationList(db, { year: '2024', q: '通知' }, { offset: 0, limit: 20 })).rows;
    await warmPublicationList(db, { year: '2024' }, 3);
    expect((await search()).length).toBe(2);
    expect(await countPublicationList(db, { year: '2024' })).toBe(3);
    await db.publications.add(pub('2024-06-01', '2024-06-02'));
    expect((await search()).length).toBe(3);
    expect(await countPublicationList(db, { year: '2024' })).toBe(4);
  });
});

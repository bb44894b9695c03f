import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { interchangeStores, type Publication } from '../../../shared/model';
import { DeskDb } from '../database';
import { testConsultation, testPublication } from '../test-fixtures';
import { importAll } from '../interchange';
import { listDateOf } from '../versions/v2';
import { queryConsultationList } from './consultation-list';
import {
  type PublicationListFilter,
  PUBLICATION_DIGEST,
  publicationFields,
  queryPublicationList,
  resetPublicationListCache,
} from './publication-list';
import { nextSpan, READ_TARGET } from './range-reads';
import { digestIsReady, resetSearchDigests } from './search-digest';

let n = 0;
function pub(
  formedDate: string,
  publishedDate: string | null,
  extra: Partial<Publication> = {},
): Publication {
  n += 1;
  return testPublication(`p${String(n).padStart(5, '0')}`, formedDate, publishedDate, {
    title: `测试局关于测试事项${n}的通知`,
    ...extra,
  });
}

/** A small seeded generator (no Math.random: a failure must repeat). */
function rng(seed: number) {
  let s = seed;
  return (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
}

const WORDS = ['森林防火', '食品安全', '招聘', '通知', 'Notice', '预算', '公示'];
const CATEGORIES = ['工作动态', '通知公告', '财政信息'];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

let dbSeq = 0;
function newDb(factory = new IDBFactory(), name = `digest-${++dbSeq}`) {
  return new DeskDb(name, { indexedDB: factory, IDBKeyRange });
}

/** What the list must show: every live record passing the filter, newest first by list date then id. */
function expected(all: Publication[], f: PublicationListFilter) {
  const needle = f.q?.toLowerCase();
  return all
    .filter((p) => !p.deletedAt)
    .filter((p) => !f.year || listDateOf(p).startsWith(`${f.year}-`))
    .filter((p) => !f.category || p.category === f.category)
    .filter((p) => !f.status || (f.status === 'published') === (p.publishedDate !== null))
    .filter(
      (p) =>
        !needle ||
        [p.title, p.summary, p.docNumber, p.indexNumber].some((s) => s?.toLowerCase().includes(needle)),
    )
    .sort((a, b) => {
      const da = listDateOf(a);
      const db = listDateOf(b);
      return da === db ? (a.id < b.id ? 1 : -1) : da < db ? 1 : -1;
    });
}

describe('search digest (text and field filters over ten years, issue 8)', () => {
  beforeEach(() => {
    resetSearchDigests();
    resetPublicationListCache();
  });

  it('gives exactly what a scan of every record gives, for many filters', async () => {
    const db = newDb();
    const r = rng(7);
    const all: Publication[] = [];
    for (let i = 0; i < 400; i++) {
      const year = 2016 + r(10);
      const d = `${year}-${String(1 + r(12)).padStart(2, '0')}-${String(1 + r(28)).padStart(2, '0')}`;
      all.push(
        pub(d, r(5) === 0 ? null : d, {
          title: `测试局${WORDS[r(WORDS.length)]}第${i}号`,
          summary: r(2) ? `摘要：${WORDS[r(WORDS.length)]}` : '',
          docNumber: r(3) ? `测发〔${year}〕${r(50)}号` : '',
          category: CATEGORIES[r(CATEGORIES.length)] as string,
          deletedAt: r(20) === 0 ? '2025-01-01T00:00:00.000Z' : null,
        }),
      );
    }
    await db.publications.bulkAdd(all);
    const filters: PublicationListFilter[] = [{ q: 'notice' }, { q: '测发〔2019' }, { q: '不存在的词' }];
    for (let i = 0; i < 40; i++) {
      filters.push({
        q: r(3) ? (WORDS[r(WORDS.length)] as string) : undefined,
        year: r(2) ? String(2016 + r(10)) : undefined,
        category: r(3) === 0 ? CATEGORIES[r(CATEGORIES.length)] : undefined,
        status: r(4) === 0 ? (r(2) ? 'published' : 'unpublished') : undefined,
      });
    }
    for (const f of filters) {
      if (!f.q && !f.category && !f.status) continue;
      const got = await queryPublicationList(db, f, { offset: 0, limit: 20 });
      expect(got.mode).toBe('all');
      expect(ids(got.rows), JSON.stringify(f)).toEqual(ids(expected(all, f)));
      const first = await queryPublicationList(db, f, { offset: 0, limit: 5, partial: true });
      // The first page and the whole count, before the other matches are read.
      expect(ids(first.rows)).toEqual(ids(expected(all, f)).slice(0, 5));
      expect(first.mode === 'all' && first.total).toBe(expected(all, f).length);
    }
  });

  it('a year or a month searched before the digest is built reads that range instead of waiting (issue 17)', async () => {
    const db = newDb();
    const r = rng(11);
    const all: Publication[] = [];
    for (let i = 0; i < 300; i++) {
      const d = `${2018 + r(8)}-${String(1 + r(12)).padStart(2, '0')}-${String(1 + r(28)).padStart(2, '0')}`;
      all.push(pub(d, d, { title: `测试局${WORDS[r(WORDS.length)]}第${i}号` }));
    }
    await db.publications.bulkAdd(all);
    const inYear: PublicationListFilter = { q: '森林防火', year: '2021' };
    const inMonth: PublicationListFilter = { q: '通知', year: '2020', month: '3' };
    expect(digestIsReady(db, PUBLICATION_DIGEST)).toBe(false);
    for (const f of [inYear, inMonth]) {
      const got = await queryPublicationList(db, f, { offset: 0, limit: 20 });
      expect(ids(got.rows), JSON.stringify(f)).toEqual(ids(expected(all, f)));
      const first = await queryPublicationList(db, f, { offset: 0, limit: 5, partial: true });
      expect(ids(first.rows)).toEqual(ids(expected(all, f)).slice(0, 5));
      expect(first.mode === 'all' && first.total).toBe(expected(all, f).length);
    }
    // Those searches never asked for the digest (a search through it builds it first).
    expect(digestIsReady(db, PUBLICATION_DIGEST)).toBe(false);
    // A search over every year needs it; the same searches then use it, with the same answers.
    const everyYear = await queryPublicationList(db, { q: '森林防火' }, { offset: 0, limit: 20 });
    expect(ids(everyYear.rows)).toEqual(ids(expected(all, { q: '森林防火' })));
    expect(digestIsReady(db, PUBLICATION_DIGEST)).toBe(true);
    for (const f of [inYear, inMonth]) {
      const got = await queryPublicationList(db, f, { offset: 0, limit: 20 });
      expect(ids(got.rows), JSON.stringify(f)).toEqual(ids(expected(all, f)));
    }
    // Dropped (a write it cannot follow key by key): the range is read again until it is rebuilt.
    await db.publications.clear();
    await db.publications.bulkAdd(all.slice(0, 100));
    await queryPublicationList(db, inYear, { offset: 0, limit: 20 }).then((got) =>
      expect(ids(got.rows)).toEqual(ids(expected(all.slice(0, 100), inYear))),
    );
  });

  it('follows every write: edit, trash, restore, delete, add, a whole import', async () => {
    const db = newDb();
    const a = pub('2024-02-01', '2024-02-02', { title: '森林防火通告' });
    const b = pub('2023-05-01', '2023-05-02', { title: '预算公开' });
    await db.publications.bulkAdd([a, b]);
    const search = async (q: string) =>
      ids((await queryPublicationList(db, { q }, { offset: 0, limit: 20 })).rows);
    expect(await search('森林')).toEqual([a.id]);

    await db.publications.update(b.id, { title: '森林防火预算' });
    expect(await search('森林')).toEqual([a.id, b.id]);
    // A new list date moves the record in the order.
    await db.publications.update(b.id, { publishedDate: '2025-01-01' });
    expect(await search('森林')).toEqual([b.id, a.id]);

    await db.publications.update(a.id, { deletedAt: '2025-01-02T00:00:00.000Z' });
    expect(await search('森林')).toEqual([b.id]);
    await db.publications.update(a.id, { deletedAt: null });
    expect(await search('森林')).toEqual([b.id, a.id]);

    await db.publications.delete(b.id);
    expect(await search('森林')).toEqual([a.id]);
    const c = pub('2026-01-05', null, { title: '森林防火新办法' });
    await db.publications.add(c);
    expect(await search('森林')).toEqual([c.id, a.id]);

    // importAll clears the table (a range, not keys): the digest is built again from the new data.
    const d = pub('2020-01-01', '2020-01-02', { title: '森林资源' });
    await importAll(db, {
      publications: [d],
      requests: [],
      consultations: [],
      appeals: [],
      calendarOverrides: [],
      calendarYears: [],
      yearFigures: [],
      reportDrafts: [],
      reportSnapshots: [],
      audit: [],
      letters: [],
      settings: null,
    });
    expect(await search('森林')).toEqual([d.id]);
  });

  it('two searches asked at once after a write both see it (a list asks its first page and its whole result)', async () => {
    const db = newDb();
    const a = pub('2024-02-01', '2024-02-02', { title: '森林防火通告' });
    await db.publications.add(a);
    const search = async (q: string) =>
      ids((await queryPublicationList(db, { q }, { offset: 0, limit: 20 })).rows);
    expect(await search('森林')).toEqual([a.id]);
    const c = pub('2025-03-01', '2025-03-02', { title: '森林防火检查' });
    await db.publications.add(c);
    // The first takes the written key to read it; the second must wait for that, not answer without it.
    expect(await Promise.all([search('森林'), search('森林'), search('检查')])).toEqual([
      [c.id, a.id],
      [c.id, a.id],
      [c.id],
    ]);
  });

  it('sees writes made through another connection to the same database (another window)', async () => {
    const factory = new IDBFactory();
    const mine = newDb(factory, 'shared-digest');
    const other = newDb(factory, 'shared-digest');
    const a = pub('2024-02-01', '2024-02-02', { title: '招聘公告' });
    await mine.publications.add(a);
    expect(ids((await queryPublicationList(mine, { q: '招聘' }, { offset: 0, limit: 20 })).rows)).toEqual([
      a.id,
    ]);
    await other.publications.update(a.id, { title: '预算公开' });
    expect((await queryPublicationList(mine, { q: '招聘' }, { offset: 0, limit: 20 })).rows).toEqual([]);
  });

  it('searches the text fields it says it does', () => {
    const p = pub('2024-01-01', null, {
      title: 'Title',
      summary: 'Summary',
      docNumber: '测发〔2024〕1号',
      indexNumber: 'ABC/2024-00001',
    });
    expect(publicationFields(p).text.split('\n')).toEqual([
      'title',
      'summary',
      '测发〔2024〕1号',
      'abc/2024-00001',
    ]);
  });

  it('finds half-width text from full-width typing and the other way round (NFKC)', async () => {
    const db = newDb();
    const a = pub('2024-03-01', '2024-03-02', { docNumber: '测发〔2024〕17号', title: 'ABC通知' });
    const b = pub('2024-03-03', '2024-03-04', { title: '第１８号公告' });
    await db.publications.bulkAdd([a, b]);
    const found = async (q: string) =>
      ids((await queryPublicationList(db, { q }, { offset: 0, limit: 20 })).rows);
    expect(await found('〔2024〕１７号')).toEqual([a.id]);
    expect(await found('ａｂｃ')).toEqual([a.id]);
    expect(await found('第18号')).toEqual([b.id]);
  });

  it('searches consultations by topic, reply and asker', async () => {
    const db = newDb();
    const c = testConsultation;
    await db.consultations.bulkAdd([
      c('c1', '2023-03-01', '如何申请公开'),
      c('c2', '2024-03-01', '办事指南', { reply: '请按申请公开流程' }),
      c('c3', '2025-03-01', '其他'),
    ]);
    const got = await queryConsultationList(db, { q: '申请公开' }, { offset: 0, limit: 20 });
    expect(ids(got.rows)).toEqual(['c2', 'c1']);
    const inYear = await queryConsultationList(db, { q: '申请公开', year: '2023' }, { offset: 0, limit: 20 });
    expect(ids(inYear.rows)).toEqual(['c1']);
    // Before the digest is built, a year's search reads the year (issue 17): the same answer.
    resetSearchDigests();
    const beforeBuild = await queryConsultationList(
      db,
      { q: '申请公开', year: '2024' },
      { offset: 0, limit: 20 },
    );
    expect(ids(beforeBuild.rows)).toEqual(['c2']);
    expect(beforeBuild.mode === 'all' && beforeBuild.total).toBe(1);
  });
});

describe('the digest build reads about READ_TARGET records at a time', () => {
  it('widens its window of months where months hold few records, narrows it where they hold many', () => {
    expect(READ_TARGET).toBe(2000);
    // A bureau: ~40 items a month — 1, 4, 16, then ~50 months a read (ten years in 4–5 reads).
    expect(nextSpan(1, 40)).toBe(4);
    expect(nextSpan(4, 160)).toBe(16);
    expect(nextSpan(16, 640)).toBe(50);
    // Empty months: four times wider.
    expect(nextSpan(3, 0)).toBe(12);
    // A county: ~1,700 a month — one month a read; a busy stretch narrows the window again.
    expect(nextSpan(1, 1700)).toBe(1);
    expect(nextSpan(16, 8000)).toBe(4);
    expect(nextSpan(2, 9000)).toBe(1);
  });
});

describe('a search with thousands of matches reads them a thousand at a time', () => {
  it('every match, newest first, in reads of at most 1000 records (a task each)', async () => {
    resetSearchDigests();
    resetPublicationListCache();
    const db = newDb();
    const all = Array.from({ length: 2600 }, (_, i) =>
      pub(
        `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
        `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
        {
          title: i % 10 === 9 ? '测试局预算公开说明' : `测试局森林防火通告${i}`,
          deletedAt: i === 7 ? '2025-01-01T00:00:00.000Z' : null,
        },
      ),
    );
    await importAll(db, { ...interchangeStores.parse({}), publications: all });
    const sizes: number[] = [];
    const proto = Object.getPrototypeOf(db.publications) as {
      bulkGet: (keys: string[]) => Promise<unknown[]>;
    };
    const bulkGet = proto.bulkGet;
    proto.bulkGet = function (this: unknown, keys: string[]) {
      sizes.push(keys.length);
      return bulkGet.call(this, keys);
    };
    const filter = { q: '森林防火' };
    const result = await queryPublicationList(db, filter, { offset: 0, limit: 20 }).finally(() => {
      proto.bulkGet = bulkGet;
    });
    expect(ids(result.rows)).toEqual(ids(expected(all, filter)));
    expect(result.rows).toHaveLength(2339);
    expect(sizes).toEqual([1000, 1000, 339]);
    db.close();
  });
});

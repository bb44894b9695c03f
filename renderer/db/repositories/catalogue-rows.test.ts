import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCatalogueRows,
  type CatalogueFilter,
  catalogueYears,
  filterCatalogueRows,
} from '../../../shared/catalogue/rows';
import type { Publication } from '../../../shared/model';
import { makeTestDb } from '../test-db';
import { memoryStorage, testPublication } from '../test-fixtures';
import { catalogueRowsOf, queryCatalogue } from './catalogue-rows';
import { resetSearchDigests } from './search-digest';

/** A small seeded generator (no Math.random: a failure must repeat). */
function rng(seed: number) {
  let s = seed;
  return (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
}

const TODAY = '2025-06-01';
const AGENCY = '测试县测试局';
const WORDS = ['森林防火', '食品安全', '招聘', 'Notice', '预算', '第１７号'];
const CATEGORIES = ['工作动态', '通知公告', '财政信息'];

/** Publications over three years: same-day items, unpublished, deleted, abolished, unnumbered ones. */
function dataset(count: number, seed = 7): Publication[] {
  const r = rng(seed);
  const out: Publication[] = [];
  for (let i = 0; i < count; i++) {
    const y = 2023 + r(3);
    const d = `${y}-${String(1 + r(12)).padStart(2, '0')}-${String(1 + r(3)).padStart(2, '0')}`;
    const kind = r(5) === 0 ? 'rule' : 'ordinary';
    const abolished = kind === 'rule' && r(2) === 0 ? (r(2) === 0 ? '2024-03-01' : '2026-01-01') : null;
    out.push(
      testPublication(`p${String(i).padStart(4, '0')}`, d, r(10) === 0 ? null : d, {
        title: `测试局关于${WORDS[r(WORDS.length)]}的通知${i}`,
        summary: r(3) === 0 ? `${WORDS[r(WORDS.length)]}事项` : '',
        docNumber: r(4) === 0 ? `测发〔${y}〕${1 + r(30)}号` : '',
        category: CATEGORIES[r(CATEGORIES.length)] as string,
        docKind: kind,
        abolishedDate: abolished,
        // Numbers not in id order, some missing: the catalogue orders a day by 索引号.
        indexNumber: r(6) === 0 ? null : `TEST/${y}-${String(999 - i).padStart(5, '0')}`,
        deletedAt: r(12) === 0 ? '2025-01-01T00:00:00.000Z' : null,
      }),
    );
  }
  return out;
}

const FILTERS: CatalogueFilter[] = [
  {},
  { year: 2024 },
  { category: '通知公告' },
  { validity: 'abolished' },
  { validity: 'valid', year: 2023 },
  { search: '森林防火' },
  { search: 'notice 通知' },
  // Full width and half width alike.
  { search: '第17号' },
  { search: 'TEST/2024' },
  { search: '测发〔2024〕' },
  { search: '没有这个词' },
  { year: 2025, category: '财政信息', search: '测试局' },
];

describe('the catalogue from the search digest (issue 17: no longer reads every publication)', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
    resetSearchDigests();
  });
  afterEach(() => vi.unstubAllGlobals());

  const seed = async (count = 400) => {
    const db = makeTestDb();
    const publications = dataset(count);
    await db.publications.bulkAdd(publications);
    return { db, publications };
  };

  it('gives, for every filter, the rows of filterCatalogueRows over every publication, in catalogue order', async () => {
    const { db, publications } = await seed();
    const all = buildCatalogueRows(publications, { agencyName: AGENCY }, TODAY);
    // The data reach every branch: same-day items, derived abolition, unnumbered, unpublished, deleted.
    expect(all.some((row, i) => all[i + 1]?.publishedDate === row.publishedDate)).toBe(true);
    expect(all.filter((r) => r.validity === 'abolished').length).toBeGreaterThan(0);
    expect(publications.some((p) => p.deletedAt && p.publishedDate)).toBe(true);
    for (const filter of FILTERS) {
      const view = await queryCatalogue(db, filter, TODAY);
      const want = filterCatalogueRows(all, filter);
      expect(view.ids, JSON.stringify(filter)).toEqual(want.map((r) => r.id));
      expect(view.matchYears).toEqual(
        want.length
          ? [Number(want[0]?.publishedDate.slice(0, 4)), Number(want.at(-1)?.publishedDate.slice(0, 4))]
          : [],
      );
      expect(view.years).toEqual(catalogueYears(all));
      expect(view.unnumbered).toBe(all.filter((r) => !r.indexNumber).length);
    }
    const some = (await queryCatalogue(db, { year: 2024 }, TODAY)).ids.slice(20, 40);
    expect(await catalogueRowsOf(db, some, AGENCY, TODAY)).toEqual(
      filterCatalogueRows(all, { year: 2024 }).slice(20, 40),
    );
  });

  it('derives 有效性 as of the day asked for', async () => {
    const { db, publications } = await seed();
    const early = await queryCatalogue(db, { validity: 'abolished' }, '2024-01-01');
    const late = await queryCatalogue(db, { validity: 'abolished' }, '2026-06-01');
    expect(late.ids.length).toBeGreaterThan(early.ids.length);
    expect(late.ids).toEqual(
      filterCatalogueRows(buildCatalogueRows(publications, { agencyName: AGENCY }, '2026-06-01'), {
        validity: 'abolished',
      }).map((r) => r.id),
    );
  });

  it('shows a write at once: a new item, a deletion, a number given by hand', async () => {
    const { db, publications } = await seed(60);
    const before = await queryCatalogue(db, {}, TODAY);
    const added = testPublication('zz-new', '2025-05-05', '2025-05-06', { title: '新公开的测试信息' });
    await db.publications.add(added);
    const gone = before.ids[3] as string;
    await db.publications.update(gone, { deletedAt: '2025-05-07T00:00:00.000Z' });
    const unnumbered = publications.find(
      (p) => p.publishedDate && !p.deletedAt && !p.indexNumber,
    ) as Publication;
    await db.publications.update(unnumbered.id, { indexNumber: 'TEST/HAND-1' });
    const after = await queryCatalogue(db, {}, TODAY);
    expect(after.ids).toContain('zz-new');
    expect(after.ids).not.toContain(gone);
    expect(after.unnumbered).toBe(before.unnumbered); // one more unnumbered, one numbered by hand
    expect((await queryCatalogue(db, { search: 'test/hand-1' }, TODAY)).ids).toEqual([unnumbered.id]);
    const current = await db.publications.toArray();
    expect(after.ids).toEqual(buildCatalogueRows(current, { agencyName: AGENCY }, TODAY).map((r) => r.id));
  });

  it('reads only the rows asked for', async () => {
    const { db } = await seed();
    const view = await queryCatalogue(db, {}, TODAY);
    const bulkGet = vi.spyOn(db.publications, 'bulkGet');
    const toArray = vi.spyOn(db.publications, 'toArray');
    const rows = await catalogueRowsOf(db, view.ids.slice(0, 20), AGENCY, TODAY);
    expect(rows).toHaveLength(20);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]?.[0]).toHaveLength(20);
    expect(toArray).not.toHaveBeenCalled();
  });
});

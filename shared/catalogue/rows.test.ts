import { describe, expect, it } from 'vitest';
import {
  buildCatalogueRows,
  CATALOGUE_HEADINGS,
  catalogueCells,
  catalogueTitle,
  catalogueYears,
  filterCatalogueRows,
} from './rows';
import { fakePublications, fakeSettings } from './test-register';

const settings = fakeSettings();
const pubs = fakePublications(70);
const rows = buildCatalogueRows(pubs, settings.profile);

describe('catalogue rows', () => {
  it('lists exactly the published, not deleted items', () => {
    const expected = pubs.filter((p) => p.publishedDate && !p.deletedAt).map((p) => p.id);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.sort());
    expect(rows.some((r) => r.id === 'pub-6')).toBe(false); // not yet published
    expect(rows.some((r) => r.id === 'pub-9')).toBe(false); // in the trash
  });

  it('has the ten columns with the headings real catalogues use', () => {
    expect(CATALOGUE_HEADINGS).toEqual([
      '索引号',
      '信息名称',
      '内容概述',
      '发布机构',
      '生成日期',
      '公开日期',
      '文号',
      '主题分类',
      '公开方式',
      '有效性',
    ]);
  });

  it('writes a row as the officer reads it: labels, joined channels, the agency as default publisher', () => {
    const row = rows.find((r) => r.id === 'pub-1');
    expect(row && catalogueCells(row)).toEqual([
      '110000000000FAKE0X/2025-00002',
      '关于测试事项第1号的通知',
      '测试内容概述1',
      '测试县测试局',
      '2025-02-02',
      '2025-02-02',
      '测试〔2025〕1号',
      '通知公告',
      '政府网站/信息公开平台、政务公开栏',
      '有效',
    ]);
    const office = rows.find((r) => r.id === 'pub-5');
    expect(office?.publisher).toBe('测试县测试局办公室');
  });

  it('is ordered by 公开日期, then 索引号', () => {
    const keys = rows.map((r) => `${r.publishedDate} ${r.indexNumber}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('carries no field of a request or applicant', () => {
    const allowed = [
      'id',
      'indexNumber',
      'title',
      'summary',
      'publisher',
      'formedDate',
      'publishedDate',
      'docNumber',
      'category',
      'channels',
      'validity',
    ];
    for (const r of rows) expect(Object.keys(r).sort()).toEqual([...allowed].sort());
  });
});

describe('filters and search', () => {
  it('filters by year of publication, category and validity together', () => {
    const hits = filterCatalogueRows(rows, { year: 2025, category: '通知公告', validity: 'valid' });
    expect(hits.length).toBeGreaterThan(0);
    for (const r of hits) {
      expect(r.publishedDate.startsWith('2025-')).toBe(true);
      expect(r.category).toBe('通知公告');
      expect(r.validity).toBe('valid');
    }
    const expected = rows.filter(
      (r) => r.publishedDate.startsWith('2025') && r.category === '通知公告' && r.validity === 'valid',
    );
    expect(hits).toEqual(expected);
  });

  it('searches title, summary, 文号 and 索引号, every word, ignoring width and case', () => {
    expect(filterCatalogueRows(rows, { search: '第22号' }).map((r) => r.id)).toEqual(['pub-22']);
    expect(filterCatalogueRows(rows, { search: '测试〔2025〕１７号' }).map((r) => r.id)).toEqual(['pub-17']);
    expect(filterCatalogueRows(rows, { search: '110000000000fake0x/2024-00001' }).map((r) => r.id)).toEqual([
      'pub-0',
    ]);
    expect(filterCatalogueRows(rows, { search: '通知 第3号' }).map((r) => r.id)).toEqual(['pub-3']);
    expect(filterCatalogueRows(rows, { search: '不存在的词' })).toEqual([]);
  });

  it('offers the years that have items, newest first', () => {
    expect(catalogueYears(rows)).toEqual([2025, 2024]);
  });
});

describe('catalogueTitle', () => {
  it('names the agency and the year', () => {
    expect(catalogueTitle('测试县测试局', 2025, rows)).toBe('测试县测试局政府信息公开目录（2025年）');
    expect(catalogueTitle('测试县测试局', null, rows)).toBe('测试县测试局政府信息公开目录（2024—2025年）');
    expect(catalogueTitle('测试县测试局', null, filterCatalogueRows(rows, { year: 2024 }))).toBe(
      '测试县测试局政府信息公开目录（2024年）',
    );
    expect(catalogueTitle('测试县测试局', null, [])).toBe('测试县测试局政府信息公开目录');
  });
});

import { describe, expect, it } from 'vitest';
import { detectHeaderRow, normaliseHeader, suggestMapping } from './header';
import type { SheetRows } from './workbook';

describe('suggestMapping', () => {
  it('maps the words officers use to publication fields', () => {
    expect(
      suggestMapping('publications', [
        '序号',
        '信息名称',
        '发布日期',
        '成文日期',
        '文号',
        '类别',
        '公开渠道',
        '栏目',
      ]),
    ).toEqual([null, 'title', 'publishedDate', 'formedDate', 'docNumber', 'category', 'channels', 'column']);
    expect(suggestMapping('publications', ['标题', '公开时间'])).toEqual(['title', 'publishedDate']);
    expect(suggestMapping('publications', ['名称', '公开日期'])).toEqual(['title', 'publishedDate']);
  });

  it('maps request columns, preferring the exact word over a contained one', () => {
    expect(
      suggestMapping('requests', [
        '申请编号',
        '申请人',
        '申请人类型',
        '申请人联系电话',
        '受理日期',
        '申请公开的内容',
        '答复结果',
        '答复时间',
      ]),
    ).toEqual([
      'serial',
      'applicantName',
      'applicantType',
      'applicantContact',
      'receivedDate',
      'content',
      'outcome',
      'answeredDate',
    ]);
    expect(suggestMapping('requests', ['收到日期'])).toEqual(['receivedDate']);
  });

  it('ignores notes in brackets, asterisks, spaces and full-width letters in headers', () => {
    expect(normaliseHeader(' *信息 名称（必填）')).toBe('信息名称');
    expect(
      suggestMapping('publications', ['*信息名称（必填）', '发布日期(yyyy-mm-dd)', '主题分类：']),
    ).toEqual(['title', 'publishedDate', 'category']);
  });

  it('gives each field to one column only: the exact match wins, then the leftmost', () => {
    expect(suggestMapping('publications', ['信息名称备查', '信息名称'])).toEqual([null, 'title']);
    expect(suggestMapping('publications', ['标题', '名称'])).toEqual(['title', null]);
  });

  it('leaves unknown headers unmapped', () => {
    expect(suggestMapping('consultations', ['经办人', '天气'])).toEqual([null, null]);
  });
});

describe('detectHeaderRow', () => {
  it('skips a merged title row, a subtitle and blank rows above the header', () => {
    const rows: SheetRows = [
      ['2024年度政府信息主动公开台账', null, null, null],
      [null, null, null, null],
      ['填报单位：测试县测试局', null, null, null],
      ['序号', '信息名称', '发布日期', '主题分类'],
      [1, '测试通知一', { serial: 45300, date1904: false }, '通知公告'],
    ];
    const g = detectHeaderRow('publications', rows);
    expect(g.row).toBe(3);
    expect(g.mapping).toEqual([null, 'title', 'publishedDate', 'category']);
    expect(g.recognised).toBe(3);
  });

  it('reads a two-row header whose vertically merged cells sit in the upper row', () => {
    const rows: SheetRows = [
      ['依申请公开登记台账', null, null, null, null],
      ['编号', '申请人信息', null, '收到日期', '申请内容'],
      [null, '申请人', '申请人类型', null, null],
      ['2024-001', '测试申请人甲', '自然人', '2024-03-01', '测试内容'],
    ];
    const g = detectHeaderRow('requests', rows);
    expect(g.row).toBe(2);
    expect(g.headers).toEqual(['编号', '申请人', '申请人类型', '收到日期', '申请内容']);
    expect(g.mapping).toEqual(['serial', 'applicantName', 'applicantType', 'receivedDate', 'content']);
  });

  it('falls back to the first wide row when nothing is recognised', () => {
    const rows: SheetRows = [['标题行'], ['甲', '乙'], ['1', '2']];
    const g = detectHeaderRow('appeals', rows);
    expect(g).toMatchObject({ row: 1, recognised: 0, mapping: [null, null] });
  });
});

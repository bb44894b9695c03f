import { describe, expect, it } from 'vitest';
import { publicationSchema, requestSchema } from '../model/records';
import { detectHeaderRow } from './header';
import { planImport } from './plan';
import type { ImportSetup } from './preset';
import type { SheetRows } from './workbook';

const NOW = '2025-04-01T08:00:00.000Z';
function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

function setupFor<N extends ImportSetup['register']>(
  register: N,
  rows: SheetRows,
  extra: Partial<ImportSetup> = {},
) {
  const g = detectHeaderRow(register, rows);
  return {
    setup: {
      register,
      headerRow: g.row,
      mapping: g.mapping,
      values: {},
      defaults: {},
      ...extra,
    } as ImportSetup & { register: N },
    headers: g.headers,
  };
}

const publicationRows: SheetRows = [
  ['测试局2025年主动公开信息台账', null, null, null, null, null],
  ['序号', '信息名称', '成文日期', '发布日期', '类别', '公开方式'],
  [1, '测试通知一', '2025-3-3', { serial: 45721, date1904: false }, '通知公告', '网站、政务公开栏'],
  [null, null, null, null, null, null],
  [2, '测试通知二', '2025年3月5日', '2025/03/10', '工作动态', '网站'],
  [3, '', '2025.3.6', '2025.3.7', '工作动态', '网站'],
  [4, '测试通知三', '2025-03-09', '2025-03-08', '工作动态', '飞鸽传书'],
  [5, '测试通知一', '20250303', '2025-03-05', '通知公告', '网站'],
  [6, '测试通知四', null, '2025-03-12', '政策文件', '微信'],
  ['合计', '6条', null, null, null, null],
  ['制表人：测试员甲', null, null, null, null, null],
];

describe('planImport: publications', () => {
  const { setup, headers } = setupFor('publications', publicationRows);
  const plan = planImport(publicationRows, setup, headers, { newId: ids(), now: NOW, existing: [] });

  it('stores the good rows as valid records with ids and timestamps', () => {
    expect(plan.accepted.map((a) => a.row)).toEqual([3, 5, 9]);
    const first = plan.accepted[0]?.record;
    expect(first).toMatchObject({
      title: '测试通知一',
      formedDate: '2025-03-03',
      publishedDate: '2025-03-05',
      category: '通知公告',
      channels: ['website', 'board'],
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
    });
    for (const a of plan.accepted) expect(publicationSchema.safeParse(a.record).success).toBe(true);
    expect(new Set(plan.accepted.map((a) => a.record.id)).size).toBe(3);
  });

  it('skips the blank row, the totals row and the note under the table', () => {
    expect(plan.skipped).toEqual([
      { row: 4, reason: 'blank' },
      { row: 10, reason: 'totals' },
      { row: 11, reason: 'note' },
    ]);
  });

  it('reports each failing row with its row number, field, column and reason', () => {
    expect(plan.failedRows).toBe(2);
    expect(plan.failures).toEqual([
      { row: 6, field: 'title', header: '信息名称', reason: 'import.error.required', value: '' },
      {
        row: 7,
        field: 'channels',
        header: '公开方式',
        reason: 'import.error.unknownValue',
        value: '飞鸽传书',
      },
      {
        row: 7,
        field: 'publishedDate',
        header: '发布日期',
        reason: 'validation.publishedBeforeFormed',
        value: '2025-03-08',
      },
    ]);
  });

  it('reports the same title and date twice as a duplicate of the earlier row', () => {
    expect(plan.duplicates).toEqual([{ row: 8, of: { kind: 'row', row: 3 } }]);
  });

  it('takes the publication date as formed date when the sheet has none, and says so', () => {
    const last = plan.accepted.find((a) => a.row === 9);
    expect(last?.record.formedDate).toBe('2025-03-12');
    expect(last?.warnings).toEqual([{ field: 'formedDate', reason: 'import.warning.fallback.formedDate' }]);
  });

  it('finds duplicates against records already stored', () => {
    const existing = [
      { id: 'old-1', title: '测试通知二', publishedDate: '2025-03-10', formedDate: '2025-03-05' },
    ];
    const again = planImport(publicationRows, setup, headers, { newId: ids(), now: NOW, existing });
    expect(again.duplicates).toContainEqual({ row: 5, of: { kind: 'existing', id: 'old-1' } });
    expect(again.accepted.map((a) => a.row)).toEqual([3, 9]);
  });
});

describe('planImport: requests', () => {
  const rows: SheetRows = [
    ['编号', '申请人', '申请人类型', '申请方式', '收到日期', '申请内容', '答复结果', '答复日期'],
    ['2025-001', '测试申请人甲', '个人', '当面', '2025-03-03', '测试内容一', '已公开', '2025-03-20'],
    ['2025-002', '测试公司乙', '企业', '网上申请', '2025-03-04', '测试内容二', '不予公开', '2025-03-21'],
    ['2025-003', '测试申请人丙', '个人', '邮寄', '2025-03-05', '测试内容三', null, null],
    ['2025-001', '测试申请人丁', '个人', '当面', '2025-03-06', '测试内容四', null, null],
    ['2025-004', '测试申请人戊', '个人', '当面', '2025-03-06', '测试内容五', '部分公开', null],
  ];
  const base = setupFor('requests', rows);

  it('turns the outcome and answer date into the answer event, and the received date into the submitted date', () => {
    const plan = planImport(rows, base.setup, base.headers, { newId: ids(), now: NOW, existing: [] });
    const r1 = plan.accepted[0]?.record;
    expect(r1).toMatchObject({
      serial: '2025-001',
      applicantType: 'natural',
      channel: 'inPerson',
      submittedDate: '2025-03-03',
    });
    expect(r1?.events).toEqual([
      { id: expect.any(String), type: 'answered', date: '2025-03-20', outcome: 'disclose', note: '' },
    ]);
    for (const a of plan.accepted) expect(requestSchema.safeParse(a.record).success).toBe(true);
    expect(plan.accepted.find((a) => a.row === 4)?.record.events).toEqual([]);
  });

  it('refuses a bare 不予公开 until mapped, an outcome without date, and a repeated serial', () => {
    const plan = planImport(rows, base.setup, base.headers, { newId: ids(), now: NOW, existing: [] });
    expect(plan.failures).toEqual([
      {
        row: 3,
        field: 'outcome',
        header: '答复结果',
        reason: 'import.error.ambiguousValue',
        value: '不予公开',
      },
      {
        row: 6,
        field: 'answeredDate',
        header: '答复日期',
        reason: 'import.error.answerDateRequired',
        value: '',
      },
    ]);
    expect(plan.duplicates).toEqual([{ row: 5, of: { kind: 'row', row: 2 } }]);
  });

  it('accepts the officer’s value mapping for 不予公开', () => {
    const setup = { ...base.setup, values: { outcome: { 不予公开: 'withhold.process' } } };
    const plan = planImport(rows, setup, base.headers, { newId: ids(), now: NOW, existing: [] });
    const r = plan.accepted.find((a) => a.row === 3)?.record;
    expect(r?.events[0]).toMatchObject({ type: 'answered', outcome: 'withhold.process' });
  });

  it('fills an absent column from the preset default', () => {
    const noType: SheetRows = rows.map((r) => r.filter((_, i) => i !== 2));
    const s = setupFor('requests', noType, { defaults: { applicantType: 'natural' } });
    const plan = planImport(noType, s.setup, s.headers, { newId: ids(), now: NOW, existing: [] });
    expect(plan.accepted.map((a) => a.record.applicantType)).toEqual(['natural', 'natural']);
    const without = setupFor('requests', noType);
    const failing = planImport(noType, without.setup, without.headers, {
      newId: ids(),
      now: NOW,
      existing: [],
    });
    expect(failing.failures.filter((f) => f.field === 'applicantType')).toHaveLength(5);
  });
});

describe('planImport: appeals and consultations', () => {
  it('links an appeal to its request by serial and reports an unknown serial', () => {
    const rows: SheetRows = [
      ['案件类型', '案号', '立案日期', '审理结果', '审结日期', '关联申请编号'],
      ['行政复议', '测复〔2025〕1号', '2025-04-01', '维持', '2025-05-20', '2025-001'],
      ['复议后起诉', '（2025）测行初1号', '2025-06-01', '审理中', null, '2099-999'],
    ];
    const s = setupFor('appeals', rows);
    const plan = planImport(rows, s.setup, s.headers, {
      newId: ids(),
      now: NOW,
      existing: [],
      requestIdsBySerial: new Map([['2025-001', 'req-1']]),
    });
    expect(plan.accepted[0]?.record).toMatchObject({
      kind: 'review',
      requestId: 'req-1',
      result: 'upheld',
      closedDate: '2025-05-20',
    });
    expect(plan.failures).toEqual([
      {
        row: 3,
        field: 'requestSerial',
        header: '关联申请编号',
        reason: 'import.error.unknownRequestSerial',
        value: '2099-999',
      },
    ]);
  });

  it('imports consultations with their channel', () => {
    const rows: SheetRows = [
      ['日期', '方式', '咨询内容', '咨询人'],
      ['2025/3/5', '电话', '如何申请公开', '测试群众甲'],
      ['2025/3/6', '来访', '办公时间', ''],
    ];
    const s = setupFor('consultations', rows);
    const plan = planImport(rows, s.setup, s.headers, { newId: ids(), now: NOW, existing: [] });
    expect(plan.accepted.map((a) => [a.record.date, a.record.channel])).toEqual([
      ['2025-03-05', 'phone'],
      ['2025-03-06', 'inPerson'],
    ]);
  });

  it('counts two identical consultation rows as two consultations, and matches them row for row when imported again', () => {
    // Found walking the import (2026-12-08): two anonymous callers asking the same thing the same day
    // were one consultation and a "duplicate" — the year's count came out short.
    const rows: SheetRows = [
      ['日期', '方式', '咨询内容', '咨询人'],
      ['2025/3/5', '电话', '如何申请公开', ''],
      ['2025/3/5', '电话', '如何申请公开', ''],
      ['2025/3/6', '来访', '办公时间', ''],
    ];
    const s = setupFor('consultations', rows);
    const first = planImport(rows, s.setup, s.headers, { newId: ids(), now: NOW, existing: [] });
    expect(first.accepted).toHaveLength(3);
    expect(first.duplicates).toEqual([]);
    const stored = first.accepted.map((a, i) => ({ ...a.record, id: `c-${i}` }));
    const again = planImport(rows, s.setup, s.headers, { newId: ids(), now: NOW, existing: stored });
    expect(again.accepted).toHaveLength(0);
    expect(again.duplicates.map((d) => d.of)).toEqual([
      { kind: 'existing', id: 'c-0' },
      { kind: 'existing', id: 'c-1' },
      { kind: 'existing', id: 'c-2' },
    ]);
    // One of the two typed in by hand already: the other still comes in.
    const oneTyped = planImport(rows, s.setup, s.headers, {
      newId: ids(),
      now: NOW,
      existing: stored.slice(0, 1),
    });
    expect(oneTyped.accepted.map((a) => a.row)).toEqual([3, 4]);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { publicationSchema, requestSchema } from '../model/records';
import { exportRegisterXlsx } from './export-xlsx';
import { detectHeaderRow } from './header';
import { planImport } from './plan';
import { readWorkbook } from './workbook';

const META = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: null,
};

const publications = [
  publicationSchema.parse({
    ...META,
    id: 'p1',
    title: '测试局关于测试事项的通知',
    formedDate: '2025-03-03',
    publishedDate: '2025-03-05',
    category: '通知公告',
    channels: ['website', 'board'],
    column: '通知公告',
    docNumber: '测试〔2025〕1号',
    docKind: 'normative',
  }),
  publicationSchema.parse({
    ...META,
    id: 'p2',
    title: '测试局尚未公开的信息',
    formedDate: '2025-04-01',
    category: '其他',
  }),
];

const requests = [
  requestSchema.parse({
    ...META,
    id: 'r1',
    serial: '2025-001',
    applicantType: 'legalService',
    applicantName: '测试律师事务所',
    channel: 'email',
    submittedDate: '2025-03-01',
    receivedDate: '2025-03-03',
    content: '测试内容',
    events: [{ id: 'e1', type: 'answered', date: '2025-03-20', outcome: 'partial' }],
  }),
];

function reimport<N extends 'publications' | 'requests'>(register: N, bytes: Uint8Array) {
  const wb = readWorkbook(bytes, { fileName: 'x.xlsx' });
  const rows = wb.sheet(wb.sheetNames[0] as string).rows;
  const g = detectHeaderRow(register, rows);
  let n = 0;
  return {
    wb,
    rows,
    g,
    plan: planImport(
      rows,
      { register, headerRow: g.row, mapping: g.mapping, values: {}, defaults: {} },
      g.headers,
      {
        newId: () => `n${++n}`,
        now: META.createdAt,
        existing: [],
      },
    ),
  };
}

describe('exportRegisterXlsx', () => {
  it('prints: A4 landscape fitted to the width, header row repeated and frozen, bold, bordered', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportRegisterXlsx('requests', requests)).slice().buffer);
    const ws = book.worksheets[0];
    if (!ws) throw new Error('sheet');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').border?.bottom?.style).toBe('thin');
    const received = ws.getRow(1).values as unknown[];
    const col = received.indexOf('收到日期');
    expect(ws.getCell(2, col).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(col).width).toBe(12);
  });

  it('writes Chinese headers, labels and real date cells', async () => {
    const { wb, rows } = reimport('publications', await exportRegisterXlsx('publications', publications));
    expect(wb.sheetNames).toEqual(['主动公开']);
    expect(rows[0]?.slice(0, 7)).toEqual([
      '信息名称',
      '文号',
      '生成日期',
      '公开日期',
      '主题分类',
      '公开方式',
      '栏目',
    ]);
    expect(rows[1]?.[2]).toEqual({ serial: 45719, date1904: false });
    expect(rows[1]?.[5]).toBe('政府网站/信息公开平台、政务公开栏');
    expect(rows[1]?.[8]).toBe('行政规范性文件');
  });

  it('round-trips publications: every column is suggested back and the records come back equal', async () => {
    const { g, plan } = reimport('publications', await exportRegisterXlsx('publications', publications));
    expect(g.mapping.every((f) => f !== null)).toBe(true);
    expect(plan.failures).toEqual([]);
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(plan.accepted.map((a) => strip(a.record))).toEqual(publications.map((p) => strip(p)));
  });

  it('round-trips a request with its answer', async () => {
    const { plan } = reimport('requests', await exportRegisterXlsx('requests', requests));
    expect(plan.failures).toEqual([]);
    expect(plan.accepted[0]?.record).toMatchObject({
      serial: '2025-001',
      applicantType: 'legalService',
      channel: 'email',
      submittedDate: '2025-03-01',
      receivedDate: '2025-03-03',
    });
    expect(plan.accepted[0]?.record.events).toMatchObject([
      { type: 'answered', date: '2025-03-20', outcome: 'partial' },
    ]);
  });
});

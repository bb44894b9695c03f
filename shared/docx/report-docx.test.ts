import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeAnnualReport } from '../report/compute';
import { draftTexts } from '../report/draft';
import { FORMAT_2021 } from '../report/format-2021';
import { SAMPLE_PROFILE, SAMPLE_YEAR, sampleYearStores } from '../report/testing/sample-year';
import { docxParts, gridOf, tablesOf, textOf } from './docx-xml.test-helper';
import { buildReportDocument } from './report-docx';

const model = computeAnnualReport(sampleYearStores(), SAMPLE_YEAR, SAMPLE_PROFILE);
const texts = draftTexts(model, FORMAT_2021, SAMPLE_PROFILE);

async function build() {
  const doc = buildReportDocument({ model, format: FORMAT_2021, texts, signDate: '2026-01-20' });
  return docxParts(new Uint8Array(await Packer.toBuffer(doc)));
}

describe('annual report .docx', () => {
  let parts: Record<string, string> = {};
  let xml = '';
  let tables: ReturnType<typeof tablesOf> = [];
  beforeAll(async () => {
    parts = await build();
    xml = parts['word/document.xml'] ?? '';
    tables = tablesOf(xml);
  });

  it('uses A4 with the GB/T 9704 margins 37/35/28/26 mm and the official fonts', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) {
      expect(xml).toContain(`w:eastAsia="${font}"`);
    }
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
  });

  it('prints page numbers as “— 1 —” on odd (right) and even (left) pages', () => {
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(2);
    for (const [, f] of footers) {
      expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
    }
    expect(footers.map(([, f]) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders');
  });

  it('has the title, the six section titles in order, and the agency and date at the end', () => {
    const body = textOf(xml);
    expect(body.startsWith('测试县示例局2025年政府信息公开工作年度报告')).toBe(true);
    const positions = FORMAT_2021.sections.map((s) => body.indexOf(s.title));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(body.endsWith('测试县示例局2026年1月20日')).toBe(true);
    expect(body).toContain('本年度新收政府信息公开申请11件');
    expect(body).not.toContain('{{');
  });

  it('builds 表二 with its four blocks and merged value cells', () => {
    const g = gridOf(tables[0] ?? []);
    expect(g.map((r) => r[0])).toEqual([
      '第二十条第（一）项',
      '信息内容',
      '规章',
      '行政规范性文件',
      '第二十条第（五）项',
      '信息内容',
      '行政许可',
      '第二十条第（六）项',
      '信息内容',
      '行政处罚',
      '行政强制',
      '第二十条第（八）项',
      '信息内容',
      '行政事业性收费',
    ]);
    expect(tables[0]?.[0]?.[0]?.gridSpan).toBe(4);
    expect(tables[0]?.[6]?.map((c) => [c.text, c.gridSpan])).toEqual([
      ['行政许可', 1],
      ['12', 3],
    ]);
    expect(g[13]).toEqual(['行政事业性收费', '1.01', '1.01', '1.01']);
  });

  it('builds 表三 with the official merged header (gridSpan/vMerge) and row labels in order', () => {
    const rows = tables[1] ?? [];
    expect(rows).toHaveLength(28);
    expect(rows[0]?.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      [FORMAT_2021.table3.corner, 3, 'restart'],
      ['申请人情况', 7, null],
    ]);
    expect(rows[1]?.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ['', 3, 'continue'],
      ['自然人', 1, 'restart'],
      ['法人或其他组织', 5, null],
      ['总计', 1, 'restart'],
    ]);
    // 三、本年度办理结果 spans the 22 result rows.
    const resultCol = rows.slice(5, 27).map((r) => r[0]?.vMerge);
    expect(resultCol).toEqual(['restart', ...new Array(21).fill('continue')]);
    const g = gridOf(rows);
    const labels = g.slice(3).map((r) => [...new Set(r.slice(0, 3))].join('|'));
    const expected = [
      FORMAT_2021.table3.received,
      FORMAT_2021.table3.carriedIn,
      ...FORMAT_2021.table3.groups.flatMap((grp) =>
        grp.items.length === 0
          ? [`三、本年度办理结果|${grp.label}`]
          : grp.items.map((i) => `三、本年度办理结果|${grp.label}|${i.label}`),
      ),
      '三、本年度办理结果|（七）总计',
      FORMAT_2021.table3.carriedOut,
    ];
    expect(labels).toEqual(expected);
    expect(g[3]?.slice(3)).toEqual(['5', '2', '1', '1', '1', '1', '11']);
    expect(g[26]?.slice(3)).toEqual(['6', '2', '1', '1', '1', '1', '12']);
    expect(g[27]?.slice(3)).toEqual(['1', '1', '0', '0', '0', '0', '2']);
  });

  it('builds 表四 with 行政复议 and 行政诉讼 headers over 15 numbers', () => {
    const rows = tables[2] ?? [];
    expect(rows[0]?.map((c) => [c.text, c.gridSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(rows[1]?.slice(0, 5).map((c) => c.vMerge)).toEqual(new Array(5).fill('restart'));
    expect(rows[1]?.slice(5).map((c) => [c.text, c.gridSpan])).toEqual([
      ['未经复议直接起诉', 5],
      ['复议后起诉', 5],
    ]);
    const g = gridOf(rows);
    expect(g[2]?.slice(0, 5)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(g[3]).toEqual(['2', '0', '0', '2', '4', '0', '0', '1', '0', '1', '1', '0', '0', '0', '1']);
  });
});

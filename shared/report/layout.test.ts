import { describe, expect, it } from 'vitest';
import { computeAnnualReport } from './compute';
import { FORMAT_2021 } from './format-2021';
import { NOT_ENTERED, reportTables, type TableLayout, table3Layout, table4Layout } from './layout';
import { SAMPLE_PROFILE, sampleYearStores } from './testing/sample-year';

/** Place every cell on the grid (HTML rules); returns the grid of texts, or throws on overlap/gaps. */
function grid(layout: TableLayout): string[][] {
  const width = layout.widths.length;
  const out: (string | undefined)[][] = layout.rows.map(() => new Array(width).fill(undefined));
  layout.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = out[r + dr];
          if (!line || c + dc >= width || line[c + dc] !== undefined) throw new Error(`overlap at ${r},${c}`);
          line[c + dc] = cell.text;
        }
      }
      c += cell.colSpan;
    }
  });
  return out.map((line, r) =>
    line.map((t, c) => {
      if (t === undefined) throw new Error(`gap at ${r},${c}`);
      return t;
    }),
  );
}

describe('table layouts', () => {
  it('表三 is a 10-column grid with the official merged headers and rows in order', () => {
    const g = grid(table3Layout(FORMAT_2021));
    expect(g).toHaveLength(3 + 2 + 22 + 1);
    expect(g[0]?.slice(0, 4)).toEqual([
      FORMAT_2021.table3.corner,
      FORMAT_2021.table3.corner,
      FORMAT_2021.table3.corner,
      '申请人情况',
    ]);
    expect(g[1]?.slice(3)).toEqual(['自然人', ...new Array(5).fill('法人或其他组织'), '总计']);
    expect(g[2]?.slice(3)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    const labels = g.slice(3).map((row) => [...new Set(row.slice(0, 3))].join('|'));
    expect(labels[0]).toBe('一、本年新收政府信息公开申请数量');
    expect(labels[1]).toBe('二、上年结转政府信息公开申请数量');
    expect(labels[2]).toBe('三、本年度办理结果|（一）予以公开');
    expect(labels[3]).toBe('三、本年度办理结果|（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(labels[4]).toBe('三、本年度办理结果|（三）不予公开|1.属于国家秘密');
    expect(labels[11]).toBe('三、本年度办理结果|（三）不予公开|8.属于行政查询事项');
    expect(labels[12]).toBe('三、本年度办理结果|（四）无法提供|1.本机关不掌握相关政府信息');
    expect(labels[20]).toBe(
      '三、本年度办理结果|（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    );
    expect(labels[23]).toBe('三、本年度办理结果|（七）总计');
    expect(labels[24]).toBe('四、结转下年度继续办理');
  });

  it('表四 has 行政复议 and the two 行政诉讼 blocks over 15 value cells', () => {
    const g = grid(table4Layout(FORMAT_2021));
    expect(g).toHaveLength(4);
    expect(new Set(g[0]?.slice(0, 5))).toEqual(new Set(['行政复议']));
    expect(new Set(g[0]?.slice(5))).toEqual(new Set(['行政诉讼']));
    expect(g[1]?.slice(5, 10)).toEqual(new Array(5).fill('未经复议直接起诉'));
    expect(g[1]?.slice(10)).toEqual(new Array(5).fill('复议后起诉'));
    expect(g[2]).toEqual(
      [...new Array(3)].flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    );
    expect(g[1]?.slice(0, 5)).toEqual(g[2]?.slice(0, 5));
  });

  it('fills values from the model; a figure not entered is marked, never blank', () => {
    const stores = sampleYearStores();
    stores.yearFigures = [];
    const tables = reportTables(FORMAT_2021, computeAnnualReport(stores, 2025, SAMPLE_PROFILE).cells);
    const [t2, t3, t4] = tables.map(grid);
    expect(t2?.[0]).toEqual(new Array(4).fill('第二十条第（一）项'));
    expect(t2?.[1]).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(t2?.[2]).toEqual(['规章', '1', '0', '2']);
    expect(t2?.[3]).toEqual(['行政规范性文件', '2', '1', '3']);
    expect(t2?.[5]).toEqual(['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量']);
    expect(t2?.[6]).toEqual(['行政许可', NOT_ENTERED, NOT_ENTERED, NOT_ENTERED]);
    expect(t2?.[13]?.[0]).toBe('行政事业性收费');
    expect(t3?.[3]?.slice(3)).toEqual(['5', '2', '1', '1', '1', '1', '11']);
    expect(t4?.[3]).toEqual(['2', '0', '0', '2', '4', '0', '0', '1', '0', '1', '1', '0', '0', '0', '1']);
    for (const g of [t2, t3, t4])
      for (const row of g ?? []) for (const cell of row) expect(cell).not.toBe('');
  });
});

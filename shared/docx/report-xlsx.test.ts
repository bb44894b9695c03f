import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeAnnualReport } from '../report/compute';
import { FORMAT_2021 } from '../report/format-2021';
import { SAMPLE_PROFILE, sampleYearStores } from '../report/testing/sample-year';
import { buildReportWorkbook } from './report-xlsx';
import { mergedRanges, xlsxBytes } from '../xlsx/style';

async function readBack(): Promise<ExcelJS.Workbook> {
  const model = computeAnnualReport(sampleYearStores(), 2025, SAMPLE_PROFILE);
  const bytes = await xlsxBytes(buildReportWorkbook(model, FORMAT_2021));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('report tables .xlsx (ExcelJS, styled to print)', () => {
  it('keeps 表三’s official header: corner cell over three rows, 申请人情况 over seven columns', async () => {
    const wb = await readBack();
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    const t3 = wb.worksheets[1];
    if (!t3) throw new Error('sheet');
    const merges = mergedRanges(t3);
    expect(merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 10 }); // title
    expect(merges).toContainEqual({ top: 2, left: 1, bottom: 4, right: 3 }); // 勾稽 corner
    expect(merges).toContainEqual({ top: 2, left: 4, bottom: 2, right: 10 }); // 申请人情况
    expect(merges).toContainEqual({ top: 3, left: 5, bottom: 3, right: 9 }); // 法人或其他组织
    expect(String(t3.getCell('A2').value)).toContain('本列数据的勾稽关系为');
    expect(t3.getCell('J5').value).toBe(11);
  });

  it('prints on A4 fitted to the page width, header rows repeated and frozen, columns sized', async () => {
    const wb = await readBack();
    const [t2, t3, t4] = wb.worksheets;
    if (!t2 || !t3 || !t4) throw new Error('sheets');
    for (const ws of [t2, t3, t4]) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    expect(t3.pageSetup.orientation).toBe('portrait');
    expect(t4.pageSetup.orientation).toBe('landscape');
    // Title + the three header rows of 表三 on every printed page, and frozen on screen.
    expect(t3.pageSetup.printTitlesRow).toBe('1:4');
    expect(t3.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(t3.getColumn(3).width).toBeGreaterThan(20);
    expect(t3.getCell('A2').border?.top?.style).toBe('thin');
    expect(t3.getCell('A2').font?.bold).toBe(true);
    expect(t3.getCell('C20').alignment?.wrapText).toBe(true);
  });

  it('writes 0 as the number 0, never a blank cell, and 万元 to two decimals', async () => {
    const wb = await readBack();
    const t3 = wb.worksheets[1];
    const t2 = wb.worksheets[0];
    // 表三 二、上年结转 (row 6) for 科研机构 (F): no case carried in, printed as 0.
    expect(t3?.getCell('F6').value).toBe(0);
    expect(t3?.getCell('F6').text).toBe('0');
    expect(t2?.getCell('B15').value).toBe(1.01);
    expect(t2?.getCell('B15').numFmt).toBe('0.00');
  });
});

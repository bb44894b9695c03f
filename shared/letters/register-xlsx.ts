// The 发文登记 workbook (ExcelJS): title row, header, one row per issued letter; bytes at the edge.
import ExcelJS from 'exceljs';
import { type LetterRegisterRow, registerColumns } from './register';

export function buildLetterRegisterWorkbook(
  rows: readonly LetterRegisterRow[],
  options: { year: number; agencyName: string; withNames: boolean },
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${options.year}年发文登记`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const columns = registerColumns(options.withNames);
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  const title = ws.getCell(1, 1);
  title.value = `${options.agencyName}${options.year}年政府信息公开文书发文登记`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = ws.getRow(2);
  header.values = columns.map((c) => c.zh);
  header.font = { bold: true };
  for (const r of rows) {
    ws.addRow(columns.map((c) => (c.key === 'late' ? (r.late ? '是' : '否') : String(r[c.key]))));
  }
  const border = { style: 'thin' as const };
  for (let i = 2; i <= ws.rowCount; i += 1)
    ws.getRow(i).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: border, left: border, bottom: border, right: border };
    });
  ws.pageSetup.printTitlesRow = '2:2';
  return wb;
}

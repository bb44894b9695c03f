import type { ReportFormat } from '../report/format-types';
import { reportTables, type TableLayout } from '../report/layout';
import type { ReportModel } from '../report/model';
import {
  addPrintableSheet,
  fitRowHeights,
  mergeBlock,
  newWorkbook,
  putCell,
  type Workbook,
  type Worksheet,
} from '../xlsx/style';

/**
 * The three tables as a workbook, one sheet each, with the official merged headers of the
 * document (表三's corner cell over three header rows, 申请人情况 over the seven columns…), laid out
 * to print: 表二 and 表三 on A4 portrait, the 15 columns of 表四 landscape, each fitted to the page
 * width with its title and header rows repeated on every page. Bytes: xlsxBytes (the edge).
 */

/** Sheet width in characters per table: what A4 holds at a readable scale in that orientation. */
const PRINT: Record<TableLayout['id'], { landscape: boolean; width: number }> = {
  table2: { landscape: false, width: 92 },
  table3: { landscape: false, width: 104 },
  table4: { landscape: true, width: 140 },
};

function sheetOf(book: Workbook, title: string, layout: TableLayout, model: ReportModel): Worksheet {
  const print = PRINT[layout.id];
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const gridWidth = layout.widths.length;
  const ws = addPrintableSheet(book, {
    name: title,
    landscape: print.landscape,
    widths: layout.widths.map((w) => Math.round((w / total) * print.width * 10) / 10),
    headerRows: 1 + layout.headerRows,
  });
  putCell(ws, 1, 1, title, 'title');
  mergeBlock(ws, 1, 1, 1, gridWidth);
  const covered = new Set<string>();
  layout.rows.forEach((row, i) => {
    const r = i + 2;
    let c = 1;
    for (const cell of row) {
      while (covered.has(`${r}:${c}`)) c++;
      const modelCell = cell.key ? model.cells[cell.key] : undefined;
      if (cell.kind === 'value' && modelCell && modelCell.value !== null) {
        // 万元 to two decimals as a number (sums in Excel still work); counts as integers, 0 printed.
        const money = cell.key?.startsWith('t2:fees:') ?? false;
        putCell(ws, r, c, money ? Number(modelCell.text) : modelCell.value, 'value', money ? '0.00' : '0');
      } else {
        putCell(ws, r, c, cell.text, cell.kind === 'header' ? 'header' : cell.kind);
      }
      mergeBlock(ws, r, c, r + cell.rowSpan - 1, c + cell.colSpan - 1);
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) covered.add(`${r + dr}:${c + dc}`);
      }
      c += cell.colSpan;
    }
  });
  ws.getRow(1).height = 30;
  fitRowHeights(ws, 2);
  return ws;
}

export function buildReportWorkbook(model: ReportModel, format: ReportFormat): Workbook {
  const book = newWorkbook(model.agencyName);
  const tables = new Map(reportTables(format, model.cells).map((t) => [t.id, t]));
  for (const section of format.sections) {
    if (section.content === 'text') continue;
    const layout = tables.get(section.content);
    if (layout) sheetOf(book, section.title, layout, model);
  }
  return book;
}

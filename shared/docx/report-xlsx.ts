import { type CellObject, type Range, utils, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { ReportFormat } from '../report/format-types';
import { reportTables, type TableLayout } from '../report/layout';
import type { ReportModel } from '../report/model';

/**
 * The three tables as a workbook, one sheet each, with the same merged cells as the document.
 * Writing bytes (XLSX.write) happens at the edge.
 */

function sheetOf(title: string, layout: TableLayout, model: ReportModel): WorkSheet {
  const width = layout.widths.length;
  const aoa: (CellObject | null)[][] = [[{ t: 's', v: title }]];
  const merges: Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  const covered = new Set<string>();
  layout.rows.forEach((row, i) => {
    const r = i + 1;
    const line: (CellObject | null)[] = new Array(width).fill(null);
    let c = 0;
    for (const cell of row) {
      while (covered.has(`${r}:${c}`)) c++;
      const modelCell = cell.key ? model.cells[cell.key] : undefined;
      if (cell.kind === 'value' && modelCell && modelCell.value !== null) {
        const money = cell.key?.startsWith('t2:fees:') ?? false;
        line[c] = money ? { t: 'n', v: Number(modelCell.text), z: '0.00' } : { t: 'n', v: modelCell.value };
      } else {
        line[c] = { t: 's', v: cell.text };
      }
      if (cell.colSpan > 1 || cell.rowSpan > 1) {
        merges.push({ s: { r, c }, e: { r: r + cell.rowSpan - 1, c: c + cell.colSpan - 1 } });
      }
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) covered.add(`${r + dr}:${c + dc}`);
      }
      c += cell.colSpan;
    }
    aoa.push(line);
  });
  const sheet = utils.aoa_to_sheet(aoa.map((line) => line.map((cell) => cell ?? { t: 'z' })));
  sheet['!merges'] = merges;
  sheet['!cols'] = layout.widths.map((w) => ({
    wch: Math.max(6, Math.round(w * (layout.id === 'table4' ? 10 : 1.6))),
  }));
  return sheet;
}

export function buildReportWorkbook(model: ReportModel, format: ReportFormat): WorkBook {
  const book = utils.book_new();
  const tables = new Map(reportTables(format, model.cells).map((t) => [t.id, t]));
  for (const section of format.sections) {
    if (section.content === 'text') continue;
    const layout = tables.get(section.content);
    if (layout)
      utils.book_append_sheet(book, sheetOf(section.title, layout, model), section.title.slice(0, 31));
  }
  return book;
}

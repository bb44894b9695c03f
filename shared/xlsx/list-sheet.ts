import {
  addPrintableSheet,
  type CellKind,
  type CellValue,
  fitRowHeights,
  mergeBlock,
  putCell,
  type Workbook,
  type Worksheet,
} from './style';

/**
 * A list as a printable sheet: an optional title row merged across the columns, one bold heading
 * row, then one row per record, every cell bordered and wrapped. The title and heading rows repeat
 * on every printed page and stay frozen on screen; an autofilter sits on the heading row.
 */

export interface ListColumn {
  heading: string;
  /** Width in characters. */
  width: number;
  /** How the column's cells look: 'text' left-aligned, 'value'/'date' centred. */
  kind?: Extract<CellKind, 'text' | 'value' | 'date'>;
}

export interface ListSheet {
  name: string;
  title: string | null;
  columns: ListColumn[];
  rows: readonly CellValue[][];
  landscape: boolean;
}

export function addListSheet(wb: Workbook, list: ListSheet): Worksheet {
  const top = list.title === null ? 0 : 1;
  const headingRow = top + 1;
  const ws = addPrintableSheet(wb, {
    name: list.name,
    landscape: list.landscape,
    widths: list.columns.map((c) => c.width),
    headerRows: headingRow,
  });
  const last = list.columns.length;
  if (list.title !== null) {
    putCell(ws, 1, 1, list.title, 'title');
    mergeBlock(ws, 1, 1, 1, last);
    ws.getRow(1).height = 30;
  }
  list.columns.forEach((c, i) => {
    putCell(ws, headingRow, i + 1, c.heading, 'header');
  });
  list.rows.forEach((cells, r) => {
    list.columns.forEach((c, i) => {
      putCell(ws, headingRow + 1 + r, i + 1, cells[i] ?? '', c.kind ?? 'text');
    });
  });
  ws.autoFilter = {
    from: { row: headingRow, column: 1 },
    to: { row: headingRow + list.rows.length, column: last },
  };
  fitRowHeights(ws, headingRow);
  return ws;
}

import ExcelJS from 'exceljs';

/**
 * The house style of every .xlsx the app writes (report tables, catalogue, registers, bulletin).
 * Officers print and forward these files, so each sheet is built to print: A4, fitted to the page
 * width (fitToWidth 1, fitToHeight 0: as many pages down as needed), the header rows repeated on
 * every page and frozen on screen, thin borders, wrapped text, a bold header, and columns wide
 * enough for their labels. ExcelJS writes styles (the community SheetJS build does not); reading
 * imported files stays with SheetJS (shared/import). Turning a workbook into bytes is xlsxBytes.
 */

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type CellValue = string | number | null;

export const FONT_NAME = '宋体';
const FONT_SIZE = 10;
/** Points per printed line at FONT_SIZE, with the cell's padding. */
const LINE_HEIGHT = 15;

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export function newWorkbook(creator: string): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator || '公开台账';
  // ExcelJS stamps created/modified itself (file properties); no date of ours is read here.
  return wb;
}

export interface SheetSetup {
  /** Excel sheet name (≤ 31 characters; no []:*?/\). */
  name: string;
  landscape: boolean;
  /** Column widths in characters (Excel's unit: the width of "0"). */
  widths: number[];
  /** Rows 1…n are repeated on every printed page and frozen on screen (0 = none). */
  headerRows: number;
}

/** A4, fit to page width, margins about 1.5 cm, centred, header rows repeated and frozen. */
export function addPrintableSheet(wb: Workbook, setup: SheetSetup): Worksheet {
  const ws = wb.addWorksheet(safeSheetName(setup.name), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: setup.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: setup.headerRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: setup.headerRows }] : [],
  });
  if (setup.headerRows > 0) ws.pageSetup.printTitlesRow = `1:${setup.headerRows}`;
  setup.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return ws;
}

export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';
}

export type CellKind = 'title' | 'header' | 'label' | 'value' | 'text' | 'date';

/**
 * One style object per kind and number format, shared by every cell of that kind: ExcelJS dedups
 * styles by object identity, so 200,000 cells cost one lookup each instead of a comparison each
 * (20,000 catalogue rows: seconds). Never mutate a cell's style in place (cell.font = … etc.).
 */
const STYLES = new Map<string, Partial<ExcelJS.Style>>();

function styleOf(kind: CellKind, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const id = `${kind}|${numFmt ?? ''}`;
  const known = STYLES.get(id);
  if (known) return known;
  const bold = kind === 'title' || kind === 'header';
  const centred = kind === 'title' || kind === 'header' || kind === 'value' || kind === 'date';
  const style: Partial<ExcelJS.Style> = {
    font: { name: FONT_NAME, size: kind === 'title' ? 14 : FONT_SIZE, bold },
    alignment: { wrapText: true, vertical: 'middle', horizontal: centred ? 'center' : 'left' },
    ...(kind === 'title' ? {} : { border: BORDER }),
    ...(kind === 'header' ? { fill: HEADER_FILL } : {}),
    ...(numFmt ? { numFmt } : kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}),
  };
  STYLES.set(id, style);
  return style;
}

/** Writes one cell with the house style of its kind (numFmt: e.g. '0.00' for 万元). */
export function putCell(
  ws: Worksheet,
  row: number,
  col: number,
  value: CellValue,
  kind: CellKind,
  numFmt?: string,
): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.style = styleOf(kind, numFmt);
}

/** Merges made through mergeBlock, per sheet (reading `ws.model` would serialise every row). */
const MERGES = new WeakMap<Worksheet, MergedRange[]>();

/** Merges a block and gives every covered cell the border (Excel draws merged borders per cell). */
export function mergeBlock(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (bottom > top || right > left) {
    ws.mergeCells(top, left, bottom, right);
    const list = MERGES.get(ws) ?? [];
    list.push({ top, left, bottom, right });
    MERGES.set(ws, list);
  }
  const first = ws.getCell(top, left);
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (r !== top || c !== left) ws.getCell(r, c).style = first.style;
    }
  }
}

/** Display width of a string in Excel character units: a CJK character is about two. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1.1;
  return w;
}

/** Printed lines of a wrapped text in a column span of `width` characters. */
export function linesIn(text: string, width: number): number {
  const usable = Math.max(2, width - 1.5);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/**
 * Row heights for wrapped text. Excel and LibreOffice do not re-measure wrapped rows of a file
 * they did not write, so a long label would print cut off: set each row tall enough for its
 * longest cell (merged cells count with the width of all their columns, spread over their rows).
 */
export function fitRowHeights(ws: Worksheet, fromRow: number, minLines = 1): void {
  const widths: number[] = [];
  ws.columns.forEach((c, i) => {
    widths[i + 1] = c.width ?? 9;
  });
  const spans = new Map<string, { cols: number; rows: number }>();
  for (const range of MERGES.get(ws) ?? []) {
    spans.set(`${range.top}:${range.left}`, {
      cols: sum(widths, range.left, range.right),
      rows: range.bottom - range.top + 1,
    });
  }
  const lastRow = ws.rowCount;
  for (let r = fromRow; r <= lastRow; r++) {
    const row = ws.getRow(r);
    let lines = minLines;
    row.eachCell((cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      const text = cell.value === null || cell.value === undefined ? '' : String(cell.text);
      const span = spans.get(`${r}:${col}`);
      const width = span ? span.cols : (widths[col] ?? 9);
      const size = typeof cell.font?.size === 'number' ? cell.font.size / FONT_SIZE : 1;
      const needed = (linesIn(text, width / size) * size) / (span ? span.rows : 1);
      lines = Math.max(lines, needed);
    });
    row.height = Math.ceil(lines * LINE_HEIGHT);
  }
}

function sum(widths: number[], from: number, to: number): number {
  let s = 0;
  for (let c = from; c <= to; c++) s += widths[c] ?? 9;
  return s;
}

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet's merged ranges as read back from a file ('B2:C4' → numbers), for tests and checks. */
export function mergedRanges(ws: Worksheet): MergedRange[] {
  // ExcelJS keeps merges on the model (`ws.model.merges`: ['A1:J1', …]).
  const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map((ref) => {
    const [a, b] = ref.split(':');
    const from = cellRef(a ?? 'A1');
    const to = cellRef(b ?? a ?? 'A1');
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
}

function cellRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return { row: 1, col: 1 };
  let col = 0;
  for (const ch of m[1] ?? 'A') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** The .xlsx bytes (Node: a Buffer; browser: an ArrayBuffer — both become a Uint8Array). */
export async function xlsxBytes(wb: Workbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array
    ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
    : new Uint8Array(out);
}

import { addListSheet } from '../xlsx/list-sheet';
import { newWorkbook, type Workbook } from '../xlsx/style';
import { CATALOGUE_COLUMNS, CATALOGUE_HEADINGS, type CatalogueRow, catalogueCells } from './rows';

/**
 * Spreadsheet forms of the catalogue. Shared builds the text / workbook model; turning a workbook
 * into bytes (`xlsxBytes(wb)`) happens at the edge (CLI, renderer).
 */

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A cell starting with = + - @,
 * TAB or CR gets a leading apostrophe so Excel shows it as text instead of running it as a formula
 * (OWASP "CSV injection": spreadsheet apps skip a leading TAB/CR and then read the formula).
 */
export function csvField(value: string): string {
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV with a UTF-8 byte order mark and CRLF line ends: without the BOM, Excel on a Chinese
 * Windows opens the file as GBK and shows mojibake. Encode the returned string as UTF-8.
 */
export function catalogueCsv(rows: readonly CatalogueRow[]): string {
  const lines = [CATALOGUE_HEADINGS, ...rows.map(catalogueCells)].map((cells) =>
    cells.map(csvField).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const SHEET_NAME = '政府信息公开目录';
/** Character widths in CATALOGUE_COLUMNS order (about 175: A4 landscape at ~85%); a national 索引号 fits on one line. */
const COLUMN_WIDTHS = [31, 30, 34, 14, 11, 11, 14, 10, 14, 7];
/** Columns printed centred (索引号, dates, 有效性); the rest are text, left-aligned. */
const CENTRED = new Set(['indexNumber', 'formedDate', 'publishedDate', 'validity']);

/**
 * One sheet, built to print (shared/xlsx/style.ts): the title in row 1 (merged across the
 * columns), headings in row 2 (repeated on every page, frozen), one item per row from row 3, A4
 * landscape fitted to the page width. Every cell is text, dates included, so no time zone or date
 * serial can shift a date. Bytes: xlsxBytes (the edge).
 */
export function catalogueWorkbook(rows: readonly CatalogueRow[], title: string): Workbook {
  const wb = newWorkbook('');
  addListSheet(wb, {
    name: SHEET_NAME,
    title,
    landscape: true,
    columns: CATALOGUE_COLUMNS.map((c, i) => ({
      heading: c.zh,
      width: COLUMN_WIDTHS[i] ?? 12,
      kind: CENTRED.has(c.key) ? 'value' : 'text',
    })),
    rows: rows.map(catalogueCells),
  });
  return wb;
}

/** Where the data starts when reading a catalogue workbook back (0-based row of the headings). */
export const CATALOGUE_SHEET_HEADER_ROW = 1;

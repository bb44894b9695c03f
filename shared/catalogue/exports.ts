import { utils, type WorkBook } from '@e965/xlsx';
import { CATALOGUE_HEADINGS, type CatalogueRow, catalogueCells } from './rows';

/**
 * Spreadsheet forms of the catalogue. Shared builds the text / workbook model; turning a workbook
 * into bytes (`write(wb, { type: 'array', bookType: 'xlsx' })`) happens at the edge (CLI, renderer).
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

/** Excel's limit for a sheet name; also no []:*?/\ characters. */
const SHEET_NAME = '政府信息公开目录';
/** Character widths of the columns, in CATALOGUE_COLUMNS order. */
const COLUMN_WIDTHS = [30, 40, 50, 20, 12, 12, 20, 12, 20, 8];

/**
 * One sheet: the title in row 1 (merged across the columns), headings in row 2, one item per row
 * from row 3. Every cell is text, dates included, so no time zone or date serial can shift a date.
 */
export function catalogueWorkbook(rows: readonly CatalogueRow[], title: string): WorkBook {
  const aoa: string[][] = [[title], CATALOGUE_HEADINGS, ...rows.map(catalogueCells)];
  const sheet = utils.aoa_to_sheet(aoa);
  const lastCol = CATALOGUE_HEADINGS.length - 1;
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: lastCol } }];
  sheet['!cols'] = COLUMN_WIDTHS.map((wch) => ({ wch }));
  sheet['!autofilter'] = {
    ref: utils.encode_range({ s: { r: 1, c: 0 }, e: { r: 1 + rows.length, c: lastCol } }),
  };
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, SHEET_NAME);
  return book;
}

/** Where the data starts when reading a catalogue workbook back (0-based row of the headings). */
export const CATALOGUE_SHEET_HEADER_ROW = 1;

import { excelSerialToDate } from './excel-serial';

/**
 * A spreadsheet's cells as the import reads them, and what the import page needs of them without the
 * reader itself (issue 17): the spreadsheet reader (SheetJS, 360 kB) is in workbook.ts, which the
 * import page loads when a file is chosen, not with the page.
 */

/** A number the sheet formats as a date: an Excel serial in the workbook's date system. */
export interface ExcelDate {
  readonly serial: number;
  readonly date1904: boolean;
}
export type Cell = string | number | boolean | ExcelDate | null;
export type SheetRows = Cell[][];

export interface SheetRange {
  /** 0-based rows and columns, inclusive. */
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface LoadedSheet {
  name: string;
  rows: SheetRows;
  merges: SheetRange[];
}

export interface LoadedWorkbook {
  sheetNames: string[];
  sheet(name: string): LoadedSheet;
  /** 'utf-8' or the legacy encoding a CSV was decoded from. */
  encoding: string;
}

export type WorkbookErrorCode = 'empty' | 'unreadable' | 'legacyEncodingUnavailable';
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** File name, used to tell CSV from binary formats. */
  fileName?: string;
  /**
   * Decodes a CSV that is not UTF-8 (Excel on Chinese Windows saves CSV in GBK). The renderer passes
   * `(b) => new TextDecoder('gb18030').decode(b)`; shared/ has no TextDecoder of its own.
   */
  decodeLegacy?: (bytes: Uint8Array) => string;
}

export function isExcelDate(c: Cell): c is ExcelDate {
  return typeof c === 'object' && c !== null && 'serial' in c;
}

/** Strict UTF-8 validation (no TextDecoder in shared/). */
export function isValidUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const x = b[i] as number;
    let n = 0;
    if (x < 0x80) n = 0;
    else if (x >= 0xc2 && x <= 0xdf) n = 1;
    else if (x >= 0xe0 && x <= 0xef) n = 2;
    else if (x >= 0xf0 && x <= 0xf4) n = 3;
    else return false;
    for (let k = 1; k <= n; k++) {
      const y = b[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) return false;
    }
    i += n + 1;
  }
  return true;
}

/** Text of a cell as a person reads it (for headers, previews and value mapping). */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  // A date cell reads as the civil date it shows in Excel.
  return excelSerialToDate(c.serial, c.date1904) ?? String(c.serial);
}

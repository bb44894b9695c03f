import * as XLSX from '@e965/xlsx';
import { excelSerialToDate } from './excel-serial';

/**
 * Reading an officer's spreadsheet (.xlsx, .xls, .csv) from bytes, in Node and in the browser.
 * Cells come out as plain values; date-formatted numbers stay Excel serials (`ExcelDate`) so the
 * civil date is computed by integer arithmetic, never through a JS Date in the machine's time zone.
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

const ssf = XLSX.SSF as { is_date(fmt: string): boolean };

function looksLikeCsv(bytes: Uint8Array, fileName: string | undefined): boolean {
  if (fileName && /\.(csv|txt|tsv)$/i.test(fileName)) return true;
  if (fileName && /\.(xlsx|xlsm|xls|et|ods)$/i.test(fileName)) return false;
  // Zip (xlsx) and OLE2 (xls) magic numbers.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return false;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return false;
  return true;
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

function decodeUtf8(b: Uint8Array): string {
  let out = '';
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const chunk: number[] = [];
  while (i < b.length) {
    const x = b[i] as number;
    let cp: number;
    if (x < 0x80) {
      cp = x;
      i += 1;
    } else if (x < 0xe0) {
      cp = ((x & 0x1f) << 6) | ((b[i + 1] as number) & 0x3f);
      i += 2;
    } else if (x < 0xf0) {
      cp = ((x & 0x0f) << 12) | (((b[i + 1] as number) & 0x3f) << 6) | ((b[i + 2] as number) & 0x3f);
      i += 3;
    } else {
      cp =
        ((x & 0x07) << 18) |
        (((b[i + 1] as number) & 0x3f) << 12) |
        (((b[i + 2] as number) & 0x3f) << 6) |
        ((b[i + 3] as number) & 0x3f);
      i += 4;
    }
    chunk.push(cp);
    if (chunk.length >= 8192) {
      out += String.fromCodePoint(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCodePoint(...chunk);
}

function toCell(raw: XLSX.CellObject | undefined, date1904: boolean): Cell {
  if (!raw || raw.v === undefined || raw.v === null) return null;
  const v = raw.v;
  if (typeof v === 'number') {
    if (raw.t === 'n' && typeof raw.z === 'string' && ssf.is_date(raw.z)) return { serial: v, date1904 };
    return v;
  }
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'boolean') return v;
  // cellDates is off, so Date values do not occur; treat anything else as absent.
  return null;
}

function sheetOf(wb: XLSX.WorkBook, name: string): LoadedSheet {
  const ws = wb.Sheets[name];
  if (!ws) throw new WorkbookError('unreadable', `no sheet named ${name}`);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const dense = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  const rows: SheetRows = [];
  let width = 0;
  for (let r = 0; r < dense.length; r++) {
    const src = dense[r] ?? [];
    const row: Cell[] = [];
    for (let c = 0; c < src.length; c++) row.push(toCell(src[c], date1904));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    if (row.length > width) width = row.length;
    rows.push(row);
  }
  for (const row of rows) while (row.length < width) row.push(null);
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((c) => c === null)) rows.pop();
  return { name, rows, merges: (ws['!merges'] ?? []) as SheetRange[] };
}

/** Reads a workbook from bytes. Throws WorkbookError with a code the UI translates. */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): LoadedWorkbook {
  if (bytes.length === 0) throw new WorkbookError('empty', 'the file is empty');
  let wb: XLSX.WorkBook;
  let encoding = 'utf-8';
  try {
    if (looksLikeCsv(bytes, opts.fileName)) {
      let text: string;
      if (isValidUtf8(bytes)) text = decodeUtf8(bytes);
      else if (opts.decodeLegacy) {
        text = opts.decodeLegacy(bytes);
        encoding = 'gb18030';
      } else
        throw new WorkbookError('legacyEncodingUnavailable', 'CSV is not UTF-8 and no decoder was given');
      // raw: keep every CSV cell as text so "001" and "2025-3-5" reach our own parsers untouched.
      wb = XLSX.read(text, { type: 'string', raw: true, dense: true, cellText: false });
    } else {
      wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellDates: false });
    }
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError('unreadable', e instanceof Error ? e.message : String(e));
  }
  if (wb.SheetNames.length === 0) throw new WorkbookError('empty', 'the workbook has no sheets');
  const cache = new Map<string, LoadedSheet>();
  return {
    sheetNames: [...wb.SheetNames],
    encoding,
    sheet(name) {
      let s = cache.get(name);
      if (!s) {
        s = sheetOf(wb, name);
        cache.set(name, s);
      }
      return s;
    },
  };
}

/** Text of a cell as a person reads it (for headers, previews and value mapping). */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  // A date cell reads as the civil date it shows in Excel.
  return excelSerialToDate(c.serial, c.date1904) ?? String(c.serial);
}

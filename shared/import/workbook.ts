import * as XLSX from '@e965/xlsx';
import {
  type Cell,
  isValidUtf8,
  type LoadedSheet,
  type LoadedWorkbook,
  type ReadOptions,
  type SheetRange,
  type SheetRows,
  WorkbookError,
} from './cells';

export * from './cells';

/**
 * Reading an officer's spreadsheet (.xlsx, .xls, .csv) from bytes, in Node and in the browser.
 * Cells come out as plain values; date-formatted numbers stay Excel serials (`ExcelDate`) so the
 * civil date is computed by integer arithmetic, never through a JS Date in the machine's time zone.
 */

const ssf = XLSX.SSF as { is_date(fmt: string): boolean };

function looksLikeCsv(bytes: Uint8Array, fileName: string | undefined): boolean {
  if (fileName && /\.(csv|txt|tsv)$/i.test(fileName)) return true;
  if (fileName && /\.(xlsx|xlsm|xls|et|ods)$/i.test(fileName)) return false;
  // Zip (xlsx) and OLE2 (xls) magic numbers.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return false;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return false;
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

import { type DateString, formatDate, isValidDate } from '../model/dates';
import { excelSerialToDate } from './excel-serial';
import { type Cell, isExcelDate } from './cells';

export { dateToExcelSerial, excelSerialToDate } from './excel-serial';

/**
 * Every date form an officer's spreadsheet holds: real date cells (Excel serials, both the 1900 and
 * 1904 date systems), serial numbers that lost their format, and text typed by hand.
 */

export type DateParse = { ok: true; date: DateString } | { ok: false; reason: 'import.error.badDate' };

/** Serial numbers a real register would hold: 1954-10-03 … 2119-01-10. */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

const FULL_WIDTH_DIGITS = /[０-９]/g;
const toAsciiDigits = (s: string) =>
  s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const YMD =
  /^(\d{4})\s*(?:[-/.年]|\s)\s*(\d{1,2})\s*(?:[-/.月]|\s)\s*(\d{1,2})\s*日?(?:[\sT]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

function ymd(y: number, m: number, d: number): DateParse {
  const s = formatDate(y, m, d);
  return isValidDate(s) ? { ok: true, date: s } : { ok: false, reason: 'import.error.badDate' };
}

function fromNumber(n: number): DateParse {
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 22_001_231) {
    return ymd(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  }
  if (n >= SERIAL_MIN && n <= SERIAL_MAX) {
    const d = excelSerialToDate(n);
    if (d) return { ok: true, date: d };
  }
  return { ok: false, reason: 'import.error.badDate' };
}

/**
 * Parses one cell as a civil date. Blank cells are the caller's business (`null` here means blank).
 * Accepts "2025-3-5", "2025/03/05", "2025年3月5日", "2025.3.5", "20250305", "2025-03-05 10:30",
 * full-width digits, real date cells and bare serials.
 */
export function parseImportDate(cell: Cell): DateParse | null {
  if (cell === null) return null;
  if (isExcelDate(cell)) {
    const d = excelSerialToDate(cell.serial, cell.date1904);
    return d ? { ok: true, date: d } : { ok: false, reason: 'import.error.badDate' };
  }
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell === 'boolean') return { ok: false, reason: 'import.error.badDate' };
  const s = toAsciiDigits(cell.trim());
  if (s === '') return null;
  let m = YMD.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL_TEXT.test(s)) return fromNumber(Number(s));
  return { ok: false, reason: 'import.error.badDate' };
}

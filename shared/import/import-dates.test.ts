import { describe, expect, it } from 'vitest';
import { dateToExcelSerial, excelSerialToDate, parseImportDate } from './import-dates';

const ok = (date: string) => ({ ok: true, date });
const bad = { ok: false, reason: 'import.error.badDate' };

describe('parseImportDate: every form a 台账 holds', () => {
  it.each([
    ['2025-3-5', '2025-03-05'],
    ['2025-03-05', '2025-03-05'],
    ['2025/03/05', '2025-03-05'],
    ['2025/3/5', '2025-03-05'],
    ['2025年3月5日', '2025-03-05'],
    ['2025年03月05日', '2025-03-05'],
    ['2025 年 3 月 5 日', '2025-03-05'],
    ['2025.3.5', '2025-03-05'],
    ['2025.03.05', '2025-03-05'],
    ['20250305', '2025-03-05'],
    ['２０２５年３月５日', '2025-03-05'],
    ['2025-03-05 14:30', '2025-03-05'],
    ['2025/3/5 9:05:33', '2025-03-05'],
    ['2025-03-05T00:00:00', '2025-03-05'],
    ['  2024-12-31  ', '2024-12-31'],
    ['45721', '2025-03-05'],
  ])('text %s → %s', (text, expected) => {
    expect(parseImportDate(text)).toEqual(ok(expected));
  });

  it('reads real date cells (Excel serials, 1900 system) and keeps only the day of a date-time', () => {
    expect(parseImportDate({ serial: 45721, date1904: false })).toEqual(ok('2025-03-05'));
    expect(parseImportDate({ serial: 45721.75, date1904: false })).toEqual(ok('2025-03-05'));
    expect(parseImportDate({ serial: 45658, date1904: false })).toEqual(ok('2025-01-01'));
  });

  it('reads the 1904 date system (old Mac workbooks)', () => {
    // 2025-03-05 is 1462 days earlier in the 1904 system.
    expect(parseImportDate({ serial: 45721 - 1462, date1904: true })).toEqual(ok('2025-03-05'));
  });

  it('reads bare serial numbers and yyyymmdd numbers whose date format was lost', () => {
    expect(parseImportDate(45721)).toEqual(ok('2025-03-05'));
    expect(parseImportDate(20250305)).toEqual(ok('2025-03-05'));
  });

  it('treats blank as blank and refuses impossible or foreign dates', () => {
    expect(parseImportDate(null)).toBeNull();
    expect(parseImportDate('   ')).toBeNull();
    for (const s of ['2025-02-29', '2025-13-01', '2025/4/31', '20250230', '3/5/2025', '明天', '2025年3月']) {
      expect(parseImportDate(s)).toEqual(bad);
    }
    expect(parseImportDate(123)).toEqual(bad);
    expect(parseImportDate(true)).toEqual(bad);
  });
});

describe('Excel serials and the 1900 leap-year bug', () => {
  it('maps serials around the phantom 1900-02-29', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull(); // 1900-02-29 never existed
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(36526)).toBe('2000-01-01');
    expect(excelSerialToDate(0)).toBeNull();
  });

  it('writes serials that read back to the same day', () => {
    for (const d of [
      '1900-01-01',
      '1900-02-28',
      '1900-03-01',
      '2000-02-29',
      '2024-02-29',
      '2025-03-05',
      '2099-12-31',
    ]) {
      expect(excelSerialToDate(dateToExcelSerial(d))).toBe(d);
    }
    expect(dateToExcelSerial('2025-03-05')).toBe(45721);
  });
});

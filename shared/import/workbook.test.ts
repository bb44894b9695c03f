import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { isValidUtf8, readWorkbook, WorkbookError } from './workbook';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readWorkbook', () => {
  it('reads an .xlsx with a real date cell as an Excel date, numbers and text as such', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['名称', '日期', '数量'],
      ['测试', { t: 'n', v: 45721, z: 'yyyy"年"m"月"d"日"' }, 3],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '表一');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const read = readWorkbook(bytes);
    expect(read.sheetNames).toEqual(['表一']);
    expect(read.sheet('表一').rows).toEqual([
      ['名称', '日期', '数量'],
      ['测试', { serial: 45721, date1904: false }, 3],
    ]);
  });

  it('reads the old .xls format', () => {
    const ws = XLSX.utils.aoa_to_sheet([['信息名称'], ['测试通知']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    expect(readWorkbook(bytes, { fileName: '台账.xls' }).sheet('Sheet1').rows).toEqual([
      ['信息名称'],
      ['测试通知'],
    ]);
  });

  it('keeps CSV cells as typed text (leading zeros, date text) and drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('编号,日期\n001,2025-3-5\n')]);
    const read = readWorkbook(bytes, { fileName: 'a.csv' });
    expect(read.encoding).toBe('utf-8');
    expect(read.sheet(read.sheetNames[0] as string).rows).toEqual([
      ['编号', '日期'],
      ['001', '2025-3-5'],
    ]);
  });

  it('decodes a GBK CSV with the decoder it is given, and says when it has none', () => {
    // "名称\r\n测试\r\n" in GBK
    const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xb2, 0xe2, 0xca, 0xd4, 0x0d, 0x0a]);
    expect(isValidUtf8(gbk)).toBe(false);
    const read = readWorkbook(gbk, {
      fileName: 'b.csv',
      decodeLegacy: (b) => new TextDecoder('gb18030').decode(b),
    });
    expect(read.encoding).toBe('gb18030');
    expect(read.sheet(read.sheetNames[0] as string).rows).toEqual([['名称'], ['测试']]);
    expect(() => readWorkbook(gbk, { fileName: 'b.csv' })).toThrowError(
      expect.objectContaining({ code: 'legacyEncodingUnavailable' }),
    );
  });

  it('refuses empty files with a code the UI can translate', () => {
    expect(() => readWorkbook(new Uint8Array())).toThrow(WorkbookError);
  });

  it('validates UTF-8 strictly', () => {
    expect(isValidUtf8(utf8('中文 abc'))).toBe(true);
    expect(isValidUtf8(new Uint8Array([0xe4, 0xb8]))).toBe(false);
  });
});

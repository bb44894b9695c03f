import { read, utils } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogueCsv, catalogueWorkbook, csvField } from './exports';
import { buildCatalogueRows, CATALOGUE_HEADINGS, catalogueCells } from './rows';
import { fakePublications, fakeSettings } from './test-register';
import { mergedRanges, xlsxBytes } from '../xlsx/style';

const settings = fakeSettings();
const rows = buildCatalogueRows(fakePublications(60), settings.profile);
const register = rows.map(catalogueCells);

/** RFC 4180 reader, enough to read our own CSV back. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return out;
}

describe('CSV export', () => {
  const csv = catalogueCsv(rows);

  it('starts with a UTF-8 byte order mark so Excel reads the Chinese correctly', () => {
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back as the headings and the register, quotes, commas and line breaks included', () => {
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual(CATALOGUE_HEADINGS);
    expect(table.slice(1)).toEqual(register);
    expect(
      register.some((cells) => cells[1]?.includes('"') && cells[1].includes(',') && cells[1].includes('\n')),
    ).toBe(true);
  });
});

describe('XLSX export', () => {
  it('reads back with SheetJS as the title, the headings and the register', async () => {
    const bytes = await xlsxBytes(catalogueWorkbook(rows, '测试县测试局政府信息公开目录（2025年）'));
    const book = read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['政府信息公开目录']);
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('sheet missing');
    const aoa = utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '', raw: false });
    expect(aoa[0]?.[0]).toBe('测试县测试局政府信息公开目录（2025年）');
    expect(aoa[1]).toEqual(CATALOGUE_HEADINGS);
    expect(aoa.slice(2)).toEqual(register);
    // Dates stay text: no time zone can move them.
    expect(sheet.E3?.t).toBe('s');
  });
});

describe('XLSX print setup', () => {
  it('prints A4 landscape fitted to the width, title and headings repeated and frozen, bordered', async () => {
    const bytes = await xlsxBytes(catalogueWorkbook(rows, '测试县测试局政府信息公开目录（2025年）'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('sheet');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(mergedRanges(ws)).toEqual([{ top: 1, left: 1, bottom: 1, right: 10 }]);
    expect(ws.getColumn(1).width).toBe(31);
    expect(ws.getCell('B2').font?.bold).toBe(true);
    expect(ws.getCell('C3').border?.left?.style).toBe('thin');
    expect(ws.getCell('C3').alignment?.wrapText).toBe(true);
    // A long 内容概述 gets a row tall enough to print all its lines.
    const longest = Math.max(...register.map((r) => (r[2] ?? '').length));
    const tallest = Math.max(...register.map((_, i) => ws.getRow(i + 3).height ?? 0));
    expect(longest > 20 ? tallest : 30).toBeGreaterThan(15);
  });
});

describe('CSV cells', () => {
  it('neutralises formulas and quotes separators', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('关于测试的通知')).toBe('关于测试的通知');
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('neutralises a leading TAB and CR too (issue 14: Excel skips them, then runs the formula)', () => {
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvField('a\tb')).toBe('a\tb');
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCatalogueRows,
  CATALOGUE_HEADINGS,
  catalogueCells,
  filterCatalogueRows,
} from '../../../shared/catalogue/rows';
import { FAKE_AGENCY_CODE, fakePublications, fakeSettings } from '../../../shared/catalogue/test-register';
import { buildInterchange } from '../../../shared/model/interchange';
import type { Publication } from '../../../shared/model/records';
import { run } from './catalogue';

const dir = mkdtempSync(join(tmpdir(), 'desk-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settings = fakeSettings();
function exportFile(name: string, publications: Publication[]): string {
  const path = join(dir, name);
  const doc = buildInterchange(
    { publications, settings },
    { appVersion: '0.1.0', schemaVersion: 1, exportedAt: '2025-01-01T00:00:00.000Z' },
  );
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

const pubs = fakePublications(90);
const input = exportFile('export.json', pubs);
const register2025 = filterCatalogueRows(buildCatalogueRows(pubs, settings.profile), { year: 2025 }).map(
  catalogueCells,
);

let stderr = '';
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('desk catalogue', () => {
  it('writes the 2025 catalogue as .xlsx that reads back as the register', async () => {
    const out = join(dir, 'c.xlsx');
    expect(await run(['--input', input, '--year', '2025', '--out', out])).toBe(0);
    const book = read(readFileSync(out), { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('no sheet');
    const aoa = utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '', raw: false });
    expect(aoa[0]?.[0]).toBe('测试县测试局政府信息公开目录（2025年）');
    expect(aoa[1]).toEqual(CATALOGUE_HEADINGS);
    expect(aoa.slice(2)).toEqual(register2025);
  });

  it('writes .docx with one row per item under a repeating heading row', async () => {
    const out = join(dir, 'c.docx');
    expect(await run(['--input', input, '--year', '2025', '--out', out])).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] ?? new Uint8Array());
    expect(xml.match(/<w:tr>/g)).toHaveLength(register2025.length + 1);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('测试县测试局政府信息公开目录（2025年）');
    expect(xml).toContain(`${FAKE_AGENCY_CODE}/2025-`);
    expect(xml).not.toContain(`${FAKE_AGENCY_CODE}/2024-`);
  });

  it('writes .csv with a BOM, every year when --year is absent', async () => {
    const out = join(dir, 'c.csv');
    expect(await run(['--input', input, '--out', out])).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(CATALOGUE_HEADINGS.join(','));
    expect(lines.some((l) => l.includes('/2024-'))).toBe(true);
  });

  it.each([
    [['--input', 'x.json'], 2],
    [['--out', 'x.docx'], 2],
    [['--input', 'x.json', '--out', 'x.pdf'], 2],
    [['--input', 'x.json', '--out', 'x.docx', '--year', '25'], 2],
    [['--input', 'x.json', '--out', 'x.docx', '--bogus'], 2],
  ])('refuses %j with exit code %i', async (argv, code) => {
    expect(await run(argv)).toBe(code);
    expect(stderr).not.toBe('');
  });

  it('says why an input is not an export and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"something-else"}');
    const out = join(dir, 'never.docx');
    expect(await run(['--input', bad, '--out', out])).toBe(1);
    expect(stderr).toContain('FAILED (notExport):');
    expect(stderr).toContain('不是公开台账的导出文件');
    expect(existsSync(out)).toBe(false);
  });

  // Its time is the benchmark's (node.catalogueDocx, node.catalogueXlsx), not a timed unit test's.
  it('exports a catalogue of 20,000 items in each format', async () => {
    const many = fakePublications(20_000).map((p, i) => ({
      ...p,
      deletedAt: null,
      publishedDate: p.formedDate,
      indexNumber: `${FAKE_AGENCY_CODE}/${p.formedDate.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
    }));
    const big = exportFile('big.json', many);
    const figures: string[] = [];
    for (const ext of ['docx', 'xlsx', 'csv']) {
      const started = performance.now();
      expect(await run(['--input', big, '--out', join(dir, `big.${ext}`)])).toBe(0);
      const seconds = (performance.now() - started) / 1000;
      figures.push(`${ext} ${seconds.toFixed(2)} s`);
    }
    const csvLines = readFileSync(join(dir, 'big.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csvLines).toHaveLength(20_001);
    // The figure for the report (stdout is silenced in this file).
    vi.restoreAllMocks();
    console.info(
      `catalogue export, 20,000 items (read + validate export, build, pack, write): ${figures.join(', ')}`,
    );
  }, 60_000);
});

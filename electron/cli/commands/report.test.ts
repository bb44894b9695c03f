import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read as readXlsx } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleExportDocument } from '../../../shared/report/testing/sample-year';
import { captureIo } from '../test-io';
import { checkMessage, run } from './report';

const dir = mkdtempSync(join(tmpdir(), 'desk-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSampleExport(path: string, mutate?: Parameters<typeof sampleExportDocument>[0]): void {
  writeFileSync(path, JSON.stringify(sampleExportDocument(mutate)));
}

const capture = () => captureIo();

const input = join(dir, 'export.json');
writeSampleExport(input);

describe('desk report', () => {
  it('writes the model as JSON with labelled cells and the checks', async () => {
    const io = capture();
    expect(await run(['--input', input, '--year', '2025', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout());
    expect(json.title).toBe('测试县示例局2025年政府信息公开工作年度报告');
    const cell = (key: string) => json.cells.find((c: { key: string }) => c.key === key);
    expect(cell('t3:received:total')).toMatchObject({
      table: '表三',
      row: '一、本年新收政府信息公开申请数量',
      column: '总计',
      value: 11,
    });
    expect(cell('t2:fees:amount')).toMatchObject({ row: '第二十条第（八）项 行政事业性收费', text: '1.01' });
    expect(json.texts.overview).toContain('新收政府信息公开申请11件');
    expect(io.stderr()).toContain('检查：0 个错误，3 个提示');
  });

  it('writes a .docx atomically and reports it', async () => {
    const io = capture();
    const out = join(dir, 'report.docx');
    expect(await run(['--input', input, '--year', '2025', '--out', out], io)).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml).toContain('2026年1月20日');
    expect(io.stderr()).toContain(`已生成 ${out}`);
  });

  it('prints the 落款日期 saved with the draft in the app, unless --sign-date says otherwise', async () => {
    const signed = join(dir, 'signed.json');
    writeSampleExport(signed, (s) => {
      s.reportDrafts = [
        {
          year: 2025,
          formatVersion: '2021',
          texts: {},
          model: null,
          finalisedAt: null,
          signDate: '2026-01-18',
          updatedAt: '',
        },
      ];
    });
    const docText = async (args: string[]) => {
      const out = join(dir, 'signed.docx');
      expect(
        await run(['--input', signed, '--year', '2025', '--out', out, '--fresh-draft', ...args], capture()),
      ).toBe(0);
      return strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml'] ?? new Uint8Array());
    };
    expect(await docText([])).toContain('2026年1月18日');
    expect(await docText(['--sign-date', '2026-01-25'])).toContain('2026年1月25日');
  });

  it('shows a check’s instant in local wall-clock time, never the raw ISO string', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const text = checkMessage({
        id: 'finalisedDiffers',
        key: 'checks.finalisedDiffers',
        severity: 'warning',
        params: { count: 2, finalisedAt: '2026-01-20T03:56:00.000Z' },
        store: null,
        ids: [],
        cells: [],
      });
      expect(text).toContain('已于2026-01-20 11:56定稿');
      expect(text).not.toContain('T03:56');
    } finally {
      process.env.TZ = saved;
    }
  });

  it('writes the tables as .xlsx with the merged header cells', async () => {
    const out = join(dir, 'report.xlsx');
    expect(await run(['--input', input, '--year', '2025', '--out', out], capture())).toBe(0);
    const book = readXlsx(readFileSync(out));
    expect(book.SheetNames).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    const t3 = book.Sheets[book.SheetNames[1] ?? ''];
    if (!t3) throw new Error('sheet');
    // Row 1 is the title; the corner cell is A2 merged over A2:C4.
    expect(t3.A2?.v).toContain('本列数据的勾稽关系为');
    expect(t3['!merges']).toContainEqual({ s: { r: 1, c: 0 }, e: { r: 3, c: 2 } });
    expect(t3.J5?.v).toBe(11);
    const t2 = book.Sheets[book.SheetNames[0] ?? ''];
    expect(t2?.B15?.v).toBe(1.01);
  });

  it('exits 1 (the one convention for a refused export) with a clear message on a file that is not an export', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const io = capture();
    expect(await run(['--input', bad, '--year', '2025', '--out', join(dir, 'x.docx')], io)).toBe(1);
    expect(io.stderr()).toContain('不是公开台账的导出文件');
    writeFileSync(bad, 'not json');
    expect(await run(['--input', bad, '--year', '2025'], io)).toBe(1);
    expect(io.stderr()).toContain('不是 JSON 文件');
    expect(await run(['--input', join(dir, 'missing.json'), '--year', '2025'], io)).toBe(1);
    expect(io.stderr()).toContain('FAILED (notFound): 找不到文件');
  });

  it('exits 2 on bad usage', async () => {
    const io = capture();
    expect(await run(['--input', input], io)).toBe(2);
    expect(await run(['--input', input, '--year', '2019'], io)).toBe(2);
    expect(io.stderr()).toContain('2019年度没有适用的年度报告格式');
    expect(await run(['--input', input, '--year', '2025', '--format', 'docx'], io)).toBe(2);
    expect(await run(['--input', input, '--year', '2025', '--bogus'], io)).toBe(2);
  });

  it('with --strict, exits 4 when a check reports an error, and prints it', async () => {
    const broken = join(dir, 'broken.json');
    writeSampleExport(broken, (s) => {
      s.yearFigures = [];
    });
    const io = capture();
    expect(await run(['--input', broken, '--year', '2025', '--strict'], io)).toBe(4);
    expect(io.stderr()).toContain('[错误] 表二“行政许可”2025年度数据尚未填报（没有的请填0）');
    expect(await run(['--input', broken, '--year', '2025'], capture())).toBe(0);
  });
});

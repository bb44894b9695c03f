import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../test-io';
import { run } from './check-report';

const fixtures = join(__dirname, '../../../test/fixtures/report-check');
const dir = mkdtempSync(join(tmpdir(), 'desk-check-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const capture = () => captureIo();

describe('desk check-report', () => {
  it('prints per file the tables, sections and findings as JSON, with last year matched by body', async () => {
    const io = capture();
    const code = await run(
      [
        join(fixtures, 'carried-in-break.docx'),
        join(fixtures, 'clean-2025.pdf'),
        '--previous',
        join(fixtures, 'previous-2024-carried.docx'),
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const [broken, clean] = JSON.parse(io.stdout()) as {
      body: string;
      year: number;
      format: string;
      previous?: string;
      tables: { table3: Record<string, Record<string, number | null>> };
      sections: Record<string, string>;
      findings: { code: string; severity: string; row: string; column: string; evidence: string }[];
    }[];
    expect(broken?.body).toBe('测试县示例局');
    expect(broken?.year).toBe(2025);
    expect(broken?.format).toBe('2021');
    expect(broken?.previous).toMatch(/previous-2024-carried\.docx$/);
    expect(broken?.tables.table3.carriedIn).toEqual({
      natural: 2,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 3,
    });
    const cross = broken?.findings.filter((f) => f.code === 'cross.carriedIn') ?? [];
    expect(cross.map((f) => f.column).sort()).toEqual(['commercial', 'natural']);
    expect(cross[0]?.evidence).toContain('结转下年度继续办理');
    // The PDF matched the same previous file too: its 结转 differs in the same two columns.
    expect(clean?.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'cross.carriedIn',
      'cross.carriedIn',
    ]);
    expect(clean?.sections.problems).toContain('主动公开栏目更新不够及时');
  });

  it('writes the workbook: a summary, one sheet per report and who has not submitted', async () => {
    const bodies = join(dir, 'bodies.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('单位');
    for (const name of ['单位名称', '测试县示例局', '测试县示例镇', '测试县另一局']) ws.addRow([name]);
    await wb.xlsx.writeFile(bodies);
    const folder = join(dir, 'reports');
    rmSync(folder, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(folder));
    for (const f of ['table4-block.pdf', 'township-rule.docx'])
      copyFileSync(join(fixtures, f), join(folder, f));
    const out = join(dir, '体检结果.xlsx');
    const io = capture();
    expect(await run([folder, '--bodies', bodies, '--out', out, '--strict'], io)).toBe(4);
    expect(io.stdout()).toContain('未提交（1）：测试县另一局');
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    expect(read.worksheets.map((w) => w.name)).toEqual(['汇总', '测试县示例局', '测试县示例镇', '未提交']);
    const summary = read.getWorksheet('汇总');
    expect(summary?.getRow(2).getCell(1).text).toBe('测试县示例局');
    expect(summary?.getRow(2).getCell(4).text).toBe('错误');
    const sheet = read.getWorksheet('测试县示例局');
    expect(sheet?.getRow(2).getCell(2).text).toBe('t4.blockSum');
    expect(read.getWorksheet('未提交')?.getRow(2).getCell(1).text).toBe('测试县另一局');
  });

  it('says which file it could not read and exits 3', async () => {
    const bad = join(dir, 'not-a-report.docx');
    await import('node:fs').then((fs) => fs.writeFileSync(bad, 'plain text'));
    const io = capture();
    expect(await run([bad, '--json'], io)).toBe(3);
    expect(JSON.parse(io.stdout())[0].error).toContain('不是有效的 .docx 文件');
  });

  it('rejects a call without files', async () => {
    const io = capture();
    expect(await run([], io)).toBe(2);
    expect(io.stderr()).toContain('usage');
  });
});

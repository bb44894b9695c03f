/**
 * `npm run desk -- check-report <files or folders>... [--previous <files or folder>]
 * [--bodies bodies.xlsx] [--out 体检结果.xlsx] [--json]`: 年报体检 of published annual reports in
 * batch (a county 政务公开办 in February). Same shared/report-check code as the 年报体检 page.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import {
  type FileResult,
  matchPrevious,
  notSubmitted,
  resultJson,
  summaryRows,
} from '../../../shared/report-check/batch';
import { checkReport } from '../../../shared/report-check/check';
import { lineText } from '../../../shared/report-check/lines';
import { buildCheckWorkbook } from '../../../shared/report-check/workbook';
import { READABLE, readReportFile } from '../../report-check/read-file';
import { userPath, writeAtomically } from '../cli-io';

export const summary =
  '年报体检: check published annual reports (PDF/.docx), in batch: <files or folders> [--previous …] [--out x.xlsx] [--json]';

const USAGE = `usage: npm run desk -- check-report <files or folders>... [--previous <file or folder>]...
                              [--bodies bodies.xlsx] [--out 体检结果.xlsx] [--json] [--threshold 50] [--strict]
  files        published reports: text PDF (not scans), .docx or .txt; folders are searched recursively
  --previous   last year's reports (matched to this year's by body name) for the cross-year checks
  --bodies     .xlsx whose first column lists the bodies expected to report (→ who has not submitted)
  --out        write the findings workbook (.xlsx): a summary sheet and one sheet per report
  --json       print per file { file, body, year, format, tables, sections, findings } (docs/report-check.md)
  --threshold  内容雷同 threshold in percent (default 50)
  --strict     exit 4 when any report has an error-level finding
exit codes: 0 done, 2 usage, 3 some file could not be read, 4 errors found with --strict`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}
const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = userPath(p);
    const s = await stat(abs);
    if (s.isDirectory()) {
      const names = (await readdir(abs)).sort();
      out.push(
        ...(
          await expand(
            names.filter((n) => !n.startsWith('~$') && !n.startsWith('.')).map((n) => join(abs, n)),
          )
        ).filter((f) => READABLE.includes(extname(f).toLowerCase())),
      );
    } else out.push(abs);
  }
  return out;
}

/** Paths as the user typed them: relative to the folder npm was run from. */
const shown = (file: string) => relative(process.env.INIT_CWD || process.cwd(), file) || file;

async function readAll(files: readonly string[]): Promise<(FileResult & { fullText: string })[]> {
  const out: (FileResult & { fullText: string })[] = [];
  for (const file of files) {
    try {
      const { report, lines } = await readReportFile(file, new Uint8Array(await readFile(file)));
      // A title the reader could not find: the file name usually carries the body.
      if (!report.body) report.body = basename(file, extname(file)).replace(/\d{4}年?.*$/, '') || null;
      out.push({
        file: shown(file),
        report,
        findings: [],
        fullText: lines.map((l) => lineText(l)).join('\n'),
      });
    } catch (e) {
      out.push({
        file: shown(file),
        report: null,
        findings: [],
        error: e instanceof Error ? e.message : String(e),
        fullText: '',
      });
    }
  }
  return out;
}

async function readBodies(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(userPath(path));
  const ws = wb.worksheets[0];
  const names: string[] = [];
  ws?.eachRow((row) => {
    const v = row.getCell(1).text.trim();
    if (v && !/^(单位|机关|名称|单位名称|机关名称|序号)$/.test(v)) names.push(v);
  });
  return names;
}

export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        previous: { type: 'string', multiple: true },
        bodies: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        threshold: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  }
  try {
    parsed = parse();
  } catch (e) {
    io.err(`错误：${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const threshold = values.threshold === undefined ? 50 : Number(values.threshold);
  if (positionals.length === 0 || !Number.isFinite(threshold) || threshold <= 0 || threshold > 100) {
    io.err(`错误：需要至少一个报告文件或文件夹；--threshold 为1–100（percent）\n${USAGE}\n`);
    return 2;
  }
  if (values.out && extname(values.out).toLowerCase() !== '.xlsx') {
    io.err('错误：--out 需要 .xlsx 文件名\n');
    return 2;
  }
  let files: string[];
  let previousFiles: string[];
  try {
    files = await expand(positionals);
    previousFiles = await expand(values.previous ?? []);
  } catch (e) {
    io.err(`错误：找不到文件或文件夹：${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const results = await readAll(files);
  const previous = (await readAll(previousFiles)).filter((p) => p.report);
  for (const r of results) {
    if (!r.report) continue;
    const prev = matchPrevious(r.report, previous);
    r.previousFile = prev?.file ?? null;
    r.findings = checkReport(r.report, prev?.report ?? null, {
      similarityThreshold: threshold,
      fullText: r.fullText,
    });
  }
  const missing = values.bodies ? notSubmitted(await readBodies(values.bodies), results) : null;

  if (values.json) io.out(`${JSON.stringify(results.map(resultJson), null, 2)}\n`);
  else {
    for (const row of summaryRows(results)) {
      const what = row.error ? `无法读取：${row.error}` : `${row.errors} 个错误，${row.warnings} 个警告`;
      io.out(`${row.body || basename(row.file)}\t${row.year ?? ''}\t${what}\t${basename(row.file)}\n`);
    }
    if (missing) io.out(`未提交（${missing.length}）：${missing.join('、') || '无'}\n`);
  }
  if (values.out) {
    const wb = buildCheckWorkbook(results, missing);
    await writeAtomically(userPath(values.out), new Uint8Array(await wb.xlsx.writeBuffer()));
    io.err(`已写入 ${values.out}\n`);
  }
  if (results.some((r) => r.error)) return 3;
  return values.strict && results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 4 : 0;
}

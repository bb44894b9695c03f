/**
 * `npm run bench:report-check [-- --files 100]`: 年报体检 speed (issue 16: 100 reports of ~10 PDF
 * pages in < 60 s on two cores, one in < 2 s, memory < 1 GB). Builds a few ~10-page reports with our
 * own generator (long prose, all tables), converts them once with LibreOffice (cached in the temp
 * folder), then times the CLI's code path (read PDF with pdf.js + extract + check) on N files.
 * Prints the figures; docs/performance.md records a run. Skips, saying so, when soffice is missing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { run } from '../../electron/cli/commands/check-report';
import { readReportFile } from '../../electron/report-check/read-file';
import { buildReportDocument } from '../../shared/docx/report-docx';
import { checkReport } from '../../shared/report-check/check';
import { lineText } from '../../shared/report-check/lines';
import { computeAnnualReport } from '../../shared/report/compute';
import { draftTexts } from '../../shared/report/draft';
import { FORMAT_2021 } from '../../shared/report/format-2021';
import { renderText } from '../../shared/report/placeholders';
import { SAMPLE_PROFILE, sampleExportDocument } from '../../shared/report/testing/sample-year';

const { values } = parseArgs({ options: { files: { type: 'string', default: '100' } } });
const N = Number(values.files);
const dir = join(tmpdir(), 'desk-bench-report-check');
mkdirSync(dir, { recursive: true });

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const VARIANTS = 4;
async function makePdfs(): Promise<string[]> {
  const model = computeAnnualReport(sampleExportDocument().stores, 2025, SAMPLE_PROFILE, FORMAT_2021);
  const draft = draftTexts(model, FORMAT_2021, SAMPLE_PROFILE);
  const paths: string[] = [];
  for (let v = 1; v <= VARIANTS; v++) {
    const pdf = join(dir, `bench-${v}.pdf`);
    paths.push(pdf);
    if (existsSync(pdf)) continue;
    // About five pages of prose in 一 (the tables take about three): a long county-level report.
    const filler = Array.from(
      { length: 28 },
      (_, i) =>
        `第${i + 1}项工作：本机关按照政务公开工作要点，持续做好重点领域信息公开，及时更新栏目内容，加强政策解读和回应关切，组织业务培训，完善审核发布机制，确保信息准确、及时、规范，第${v}稿。`,
    ).join('\n');
    const m = { ...model, agencyName: `测试县示例局${v}` };
    const texts = {
      preamble: renderText(draft.preamble ?? '', model.cells),
      overview: `${renderText(draft.overview ?? '', model.cells)}\n${filler}`,
      problems: '（一）存在的主要问题\n栏目更新不够及时。\n（二）改进情况\n每周检查栏目更新情况。',
      other: renderText(draft.other ?? '', model.cells),
    };
    const docx = join(dir, `bench-${v}.docx`);
    writeFileSync(
      docx,
      new Uint8Array(
        await Packer.toBuffer(
          buildReportDocument({ model: m, format: FORMAT_2021, texts, signDate: '2026-01-20' }),
        ),
      ),
    );
    execFileSync(
      'soffice',
      [
        '-env:UserInstallation=file:///tmp/desk-bench-lo',
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'ignore' },
    );
  }
  return paths;
}

if (!hasSoffice()) {
  process.stdout.write('skipped: LibreOffice (soffice) is needed to make the PDFs\n');
  process.exit(0);
}
const pdfs = await makePdfs();
const batch = join(dir, `batch-${N}`);
mkdirSync(batch, { recursive: true });
for (let i = 0; i < N; i++)
  copyFileSync(pdfs[i % VARIANTS] as string, join(batch, `report-${String(i).padStart(3, '0')}.pdf`));

// One report, read + extract + check: median of 5 (the first, with module loading, reported apart).
const one = readFileSync(pdfs[0] as string);
const times: number[] = [];
let pages = 0;
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const { report, lines } = await readReportFile('one.pdf', new Uint8Array(one));
  const findings = checkReport(report, null, { fullText: lines.map((l) => lineText(l)).join('\n') });
  times.push(performance.now() - t0);
  pages = Math.max(...lines.map((l) => l.page ?? 0));
  if (findings.some((f) => f.severity === 'error')) throw new Error('the bench report should be clean');
}
const first = times.shift() ?? 0;
times.sort((a, b) => a - b);

const t0 = performance.now();
const out: string[] = [];
const code = await run([batch, '--json'], { out: (s) => out.push(s), err: () => {} });
const batchMs = performance.now() - t0;
const results = JSON.parse(out.join('')) as { findings: { severity: string }[] }[];
const maxRssMb = process.resourceUsage().maxRSS / 1024;

process.stdout.write(
  `${[
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (shared, noisy)`,
    `report: ${pages} pages PDF (LibreOffice from our generator)`,
    `one report: first ${first.toFixed(0)} ms (module loading included), then median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms (target < 2000 ms)`,
    `${N} reports via check-report --json: ${(batchMs / 1000).toFixed(1)} s, exit ${code}, ${results.length} results (target < 60 s)`,
    `peak memory (max RSS of this process): ${maxRssMb.toFixed(0)} MB (target < 1024 MB)`,
  ].join('\n')}\n`,
);

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../../shared/report/format-2021';
import { sampleExportDocument } from '../../../shared/report/testing/sample-year';
import { run } from './report';

/**
 * The .docx opened by LibreOffice: converted to PDF, every official label and the sample year's
 * numbers must be in the PDF's text. Needs `apt-get install -y libreoffice-writer-nogui
 * poppler-utils fonts-noto-cjk`; skips (with this reason) when soffice or pdftotext is missing.
 */

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice', '--version') && has('pdftotext', '-v');
const reason =
  'soffice/pdftotext not installed (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk)';
if (!available) console.warn(`SKIP LibreOffice check of the annual report .docx: ${reason}`);

interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

function wordsOf(html: string): Word[] {
  const words: Word[] = [];
  html.split(/<page /).forEach((page, i) => {
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        page: i,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: (m[5] ?? '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      });
    }
  });
  return words;
}

const centre = (w: Word) => (w.xMin + w.xMax) / 2;

/**
 * Whether `label` appears in one cell: a word that starts it, continued by the words on the next
 * lines of the same cell (same left edge, or same centre for centred cells).
 */
function findLabel(words: Word[], label: string): Word | null {
  for (const first of words) {
    if (!label.startsWith(first.text)) continue;
    let acc = first.text;
    let cur = first;
    while (acc !== label) {
      const h = cur.yMax - cur.yMin;
      const next = words.find(
        (n) =>
          n.page === cur.page &&
          n.yMin > cur.yMin + h / 2 &&
          n.yMin < cur.yMax + h &&
          (Math.abs(n.xMin - first.xMin) < 3 || Math.abs(centre(n) - centre(first)) < 3) &&
          label.startsWith(acc + n.text),
      );
      if (!next) break;
      acc += next.text;
      cur = next;
    }
    if (acc === label) return first;
  }
  return null;
}

/** The words on the same line as `w`, to its right, in reading order. */
function rowAfter(words: Word[], w: Word): string[] {
  const mid = (w.yMin + w.yMax) / 2;
  return words
    .filter((n) => n.page === w.page && n.xMin > w.xMax && n.yMin < mid && n.yMax > mid)
    .sort((a, b) => a.xMin - b.xMin)
    .map((n) => n.text);
}

function officialLabels(): string[] {
  const f = FORMAT_2021;
  return [
    ...f.sections.map((s) => s.title),
    ...f.table2.blocks.flatMap((b) => [
      b.heading,
      b.labelHeader,
      ...b.columns.map((c) => c.label),
      ...b.rows.map((r) => r.label),
    ]),
    f.table3.corner,
    f.table3.applicantHeading,
    f.table3.legalHeading,
    f.table3.totalLabel,
    ...f.table3.columns.map((c) => c.label),
    f.table3.received,
    f.table3.carriedIn,
    f.table3.resultsHeading,
    ...f.table3.groups.flatMap((g) => [g.label, ...g.items.map((i) => i.label)]),
    f.table3.resultsTotal,
    f.table3.carriedOut,
    ...f.table4.blocks.flatMap((b) => [b.heading, ...(b.subheading ? [b.subheading] : [])]),
    ...f.table4.results.map((r) => r.label),
  ];
}

describe.skipIf(!available)('annual report .docx in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-report-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let words: Word[] = [];
  let flat = '';

  it('converts to PDF', async () => {
    const input = join(dir, 'export.json');
    writeFileSync(input, JSON.stringify(sampleExportDocument()));
    const docx = join(dir, 'report.docx');
    expect(
      await run(['--input', input, '--year', '2025', '--out', docx, '--sign-date', '2026-01-20'], {
        out: () => {},
        err: () => {},
        today: () => '2026-01-20',
      }),
    ).toBe(0);
    // A private profile: other soffice processes on the machine must not collide with this one.
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    const lo = spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(lo.status, lo.stderr).toBe(0);
    const pdf = join(dir, 'report.pdf');
    const bbox = spawnSync('pdftotext', ['-bbox', pdf, join(dir, 'words.html')]);
    expect(bbox.status).toBe(0);
    words = wordsOf(readFileSync(join(dir, 'words.html'), 'utf8'));
    flat = words.map((w) => w.text).join('');
    expect(words.length).toBeGreaterThan(100);
  }, 150_000);

  it('contains every official label, each in one piece', () => {
    const missing = officialLabels().filter((label) => !findLabel(words, label));
    expect(missing).toEqual([]);
  });

  it('shows the right numbers in the tables and the prose', () => {
    const row = (label: string) => {
      const w = findLabel(words, label);
      if (!w) throw new Error(`label not found: ${label}`);
      return rowAfter(words, w);
    };
    expect(row('规章')).toEqual(['1', '0', '2']);
    expect(row('行政规范性文件')).toEqual(['2', '1', '3']);
    expect(row('行政许可')).toEqual(['12']);
    expect(row('行政强制')).toEqual(['0']);
    expect(row('行政事业性收费')).toEqual(['1.01']);
    expect(row(FORMAT_2021.table3.received)).toEqual(['5', '2', '1', '1', '1', '1', '11']);
    expect(row(FORMAT_2021.table3.carriedIn)).toEqual(['2', '1', '0', '0', '0', '0', '3']);
    expect(row('（七）总计')).toEqual(['6', '2', '1', '1', '1', '1', '12']);
    expect(row(FORMAT_2021.table3.carriedOut)).toEqual(['1', '1', '0', '0', '0', '0', '2']);
    expect(row('4.保护第三方合法权益')).toEqual(['0', '1', '0', '0', '0', '0', '1']);
    // 表四: the one line of 15 numbers.
    const lines = new Map<string, Word[]>();
    for (const w of words) {
      const key = `${w.page}:${Math.round(w.yMin)}`;
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    const fifteen = [...lines.values()]
      .map((ws) => ws.sort((a, b) => a.xMin - b.xMin).map((w) => w.text))
      .filter((ts) => ts.length === 15 && ts.every((t) => /^\d+$/.test(t)));
    expect(fifteen).toEqual([['2', '0', '0', '2', '4', '0', '0', '1', '0', '1', '1', '0', '0', '0', '1']]);
    expect(flat).toContain('新收政府信息公开申请11件，上年结转3件；');
    expect(flat).toContain('共计100.00元');
    expect(flat).toContain('测试县示例局2025年政府信息公开工作年度报告');
    expect(flat).toContain('2026年1月20日');
    expect(flat).toMatch(/—1—/);
  });
});

if (!available) {
  describe('annual report .docx in LibreOffice', () => {
    // Reported as skipped (with why) where LibreOffice/pdftotext are missing; .ci/run installs them.
    it.skip(`skipped: ${reason}`, () => {});
  });
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { addWorkingDays } from '../calendar/working-days';
import { publicationSchema } from '../model/records';
import { defaultSettings } from '../model/settings';
import { buildMonthlyBulletin } from '../monitoring/bulletin';
import { computeAnnualReport } from '../report/compute';
import { FORMAT_2021 } from '../report/format-2021';
import { SAMPLE_PROFILE, sampleYearStores } from '../report/testing/sample-year';
import { xlsxBytes } from '../xlsx/style';
import { buildBulletinDocument } from './bulletin';
import { buildReportWorkbook } from './report-xlsx';

/**
 * The files as LibreOffice lays them out (converted to PDF, read back with pdftotext). Needs
 * `apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk`;
 * skips with that reason when soffice, its Calc module or pdftotext is missing.
 */

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const available = has('soffice', ['--version']) && has('pdftotext', ['-v']);
/** LibreOffice's Calc module (a separate Debian package): without it an .xlsx does not load. */
const calc = available && existsSync('/usr/lib/libreoffice/program/libsclo.so');
const reason =
  'soffice/pdftotext not installed (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk)';
if (!available) console.warn(`SKIP LibreOffice rendering checks: ${reason}`);
else if (!calc) console.warn('SKIP LibreOffice .xlsx checks: apt-get install -y libreoffice-calc-nogui');

const dir = mkdtempSync(join(tmpdir(), 'desk-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts to PDF; returns its text and page count, or null when LibreOffice could not load it. */
function toPdf(name: string, bytes: Uint8Array): { text: string; pages: number } | null {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const pdf = file.replace(/\.\w+$/, '.pdf');
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (text.status !== 0) return null;
  return { text: text.stdout, pages: text.stdout.split('\f').filter((p) => p.trim() !== '').length };
}

describe.skipIf(!available)('LibreOffice rendering', () => {
  it('shows every row of 三、逐月发布情况 when its header row falls at the foot of a page', async () => {
    // One category and twelve months: the heading and the table's header row end page 1 (issue 13).
    const settings = { ...defaultSettings(), monthlyQuota: 4 };
    settings.profile = { ...settings.profile, agencyName: '测试县测试局' };
    const publications = Array.from({ length: 24 }, (_, i) => {
      const date = `2025-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-1${i % 2}`;
      return publicationSchema.parse({
        id: `p${i}`,
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        title: `测试信息${i}`,
        formedDate: date,
        publishedDate: date,
        column: '工作动态',
        category: '测试分类',
        channels: ['website'],
      });
    });
    const calendar = buildCalendar();
    const b = buildMonthlyBulletin(publications, settings, 2025, 12, (f, n) =>
      addWorkingDays(calendar, f, n),
    );
    const pdf = toPdf('bulletin.docx', await Packer.pack(buildBulletinDocument(b), 'uint8array'));
    expect(pdf, 'LibreOffice could not convert the .docx').not.toBeNull();
    const monthRows = (pdf?.text ?? '')
      .split('\n')
      .filter((l) => /^\s*(1[0-2]|[1-9]) ?月\s+2\s+未完成/.test(l));
    expect(monthRows).toHaveLength(12);
  }, 180_000);

  it.skipIf(!calc)(
    'prints the report tables on one A4 page each, labels whole',
    async () => {
      const model = computeAnnualReport(sampleYearStores(), 2025, SAMPLE_PROFILE);
      const pdf = toPdf('report.xlsx', await xlsxBytes(buildReportWorkbook(model, FORMAT_2021)));
      expect(
        pdf,
        'LibreOffice Calc could not load the .xlsx (is libreoffice-calc-nogui installed?)',
      ).not.toBeNull();
      expect(pdf?.pages).toBe(3);
      const text = pdf?.text ?? '';
      for (const label of [
        '一、本年新收政府信息公开申请数量',
        '四、结转下年度继续办理',
        '结果维持',
        '本年收费金额（单位：万元）',
      ]) {
        expect(text.replace(/\s+/g, '')).toContain(label);
      }
    },
    180_000,
  );
});

import { webcrypto } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { writeAutoBackup } from '../../electron/handlers/backup';
import { createNodeDeps, scriptedDialog } from '../../electron/handlers/node-deps';
import { createBackup, type CryptoLike, openBackup } from '../../shared/backup';
import { buildCalendar } from '../../shared/calendar/work-calendar';
import { catalogueWorkbook } from '../../shared/catalogue/exports';
import { buildCatalogueRows } from '../../shared/catalogue/rows';
import { draftLetter } from '../../shared/letters/draft';
import { letterRegisterRows } from '../../shared/letters/register';
import { buildLetterRegisterWorkbook } from '../../shared/letters/register-xlsx';
import { buildCatalogueDocument } from '../../shared/docx/catalogue';
import { buildReportDocument } from '../../shared/docx/report-docx';
import { buildInterchange, type InterchangeDocument, parseInterchange } from '../../shared/model';
import { computeAnnualReport, draftTexts, formatForYear } from '../../shared/report';
import type { BenchDataset } from './generate';
import { benchLetters } from './generate/letters';
import { timeNode } from './measure';
import { plainLoopReport } from './report-baseline';
import type { StepResult } from './results';

/**
 * The Node measurements (issue 8): the pure functions in shared/ at the edge where the app or the CLI
 * runs them, each beside its baseline.
 */
const crypto = webcrypto as unknown as CryptoLike;

type Step = Omit<StepResult, 'status' | 'env'> & { run: () => unknown; runs?: number; warmup?: number };

async function runStep(step: Step, defaultRuns: number, log: (s: string) => void): Promise<StepResult> {
  const { run, runs, warmup, ...meta } = step;
  log(`  node: ${step.label} …`);
  try {
    const t = await timeNode(run, { runs: runs ?? defaultRuns, warmup: warmup ?? 1 });
    return { ...meta, env: 'node', status: 'ok', ...t };
  } catch (err) {
    return { ...meta, env: 'node', status: 'failed', note: err instanceof Error ? err.message : String(err) };
  }
}

export async function nodeSteps(
  data: BenchDataset,
  runs: number,
  log: (s: string) => void,
  only?: string,
): Promise<StepResult[]> {
  const year = data.meta.lastYear;
  const profile = data.settings.profile;
  const format = formatForYear(year);
  if (!format) throw new Error(`no report format for ${year}`);
  const stores = {
    publications: data.publications,
    requests: data.requests,
    consultations: data.consultations,
    appeals: data.appeals,
    yearFigures: data.yearFigures,
    reportSnapshots: [],
  };
  const heavy = Math.min(runs, 3);
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-'));
  const meta = { appVersion: 'bench', schemaVersion: 1, exportedAt: `${data.meta.today}T02:00:00.000Z` };
  const doc: InterchangeDocument = buildInterchange({ ...stores, settings: data.settings }, meta);
  const deps = createNodeDeps({
    dialog: scriptedDialog(),
    paths: { userData: dir, docs: dir, downloads: dir },
  });
  const exportText = JSON.stringify(doc, null, 1);
  const plainPath = join(dir, 'baseline.json');
  await writeFile(plainPath, exportText);
  const backup = await createBackup(doc, { crypto, createdAt: meta.exportedAt });
  const backupPath = join(dir, 'restore-me.gkbak');
  await writeFile(backupPath, backup.bytes);
  const model = computeAnnualReport(stores, year, profile, format);
  const texts = draftTexts(model, format, profile);
  const catalogueRows = buildCatalogueRows(
    data.publications.filter((p) => p.publishedDate?.startsWith(String(year))),
    profile,
  );

  // Letters (issue 15): one issued 答复书 per answered request, as the app would have after ten years.
  const letters = benchLetters(data.requests);
  const calendar = buildCalendar();
  const lastRequest = data.requests.filter((r) => r.receivedDate.startsWith(String(year))).at(-1);
  const pointedAt = data.publications.at(-1);

  const steps: Step[] = [
    {
      id: 'node.letterDraft',
      // As the app does it (LettersPanel): the request, the settings and the one publication pointed at
      // are keyed reads; drafting is the pure part timed here.
      label: 'draft an 答复书 (已主动公开, pointing at a publication) for a request of the last year',
      targetMs: 100,
      run: () => {
        if (!lastRequest || !pointedAt) throw new Error('no request or publication in the dataset');
        return draftLetter({
          type: 'answer',
          request: lastRequest,
          settings: data.settings,
          publications: [pointedAt],
          today: data.meta.today,
          calendar,
          facts: { outcome: 'disclose', discloseMode: 'published', publicationId: pointedAt.id },
        });
      },
    },
    {
      id: 'node.letterRegister',
      label: `letters register of ${year}: the year's rows out of ${letters.length} letters and ${data.requests.length} requests`,
      targetMs: 300,
      run: () => {
        const ofYear = letters.filter((l) => l.issuedDate?.startsWith(String(year)));
        const ids = new Set(ofYear.map((l) => l.requestId));
        return letterRegisterRows(
          ofYear,
          data.requests.filter((r) => ids.has(r.id)),
        );
      },
    },
    {
      id: 'node.letterRegisterXlsx',
      label: `letters register of ${year}: .xlsx export (ExcelJS build + writeBuffer)`,
      runs: heavy,
      run: async () => {
        const ofYear = letters.filter((l) => l.issuedDate?.startsWith(String(year)));
        const rows = letterRegisterRows(ofYear, data.requests);
        const wb = buildLetterRegisterWorkbook(rows, { year, agencyName: '测试局', withNames: false });
        return (await wb.xlsx.writeBuffer()).byteLength;
      },
    },
    {
      id: 'node.report',
      label: `report computation (${year}, over 10 years of records)`,
      targetMs: 300,
      baselineId: 'node.report.baseline',
      run: () => computeAnnualReport(stores, year, profile, format),
    },
    {
      id: 'node.report.baseline',
      label: 'baseline: plain loop with counters',
      run: () => plainLoopReport(stores, year),
    },
    {
      id: 'node.reportDocx',
      label: 'report .docx build + Packer',
      runs: heavy,
      run: () => Packer.toBuffer(buildReportDocument({ model, format, texts, signDate: data.meta.today })),
    },
    {
      id: 'node.catalogueDocx',
      label: `catalogue .docx, ${catalogueRows.length} rows, build + Packer`,
      runs: heavy,
      run: () =>
        Packer.toBuffer(
          buildCatalogueDocument(catalogueRows, { title: `${profile.agencyName}政府信息公开目录` }),
        ),
    },
    {
      // ExcelJS: styled to print (issue 13); the CLI's catalogue export goes through the same builder.
      id: 'node.catalogueXlsx',
      label: `catalogue .xlsx, ${catalogueRows.length} rows, build + writeBuffer`,
      runs: heavy,
      run: () => catalogueWorkbook(catalogueRows, `${profile.agencyName}政府信息公开目录`).xlsx.writeBuffer(),
    },
    {
      id: 'node.exportJson',
      label: 'export JSON: buildInterchange (validates) + stringify',
      runs: heavy,
      baselineId: 'node.exportJson.baseline',
      run: () => JSON.stringify(buildInterchange({ ...stores, settings: data.settings }, meta), null, 1),
    },
    {
      id: 'node.exportJson.baseline',
      label: 'baseline: JSON.stringify of the stores',
      runs: heavy,
      run: () => JSON.stringify(stores),
    },
    {
      id: 'node.backupWrite',
      label: 'backup: createBackup + write + verify (main handler)',
      runs: heavy,
      targetMs: 5000,
      baselineId: 'node.backupWrite.baseline',
      run: async () => {
        const { bytes } = await createBackup(doc, { crypto, createdAt: meta.exportedAt });
        return writeAutoBackup(deps, { data: bytes, reason: 'quit' });
      },
    },
    {
      id: 'node.backupWrite.baseline',
      label: 'baseline: JSON.stringify + fs.writeFile',
      runs: heavy,
      run: () => writeFile(plainPath, JSON.stringify(doc)),
    },
    {
      id: 'node.backupWriteEncrypted',
      label: 'backup, encrypted (PBKDF2 600k + AES-GCM)',
      runs: heavy,
      targetMs: 5000,
      baselineId: 'node.backupWrite.baseline',
      run: async () => {
        const { bytes } = await createBackup(doc, {
          crypto,
          createdAt: meta.exportedAt,
          password: '测试口令-bench',
        });
        return bytes.length;
      },
      note: 'create only (no write); the write + verify cost is the unencrypted row minus its create part',
    },
    {
      id: 'node.restore',
      label: 'restore: read + openBackup (checksum, inflate, parse, validate)',
      runs: heavy,
      targetMs: 10_000,
      baselineId: 'node.restore.baseline',
      // Verifying what the app would accept: any schema version this bench wrote.
      run: async () =>
        openBackup(new Uint8Array(await readFile(backupPath)), { crypto, maxSchemaVersion: 1 }),
    },
    {
      id: 'node.restore.baseline',
      label: 'baseline: fs.readFile + JSON.parse',
      runs: heavy,
      run: async () => JSON.parse(await readFile(plainPath, 'utf8')),
    },
    {
      id: 'node.importJson',
      label: 'JSON import: parseInterchange (parse + validate)',
      runs: heavy,
      baselineId: 'node.restore.baseline',
      run: () => parseInterchange(exportText),
    },
  ];
  const results: StepResult[] = [];
  try {
    for (const step of steps)
      if (!only || step.id.startsWith(only)) results.push(await runStep(step, runs, log));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const restored = results.find((r) => r.id === 'node.restore');
  const opened = await openBackup(backup.bytes, { crypto, maxSchemaVersion: 1 });
  if (!opened.ok && restored) {
    restored.status = 'failed';
    restored.note = `the backup did not open: ${opened.message}`;
  }
  return results;
}

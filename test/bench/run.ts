import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { browserSteps, type ListExpectations } from './browser/steps';
import { type BenchDataset, datasetCounts, generateDataset } from './generate';
import { validateSample } from './generate/validate-sample';
import { collectGarbage } from './measure';
import { nodeSteps } from './node-steps';
import { PROFILES, type Profile } from './profiles';
import { type BenchReport, formatTable, type StepResult, withRatios } from './results';

/**
 * `npm run bench [-- --profile bureau|county] [--scale 0.1] [--runs 5] [--load-runs 3] [--seed N]
 *  [--throttle 4] [--no-browser] [--no-node] [--ui-only] [--bulk-import] [--upgrade] [--only <step id prefix>]`
 * Generates ten years of records (issues 8 and 17), measures the Node and Chromium steps (every UI
 * step also with the CPU slowed down), prints the table and writes bench-results/<timestamp>.json.
 * docs/performance.md explains every row.
 */
const HELP = `usage: npm run bench -- [--profile county|bureau] [--scale 1] [--runs 5] [--load-runs 3] [--seed 20250101] [--throttle 4 (0: none)] [--no-browser] [--no-node] [--ui-only] [--bulk-import] [--upgrade] [--only <step id prefix>]`;

/** The "共 N 条" the publications list must show for the year and text filters the bench applies. */
function listExpectations(data: BenchDataset, year: number, q: string): ListExpectations {
  const live = data.publications.filter((p) => !p.deletedAt);
  const inYear = (p: (typeof live)[number]) => (p.publishedDate ?? p.formedDate).startsWith(`${year}-`);
  const needle = q.toLowerCase();
  const hasText = (p: (typeof live)[number]) =>
    [p.title, p.summary, p.docNumber, p.indexNumber].some((f) => f?.toLowerCase().includes(needle));
  return {
    year,
    q,
    liveCount: live.length,
    yearCount: live.filter(inYear).length,
    yearTextCount: live.filter((p) => inYear(p) && hasText(p)).length,
    textCount: live.filter(hasText).length,
    consultationsLive: data.consultations.filter((c) => !c.deletedAt).length,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      /** bureau: a real office's ten years (scale 0.025); county: the issue-8 stress set (scale 1). */
      profile: { type: 'string', default: 'county' },
      scale: { type: 'string' },
      runs: { type: 'string' },
      'load-runs': { type: 'string' },
      /** Every UI step again with the CPU this many times slower (0 or 1: unthrottled only). */
      throttle: { type: 'string', default: '4' },
      /** Browser: only fill the database and run the UI steps (no load comparisons or db steps). */
      'ui-only': { type: 'boolean', default: false },
      /** Serve this already built renderer instead of building the current one (A/B comparisons). */
      'app-dir': { type: 'string' },
      seed: { type: 'string', default: '20250101' },
      'no-browser': { type: 'boolean', default: false },
      'no-node': { type: 'boolean', default: false },
      /** Also time the spreadsheet-import repository over all ten years (slow; off by default). */
      'bulk-import': { type: 'boolean', default: false },
      /** Also time the first start after updating a ten-year database from schema v2. */
      upgrade: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results' },
      /** Only the node steps whose id starts with this (e.g. node.letter); chromium.letter: the letters steps in Chromium. */
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const profile: Profile | undefined = PROFILES[values.profile as Profile['name']];
  if (!profile) {
    console.error(HELP);
    return 2;
  }
  const scale = Number(values.scale ?? profile.scale);
  const runs = Math.max(1, Math.floor(Number(values.runs ?? profile.runs)));
  const loadRuns = Math.max(1, Math.floor(Number(values['load-runs'] ?? profile.loadRuns)));
  const seed = Math.floor(Number(values.seed));
  const throttleRate = Math.floor(Number(values.throttle));
  const rates = throttleRate > 1 ? [1, throttleRate] : [1];
  if (!(scale > 0 && scale <= 10) || !Number.isFinite(seed) || !Number.isFinite(throttleRate)) {
    console.error(HELP);
    return 2;
  }
  const log = (s: string) => console.log(s);
  const startedAt = new Date().toISOString();
  // Other work on the machine changes every figure: the load is recorded at both ends of the run.
  const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);

  log(`profile ${profile.name}: generating 10 years at scale ${scale} (seed ${seed}) …`);
  const t0 = performance.now();
  const data = generateDataset({ scale, seed });
  const genMs = performance.now() - t0;
  const counts = datasetCounts(data);
  log(`  ${JSON.stringify(counts)} in ${(genMs / 1000).toFixed(1)} s`);
  const validated = validateSample(data);
  log(`  sample validated against the shared schemas and workflow rules: ${JSON.stringify(validated)}`);

  const results: StepResult[] = [];
  if (!values['no-node']) {
    log('node steps …');
    results.push(...(await nodeSteps(data, runs, log, values.only)));
  }
  let chromiumVersion: string | undefined;
  if (!values['no-browser']) {
    const expect = listExpectations(data, data.meta.lastYear - 3, '森林防火');
    const lastYear = data.meta.lastYear;
    // The Node copy is no longer needed: free it before Chromium needs the memory.
    data.publications = [];
    data.requests = [];
    data.consultations = [];
    collectGarbage();
    log('chromium steps …');
    const browser = await browserSteps({
      scale,
      seed,
      runs,
      loadRuns,
      lastYear,
      expect,
      log,
      bulkImport: values['bulk-import'],
      upgrade: values.upgrade,
      targets: profile.targets,
      rates,
      uiOnly: values['ui-only'],
      appDir: values['app-dir'] ? resolve(values['app-dir']) : undefined,
      only: values.only,
    });
    results.push(...browser.results);
    chromiumVersion = browser.chromium;
  }

  const cpu = cpus();
  const report: BenchReport = {
    startedAt,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      chromium: chromiumVersion,
      loadAvg: { start: loadAtStart, end: loadavg().map((x) => Math.round(x * 100) / 100) },
    },
    options: {
      profile: profile.name,
      scale,
      seed,
      runs,
      browser: !values['no-browser'],
      cpuThrottle: rates.at(-1),
    },
    dataset: { ...counts, generateMs: Math.round(genMs) },
    results: withRatios(results),
  };
  console.log('');
  console.log(formatTable(report.results));
  const dir = resolve(values.out);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten ${file}`);
  return report.results.some((r) => r.status === 'failed') ? 1 : 0;
}

// Exit explicitly: a browser or build helper left behind by a failure must not keep the bench running.
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

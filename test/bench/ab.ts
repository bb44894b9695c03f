import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { longTaskProbe, navigateAndWait, switchAndWait } from './browser/app-ui';
import { buildBenchPage } from './browser/build';
import { serveStatic } from './browser/server';
import { coldStartAt, throttled } from './browser/throttle';
import { median } from './measure';
import { writeAbResult } from './results';

/**
 * A/B of two renderer builds in one run (issue 17), for a machine whose load changes from minute to
 * minute: both builds are served on one origin (/a/ and /b/, one IndexedDB filled once at bureau
 * scale), and every measurement alternates between them, round after round, at 1× and 4× CPU.
 * `npx tsx test/bench/ab.ts --a dist-before --b dist [--c dist-other] [--rounds 5] [--scale 0.025]`
 * (a third build, --c, joins the rotation: one run then compares two changes against one baseline).
 */
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    c: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    scale: { type: 'string', default: '0.025' },
    rates: { type: 'string', default: '1,4' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-quic',
];
type Sample = { ms: number; longestTaskMs: number };
const samples = new Map<string, Sample[]>();
const add = (key: string, s: Sample) => samples.set(key, [...(samples.get(key) ?? []), s]);

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
  });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(longTaskProbe);
  return context;
}

async function coldStart(page: Page, url: string, blank: string, rate: number): Promise<Sample> {
  const { ready, longestTaskMs } = await coldStartAt(page, url, blank, rate);
  return { ms: ready, longestTaskMs };
}

/** One session of clicks in build `v`: list, filters, a request, page switches, the report. */
async function session(page: Page, app: string, v: string, rate: number, request: string, year: number) {
  await page.goto(`${app}#/settings`);
  await page.getByTestId('page-title').waitFor();
  await page.waitForLoadState('networkidle');
  const pause = () => page.waitForTimeout(1000);
  const k = (step: string) => `${step}@${rate}x ${v}`;
  await throttled(page, rate, async () => {
    const list = { root: 'register-publications', rows: true };
    add(k('listOpenFirst'), await navigateAndWait(page, '#/publications', list));
    await navigateAndWait(page, '#/settings', { root: 'page-title' });
    await pause();
    add(k('listOpen'), await navigateAndWait(page, '#/publications', list));
    await pause();
    add(
      k('filterYear'),
      await navigateAndWait(page, `#/publications?year=${year}`, { ...list, rowsContain: [`${year}-`] }),
    );
    await pause();
    add(
      k('filterText'),
      await navigateAndWait(page, `#/publications?q=${encodeURIComponent('森林防火')}`, {
        ...list,
        rowsContain: ['森林防火'],
      }),
    );
    await pause();
    await navigateAndWait(page, '#/requests', { root: 'register-requests', rows: true });
    await pause();
    add(k('openRequest'), await navigateAndWait(page, `#/requests/${request}`, { root: 'request-detail' }));
    await pause();
    for (const path of ['dashboard', 'consultations', 'report', 'catalogue', 'calendar', 'settings'])
      add(
        k(`firstVisit:${path}`),
        await switchAndWait(page, `#/${path}${path === 'report' ? `?year=${year}` : ''}`),
      );
    for (const path of ['dashboard', 'publications', 'requests', 'consultations', 'report', 'settings'])
      add(
        k(`switch:${path}`),
        await switchAndWait(page, `#/${path}${path === 'report' ? `?year=${year}` : ''}`),
      );
  });
}

async function main() {
  if (!values.a || !values.b) throw new Error('--a and --b: two built renderers');
  const dirs: Record<string, string> = { a: resolve(values.a), b: resolve(values.b) };
  if (values.c) dirs.c = resolve(values.c);
  const builds = Object.keys(dirs);
  const rounds = Number(values.rounds);
  const rates = (values.rates ?? '1,4').split(',').map(Number);
  const dir = await mkdtemp(join(tmpdir(), 'desk-ab-'));
  await buildBenchPage(join(dir, 'bench'));
  const server = await serveStatic({
    distDir: resolve(values.a),
    benchDir: join(dir, 'bench'),
    mounts: dirs,
  });
  const profile = join(dir, 'profile');
  const loadStart = loadavg();
  let context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/__bench/index.html`);
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    const scale = Number(values.scale);
    const gen = await page.evaluate((o) => window.bench.generate(o), {
      scale,
      seed: 20250101,
      trashedAt: new Date().toISOString(),
    });
    await page.evaluate(() => window.bench.importAll());
    const year = 2025;
    const picked = await page.evaluate((y) => window.bench.pickRequest(y), year);
    console.log(`data: ${JSON.stringify(gen.counts)}; request ${picked.serial}`);
    for (let r = 0; r < rounds; r++) {
      // Rotate which build goes first, so none always meets the warmer machine.
      const order = builds.map((_, i) => builds[(i + r) % builds.length] as string);
      for (const rate of rates) {
        for (const v of order) {
          await context.close();
          context = await launch(profile);
          const p = context.pages()[0] ?? (await context.newPage());
          add(
            `coldStart@${rate}x ${v}`,
            await coldStart(p, `${server.url}/${v}/`, `${server.url}/__bench/blank.html`, rate),
          );
          await p.waitForTimeout(1500);
          await session(p, `${server.url}/${v}/`, v, rate, picked.id, year);
        }
      }
      console.log(`round ${r + 1}/${rounds} done (load ${loadavg()[0]?.toFixed(1)})`);
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const rows: Record<string, Record<string, Sample[]>> = {};
  for (const [key, xs] of samples) {
    const [step, v] = key.split(' ') as [string, string];
    rows[step] = { ...rows[step], [v]: xs };
  }
  const fmt = (xs?: Sample[]) =>
    xs
      ? `${median(xs.map((x) => x.ms)).toFixed(0)} ms (task ${Math.max(...xs.map((x) => x.longestTaskMs)).toFixed(0)})`
      : '';
  console.log(
    `\n${builds.map((v) => `${v.toUpperCase()} = ${dirs[v]}`).join('\n')}\nmedians of ${rounds}, longest task the highest of the rounds`,
  );
  for (const [step, byBuild] of Object.entries(rows))
    console.log(`${step.padEnd(28)} ${builds.map((v) => fmt(byBuild[v]).padStart(24)).join(' ')}`);
  await writeAbResult(values.out, 'ab', {
    dirs,
    rounds,
    loadAvg: { start: loadStart, end: loadavg() },
    rows,
  });
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);

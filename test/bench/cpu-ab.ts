import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import {
  coldStartProbe,
  coldStartReady,
  launchProfile,
  navigateAndWait,
  switchAndWait,
  requireRecords,
  storedPublications,
} from './browser/app-ui';
import { serveBuilds } from './browser/server';
import { median } from './measure';
import { writeAbResult } from './results';

/**
 * A/B of builds by main-thread CPU time (issue 17), for a machine shared with other work: wall
 * times there swing 2× from minute to minute, but the CPU time the renderer's main thread spends on
 * a step (the trace's thread-clock duration of its tasks) barely moves with the load. Every step of a
 * session is traced on its own; builds alternate round by round, all served on one origin so they
 * share the one database filled by profile-start.ts (`--dir`).
 * `npx tsx test/bench/cpu-ab.ts --build a=/tmp/dist-a --build b=dist --dir /tmp/desk-profile-start
 *  --port 4191 [--rounds 5]`
 */
const { values } = parseArgs({
  options: {
    build: { type: 'string', multiple: true },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    /** The port the profile was filled on (profile-start.ts): its data belong to that origin. */
    port: { type: 'string', default: '4207' },
    rounds: { type: 'string', default: '5' },
    /** Only these steps after the cold start (comma-separated names, e.g. listOpen,switch:catalogue). */
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results' },
  },
});
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}
interface StepResult {
  ms: number;
  /** Main-thread CPU time of the step's tasks (thread clock). */
  cpuMs: number;
  /** The longest task: wall and CPU. */
  taskMs: number;
  taskCpuMs: number;
  /** Main-thread time (wall) in the trace events of BREAKDOWN, by name (they nest: not additive). */
  by?: Record<string, number>;
}
/** What the main thread did, for `--breakdown`: styles, layout, compiling and running script. */
const BREAKDOWN: Record<string, string[]> = {
  css: ['ParseAuthorStyleSheet'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  compile: ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.produceModuleCache'],
  script: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
  ],
  gc: ['MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'],
};
type Step = [name: string, run: (page: Page) => Promise<{ ms: number }>];

const list = (hash: string, root: string, rowsContain?: string[]) => (page: Page) =>
  navigateAndWait(page, hash, { root, rows: true, rowsContain });
const sw = (hash: string) => (page: Page) => switchAndWait(page, hash);
const STEPS: Step[] = [
  ['listOpenFirst', list('#/publications', 'register-publications')],
  ['back:settings', sw('#/settings')],
  ['listOpen', list('#/publications', 'register-publications')],
  ['filterYear', list('#/publications?year=2022', 'register-publications', ['2022-'])],
  [
    'filterText',
    list(`#/publications?q=${encodeURIComponent('森林防火')}`, 'register-publications', ['森林防火']),
  ],
  ['consultations', list('#/consultations', 'register-consultations')],
  ['openRequest:list', list('#/requests', 'register-requests')],
  ['firstVisit:dashboard', sw('#/dashboard')],
  ['firstVisit:report', sw('#/report?year=2025')],
  ['firstVisit:catalogue', sw('#/catalogue')],
  ['firstVisit:calendar', sw('#/calendar')],
  ['firstVisit:import', sw('#/import')],
  ['switch:settings', sw('#/settings')],
  ['switch:dashboard', sw('#/dashboard')],
  ['switch:publications', sw('#/publications')],
  ['switch:requests', sw('#/requests')],
  ['switch:consultations', sw('#/consultations')],
  ['switch:report', sw('#/report?year=2025')],
  ['switch:catalogue', sw('#/catalogue')],
  ['switch:calendar', sw('#/calendar')],
  // The registers' form: 新增 from the list, then back (nothing typed: no question).
  ['formNew:list', list('#/publications', 'register-publications')],
  ['formNew', (p) => navigateAndWait(p, '#/publications/new', { root: 'publication-form' })],
  ['formNew:back', list('#/publications', 'register-publications')],
  ['requestNew:list', list('#/requests', 'register-requests')],
  ['requestNew', (p) => navigateAndWait(p, '#/requests/new', { root: 'request-form' })],
];

async function traced(
  s: CDPSession,
  page: Page,
  run: (page: Page) => Promise<{ ms: number }>,
): Promise<StepResult> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  s.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((r) => s.once('Tracing.tracingComplete', () => r()));
  await s.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  const { ms } = await run(page);
  await page.waitForTimeout(100);
  await s.send('Tracing.end');
  await done;
  s.off('Tracing.dataCollected', collect);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The renderer's main thread (named CrRendererMain when the trace says so), the one with most tasks.
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && (mains.size === 0 || mains.has(`${e.pid}:${e.tid}`)),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of tasks) byThread.set(`${e.pid}:${e.tid}`, [...(byThread.get(`${e.pid}:${e.tid}`) ?? []), e]);
  const sum = (xs: TraceEvent[]) => xs.reduce((t, e) => t + (e.dur ?? 0), 0);
  const main = [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
  const longest = main.reduce<TraceEvent | null>((m, e) => ((e.dur ?? 0) > (m?.dur ?? 0) ? e : m), null);
  const thread = main[0] ? `${main[0].pid}:${main[0].tid}` : '';
  const by = Object.fromEntries(
    Object.entries(BREAKDOWN).map(([k, names]) => [
      k,
      events
        .filter((e) => e.ph === 'X' && names.includes(e.name) && `${e.pid}:${e.tid}` === thread)
        .reduce((t, e) => t + (e.dur ?? 0), 0) / 1000,
    ]),
  );
  return {
    by,
    ms,
    cpuMs: main.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    taskMs: (longest?.dur ?? 0) / 1000,
    taskCpuMs: (longest?.tdur ?? 0) / 1000,
  };
}

async function main() {
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const { server, builds, mounts } = await serveBuilds(values.build, dir, Number(values.port));
  const results = new Map<string, StepResult[]>();
  const only = values.only?.split(',');
  const steps = only ? STEPS.filter(([n]) => only.includes(n)) : STEPS;
  const loadStart = loadavg();
  for (let r = 0; r < Number(values.rounds); r++) {
    for (let i = 0; i < builds.length; i++) {
      const [name] = builds[(i + r) % builds.length] as [string, string];
      const context = await launchProfile(dir);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.addInitScript(coldStartProbe);
        const s = await context.newCDPSession(page);
        // The cold start, traced from the navigation to the interactive first screen (the dashboard).
        const cold = await traced(s, page, async (p) => {
          const signal = coldStartReady(p, 120_000);
          signal.catch(() => undefined);
          await p.goto(`${server.url}/${name}/`);
          return { ms: (await signal).ready };
        });
        results.set(`coldStart ${name}`, [...(results.get(`coldStart ${name}`) ?? []), cold]);
        requireRecords(await storedPublications(page), values.port);
        await page.waitForLoadState('networkidle');
        await switchAndWait(page, '#/settings');
        await page.waitForTimeout(2500);
        for (const [step, run] of steps) {
          const key = `${step} ${name}`;
          results.set(key, [...(results.get(key) ?? []), await traced(s, page, run)]);
          await page.waitForTimeout(700);
        }
      } finally {
        await context.close();
      }
    }
    console.log(`round ${r + 1} done (load ${loadavg()[0]?.toFixed(1)})`);
  }
  await server.close();
  const names = builds.map(([n]) => n);
  const fmt = (xs?: StepResult[]) =>
    xs
      ? `${median(xs.map((x) => x.ms)).toFixed(0)} / cpu ${median(xs.map((x) => x.cpuMs)).toFixed(0)} / task ${median(xs.map((x) => x.taskMs)).toFixed(0)} (cpu ${median(xs.map((x) => x.taskCpuMs)).toFixed(0)})`
      : '';
  console.log(`wall ms / main-thread cpu ms / longest task ms (its cpu ms), medians of ${values.rounds}`);
  console.log(`${''.padEnd(22)} ${names.map((n) => n.padStart(40)).join(' ')}`);
  const rows: Record<string, Record<string, StepResult[]>> = {};
  for (const step of ['coldStart', ...steps.map(([n]) => n)]) {
    rows[step] = Object.fromEntries(names.map((n) => [n, results.get(`${step} ${n}`) ?? []]));
    console.log(
      `${step.padEnd(22)} ${names.map((n) => fmt(results.get(`${step} ${n}`)).padStart(40)).join(' ')}`,
    );
  }
  console.log(`main-thread ms by kind (${Object.keys(BREAKDOWN).join(' / ')}), medians`);
  for (const step of Object.keys(rows)) {
    const cells = names.map((n) => {
      const xs = results.get(`${step} ${n}`) ?? [];
      return Object.keys(BREAKDOWN)
        .map((k) => median(xs.map((x) => x.by?.[k] ?? 0)).toFixed(0))
        .join(' / ');
    });
    console.log(`${step.padEnd(22)} ${cells.map((c) => c.padStart(40)).join(' ')}`);
  }
  await writeAbResult(values.out, 'cpu-ab', { mounts, loadAvg: { start: loadStart, end: loadavg() }, rows });
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  clickAndWait,
  coldStartProbe,
  coldStartReady,
  launchProfile,
  navigateAndWait,
  switchAndWait,
} from './browser/app-ui';
import { serveStatic } from './browser/server';
import { type CpuProfile, startTrace } from './browser/trace';

/**
 * Where one UI step spends the main thread (issue 17), by trace event rather than by function:
 * script, style recalculation, layout, paint. Uses a profile already filled by profile-start.ts.
 * `npx tsx test/bench/trace-step.ts --app-dir dist --dir /tmp/desk-profile-start --start '#/settings'
 *  --step '#/publications' [--warm '#/publications'] [--list publications] [--runs 3]`
 */
const { values } = parseArgs({
  options: {
    'app-dir': { type: 'string' },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    start: { type: 'string', default: '#/settings' },
    step: { type: 'string' },
    warm: { type: 'string' },
    list: { type: 'string' },
    /** Wait for this test id instead of a register's rows (e.g. request-detail for '#/requests/<id>'). */
    root: { type: 'string' },
    port: { type: 'string', default: '0' },
    out: { type: 'string' },
    /** Milliseconds from the start's first screen to the step (idle work after the start runs meanwhile). */
    wait: { type: 'string', default: '1500' },
    /** Milliseconds to keep the page open after the step (e.g. for the search digest to be saved). */
    linger: { type: 'string', default: '0' },
    /** Also a V8 CPU profile of the step: self and inclusive time per function (build with --minify false). */
    cpu: { type: 'boolean', default: false },
    /** Write the step's V8 CPU profile to this file (with --cpu), e.g. to split it by task. */
    'cpu-out': { type: 'string' },
    /** How many functions the CPU profile lists by inclusive time. */
    top: { type: 'string', default: '60' },
    /** Chromium's CPU throttling during the step (4: the benchmark's old office PC). */
    throttle: { type: 'string', default: '1' },
    /**
     * The start throttled too, and the step taken once the network is idle after it (with `--wait 0`):
     * the benchmark's rounds at 4×, whose start's idle work may still run when the step begins.
     */
    'throttle-start': { type: 'boolean', default: false },
    /**
     * A click traced instead of the address: `--step` (with `--root`) is gone to first, untraced, then
     * the element with this test id is clicked and the step lasts until `--ready` is on screen (and
     * `--gone` off it), e.g. 保存 in a record's form: `--step '#/publications/<id>/edit' --root
     * publication-form --click save-record --ready publication-detail --gone publication-form` (it
     * writes: use a copy of the profile).
     */
    click: { type: 'string' },
    ready: { type: 'string' },
    gone: { type: 'string' },
  },
});
function printProfile(profile: CpuProfile) {
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (id: number) => {
    const n = byId.get(id);
    if (!n) return '?';
    const url = n.callFrame.url.replace(/.*\//, '') || '';
    return `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}`;
  };
  // Inclusive time per function, counting a function once per stack (recursion).
  const incl = new Map<string, number>();
  const selfBy = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = byId.get(id);
    if (!n) return 0;
    const k = name(id);
    let total = self.get(id) ?? 0;
    selfBy.set(k, (selfBy.get(k) ?? 0) + total);
    const seen = onStack.has(k);
    const next = seen ? onStack : new Set(onStack).add(k);
    for (const c of n.children ?? []) total += walk(c, next);
    if (!seen) incl.set(k, (incl.get(k) ?? 0) + total);
    return total;
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, new Set());
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(`cpu, self:\n${top(selfBy, 30)}\ncpu, inclusive:\n${top(incl, Number(values.top))}`);
}

async function main() {
  if (!values['app-dir'] || !values.step) throw new Error('--app-dir and --step');
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const server = await serveStatic(
    { distDir: values['app-dir'], benchDir: join(dir, 'bench') },
    Number(values.port),
  );
  const context = await launchProfile(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(coldStartProbe);
  const signal = coldStartReady(page, 120_000);
  signal.catch(() => undefined);
  const s = await context.newCDPSession(page);
  const rate = Number(values.throttle);
  if (values['throttle-start'] && rate > 1) await s.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${server.url}/${values.start}`);
  await signal;
  if (values['throttle-start']) await page.waitForLoadState('networkidle');
  await page.waitForTimeout(Number(values.wait));
  if (values.warm) {
    await switchAndWait(page, values.warm);
    await page.waitForTimeout(800);
    await switchAndWait(page, values.start ?? '#/settings');
    await page.waitForTimeout(800);
  }
  if (values.click) {
    await navigateAndWait(page, values.step, { root: values.root ?? 'page-title' });
    await page.waitForTimeout(800);
  }
  const trace = await startTrace(
    s,
    'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    values.cpu ? 100 : undefined,
  );
  if (rate > 1) await s.send('Emulation.setCPUThrottlingRate', { rate });
  const t = values.click
    ? await clickAndWait(page, values.click, values.ready ?? 'page-title', values.gone)
    : values.list
      ? await navigateAndWait(page, values.step, { root: `register-${values.list}`, rows: true })
      : values.root
        ? await navigateAndWait(page, values.step, { root: values.root })
        : await switchAndWait(page, values.step);
  await page.waitForTimeout(300);
  if (rate > 1) await s.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const { events, profile } = await trace.stop();
  if (profile) printProfile(profile);
  if (profile && values['cpu-out']) await writeFile(values['cpu-out'], JSON.stringify(profile));
  console.log(
    `step ${values.click ?? values.step}: ${t.ms.toFixed(0)} ms, longest task ${t.longestTaskMs.toFixed(0)} ms`,
  );
  await page.waitForTimeout(Number(values.linger));
  if (values.out) await writeFile(values.out, JSON.stringify({ traceEvents: events }));
  // The renderer's main thread: the thread with the most RunTask time in the page's process.
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const byThread = new Map<string, number>();
  for (const e of tasks)
    byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
  const long = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 30_000);
  console.log(`tasks over 30 ms: ${long.map((e) => ((e.dur ?? 0) / 1000).toFixed(0)).join(', ')}`);
  const sum = new Map<string, number>();
  for (const e of mine)
    if (e.name !== 'RunTask') sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  await context.close();
  await server.close();
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coldStartProbe, coldStartReady, launchProfile } from './browser/app-ui';
import { serveStatic } from './browser/server';
import { storedAutoBackups } from './browser/start-steps';
import { type TraceEvent, startTrace } from './browser/trace';

/**
 * A cold start's timeline (issue 17): every main-thread task over `--min` ms from the navigation on,
 * with what ran in it (module evaluation, a React render, a layout, a stylesheet), then each start
 * file's request and arrival. Uses a profile filled by profile-start.ts. Where trace-step.ts sums one
 * step's work, this shows the order of a start's work and where the main thread waited.
 * `npx tsx test/bench/trace-start.ts --app-dir dist --dir /tmp/zp --port 4191 [--hash '#/publications']
 *  [--rate 4] [--min 8] [--linger 300] [--out trace.json] [--cpu cpu.json] [--blank] [--first-of-day]`
 * (`--blank`: from the bench's blank page on the app's origin, as the benchmark's and start-ab's cold starts;
 * `--first-of-day`: the same with the day's automatic backups removed first, as the benchmark's first start of the day)
 */
const { values } = parseArgs({
  options: {
    'app-dir': { type: 'string' },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    port: { type: 'string', default: '0' },
    hash: { type: 'string', default: '' },
    rate: { type: 'string', default: '1' },
    min: { type: 'string', default: '8' },
    /** Milliseconds the trace goes on after the first screen (e.g. to see the work that follows it). */
    linger: { type: 'string', default: '300' },
    out: { type: 'string' },
    /** Also a V8 CPU profile of the start, written to this file (build with --minify false to read it). */
    cpu: { type: 'string' },
    /** Open the bench's blank page on the app's origin first, as the benchmark's cold start does (coldStartAt). */
    blank: { type: 'boolean', default: false },
    /** The first start of the day: the day's automatic backups removed first (implies --blank). */
    'first-of-day': { type: 'boolean', default: false },
  },
});

const label = (e: TraceEvent) =>
  `${e.name}${e.args?.data?.functionName ? `[${e.args.data.functionName}]` : ''}${
    e.args?.data?.url ? `(${e.args.data.url.replace(/.*\//, '')})` : ''
  } ${((e.dur ?? 0) / 1000).toFixed(0)}`;

async function main() {
  if (!values['app-dir']) throw new Error('--app-dir');
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const server = await serveStatic(
    { distDir: values['app-dir'], benchDir: join(dir, 'bench') },
    Number(values.port),
  );
  const context = await launchProfile(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(coldStartProbe);
  if (values.blank || values['first-of-day']) await page.goto(`${server.url}/__bench/blank.html`);
  if (values['first-of-day']) await storedAutoBackups(page, true);
  const session = await context.newCDPSession(page);
  const trace = await startTrace(
    session,
    'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading',
    values.cpu ? 200 : undefined,
  );
  const rate = Number(values.rate);
  if (rate > 1) await session.send('Emulation.setCPUThrottlingRate', { rate });
  const signal = coldStartReady(page, 120_000);
  await page.goto(`${server.url}/${values.hash}`);
  const { ready, content } = await signal;
  await page.waitForTimeout(Number(values.linger));
  const { events, profile } = await trace.stop();
  if (values.cpu && profile) await writeFile(values.cpu, JSON.stringify(profile));
  if (values.out) await writeFile(values.out, JSON.stringify({ traceEvents: events }));
  console.log(`content ${content.toFixed(0)} ms, ready ${ready.toFixed(0)} ms (from the navigation)`);

  // The renderer's main thread: the thread of the app's navigationStart.
  const nav = events.find((e) => e.name === 'navigationStart');
  const origin = nav?.ts ?? 0;
  const mine = events.filter(
    (e) => e.pid === nav?.pid && e.tid === nav?.tid && e.ph === 'X' && e.ts >= origin,
  );
  const min = Number(values.min) * 1000;
  let last = 0;
  for (const task of mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > min)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = mine
      .filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
      .filter((e) => (e.dur ?? 0) > 2000 && !/GC|^V8\./.test(e.name))
      .slice(0, 5)
      .map(label)
      .join(', ');
    const at = (task.ts - origin) / 1000;
    console.log(
      `${at.toFixed(0).padStart(6)} +${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)}  idle before ${(at - last).toFixed(0).padStart(4)}  ${inside}`,
    );
    last = at + (task.dur ?? 0) / 1000;
  }
  const marks = events.filter((e) => e.name.startsWith('desk: '));
  for (const m of marks.filter((e, i) => marks.findIndex((x) => x.name === e.name) === i))
    console.log(`mark ${((m.ts - origin) / 1000).toFixed(0).padStart(6)}  ${m.name}`);
  const finished = new Map(
    events.filter((e) => e.name === 'ResourceFinish').map((e) => [e.args?.data?.requestId, e.ts]),
  );
  for (const sent of events.filter((e) => e.name === 'ResourceSendRequest')) {
    const end = finished.get(sent.args?.data?.requestId);
    console.log(
      `file ${((sent.ts - origin) / 1000).toFixed(0).padStart(6)} → ${end ? ((end - origin) / 1000).toFixed(0) : '?'}  ${String(sent.args?.data?.url).replace(/.*\//, '')}`,
    );
  }
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

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildApp, buildBenchPage } from './browser/build';
import { coldStartProbe, coldStartReady } from './browser/app-ui';
import { serveStatic } from './browser/server';

/**
 * Where a cold start spends its main thread (issue 17): `npx tsx test/bench/profile-start.ts
 * [--app-dir dist] [--dir /tmp/x] [--hash '#/publications'] [--throttle 4] [--after '#/report']`. Fills a profile with the bureau
 * data set once, then opens the app in a fresh browser with the V8 CPU profiler running and prints
 * self time per script and per function until the first screen is interactive.
 */
const { values } = parseArgs({
  options: {
    'app-dir': { type: 'string' },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    hash: { type: 'string', default: '' },
    throttle: { type: 'string', default: '1' },
    scale: { type: 'string', default: '0.025' },
    after: { type: 'string' },
    /** Profile only the --after step (the profiler starts once the first screen is ready). */
    'after-only': { type: 'boolean', default: false },
    /** Visited once before the --after step (e.g. the list once, to profile a second open). */
    before: { type: 'string' },
    port: { type: 'string', default: '4207' },
  },
});
const dir = values.dir ?? '/tmp/desk-profile-start';
const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'];
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

async function main() {
  await mkdir(join(dir, 'bench'), { recursive: true });
  const appDir = values['app-dir'] ?? join(dir, 'app');
  if (!values['app-dir']) await buildApp(appDir);
  await buildBenchPage(join(dir, 'bench'));
  const server = await serveStatic({ distDir: appDir, benchDir: join(dir, 'bench') }, Number(values.port));
  const launch = async () => {
    const c = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      args,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1366, height: 800 },
    });
    await c.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    return c;
  };
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/__bench/index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  const has = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('disclosure-desk');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('publications')) {
            db.close();
            return resolve(0);
          }
          const c = db.transaction('publications').objectStore('publications').count();
          c.onsuccess = () => {
            db.close();
            resolve(c.result);
          };
        };
        open.onerror = () => resolve(0);
      }),
  );
  if (has === 0) {
    const scale = Number(values.scale);
    await page.evaluate((o) => window.bench.generate(o), {
      scale,
      seed: 20250101,
      trashedAt: new Date().toISOString(),
    });
    await page.evaluate(() => window.bench.importAll());
  }
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(coldStartProbe);
  await page.goto(`${server.url}/__bench/blank.html`);
  const s = await context.newCDPSession(page);
  const rate = Number(values.throttle);
  if (rate > 1) await s.send('Emulation.setCPUThrottlingRate', { rate });
  await s.send('Profiler.enable');
  await s.send('Profiler.setSamplingInterval', { interval: 200 });
  const afterOnly = values['after-only'] && values.after;
  if (!afterOnly) await s.send('Profiler.start');
  const signal = coldStartReady(page, 120_000);
  signal.catch(() => undefined);
  await page.goto(`${server.url}/${values.hash}`);
  const ready = (await signal).ready;
  if (values.after) {
    await page.waitForTimeout(500);
    if (values.before) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, values.before);
      await page.waitForTimeout(1500);
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, values.hash || '#/');
      await page.waitForTimeout(1000);
    }
    if (afterOnly) await s.send('Profiler.start');
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, values.after);
    await page.waitForTimeout(1500);
  }
  const { profile } = (await s.send('Profiler.stop')) as {
    profile: { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };
  };
  console.log(`ready at ${ready} ms`);
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const ms = self.get(n.id) ?? 0;
    const url = n.callFrame.url.replace(/.*\//, '') || `(${n.callFrame.functionName || 'native'})`;
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
    const fn = `${url}:${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  console.log('self time by script:');
  console.log(top(byUrl, 25).join('\n'));
  console.log('self time by function:');
  console.log(top(byFn, 40).join('\n'));
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

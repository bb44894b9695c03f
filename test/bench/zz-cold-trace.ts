import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { coldStartProbe, coldStartReady } from './browser/app-ui';
import { serveStatic } from './browser/server';
const { values } = parseArgs({ options: { 'app-dir': { type: 'string' }, dir: { type: 'string' }, port: { type: 'string', default: '0' }, hash: { type: 'string', default: '' }, out: { type: 'string' } } });
interface E { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat?: string; args?: any }
async function main() {
  const dir = values.dir!;
  const server = await serveStatic({ distDir: values['app-dir']!, benchDir: join(dir, 'bench') }, Number(values.port));
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 800 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = context.pages()[0] ?? (await context.newPage());

  await page.addInitScript(coldStartProbe);
  if (process.env.FONT) await page.addInitScript({ content: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = '*, *::before { font-family: ${process.env.FONT} !important }'; document.head.append(s); });` });
  if (process.env.WARMFONT) {
    await page.goto(`${server.url}/__bench/index.html`);
    await page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', `<div style="font-family:-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol', 'Noto Color Emoji'">依申请公开 已超期 主动公开 <b>本月发布</b> 年度报告 2025</div>`); document.body.offsetHeight; });
  }
  if (process.env.DUMP) await context.addInitScript({ content: `(() => { const tick = () => { const t = performance.now(); const n = document.getElementsByTagName('*').length; document.body && document.body.getBoundingClientRect(); const d = performance.now() - t; if (document.querySelector('.ant-layout') && !window.__dumped) { window.__dumped = 1; console.log('__dump ' + t.toFixed(0) + ' ' + d.toFixed(0) + ' ' + n); window.__dumpHtml = document.documentElement.outerHTML; } if (t < 4000) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })();` });
  page.on('console', (m) => { if (m.text().startsWith('__d')) console.log(m.text()); });
  const s = await context.newCDPSession(page);
  const events: E[] = [];
  s.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as E[])); });
  const done = new Promise<void>((r) => s.once('Tracing.tracingComplete', () => r()));
  await s.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await s.send('Profiler.enable');
  await s.send('Profiler.setSamplingInterval', { interval: 200 });
  await s.send('Profiler.start');
  if (process.env.RATE) await s.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE) });
  const signal = coldStartReady(page, 120_000);
  const t0 = Date.now();
  await page.goto(`${server.url}/${values.hash}`);
  const r = await signal.catch(async (e) => { await page.screenshot({ path: '/tmp/z/cold-fail.png' }); throw e; });
  console.log('ready', r, 'wall', Date.now() - t0);
  await page.waitForTimeout(Number(process.env.LINGER ?? 300));
  if (process.env.DUMP) await writeFile('/tmp/z/dump.html', await page.evaluate(() => (window as any).__dumpHtml ?? ''));
  const { profile } = (await s.send('Profiler.stop')) as any;
  await writeFile('/tmp/z/cold-cpu.json', JSON.stringify(profile));
  await s.send('Tracing.end');
  await done;
  if (values.out) await writeFile(values.out, JSON.stringify({ traceEvents: events }));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const byThread = new Map<string, number>();
  for (const e of tasks) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const nav = events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === main) ?? events.find((e) => e.name === 'navigationStart');
  const origin = nav?.ts ?? 0;
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= origin - 1000);
  // timeline: each RunTask > 5 ms with its top children
  for (const t of mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 8000)) {
    const kids = mine.filter((e) => e.name !== 'RunTask' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 3000);
    const desc = kids.slice(0, 8).map((k) => `${k.name}${k.args?.data?.url ? '(' + String(k.args.data.url).replace(/.*\//, '') + ')' : ''}${k.args?.data?.functionName ? '[' + k.args.data.functionName + ']' : ''} ${((k.dur ?? 0) / 1000).toFixed(0)}`).join(', ');
    console.log(`${((t.ts - origin) / 1000).toFixed(0).padStart(6)} +${((t.dur ?? 0) / 1000).toFixed(0).padStart(4)}  ${desc}`);
  }
  const sum = new Map<string, number>();
  for (const e of mine) if (e.name !== 'RunTask') sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  // network: resource timings
  const sends = events.filter((e) => e.name === 'ResourceSendRequest');
  const fin = new Map(events.filter((e) => e.name === 'ResourceFinish').map((e) => [e.args?.data?.requestId, e]));
  for (const sd of sends) { const f = fin.get(sd.args?.data?.requestId); console.log(`net ${((sd.ts - origin) / 1000).toFixed(0).padStart(6)} → ${f ? ((f.ts - origin) / 1000).toFixed(0) : '?'}  ${String(sd.args?.data?.url).replace(/.*\//, '')}`); }
  await context.close(); await server.close();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });

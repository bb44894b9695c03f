import { chromium } from '@playwright/test';
const build = process.argv[2];
const hash = process.argv[3] ?? '#/publications';
const ctx = await chromium.launchPersistentContext('/tmp/zp/profile', {
  executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], locale: 'zh-CN', viewport: { width: 1366, height: 800 },
});
const p = ctx.pages()[0] ?? (await ctx.newPage());
await p.addInitScript(() => {
  (window as any).__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await p.goto(`http://127.0.0.1:4207/${hash}`);
await p.locator('.ant-table-row').first().waitFor();
const shown = await p.evaluate(() => Math.round(performance.now()));
await p.waitForTimeout(5000);
const lt = await p.evaluate(() => (window as any).__lt);
const forms = await p.locator('.ant-drawer form').count();
console.log(build, 'rows shown at', shown, 'long tasks after:', JSON.stringify(lt.filter((x: number[]) => x[0] >= shown - 5)), 'before:', JSON.stringify(lt.filter((x: number[]) => x[0] < shown - 5)), 'forms', forms);
await ctx.close();

import { chromium } from '@playwright/test';
// Long tasks over the 6 s after a cold start's first screen (the dashboard's figures or a list's rows).
const build = process.argv[2];
const hash = process.argv[3] ?? '';
const ctx = await chromium.launchPersistentContext('/tmp/zp/profile', {
  executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], locale: 'zh-CN', viewport: { width: 1366, height: 800 },
});
const p = ctx.pages()[0] ?? (await ctx.newPage());
await p.addInitScript(() => {
  (window as any).__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await p.goto(`http://127.0.0.1:4207/${hash}`);
await p.locator(hash ? '.ant-table-row' : '[data-testid="dashboard"], .dashboard, main').first().waitFor();
const shown = await p.evaluate(() => Math.round(performance.now()));
await p.waitForTimeout(6000);
const lt = await p.evaluate(() => (window as any).__lt);
console.log(build, hash || 'dashboard', 'shown at', shown, 'after:', JSON.stringify(lt.filter((x: number[]) => x[0] >= shown - 5)), 'before:', JSON.stringify(lt.filter((x: number[]) => x[0] < shown - 5)));
await ctx.close();

import { chromium } from '@playwright/test';
const hash = process.argv[2] ?? '#/publications';
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
await p.waitForTimeout(4000);
const r = await p.evaluate(() => ({ lt: (window as any).__lt, ren: (window as any).__ren, upd: (window as any).__upd }));
console.log('LT', JSON.stringify(r.lt));
console.log('REN>20', JSON.stringify(r.ren.filter((x: number[]) => x[1] > 20)));
for (const lt of r.lt) {
  const inside = r.ren.filter((x: number[]) => x[0] >= lt[0] - 1 && x[0] < lt[0] + lt[1]);
  console.log('task', lt, 'renders', JSON.stringify(inside));
  const before = r.upd.filter((u: any[]) => u[0] >= lt[0] - 60 && u[0] <= lt[0] + lt[1]);
  { const c: Record<string, number> = {}; for (const u of before) { const k = `${u[1]}:${u[2]}`; c[k] = (c[k] ?? 0) + 1; } console.log("  updates", JSON.stringify(c)); }
}
await ctx.close();

import { chromium } from '@playwright/test';
const ctx = await chromium.launchPersistentContext('/tmp/zp/profile', {
  executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], locale: 'zh-CN', viewport: { width: 1366, height: 800 },
});
const p = ctx.pages()[0] ?? (await ctx.newPage());
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
await p.goto(`http://127.0.0.1:4207/#/publications`);
await p.getByTestId('register-publications').waitFor();
await p.waitForTimeout(2500);
console.log('forms in DOM', await p.locator('[data-testid=publication-form]').count());
const t0 = Date.now();
await p.evaluate(() => { location.hash = '#/publications/new'; });
await p.getByTestId('publication-form').waitFor({ state: 'visible' });
console.log('visible after', Date.now() - t0);
await p.waitForTimeout(800);
console.log('focused', await p.evaluate(() => document.activeElement?.getAttribute('data-testid')));
await p.screenshot({ path: '/tmp/shot-w1.png' });
await p.keyboard.press('Escape');
await p.waitForTimeout(800);
console.log('forms in DOM after esc', await p.locator('[data-testid=publication-form]').count(), await p.locator('[data-testid=publication-form]:visible').count());
await ctx.close();

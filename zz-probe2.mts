import { chromium } from '@playwright/test';
const ctx = await chromium.launchPersistentContext('/tmp/zp/profile', {
  executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], locale: 'zh-CN', viewport: { width: 1366, height: 800 },
});
const p = ctx.pages()[0] ?? (await ctx.newPage());
const errs: string[] = [];
p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errs.push(m.text().slice(0, 200)); });
for (const reg of ['publications', 'requests', 'consultations', 'appeals']) {
  await p.goto(`http://127.0.0.1:4207/#/${reg}`);
  await p.getByTestId(`register-${reg}`).waitFor();
  await p.waitForTimeout(2000);
  const hidden = await p.locator('.ant-drawer form').count();
  // Tab through the page 60 times: never into the hidden form
  let intoForm = 0;
  for (let i = 0; i < 60; i++) {
    await p.keyboard.press('Tab');
    intoForm += await p.evaluate(() => (document.activeElement?.closest('.ant-drawer') ? 1 : 0));
  }
  await p.evaluate(() => { (document.activeElement as HTMLElement)?.blur(); });
  await p.getByTestId('new-record').click();
  await p.waitForTimeout(700);
  const focused = await p.evaluate(() => document.activeElement?.tagName + ' ' + (document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className));
  await p.screenshot({ path: `/tmp/shot-new-${reg}.png` });
  console.log(reg, 'forms in closed drawer', hidden, 'tab into drawer', intoForm, 'focused after 新增', focused);
  await p.keyboard.press('Escape');
  await p.waitForTimeout(600);
}
console.log('console errors/warnings', errs);
await ctx.close();

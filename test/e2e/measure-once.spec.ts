import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

/**
 * antd's scrollbar measurement (issue 17): every rc-table measured the scrollbar when it mounted, and
 * a drawer measures it when it opens — each a forced style recalculation and layout in the middle of
 * a click. The production build measures only for tables with a fixed header (the app has none) and
 * keeps each answer (scripts/antd-patches.ts); the one the drawers need is taken in idle time after
 * the start (renderer/app/scrollbar.ts). Counted here through the form: the measuring element antd adds
 * to the page (`rc-scrollbar-measure-…`), recorded by a MutationObserver set up before the app loads.
 */
test('the scrollbar is measured once, after the start: not when a list, the dashboard or a drawer opens', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __measured: number };
    w.__measured = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && n.id.startsWith('rc-scrollbar-measure')) w.__measured++;
    }).observe(document, { childList: true, subtree: true });
  });
  const measured = () => page.evaluate(() => (window as unknown as { __measured: number }).__measured);
  await openApp(page, '/settings');
  // The idle work after the start measures once.
  await expect.poll(measured, { timeout: 10_000 }).toBe(1);

  for (const path of ['/publications', '/requests', '/consultations', '/appeals']) {
    await openApp(page, path);
    await page.locator('.ant-table').first().waitFor();
  }
  await openApp(page, '/dashboard');
  await openApp(page, '/report');
  // A drawer: the new-record form of a register.
  await openApp(page, '/publications');
  await page.getByTestId('new-record').click();
  await expect(page.locator('.ant-drawer-open')).toBeVisible();
  await page.getByTestId('field-title').waitFor();
  expect(await measured()).toBe(1);
});

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
    const w = window as unknown as { __measured: number; __warmRows: number };
    w.__measured = 0;
    w.__warmRows = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (n instanceof Element && n.id.startsWith('rc-scrollbar-measure')) w.__measured++;
          // The warm-up's fake rows (renderer/app/WarmUp.tsx) are drawn outside the document.
          if (n instanceof Element && /—1[0-9]/.test(n.textContent ?? '')) w.__warmRows++;
        }
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
  // The theme's variables class is the fixed one the prebuilt styles name (renderer/app/theme.ts).
  await expect(page.locator('.ant-drawer').first()).toHaveClass(/css-var-desk/);
  expect(await page.evaluate(() => (window as unknown as { __warmRows: number }).__warmRows)).toBe(0);
});

/**
 * antd's CSS variables (issue 17): each kind of component's <style> of variables was removed when the
 * last of its kind left the page and inserted again when one came back — 17–22 style sheets in and
 * out on every page switch. The build keeps them once made (scripts/antd-patches.ts). Counted through
 * the menu: no <style> leaves the page, and a second round of the same pages adds none.
 */
test('page switches neither remove nor re-insert style sheets', async ({ page }) => {
  await openApp(page, '/settings');
  await page.evaluate(() => {
    const w = window as unknown as { __styles: { added: number; removed: number } };
    w.__styles = { added: 0, removed: 0 };
    // Not counted: the one scrollbar measurement after the start, which adds and removes its own.
    const counted = (n: Node) =>
      n instanceof HTMLStyleElement && !(n.textContent ?? '').includes('#rc-scrollbar-measure');
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if (counted(n)) w.__styles.added++;
        for (const n of r.removedNodes) if (counted(n)) w.__styles.removed++;
      }
    }).observe(document.head, { childList: true });
  });
  const styles = () =>
    page.evaluate(() => (window as unknown as { __styles: { added: number; removed: number } }).__styles);
  const round = async () => {
    for (const path of [
      '/publications',
      '/settings',
      '/requests',
      '/dashboard',
      '/consultations',
      '/report',
    ]) {
      await page.evaluate((p) => {
        window.location.hash = `#${p}`;
      }, path);
      await expect(page.getByTestId('page-title')).toBeVisible();
      // A register's list draws its 新增 form ahead in idle time (RegisterPage): its kinds are seen
      // in the first round, whenever the idle time comes.
      if (['/publications', '/requests', '/consultations'].includes(path))
        await expect(page.locator('.ant-drawer form')).toHaveCount(1);
      await page.waitForTimeout(200);
    }
  };
  await round();
  const first = await styles();
  expect(first.removed).toBe(0);
  expect(first.added).toBeGreaterThan(0); // the kinds seen for the first time
  await round();
  expect(await styles()).toEqual(first);
});

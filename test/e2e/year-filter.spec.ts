import { expect, test } from '@playwright/test';
import { publish, search } from './support/app';

// Found walking a ten-year database (2026-12-08): the year filter stopped at 2019, so a bureau's
// years before it — brought in from its old spreadsheets — could not be chosen.
test('a publication of 2016 is reached through the list year filter', async ({ page }) => {
  await publish(page, '二〇一六年测试公开信息', '2016-03-01', '2016-03-08');
  // Back to the list (the saved record's detail closed).
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('publication-detail')).toBeHidden();
  // Typed, as a long list is searched (the options reach back to 2008).
  await search(page, 'filter-year', '2016年');
  const list = page.getByTestId('register-publications');
  await expect(list).toContainText('二〇一六年测试公开信息');
  await expect(list).toContainText('共 1 条');
});

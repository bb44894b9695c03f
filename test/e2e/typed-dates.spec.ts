import { expect, type Page, test } from '@playwright/test';
import { openApp, save } from './support/app';

/**
 * Dates typed as officers write them, through a real form (a user walk: `2026/9/10` typed into
 * 提交日期 stayed in the box, the field kept the date the new form starts with — today — and the
 * request was saved with today's date, silently, its statutory clock counted from the wrong day).
 * Today is fixed at 2026-09-20, so a date left at today cannot pass for the one typed. Obviously fake
 * data only (DOMAIN.md §7).
 */

const TODAY = '2026-09-20';

/** Types `text` into a DateField as an officer does — select all, type, Tab — without asking what it then shows. */
async function typeDate(page: Page, testId: string, text: string) {
  const input = page.locator(`input[data-testid="${testId}"]`);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.fill(text);
  await input.press('Tab');
  return input;
}

/** The value a detail shows beside its label (a bordered table: the label's cell, then the value's). */
function detailValue(page: Page, label: string) {
  return page
    .getByTestId('request-detail')
    .getByRole('rowheader', { name: label, exact: true })
    .locator('xpath=following-sibling::td[1]');
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
});

test('a request with dates typed as 2026/9/10 and 20260910 is saved with 2026-09-10 for both', async ({
  page,
}) => {
  await openApp(page, '/requests/new');
  await expect(page.locator('input[data-testid="field-submittedDate"]')).toHaveValue(TODAY);
  const submitted = await typeDate(page, 'field-submittedDate', '2026/9/10');
  await expect(submitted).toHaveValue('2026-09-10');
  const received = await typeDate(page, 'field-receivedDate', '20260910');
  await expect(received).toHaveValue('2026-09-10');
  await page.getByTestId('field-applicantName').fill('测试申请人丙');
  await page.getByTestId('field-content').fill('测试局某某路养护合同');
  await save(page);

  await expect(page.getByTestId('request-detail')).toContainText('测试局某某路养护合同');
  await expect(detailValue(page, '提交日期')).toHaveText('2026-09-10');
  await expect(detailValue(page, '收到日期')).toHaveText('2026-09-10');
});

test('a date that does not exist (2026-02-30) is refused, said in Chinese, and nothing is saved', async ({
  page,
}) => {
  await openApp(page, '/requests/new');
  const submitted = await typeDate(page, 'field-submittedDate', '2026-02-30');
  // Not put back to today in silence: the text stays, and the field says what is wrong at once.
  await expect(submitted).toHaveValue('2026-02-30');
  const item = page.locator('.ant-form-item', { has: submitted });
  await expect(item).toContainText('日期无效，请按 2025-09-25 的格式填写');
  await page.getByTestId('field-applicantName').fill('测试申请人丁');
  await page.getByTestId('field-content').fill('测试局不存在日期的申请');
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('invalid-date-typed.png') });

  await save(page);
  await expect(item.locator('.ant-form-item-explain-error')).toContainText('日期无效');
  await expect(page.getByTestId('save-record')).toBeVisible();
  await expect(submitted).toHaveValue('2026-02-30');
  await page.screenshot({ path: test.info().outputPath('invalid-date-refused.png') });

  // Nothing stored: not with today's date, not with any.
  await openApp(page, '/requests');
  await expect(page.getByTestId('page-title')).toBeVisible();
  await expect(page.locator('.ant-table-tbody')).toBeVisible();
  await expect(page.locator('.ant-table-tbody')).not.toContainText('测试局不存在日期的申请');
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('disclosure-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('requests').objectStore('requests').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
  expect(stored).toBe(0);
});

import { expect, test } from '@playwright/test';
import { expectProfileSaved, openApp } from './support/app';

// Found walking 设置 as a new officer (2026-12-08): a due date no year has was saved and then broke
// 工作台 on every start; a corrected field kept the refused save's message under it.
test.describe('设置 → 机关信息', () => {
  test('a 年度报告截止日期 no year has is refused with its form; a real one is saved', async ({ page }) => {
    await openApp(page, '/settings');
    const due = page.getByTestId('profile-reportDueMonthDay');
    await due.fill('13-45');
    await page.getByTestId('save-profile').click();
    const form = page.getByTestId('profile-form');
    await expect(form.locator('.ant-form-item-explain-error')).toContainText('应为“月-日”，如 01-31');
    await due.fill('02-28');
    await page.getByTestId('save-profile').click();
    await expectProfileSaved(page, { reportDueMonthDay: '02-28' });
    await expect(form.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await openApp(page, '/dashboard');
    await expect(page.getByText('页面出错了')).toHaveCount(0);
  });

  test('a field corrected and saved keeps no message of the refused save', async ({ page }) => {
    await openApp(page, '/settings');
    const code = page.getByTestId('profile-agencyCode');
    await code.fill('ABC');
    await page.getByTestId('save-profile').click();
    const errors = page.getByTestId('profile-form').locator('.ant-form-item-explain-error');
    await expect(errors).toContainText('应为18位统一社会信用代码或9位组织机构代码');
    await code.fill('11341702486344515H');
    await page.getByTestId('save-profile').click();
    await expectProfileSaved(page, { agencyCode: '11341702486344515H' });
    await expect(errors).toHaveCount(0);
  });
});

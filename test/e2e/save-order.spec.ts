import { expect, test } from '@playwright/test';
import { fillDate, openApp } from './support/app';

// Found walking 主动公开 (2026-12-08): a publication the save would refuse (公开日期 before 成文日期) was
// first asked about (审核尚未完成，确定发布吗？), and 仍然保存 then led to "请按提示修改后再保存".
test('a record the save would refuse is not asked about first: the problem is said at once', async ({
  page,
}) => {
  await openApp(page, '/publications/new');
  await page.getByTestId('field-title').fill('关于测试保存顺序的通知');
  await fillDate(page, 'field-formedDate', '2025-03-10');
  await fillDate(page, 'field-publishedDate', '2025-03-03');
  await page.getByTestId('save-record').click();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('公开日期不能早于成文日期');
  await expect(page.getByTestId('confirm-save')).toHaveCount(0);

  // Corrected: now the review question comes, and 仍然保存 saves.
  await fillDate(page, 'field-publishedDate', '2025-03-12');
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('confirm-save')).toBeVisible();
  await page.getByTestId('confirm-save').click();
  await expect(page.getByTestId('publication-detail')).toContainText('关于测试保存顺序的通知');
});

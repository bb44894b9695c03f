import { expect, test } from '@playwright/test';
import { enterRequest, fillDate, openApp, save, search } from './support/app';

// Found walking the registers (2026-12-08): a request a case refers to was deleted without a word,
// and the case then showed a dead link and, in its form, the request's internal id; a case with no
// 案号 had a blank title in its delete question and in the trash.
// The question's own 删除 (the drawer has one too, which a click before the question is up would hit).
const deleteButton = (page: import('@playwright/test').Page) =>
  page.locator('.ant-modal-confirm').getByRole('button', { name: /^删\s*除$/ });

test('a case keeps naming its request after the request is deleted, and is named without a 案号', async ({
  page,
}) => {
  await enterRequest(page, {
    serial: '2025-031',
    submitted: '2025-09-01',
    received: '2025-09-01',
    applicant: '测试申请人乙',
    content: '测试道路工程的验收报告',
  });
  await openApp(page, '/appeals/new');
  await search(page, 'field-requestId', '2025-031 测试道路工程的验收报告');
  // Filed before the request was received: refused, on the date.
  await fillDate(page, 'field-filedDate', '2025-08-20');
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('appeal-form').locator('.ant-form-item-explain-error')).toContainText(
    '立案日期不能早于所关联申请的收到日期',
  );
  await fillDate(page, 'field-filedDate', '2025-11-03');
  await save(page);
  await expect(page.getByTestId('appeal-detail')).toContainText('2025-031');

  // Deleting the request says that a case refers to it.
  await openApp(page, '/requests');
  await page.locator('.ant-table-tbody .ant-table-row').filter({ hasText: '2025-031' }).click();
  await page.getByTestId('delete-record').click();
  await expect(page.getByTestId('delete-note')).toContainText('有 1 件行政复议或行政诉讼案件关联该申请');
  await deleteButton(page).click();
  await expect(page.getByText('已移入回收站')).toBeVisible();

  // The case shows its request deleted (with the way to the trash), and its form the serial.
  await openApp(page, '/appeals');
  await page.locator('.ant-table-tbody .ant-table-row').first().click();
  await expect(page.getByTestId('appeal-request-deleted')).toContainText('2025-031 （已删除）');
  await page.getByTestId('edit-record').click();
  const linked = page.getByTestId('field-requestId');
  await expect(linked).toContainText('2025-031 测试道路工程的验收报告 （已删除）');
  await expect(linked).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await page.keyboard.press('Escape');

  // A case without a 案号 is named by its kind and filing date when deleted, and in the trash.
  await page.getByTestId('delete-record').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('行政复议 2025-11-03');
  await deleteButton(page).click();
  await expect(page.locator('.ant-modal-confirm')).toHaveCount(0);
  await openApp(page, '/trash');
  await expect(
    page.getByTestId('trash').locator('.ant-table-row').filter({ hasText: '复议诉讼' }),
  ).toContainText('行政复议 2025-11-03');
});

import { expect, type Page, test } from '@playwright/test';
import { choose, clickInDialog, fillDate, openApp, save } from './support/app';

/**
 * Issue 13 items 14 and 15: a new install opens on what to do next (not on alarms), the first-run
 * path stores last year's baseline, which this year's report continues; from January the app
 * opens on the year still being closed, and a request received in December keeps that year's
 * serial. Screenshots of the first-run path (zh-CN) go to docs/screenshots. Fake data only.
 */

async function onDay(page: Page, date: string) {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00+08:00`));
}

/** docs/screenshots/<name>.png, only when regenerating them (SCREENSHOTS=1): a test run leaves docs alone. */
async function shot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

test.describe('first week', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a step left with figures typed and not saved asks first: 下一步, a step’s title, the menu', async ({
    page,
  }) => {
    const modal = page.locator('.ant-modal-confirm');
    await openApp(page, '/first-run');
    // The profile: typed, then 下一步 — asked; 继续编辑 stays on the step with the text.
    await page.getByTestId('profile-agencyName').fill('测试县测试局');
    await page.getByTestId('first-run-next').click();
    await expect(modal).toContainText('有未保存的修改，确定放弃吗？');
    await clickInDialog(page.getByTestId('keep-editing'));
    await expect(modal).toHaveCount(0);
    await expect(page.getByTestId('profile-agencyName')).toHaveValue('测试县测试局');
    // 放弃修改: on to the next step.
    await page.getByTestId('first-run-next').click();
    await clickInDialog(page.getByTestId('discard-changes'));
    await expect(page.getByTestId('first-run-calendar')).toBeVisible();

    // Last year's figures: typed, then the step's title in the steps bar — asked; 继续编辑 keeps them.
    await page.getByTestId('first-run-next').click();
    await page.getByTestId('baseline-normative').fill('12');
    await page.getByTestId('first-run-steps').getByText('工作日历').click();
    await expect(modal).toContainText('有未保存的修改，确定放弃吗？');
    await clickInDialog(page.getByTestId('keep-editing'));
    await expect(modal).toHaveCount(0);
    await expect(page.getByTestId('baseline-normative')).toHaveValue('12');
    // The menu asks too; once saved, nothing is asked.
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await expect(modal).toContainText('有未保存的修改，确定放弃吗？');
    await clickInDialog(page.getByTestId('keep-editing'));
    await expect(modal).toHaveCount(0);
    await page.getByTestId('save-baseline').click();
    await expect(page.getByText('已保存').first()).toBeVisible();
    await page.getByTestId('first-run-next').click();
    await expect(modal).toHaveCount(0);
    await expect(page.getByTestId('first-run-finish')).toBeVisible();
  });

  test('an empty install: the first-run path instead of a red dashboard', async ({ page }) => {
    await onDay(page, '2026-12-04');
    await openApp(page, '/dashboard');
    const card = page.getByTestId('first-run-card');
    await expect(card).toContainText('还没有任何记录');
    // No alarms about an empty database.
    await expect(page.getByTestId('dashboard')).not.toContainText('空白月');
    await expect(page.getByTestId('dashboard')).not.toContainText('项错误');
    await shot(page, 'first-run-dashboard');

    await page.getByTestId('open-first-run').click();
    await expect(page.getByTestId('first-run')).toBeVisible();
    await page.getByTestId('profile-agencyName').fill('测试县测试局');
    await page.getByTestId('save-profile').click();
    await expect(page.getByText('已保存')).toBeVisible();
    await shot(page, 'first-run-1-profile');

    await page.getByTestId('first-run-next').click();
    const calendar = page.getByTestId('first-run-calendar');
    await expect(calendar).toContainText('2026年的节假日安排已就绪');
    await expect(calendar).toContainText('2027年的节假日安排尚未录入');
    await shot(page, 'first-run-2-calendar');

    await page.getByTestId('first-run-next').click();
    await page.getByTestId('baseline-carried-natural').fill('2');
    await page.getByTestId('baseline-carried-commercial').fill('1');
    await page.getByTestId('baseline-normative').fill('12');
    await page.getByTestId('save-baseline').click();
    await expect(page.getByText('已保存').first()).toBeVisible();
    await shot(page, 'first-run-3-baseline');

    await page.getByTestId('first-run-next').click();
    await shot(page, 'first-run-4-backup');
    await page.getByTestId('first-run-finish').click();
    await expect(page.getByTestId('first-run-card')).toContainText('首次使用设置已完成');

    // This year's report continues last year's published figures.
    await openApp(page, '/report?year=2026');
    await expect(page.getByTestId('cell-t3:carriedIn:natural')).toHaveText('2');
    await expect(page.getByTestId('cell-t3:carriedIn:commercial')).toHaveText('1');
    await expect(page.getByTestId('cell-t3:carriedIn:total')).toHaveText('3');

    // Once there is a record, the dashboard is the usual one, and the months before it (January to
    // November) are not 空白月.
    await openApp(page, '/consultations/new');
    await fillDate(page, 'field-date', '2026-12-01');
    await page.getByTestId('field-topic').fill('测试咨询');
    await save(page);
    await openApp(page, '/dashboard');
    await expect(page.getByTestId('dash-publications')).toBeVisible();
    await expect(page.getByTestId('dash-blank-months')).toContainText('无');
  });

  test('in January the app opens on the year being closed; a December request keeps its year', async ({
    page,
  }) => {
    await onDay(page, '2025-12-30');
    await openApp(page, '/consultations/new');
    await fillDate(page, 'field-date', '2025-12-30');
    await page.getByTestId('field-topic').fill('年底测试咨询');
    await save(page);
    await expect(page.getByTestId('consultation-detail')).toBeVisible();

    // Registered on 4 January, received 30 December: the serial is 2025's.
    await onDay(page, '2026-01-04');
    await openApp(page, '/requests/new');
    await expect(page.getByTestId('field-serial')).toHaveValue('2026-001');
    await fillDate(page, 'field-submittedDate', '2025-12-30');
    await fillDate(page, 'field-receivedDate', '2025-12-30');
    await expect(page.getByTestId('field-serial')).toHaveValue('2025-001');
    await choose(page, 'field-channel', '邮寄');
    await page.getByTestId('field-applicantName').fill('测试申请人甲');
    await page.getByTestId('field-content').fill('年底收到的测试申请');
    await save(page);
    await expect(page.getByTestId('request-detail')).toContainText('2025-001');

    // The report, the dashboard chart and the registers open on 2025, with 2026 one click away.
    await openApp(page, '/report');
    await expect(page.getByTestId('report-year')).toContainText('2025');
    await page.getByTestId('open-year-switch').getByText('2026年').click();
    await expect(page.getByTestId('report-year')).toContainText('2026');

    await openApp(page, '/dashboard');
    await expect(page.getByTestId('dash-year')).toContainText('2025');
    await shot(page, 'year-being-closed-dashboard');

    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await expect(page.getByTestId('filter-year')).toContainText('2025');
    await expect(page.locator('.ant-table-tbody')).toContainText('2025-001');
    await page.getByTestId('open-year-switch').getByText('2026年').click();
    await expect(page.getByTestId('filter-year')).toContainText('2026');
    await expect(page.locator('.ant-table-tbody')).not.toContainText('2025-001');
  });
});

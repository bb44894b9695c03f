import { expect, type Locator, type Page, test } from '@playwright/test';
import { choose, chooseIn, dateIn, fillDate, openApp, save } from './support/app';

/**
 * A refused save of 依申请公开's form shows each reason where the officer looks (user walk of 编辑 /
 * 添加办理环节): on the step as entered though the record is checked in date order, under the
 * timeline for what concerns it as a whole (延期 twice), on 金额 for an amount left empty — and never
 * as an internal path (`events.0.amountFen`). Through the real form. Obviously fake data only.
 */

/** A new request's form with its fields above the timeline filled in (received 3 March 2025). */
async function newRequest(page: Page, serial: string) {
  await page.clock.setFixedTime(new Date('2025-03-25T10:00:00+08:00'));
  await openApp(page, '/requests/new');
  await page.getByTestId('field-serial').fill(serial);
  await choose(page, 'field-channel', '当面');
  await fillDate(page, 'field-submittedDate', '2025-03-03');
  await fillDate(page, 'field-receivedDate', '2025-03-03');
  await page.getByTestId('field-applicantName').fill('测试申请人甲');
  await page.getByTestId('field-content').fill(`测试申请内容 ${serial}`);
  await expect(page.getByTestId('add-event')).toBeVisible();
}

/** Adds step `n` (counted from 0, as on screen) of `type` dated `date`; returns its card. */
async function addStep(page: Page, n: number, type: string, date: string) {
  await page.getByTestId('add-event').click();
  const card = page.getByTestId(`event-${n}`);
  await chooseIn(page, card, 'event-type', type);
  await dateIn(card, 'event-date', date);
  return card;
}

const errorsIn = (card: Locator) => card.locator('.ant-form-item-explain-error');
/** antd's colorError: a message shown as a field's error is red, not body text. */
const ERROR_RED = 'rgb(255, 77, 79)';
const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
};

test.describe('a refused save of a request shows each reason where the officer looks', () => {
  test('on the step as entered, though the record is checked in date order', async ({ page }) => {
    await newRequest(page, '2025-801');
    // Entered: the notice of 20 March, then a payment dated 10 March — before any notice.
    const notice = await addStep(page, 0, '收费通知', '2025-03-20');
    await notice.getByTestId('event-amountYuan').fill('10.00');
    await dateIn(notice, 'event-payBy', '2025-03-31');
    const paid = await addStep(page, 1, '缴费', '2025-03-10');
    await paid.getByTestId('event-amountYuan').fill('10.00');
    await save(page);
    const onDate = paid.locator('.ant-form-item', { has: page.getByTestId('event-date') });
    await expect(errorsIn(onDate)).toHaveText('缴费之前应先有收费通知');
    await expect(errorsIn(notice)).toHaveCount(0);
    // Nothing was saved.
    await expect(page.getByTestId('save-record')).toBeVisible();
  });

  test('a second 延期: the reason shown under the timeline (条例第三十三条)', async ({ page }) => {
    await newRequest(page, '2025-802');
    for (const [n, date] of [
      [0, '2025-03-10'],
      [1, '2025-03-12'],
    ] as const) {
      const card = await addStep(page, n, '延期答复', date);
      await card.getByTestId('event-approver').fill('测试主任');
      await dateIn(card, 'event-noticeDate', date);
    }
    await save(page);
    const message = page.getByTestId('events-errors').locator('.ant-form-item-explain-error');
    await expect(message).toHaveText('延期只能一次（条例第三十三条）');
    await expect(message).toHaveCSS('color', ERROR_RED);
    await message.scrollIntoViewIfNeeded();
    await expect(message).toBeInViewport();
    await shot(page, 'request-form-error-extension-twice');
  });

  test('收费通知 with 金额 left empty: marked on 金额, no internal path anywhere', async ({ page }) => {
    await newRequest(page, '2025-803');
    const notice = await addStep(page, 0, '收费通知', '2025-03-10');
    await dateIn(notice, 'event-payBy', '2025-03-31');
    await save(page);
    const amount = notice.locator('.ant-form-item', { has: page.getByTestId('event-amountYuan') });
    await expect(errorsIn(amount)).toHaveText('必填');
    await expect(errorsIn(amount)).toHaveCSS('color', ERROR_RED);
    await expect(page.getByTestId('request-form')).not.toContainText('amountFen');
    await expect(page.getByTestId('request-form')).not.toContainText('events.');
    await amount.scrollIntoViewIfNeeded();
    await shot(page, 'request-form-error-amount-empty');
  });
});

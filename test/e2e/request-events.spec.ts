import { expect, type Locator, type Page, test } from '@playwright/test';
import { choose, chooseIn, dateIn, fillDate, openApp, save } from './support/app';

/**
 * Every request event type entered THROUGH THE FORM (issue 13: a consultation reply could not be
 * recorded, and no test had typed one in), with the due date and status the officer reads asserted
 * after each save and again after reopening the record. The page clock is set to the day each step
 * happens, as the officer would enter it. Expected dates are counted by hand from the 2025 official
 * calendar (清明 4月4日–6日; 劳动节 5月1日–5日 with Sunday 4月27日 a working day), receipt day = day 0
 * (DOMAIN.md §2). Obviously fake data only.
 */

async function onDay(page: Page, date: string) {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00+08:00`));
}

/** Opens the saved record's form, adds one event of `type` dated `date`, lets `fill` complete it. */
async function addEvent(
  page: Page,
  id: string,
  type: string,
  date: string,
  fill: (card: Locator) => Promise<void> = async () => undefined,
) {
  await openApp(page, `/requests/${id}/edit`);
  const form = page.getByTestId('request-form');
  // The timeline's steps are drawn a frame after the fields above them (RequestForm): counted once
  // they are there.
  await expect(page.getByTestId('add-event')).toBeVisible();
  const n = await form.locator('.ant-card[data-testid^="event-"]').count();
  await page.getByTestId('add-event').click();
  const card = page.getByTestId(`event-${n}`);
  await chooseIn(page, card, 'event-type', type);
  await dateIn(card, 'event-date', date);
  await fill(card);
  await save(page);
  await expect(page.getByTestId('request-detail')).toBeVisible();
}

async function expectClock(page: Page, due: string, status: string) {
  await expect(page.getByTestId('deadline-reply-due')).toHaveText(due);
  await expect(page.getByTestId('deadline-panel').getByTestId('deadline-status')).toHaveText(status);
  // …and the same after reopening the record.
  await page.reload();
  await expect(page.getByTestId('deadline-reply-due')).toHaveText(due);
  await expect(page.getByTestId('deadline-panel').getByTestId('deadline-status')).toHaveText(status);
}

async function createRequest(page: Page, serial: string, received: string): Promise<string> {
  await openApp(page, '/requests/new');
  await page.getByTestId('field-serial').fill(serial);
  await choose(page, 'field-channel', '当面');
  await fillDate(page, 'field-submittedDate', received);
  await fillDate(page, 'field-receivedDate', received);
  await page.getByTestId('field-applicantName').fill('测试申请人甲');
  await page.getByTestId('field-content').fill(`测试申请内容 ${serial}`);
  await save(page);
  await expect(page.getByTestId('request-detail')).toContainText(serial);
  return decodeURIComponent(/#\/requests\/([^/?]+)/.exec(page.url())?.[1] ?? '');
}

test.describe('request events through the form', () => {
  // Each step saves, reloads and reopens: a long walk on a shared 2-core machine.
  test.describe.configure({ timeout: 300_000 });
  test('补正, a third-party consultation and its reply, an extension, the answer', async ({ page }) => {
    await onDay(page, '2025-03-03');
    const id = await createRequest(page, '2025-101', '2025-03-03');
    // 20 working days after Mon 3 March: 31 March.
    await expectClock(page, '2025-03-31', '未到期');

    await onDay(page, '2025-03-05');
    await addEvent(page, id, '补正告知', '2025-03-05', (card) => dateIn(card, 'event-dueBy', '2025-03-19'));
    await expectClock(page, '收到补正申请后重新计算', '等待补正');

    await onDay(page, '2025-03-10');
    await addEvent(page, id, '收到补正', '2025-03-10');
    // Counted again from the corrected application (条例第三十条): 20 working days, 4 April a holiday.
    await expectClock(page, '2025-04-08', '未到期');

    await onDay(page, '2025-03-12');
    await addEvent(page, id, '发出征求意见', '2025-03-12', async (card) => {
      await chooseIn(page, card, 'event-party', '第三方');
      await card.getByTestId('event-partyName').fill('测试第三方公司');
      await dateIn(card, 'event-receivedByParty', '2025-03-13');
    });
    // 2 days counted (11, 12 March), paused from 13 March until the party's 15 days end (3 April),
    // then 18 more: 7–11, 14–18, 21–25 April, Sunday 27 April, 28, 29 April.
    await expectClock(page, '2025-04-29', '征求意见中');

    await onDay(page, '2025-03-20');
    await addEvent(page, id, '收到意见答复', '2025-03-20', (card) =>
      chooseIn(page, card, 'event-sentEventId', '发出征求意见 2025-03-12'),
    );
    // Paused 13–20 March only: 2 + 21 March, 24–28 March, 31 March–3 April, 7–11 April, 14–16 April.
    await expectClock(page, '2025-04-16', '未到期');
    // The reply names its consultation in the saved record, and again when the form is reopened.
    await openApp(page, `/requests/${id}/edit`);
    await expect(page.getByTestId('event-3').getByTestId('event-sentEventId')).toContainText(
      '发出征求意见 2025-03-12',
    );
    if (process.env.SCREENSHOTS) {
      await page.getByTestId('event-3').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/screenshots/request-form-consultation-reply.png' });
    }

    // An extension approved after the due date is refused with the real message (not "clock").
    await onDay(page, '2025-04-17');
    await page.getByTestId('add-event').click();
    const late = page.getByTestId('event-4');
    await chooseIn(page, late, 'event-type', '延期');
    await dateIn(late, 'event-date', '2025-04-17');
    await late.getByTestId('event-approver').fill('测试主任');
    await dateIn(late, 'event-noticeDate', '2025-04-17');
    await save(page);
    await expect(late.locator('.ant-form-item-explain-error')).toHaveText(
      '延期须在原答复期限届满前批准（条例第三十三条）',
    );
    await dateIn(late, 'event-date', '2025-04-10');
    await dateIn(late, 'event-noticeDate', '2025-04-10');
    await save(page);
    await expect(page.getByTestId('request-detail')).toBeVisible();
    // 20 more working days after 16 April: 17, 18, 21–25, 27, 28–30 April, 6–9, 12–16 May.
    await onDay(page, '2025-04-17');
    await expectClock(page, '2025-05-16', '未到期');

    await onDay(page, '2025-05-12');
    await addEvent(page, id, '答复', '2025-05-12', (card) =>
      chooseIn(page, card, 'event-outcome', '予以公开'),
    );
    await expectClock(page, '2025-05-16', '按期答复');
  });

  test('another body consulted, a fee notice and its payment, the answer', async ({ page }) => {
    await onDay(page, '2025-06-09');
    const id = await createRequest(page, '2025-102', '2025-06-09');
    // 10–13, 16–20, 23–27 June, 30 June–4 July, 7 July.
    await expectClock(page, '2025-07-07', '未到期');

    await onDay(page, '2025-06-10');
    await addEvent(page, id, '发出征求意见', '2025-06-10', async (card) => {
      await chooseIn(page, card, 'event-party', '其他机关');
      await card.getByTestId('event-partyName').fill('测试某局');
      await dateIn(card, 'event-receivedByParty', '2025-06-11');
    });
    // 1 day counted (10 June), paused 11 June–2 July (their 15 working days), then 19 more to 29 July.
    await expectClock(page, '2025-07-29', '征求意见中');

    await onDay(page, '2025-06-16');
    await addEvent(page, id, '收到意见答复', '2025-06-16', (card) =>
      chooseIn(page, card, 'event-sentEventId', '发出征求意见 2025-06-10'),
    );
    // Paused 11–16 June: 10 June + 17–20, 23–27 June, 30 June–4 July, 7–11 July.
    await expectClock(page, '2025-07-11', '未到期');

    await onDay(page, '2025-06-18');
    await addEvent(page, id, '收费通知', '2025-06-18', async (card) => {
      await card.getByTestId('event-amountYuan').fill('100.00');
      await dateIn(card, 'event-payBy', '2025-06-30');
    });
    await expectClock(page, '2025-07-11', '未到期');
    await expect(page.getByTestId('deadline-hint-feePending')).toBeVisible();

    await onDay(page, '2025-06-23');
    await addEvent(page, id, '缴费', '2025-06-23', (card) =>
      card.getByTestId('event-amountYuan').fill('100.00'),
    );
    await expectClock(page, '2025-07-11', '未到期');
    await expect(page.getByTestId('deadline-hint-feePending')).toHaveCount(0);

    await onDay(page, '2025-07-01');
    await addEvent(page, id, '答复', '2025-07-01', (card) =>
      chooseIn(page, card, 'event-outcome', '予以公开'),
    );
    await expectClock(page, '2025-07-11', '按期答复');
    await expect(page.getByTestId('request-detail')).toContainText('予以公开');
  });
});

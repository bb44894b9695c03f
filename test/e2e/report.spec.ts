import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  choose,
  clickInDialog,
  expectProfileSaved,
  fillDate,
  openApp,
  save,
  search,
  focusedData,
} from './support/app';
import { bindMain } from './support/bind-main';

// Obviously fake data only (DOMAIN.md §7).

async function request(page: Page, serial: string, received: string, answer: [string, string] | null) {
  await openApp(page, '/requests/new');
  await page.getByTestId('field-serial').fill(serial);
  await choose(page, 'field-channel', '当面');
  await fillDate(page, 'field-submittedDate', received);
  await fillDate(page, 'field-receivedDate', received);
  await page.getByTestId('field-applicantName').fill('测试申请人甲');
  await page.getByTestId('field-content').fill(`测试申请内容${serial}`);
  if (answer) {
    await page.getByTestId('add-event').click();
    await fillDate(page, 'event-date', answer[0]);
    // The outcome list is long (virtual): search it, as an officer would.
    await search(page, 'event-outcome', answer[1]);
  }
  await save(page);
  await expect(page.getByTestId('request-detail')).toContainText(serial);
}

const cell = (page: Page, key: string) => page.getByTestId(`cell-${key}`);

test.describe('annual report', () => {
  test('a small year entered in the registers, a flagged error fixed, the .docx exported', async ({
    page,
  }) => {
    const main = await bindMain(page);
    // January 2026: the report for 2025 is due.
    await page.clock.setFixedTime(new Date('2026-01-15T10:00:00+08:00'));
    try {
      await openApp(page, '/settings');
      await page.getByTestId('profile-agencyName').fill('测试县测试局');
      await page.getByTestId('save-profile').click();
      await expectProfileSaved(page, { agencyName: '测试县测试局' });

      await openApp(page, '/publications/new');
      await page.getByTestId('field-title').fill('关于测试年度报告的通知');
      await fillDate(page, 'field-formedDate', '2025-03-03');
      await fillDate(page, 'field-publishedDate', '2025-03-10');
      await save(page);
      await expect(page.getByTestId('publication-detail')).toContainText('关于测试年度报告的通知');

      await request(page, '2025-001', '2025-09-25', ['2025-10-20', '予以公开']);
      await request(page, '2025-002', '2025-10-09', ['2025-10-30', '本机关不掌握相关政府信息']);
      await request(page, '2025-003', '2025-12-22', null);

      await openApp(page, '/report?year=2025');
      await expect(page.getByTestId('report-page')).toBeVisible();
      // 表三 as worked out by hand: 3 received, 2 answered, 1 carried over; zero printed as 0.
      await expect(cell(page, 't3:received:total')).toHaveText('3');
      await expect(cell(page, 't3:received:natural')).toHaveText('3');
      await expect(cell(page, 't3:carriedIn:total')).toHaveText('0');
      await expect(cell(page, 't3:disclose:natural')).toHaveText('1');
      await expect(cell(page, 't3:unable.notHeld:total')).toHaveText('1');
      await expect(cell(page, 't3:resultsTotal:total')).toHaveText('2');
      await expect(cell(page, 't3:carriedOut:total')).toHaveText('1');
      await expect(cell(page, 't4:review:total')).toHaveText('0');

      // The records behind a cell.
      await cell(page, 't3:received:total').click();
      const drawer = page.getByTestId('cell-records');
      await expect(drawer).toContainText('2025-001');
      await expect(drawer).toContainText('2025-003');
      await page.keyboard.press('Escape');

      // Flagged: 表二 figures from other systems not entered; finalising is refused.
      await expect(page.getByTestId('check-figureMissing:licensing')).toBeVisible();
      await expect(cell(page, 't2:licensing:count')).toHaveText('（未填报）');
      await page.getByTestId('finalise').click();
      await expect(page.locator('.ant-modal-confirm-title')).toContainText('不能定稿');
      await clickInDialog(page.locator('.ant-modal-confirm-btns button'));

      // Fix it: enter the figures (an explicit 0 is a figure, blank is not).
      await page.getByTestId('figure-licensing').fill('5');
      await page.getByTestId('figure-penalty').fill('0');
      await page.getByTestId('figure-enforcement').fill('0');
      await page.getByTestId('figure-feesYuan').fill('10050');
      await page.getByTestId('save-figures').click();
      await expect(page.getByTestId('check-figureMissing:licensing')).toHaveCount(0);
      await expect(cell(page, 't2:licensing:count')).toHaveText('5');
      await expect(cell(page, 't2:fees:amount')).toHaveText('1.01');
      await expect(page.getByTestId('report-errors')).toContainText('0个错误');

      // The draft's linked figures follow the data.
      await expect(page.getByTestId('report-page')).toContainText('新收政府信息公开申请3件，上年结转0件');

      const docx = main.path('report.docx');
      main.dialog.nextSave.push(docx);
      await page.getByTestId('export-docx').click();
      await expect.poll(() => main.exists(docx)).toBe(true);
      const xml = strFromU8(unzipSync(await main.readBytes(docx))['word/document.xml'] ?? new Uint8Array());
      expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(text).toContain('测试县测试局');
      expect(text).toContain('2025年政府信息公开工作年度报告');
      expect(text).toContain('本年度新收政府信息公开申请3件');
      expect(text).toContain('行政事业性收费1.01');
      expect(text).toContain('2026年1月15日');

      if (process.env.SCREENSHOTS) {
        await page.reload();
        await expect(cell(page, 't3:received:total')).toHaveText('3');
        await page.waitForTimeout(500);
        await page.screenshot({ path: 'docs/screenshots/report-page.png', fullPage: false });
      }
    } finally {
      await page.clock.resume().catch(() => {});
      await main.cleanup();
    }
  });

  test('opened again from the menu shows its tables, and a request entered meanwhile is counted', async ({
    page,
  }) => {
    // Issue 17: a later visit draws the report computed from the same kept read (use-report.ts
    // reportStateOf) — until a write, after which it is computed again.
    await page.clock.setFixedTime(new Date('2026-01-15T10:00:00+08:00'));
    await request(page, '2025-001', '2025-09-25', ['2025-10-20', '予以公开']);
    await openApp(page, '/report?year=2025');
    await expect(cell(page, 't3:received:total')).toHaveText('1');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect(page.getByTestId('page-title')).toHaveText('设置');
    await page.getByRole('menuitem', { name: '年度报告' }).click();
    await expect(page.getByTestId('report-page')).toBeVisible();
    await expect(cell(page, 't3:received:total')).toHaveText('1');
    await expect(cell(page, 't3:disclose:natural')).toHaveText('1');
    // A second request entered through the form (the app stays loaded), then 年度报告 from the menu.
    await request(page, '2025-002', '2025-12-22', null);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('request-detail')).toBeHidden();
    await page.getByRole('menuitem', { name: '年度报告' }).click();
    await expect(page.getByTestId('report-page')).toBeVisible();
    await expect(cell(page, 't3:received:total')).toHaveText('2');
    await expect(cell(page, 't3:carriedOut:total')).toHaveText('1');
  });

  test('the tables from the keyboard: one Tab stop per table, arrows move, Enter lists the records or goes to the figure’s field', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-01-15T10:00:00+08:00'));
    await request(page, '2025-001', '2025-09-25', ['2025-10-20', '予以公开']);
    await request(page, '2025-002', '2025-12-22', null);
    await openApp(page, '/report?year=2025');
    await expect(cell(page, 't3:received:total')).toHaveText('2');
    const focused = () => focusedData(page, 'cell');
    // One Tab stop per table: Tab from the table's heading lands on its first figure.
    await expect(page.locator('[data-testid="report-table3"] td[tabindex="0"]')).toHaveCount(1);
    await page.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('t3:received:natural');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('t3:received:commercial');
    await page.keyboard.press('End');
    await expect.poll(focused).toBe('t3:received:total');
    // Enter lists the records behind the figure; Esc closes the list and the figure has the focus again.
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('cell-records');
    await expect(drawer).toContainText('2025-001');
    await expect(drawer).toContainText('2025-002');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect.poll(focused).toBe('t3:received:total');
    // Down the column, past the carried-over row, to 予以公开's total: only the answered request.
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('t3:carriedIn:total');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('t3:disclose:total');
    await page.keyboard.press(' ');
    await expect(drawer).toContainText('2025-001');
    await expect(drawer).not.toContainText('2025-002');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect.poll(focused).toBe('t3:disclose:total');
    // Tab leaves the table (to the next table's figure); Shift+Tab comes back to the figure left.
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatch(/^t4:/);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('t3:disclose:total');
    // 表二's figures from other systems: Enter on one puts the cursor in its field, to type it there.
    await page.getByRole('heading', { name: '二、主动公开政府信息情况' }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+End');
    await expect.poll(focused).toBe('t2:fees:amount');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('figure-feesYuan')).toBeFocused();
    await page.keyboard.type('0');
    await expect(page.getByTestId('figure-feesYuan')).toHaveValue('0');
  });

  test('表二 figures: typing on straight after Ctrl+Enter loses nothing (the saved figures read back do not overwrite it)', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-01-15T10:00:00+08:00'));
    await openApp(page, '/report?year=2025');
    const licensing = page.getByTestId('figure-licensing');
    const penalty = page.getByTestId('figure-penalty');
    await licensing.fill('5');
    // An old office PC (CPU slowed 6×): the report is read and computed again after the save.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await licensing.press('Control+Enter');
    await penalty.pressSequentially('37', { delay: 15 });
    await expect(cell(page, 't2:licensing:count')).toHaveText('5');
    await page.waitForTimeout(500);
    await expect(penalty).toHaveValue('37');
    await expect(licensing).toHaveValue('5');
  });
});

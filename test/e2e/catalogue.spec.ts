import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { read, utils } from '@e965/xlsx';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { choose, openApp, publish, setProfile } from './support/app';
import { bindMain } from './support/bind-main';

// Obviously fake data only (DOMAIN.md §7): a fake agency code, test titles.
const CODE = '110000000000FAKE0X';

test.describe('catalogue and index numbers', () => {
  test('publishes three items, shows their numbers, exports the catalogue', async ({ page }) => {
    const main = await bindMain(page);
    // "Today" in the office is in 2025, so the preview continues this year's numbers.
    await page.clock.setFixedTime(new Date('2025-06-02T10:00:00+08:00'));
    try {
      await setProfile(page, CODE);
      const items = [
        ['关于测试目录第一项的通知', '2025-03-03', '2025-03-04'],
        ['关于测试目录第二项的通知', '2025-03-05', '2025-03-06'],
        ['关于测试目录第三项的通知', '2025-03-07', '2025-03-10'],
      ] as const;
      for (const [i, [title, formed, published]] of items.entries()) {
        await publish(page, title, formed, published);
        // Assigned on publication: the detail shows it at once.
        await expect(page.getByTestId('publication-detail')).toContainText(`${CODE}/2025-0000${i + 1}`);
      }

      await openApp(page, '/catalogue');
      const table = page.getByTestId('catalogue-table');
      for (const [i, [title]] of items.entries()) {
        await expect(table.locator('tr', { hasText: title })).toContainText(`${CODE}/2025-0000${i + 1}`);
      }
      await expect(page.getByTestId('unnumbered')).toHaveCount(0);
      await expect(page.getByTestId('index-preview')).toContainText(`${CODE}/2025-00004`);

      // The button beside a number copies it (a plain button since issue 17, not antd's copyable text).
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await table.locator('tr', { hasText: items[1][0] }).getByTestId('copy-index-number').click();
      await expect(page.getByText(`已复制：${CODE}/2025-00002`)).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${CODE}/2025-00002`);

      const docx = main.path('catalogue.docx');
      main.dialog.nextSave.push(docx);
      await page.getByTestId('export-docx').click();
      await expect.poll(() => main.exists(docx)).toBe(true);
      const xml = strFromU8(unzipSync(await main.readBytes(docx))['word/document.xml'] ?? new Uint8Array());
      expect(xml).toContain('测试县测试局政府信息公开目录（2025年）');
      expect(xml.match(/<w:tr>/g)).toHaveLength(4);
      expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
      for (const [title] of items) expect(xml).toContain(title);

      const xlsx = main.path('catalogue.xlsx');
      main.dialog.nextSave.push(xlsx);
      await page.getByTestId('export-xlsx').click();
      await expect.poll(() => main.exists(xlsx)).toBe(true);
      const book = read(await main.readBytes(xlsx), { type: 'array' });
      const sheet = book.Sheets[book.SheetNames[0] ?? ''];
      const aoa = sheet ? utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' }) : [];
      expect(aoa.slice(2).map((r) => [r[0], r[1], r[5]])).toEqual(
        items.map(([title, , published], i) => [`${CODE}/2025-0000${i + 1}`, title, published]),
      );

      if (process.env.SCREENSHOTS) {
        await page.reload();
        await page.getByTestId('catalogue-table').waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: 'docs/screenshots/catalogue.png', fullPage: true });
      }
    } finally {
      await main.cleanup();
    }
  });

  test('opened from the menu shows its rows at once, and an item published meanwhile on the next visit', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2025-06-02T10:00:00+08:00'));
    await setProfile(page, CODE);
    await publish(page, '关于测试菜单目录第一项的通知', '2025-04-01', '2025-04-02');
    // The catalogue's first visit in this window, from the menu: its rows are read before it is
    // drawn (catalogue-reads.ts), and the item just published is among them with its number.
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: '公开目录与指南' }).click();
    const table = page.getByTestId('catalogue-table');
    await expect(table.locator('tr', { hasText: '关于测试菜单目录第一项的通知' })).toContainText(
      `${CODE}/2025-00001`,
    );
    await expect(page.getByTestId('catalogue-title')).toContainText('2025');
    // Another item published through the form, then the catalogue again from the menu: drawn from
    // what it read before only if nothing was written since — here it reads again and shows both.
    await page.getByRole('menuitem', { name: '主动公开' }).click();
    await publish(page, '关于测试菜单目录第二项的通知', '2025-04-03', '2025-04-07');
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: '公开目录与指南' }).click();
    await expect(table.locator('tr', { hasText: '关于测试菜单目录第二项的通知' })).toContainText(
      `${CODE}/2025-00002`,
    );
    await expect(table.locator('tr', { hasText: '关于测试菜单目录第一项的通知' })).toBeVisible();
  });

  test('numbers items published before the agency code was set, and takes a number by hand', async ({
    page,
  }) => {
    await setProfile(page, '');
    await publish(page, '设置代码前公开的测试信息甲', '2025-02-03', '2025-02-05');
    await publish(page, '设置代码前公开的测试信息乙', '2025-02-06', '2025-02-07');

    await openApp(page, '/catalogue');
    await expect(page.getByTestId('unnumbered')).toContainText('有 2 条已公开的信息还没有索引号');
    await expect(page.getByTestId('index-preview')).toContainText('统一社会信用代码');

    // 补录: the number the website already shows for the first one.
    const first = page.getByTestId('catalogue-table').locator('tr', { hasText: '测试信息甲' });
    await first.getByRole('button').click();
    await page.getByTestId('manual-index-number').fill('XZ 2025 001');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.getByText('索引号中不能有空格')).toBeVisible();
    await page.getByTestId('manual-index-number').fill('XZ-2025-001');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(first).toContainText('XZ-2025-001');

    await setProfile(page, CODE);
    await openApp(page, '/catalogue');
    await page.getByTestId('assign-missing').click();
    await expect(page.getByTestId('catalogue-table').locator('tr', { hasText: '测试信息乙' })).toContainText(
      `${CODE}/2025-00001`,
    );
    await expect(page.getByTestId('unnumbered')).toHaveCount(0);

    // Saved elsewhere after the catalogue was shown: listed on the next visit (the search digest the
    // catalogue is read from follows every write).
    await publish(page, '目录打开后公开的测试信息丙', '2025-02-10', '2025-02-11');
    await openApp(page, '/catalogue');
    await expect(page.getByTestId('catalogue-table').locator('tr', { hasText: '测试信息丙' })).toContainText(
      `${CODE}/2025-00002`,
    );
  });

  test('refuses a malformed pattern and previews the next number of a valid one', async ({ page }) => {
    await setProfile(page, CODE);
    await openApp(page, '/catalogue');
    const input = page.getByTestId('index-pattern-input');
    await input.fill('{前段码}/{年度}-{5位流水号}');
    await expect(page.getByTestId('index-pattern')).toContainText('不认识的占位符 {年度}');
    await expect(page.getByTestId('index-pattern-save')).toBeDisabled();
    await input.fill('{前段码}/{年份}{月份}-{6位流水号}');
    await expect(page.getByTestId('index-preview')).toContainText(new RegExp(`${CODE}/\\d{6}-000001`));
    await page.getByTestId('index-pattern-save').click();
    await expect(page.getByText('索引号规则已保存')).toBeVisible();
  });

  test('a catalogue of several pages: paged, filtered by year and full-width text, exported whole', async ({
    page,
  }) => {
    const main = await bindMain(page);
    await page.clock.setFixedTime(new Date('2025-06-02T10:00:00+08:00'));
    try {
      await setProfile(page, CODE);
      // 45 items through the import wizard: 25 dated in January 2024, 20 in March 2025, one a day,
      // so the catalogue's order is the items' order.
      const dateOf = (i: number) =>
        i <= 25 ? `2024-01-${String(i + 1).padStart(2, '0')}` : `2025-03-${String(i - 25).padStart(2, '0')}`;
      const titleOf = (i: number) => `测试局关于测试目录事项${i}的通知`;
      const aoa: unknown[][] = [['序号', '信息名称', '成文日期', '发布日期', '类别', '公开方式', '栏目']];
      for (let i = 1; i <= 45; i++)
        aoa.push([i, titleOf(i), dateOf(i), dateOf(i), '工作动态', '网站', '工作动态']);
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), '台账');
      const file = join(mkdtempSync(join(tmpdir(), 'desk-catalogue-')), 'publications.xlsx');
      writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
      await openApp(page, '/import?register=publications');
      main.dialog.nextOpen.push(file);
      await page.getByTestId('import-pick-file').click();
      await expect(page.getByTestId('import-file-name')).toBeVisible();
      for (let step = 0; step < 3; step++) await page.getByTestId('import-next').click();
      await expect(page.getByTestId('import-good')).toContainText('45');
      await page.getByTestId('import-run').click();
      await expect(page.getByTestId('import-done')).toContainText('已导入 45 条记录');
      await page.getByTestId('import-number').click();
      await expect(page.getByText('已为 45 条信息编号')).toBeVisible();

      await openApp(page, '/catalogue');
      // The table and its pagination (antd puts the test id on the table inside the wrapper).
      const table = page.locator('.ant-table-wrapper', { has: page.getByTestId('catalogue-table') });
      const titles = () => table.locator('.ant-table-row td:nth-child(2)').allInnerTexts();
      const range = (from: number, to: number) =>
        Array.from({ length: to - from + 1 }, (_, k) => titleOf(from + k));
      await expect(table.locator('.ant-pagination-total-text')).toHaveText('共 45 条');
      await expect(page.getByTestId('catalogue-title')).toHaveText(
        '测试县测试局政府信息公开目录（2024—2025年）',
      );
      await expect.poll(titles).toEqual(range(1, 20));
      await table.locator('.ant-pagination-item-3').click();
      await expect.poll(titles).toEqual(range(41, 45));
      await expect(table.locator('.ant-table-row').first()).toContainText(`${CODE}/2025-00016`);
      // 50 a page from the size changer: every item on one page.
      await table.locator('.ant-pagination-options .ant-select').click();
      await page.locator('.ant-select-item-option', { hasText: '50 条/页' }).click();
      await expect.poll(titles).toEqual(range(1, 45));
      await expect(table.locator('.ant-pagination-item')).toHaveCount(1);
      // Ten columns wider than a narrow window: the table scrolls sideways in its frame, the page does not.
      await page.setViewportSize({ width: 1000, height: 800 });
      const content = table.locator('.ant-table-content');
      await expect.poll(() => content.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(200);
      // Scrolled to its end, the last column (有效性) is inside the frame, and the frame inside the window.
      await content.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const last = table.locator('.ant-table-row').first().locator('td').last();
      await expect
        .poll(async () => {
          const [cell, frame] = [await last.boundingBox(), await content.boundingBox()];
          return cell && frame
            ? cell.x + cell.width <= frame.x + frame.width + 1 && cell.x >= frame.x
            : false;
        })
        .toBe(true);
      const frame = await content.boundingBox();
      expect(frame && frame.x + frame.width).toBeLessThanOrEqual(1000);
      await page.setViewportSize({ width: 1280, height: 800 });
      await table.locator('.ant-pagination-options .ant-select').click();
      await page.locator('.ant-select-item-option', { hasText: '20 条/页' }).click();
      await expect.poll(titles).toEqual(range(1, 20));

      // A year: back to its first page, with its count.
      await choose(page, 'filter-year', '2024年');
      await expect(table.locator('.ant-pagination-total-text')).toHaveText('共 25 条');
      await expect(table.locator('.ant-pagination-item-active')).toHaveText('1');
      await expect.poll(titles).toEqual(range(1, 20));
      await table.locator('.ant-pagination-item-2').click();
      await expect.poll(titles).toEqual(range(21, 25));

      // Every page of 2024 exported, not the page on screen.
      const csv = main.path('catalogue-2024.csv');
      main.dialog.nextSave.push(csv);
      await page.getByTestId('export-csv').click();
      await expect.poll(() => main.exists(csv)).toBe(true);
      const lines = (await main.readText(csv)).trim().split('\r\n');
      expect(lines).toHaveLength(26);
      expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(range(1, 25));

      await choose(page, 'filter-year', '2025年');
      await expect(table.locator('.ant-pagination-total-text')).toHaveText('共 20 条');
      await expect(page.getByTestId('catalogue-title')).toHaveText('测试县测试局政府信息公开目录（2025年）');
      await expect.poll(titles).toEqual(range(26, 45));
      await page.getByTestId('filter-year').locator('.ant-select-clear').click({ force: true });
      await expect(table.locator('.ant-pagination-total-text')).toHaveText('共 45 条');

      // Full-width digits typed with a Chinese IME find the half-width title.
      await page.getByTestId('filter-q').locator('input').fill('测试目录事项１７的');
      await page.getByTestId('filter-q').locator('input').press('Enter');
      await expect(table.locator('.ant-pagination-total-text')).toHaveText('共 1 条');
      await expect.poll(titles).toEqual([titleOf(17)]);
    } finally {
      await main.cleanup();
    }
  });
});

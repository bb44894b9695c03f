import { read, utils } from '@e965/xlsx';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { fillDate, openApp, save, setProfile } from './support/app';
import { bindMain } from './support/bind-main';

// Obviously fake data only (DOMAIN.md §7): a fake agency code, test titles.
const CODE = '110000000000FAKE0X';

async function publish(page: Page, title: string, formed: string, published: string) {
  await openApp(page, '/publications/new');
  await page.getByTestId('field-title').fill(title);
  await fillDate(page, 'field-formedDate', formed);
  await fillDate(page, 'field-publishedDate', published);
  await save(page);
  await expect(page.getByTestId('publication-detail')).toContainText(title);
}

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

    // Saved elsewhere after the catalogue was shown: listed on the next visit (issue 17 keeps the
    // rows between visits only while nothing was written).
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
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { expect, type Page, test } from '@playwright/test';
import { clickInDialog, openApp, setProfile } from './support/app';

/**
 * Issue 7: bringing an officer's spreadsheet in through the wizard. Fixtures are made by
 * test/fixtures/import/make-fixtures.ts (obviously fake names).
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const shot = (name: string) => `docs/screenshots/${name}.png`;
const screenshots = Boolean(process.env.SCREENSHOTS);

/** docs/screenshots/<name>.png once transitions and open dropdowns have settled. */
async function snap(page: Page, name: string) {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600);
  await page.screenshot({ path: shot(name), fullPage: true });
}

const search = (page: Page) =>
  page.locator('input[data-testid="filter-q"], [data-testid="filter-q"] input').first();

const headerRow = (page: Page) =>
  page.locator('input[data-testid="import-header-row"], [data-testid="import-header-row"] input').first();

/** The built chunk holding the spreadsheet reader (SheetJS), in the `dist` the tests are served from. */
function readerChunk(): string {
  const assets = join(import.meta.dirname, '../../dist/assets');
  const name = readdirSync(assets).find(
    (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('SheetJS'),
  );
  if (!name) throw new Error('no chunk with the spreadsheet reader in dist/assets');
  return name;
}

/** Every script the page asks for from now on (resource timing keeps 250 entries: idle time loads more). */
function scriptsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') asked.push(r.url().replace(/.*\//, ''));
  });
  return asked;
}

async function pickFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick-file').click();
  await (await chooser).setFiles(path);
}

/**
 * Chooses an option of an antd Select by its visible label, until the field shows it: a click during
 * the dropdown's opening animation can miss the option (seen once in a full run: the field stayed on
 * 请选择), as `choose` in support/app.ts does for options with a title.
 */
async function chooseOption(page: Page, testId: string, label: string) {
  const select = page.getByTestId(testId);
  await expect(async () => {
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: label })
      .first()
      .click({ timeout: 3_000 });
    await expect(select).toContainText(label, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test.describe('spreadsheet import wizard', () => {
  test('a damaged spreadsheet is said in Chinese; the reader’s own message set apart as technical detail', async ({
    page,
  }) => {
    // A .xlsx cut short by a broken copy: a zip's first bytes, then nothing a reader can use.
    const dir = mkdtempSync(join(tmpdir(), 'desk-import-'));
    const broken = join(dir, '损坏的台账.xlsx');
    writeFileSync(broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    await openApp(page, '/import?register=publications');
    await pickFile(page, broken);
    const error = page.getByTestId('import-error');
    await expect(error.locator('.ant-alert-title')).toHaveText(
      '无法读取该文件。请确认是 Excel 或 CSV 文件，可在 Excel 中另存为 .xlsx 后再试。',
    );
    await expect(error.locator('.ant-alert-description')).toContainText('技术细节（供技术人员排查）：');
  });

  test('imports the 2024 publications 台账: title rows and 合计 skipped, one value mapped by hand', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2024-12-20T10:00:00+08:00'));
    const asked = scriptsAsked(page);
    // An agency code, so the imported items can be numbered at the end.
    await setProfile(page, '110000000000FAKE0X');
    await openApp(page, '/import?register=publications');
    // The page comes without the spreadsheet reader (360 kB, issue 17); it loads when a file is chosen.
    const reader = readerChunk();
    await expect(page.getByTestId('import-pick-file')).toBeVisible();
    expect(asked).not.toContain(reader);
    await pickFile(page, join(FIXTURES, 'publications-2024.xlsx'));
    await expect(page.getByTestId('import-file-name')).toContainText('publications-2024.xlsx');
    expect(asked).toContain(reader);
    await expect(page.getByTestId('import-sheet')).toContainText('2024年台账');

    await page.getByTestId('import-next').click();
    // The header sits under the merged title rows: row 4.
    await expect(headerRow(page)).toHaveValue('4');
    await expect(page.getByTestId('import-map-1')).toContainText('信息名称');
    await expect(page.getByTestId('import-map-3')).toContainText('公开日期');
    await expect(page.getByTestId('import-mapping-status')).toContainText('已自动对应 7 列');
    if (screenshots) await snap(page, 'import-columns');

    await page.getByTestId('import-next').click();
    // "电子显示屏" is no channel the app knows: the officer maps it to 其他.
    const unknown = page.getByTestId('import-value-channels-电子显示屏');
    await expect(unknown).toBeVisible();
    await chooseOption(page, 'import-value-channels-电子显示屏', '其他');
    if (screenshots) await snap(page, 'import-values');

    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-good')).toContainText('75');
    await expect(page.getByTestId('import-failed').locator('.ant-statistic-content-value')).toHaveText('3');
    await expect(page.getByTestId('import-duplicates').locator('.ant-statistic-content-value')).toHaveText(
      '1',
    );
    await expect(page.getByTestId('import-preview')).toContainText('测试县测试局关于测试事项1的通知');
    await page.getByTestId('import-tab-failures').click();
    const failures = page.getByTestId('import-failures');
    await expect(failures).toContainText('必填项为空');
    await expect(failures).toContainText('日期无法识别');
    await expect(failures).toContainText('公开日期不能早于成文日期');
    if (screenshots) await snap(page, 'import-preview');

    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-done')).toContainText('已导入 75 条记录');
    // Index numbers for the imported items in one step, oldest 公开日期 first (issue 13 item 16).
    await page.getByTestId('import-number').click();
    await expect(page.getByText('已为 75 条信息编号')).toBeVisible();
    await expect(page.getByTestId('import-number')).toHaveCount(0);
    await page.getByTestId('import-open-register').click();
    await expect(page.getByTestId('register-publications')).toBeVisible();
    await expect(page.getByText('共 75 条')).toBeVisible();
    // A whole page of 20: the rows below the first screen follow its paint (first-screen-rows.ts).
    await expect(page.locator('.ant-table-row')).toHaveCount(20);
    await search(page).fill('测试事项74');
    await search(page).press('Enter');
    await expect(page.locator('.ant-table-row')).toHaveCount(1);
    await expect(page.locator('.ant-table-row')).toContainText('测试县测试局关于测试事项74的通知');
    // The 合计 row never became a record.
    await search(page).fill('合计');
    await search(page).press('Enter');
    await expect(page.locator('.ant-table-row')).toHaveCount(0);

    // The dashboard updates: June 2024 is a 空白月; Feb, May, Aug, Nov are under the quota of 8.
    await openApp(page, '/dashboard');
    await expect(page.getByTestId('dash-blank-months')).toContainText('6月');
    for (const m of ['2月', '5月', '8月', '11月'])
      await expect(page.getByTestId('dash-under-quota')).toContainText(m);
    // 7 of December's 8 items are dated on or before "today" (2024-12-20).
    await expect(page.getByTestId('dash-this-month')).toContainText('7');
  });

  test('a spreadsheet chosen and not imported: the menu asks first; 继续编辑 keeps it', async ({ page }) => {
    const modal = page.locator('.ant-modal-confirm');
    await openApp(page, '/import?register=publications');
    await pickFile(page, join(FIXTURES, 'publications-2024.xlsx'));
    await expect(page.getByTestId('import-file-name')).toContainText('publications-2024.xlsx');
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await expect(modal).toContainText('有未保存的修改，确定放弃吗？');
    await clickInDialog(page.getByTestId('keep-editing'));
    await expect(modal).toHaveCount(0);
    await expect(page.getByTestId('import-file-name')).toContainText('publications-2024.xlsx');
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await clickInDialog(page.getByTestId('discard-changes'));
    await expect(page.getByTestId('page-title')).toHaveText('工作台');
  });

  test('imports the old .xls requests register after mapping the bare 不予公开', async ({ page }) => {
    await openApp(page, '/import?register=requests');
    await pickFile(page, join(FIXTURES, 'requests-2024.xls'));
    await page.getByTestId('import-next').click();
    await expect(headerRow(page)).toHaveValue('3');
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-values-step')).toContainText('含义不明');
    await chooseOption(page, 'import-value-outcome-不予公开', '属于四类过程性信息');
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-good')).toContainText('24');
    await expect(page.getByTestId('import-failed').locator('.ant-statistic-content-value')).toHaveText('0');
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-done')).toContainText('已导入 24 条记录');
    await page.getByTestId('import-open-register').click();
    await expect(page.getByText('共 24 条')).toBeVisible();

    // The list (ListTable, issue 17) sorts, pages and opens its rows as antd's Table did: through the
    // headers, the pagination and a row, with the mouse and the keyboard.
    const list = page.getByTestId('register-requests');
    const rows = list.locator('.ant-table-row');
    await expect(rows).toHaveCount(20);
    const serial = list.locator('th', { hasText: '编号' });
    await serial.hover();
    await expect(page.locator('.ant-tooltip:visible')).toHaveText('点击升序');
    await serial.click();
    await expect(serial).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows.first()).toContainText('2024-001');
    await expect(rows.nth(19)).toContainText('2024-020');
    await list.locator('.ant-pagination-item-2').click();
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText('2024-021');
    await serial.focus();
    await page.keyboard.press('Enter');
    await expect(serial).toHaveAttribute('aria-sort', 'descending');
    // Still on page 2: 2024-024 … 2024-005 on the first.
    await expect(rows.first()).toContainText('2024-004');
    await expect(rows).toHaveCount(4);
    // 10 a page: page 2 holds 2024-014 … 2024-005.
    await list.locator('.ant-pagination-options .ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '10 条/页' })
      .click();
    await expect(rows).toHaveCount(10);
    await expect(rows.first()).toContainText('2024-014');
    await expect(list.locator('.ant-pagination-item-3')).toBeVisible();
    // A third click takes the sort off: received dates, newest first, as the list opened.
    await serial.click();
    await expect(serial).not.toHaveAttribute('aria-sort', /./);
    await list.locator('.ant-pagination-item-1').click();
    const newest = (await rows.first().locator('td').nth(4).textContent())?.trim() ?? '';
    const second = (await rows.nth(1).locator('td').nth(4).textContent())?.trim() ?? '';
    expect(newest >= second).toBe(true);
    // A row opens its request.
    const opened = (await rows.first().locator('td').first().textContent())?.trim() ?? '';
    await rows.first().click();
    await expect(page.locator('.ant-drawer-open .ant-drawer-title')).toContainText(opened);
  });

  test('imports 10,000 rows with the page responsive, and reports the time it took', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
    const file = join(dir, 'bench-10000.xlsx');
    const aoa: unknown[][] = [
      ['测试局主动公开台账'],
      ['序号', '信息名称', '成文日期', '发布日期', '类别', '公开方式', '栏目'],
    ];
    for (let i = 0; i < 10_000; i++) {
      const d = `20${15 + Math.floor(i / 1000)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      aoa.push([
        i + 1,
        `测试局关于测试事项${i + 1}的通知`,
        d,
        d,
        '工作动态',
        i % 2 ? '网站' : '网站、微信',
        '工作动态',
      ]);
    }
    aoa.push(['合计', '10000条']);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '台账');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));

    await openApp(page, '/import?register=publications');
    const started = Date.now();
    await pickFile(page, file);
    await expect(page.getByTestId('import-file-name')).toBeVisible();
    const read = Date.now();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-next').click();
    // Long tasks (main thread busy > 50 ms) while checking and storing: the page must stay responsive.
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const planStart = Date.now();
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-good')).toContainText('10,000', { timeout: 20_000 });
    const planned = Date.now();
    // While storing, the progress bar must keep moving (the page is not frozen).
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
    const done = Date.now();
    const storeMs = Number(await page.getByTestId('import-done').getAttribute('data-ms'));
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    console.log(
      `[import e2e bench] 10000 rows: read ${read - started} ms, check ${planned - planStart} ms, ` +
        `store ${storeMs} ms (in page), read+check+store ${read - started + (planned - planStart) + storeMs} ms, ` +
        `wall ${done - started} ms; longest main-thread task while checking/storing ${Math.round(longest)} ms`,
    );
    // The time is a benchmark's figure (the bench's spreadsheet-import step), not this test's: on this
    // project's 2-vCPU machines the same build took 8.9–12.9 s here from one run to the next. Only a
    // pathological slowdown fails it.
    expect(read - started + (planned - planStart) + storeMs).toBeLessThan(30_000);
    expect(longest).toBeLessThan(1_000);
    await page.getByTestId('import-open-register').click();
    await expect(page.getByText('共 10000 条')).toBeVisible();
    // The list of 500 pages from the keyboard: PageDown turns the page (read from the database) and
    // the keyboard is on its first row; Enter opens it.
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.getByTestId('new-record').focus();
    await page.keyboard.press('Tab');
    await expect(rows.first()).toBeFocused();
    const firstOfPage1 = await rows.first().getAttribute('data-row-key');
    await page.keyboard.press('PageDown');
    await expect(page.locator('.ant-pagination-item-active')).toHaveText('2');
    await expect(rows.first()).not.toHaveAttribute('data-row-key', firstOfPage1 ?? '');
    await expect(rows.first()).toBeFocused();
    const title = (await rows.first().locator('td').first().textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('publication-detail')).toContainText(title);
  });
});

test('two identical consultation rows come in as two consultations; the same file again as duplicates', async ({
  page,
}) => {
  // Found walking the import (2026-12-08): the second anonymous caller with the same question on the
  // same day was dropped as a duplicate, and the year's consultations came out one short.
  const dir = mkdtempSync(join(tmpdir(), 'desk-cons-'));
  const file = join(dir, 'consultations-2025.xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['日期', '方式', '咨询内容', '咨询人'],
      ['2025-03-05', '电话', '如何申请政府信息公开', ''],
      ['2025-03-05', '电话', '如何申请政府信息公开', ''],
      ['2025-03-06', '来访', '办公时间', ''],
    ]),
    '咨询',
  );
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  const importOnce = async () => {
    // From another page: the wizard opens afresh (not on the last import's result).
    await openApp(page, '/consultations');
    await openApp(page, '/import?register=consultations');
    await pickFile(page, file);
    await expect(page.getByTestId('import-file-name')).toContainText('consultations-2025.xlsx');
    // Header row, columns, (values,) preview: on until the preview shows what will be stored.
    await expect(async () => {
      await page.getByTestId('import-next').click({ timeout: 2_000 });
      await expect(page.getByTestId('import-good')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  };
  const duplicates = page.getByTestId('import-duplicates').locator('.ant-statistic-content-value');

  await importOnce();
  await expect(page.getByTestId('import-good')).toContainText('3');
  await expect(duplicates).toHaveText('0');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 3 条记录');

  await importOnce();
  await expect(page.getByTestId('import-good')).toContainText('0');
  await expect(duplicates).toHaveText('3');
});

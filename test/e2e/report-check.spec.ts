import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

// Fixtures made by our own report generator (test/fixtures/report-check/README.md): fake bodies only.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/report-check');

test.describe('年报体检', () => {
  test('dropped PDF and .docx reports show their findings; last year becomes the report page baseline', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-01-15T10:00:00+08:00'));
    await openApp(page, '/report-check');
    await page
      .getByTestId('report-check-drop')
      .locator('input[type=file]')
      .setInputFiles([
        join(fixtures, 'table4-block.pdf'),
        join(fixtures, 'label-typo.docx'),
        join(fixtures, 'previous-2024.docx'),
      ]);
    const results = page.getByTestId('report-check-result');
    await expect(results).toHaveCount(3, { timeout: 20000 });
    const pdf = results.filter({ hasText: 'table4-block.pdf' });
    await expect(pdf.locator('[data-code="t4.blockSum"]')).toBeVisible();
    await expect(pdf).toContainText('表四 · 行政复议 · 总计');
    const docx = results.filter({ hasText: 'label-typo.docx' });
    await expect(docx.locator('[data-code="label.typo"]')).toBeVisible();
    await expect(docx).toContainText('2.其他法律行政止公开');
    // Both 2025 reports were compared with the dropped 2024 report of the same body.
    await expect(docx).toContainText('对照上年：previous-2024.docx');

    await page.getByTestId('report-check-search').locator('input').fill('示例镇');
    await expect(results).toHaveCount(0);
    await page.getByTestId('report-check-search').locator('input').fill('');

    await page.getByRole('button', { name: '设为2024年度基数' }).click();
    await expect(page.getByText('已将2024年度报告的结转数和现行有效件数设为基数')).toBeVisible();

    await openApp(page, '/report?year=2025');
    await expect(page.getByTestId('baseline-source')).toHaveText(
      '来自已发布的2024年度报告（previous-2024.docx）',
    );
    // No 2024 records here: the 2025 report takes 上年结转 from the published 2024 report (issue 13
    // item 15): 2 (自然人) and 1 (商业企业), so the cross-year check finds nothing to report.
    await expect(page.getByTestId('cell-t3:carriedIn:natural')).toHaveText('2');
    await expect(page.getByTestId('cell-t3:carriedIn:commercial')).toHaveText('1');
    await expect(page.getByTestId('own-report-check')).toBeVisible();
    await expect(
      page.locator('[data-testid="own-report-findings"] [data-code="cross.carriedIn"]'),
    ).toHaveCount(0);
  });
});

test('the similarity threshold is saved once, when the field is left — not at each keystroke', async ({
  page,
}) => {
  /** The stored thresholds (settings rows) and how many settings changes the audit log holds. */
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<{ thresholds: unknown[]; changes: number }>((resolve) => {
          const req = indexedDB.open('disclosure-desk');
          req.onsuccess = () => {
            const idb = req.result;
            const tx = idb.transaction(['settings', 'audit']);
            const settings = tx.objectStore('settings').getAll();
            const audit = tx.objectStore('audit').getAll();
            tx.oncomplete = () => {
              resolve({
                thresholds: settings.result.map(
                  (s: { value: { reportSimilarityThreshold?: unknown } }) =>
                    s.value.reportSimilarityThreshold,
                ),
                changes: audit.result.filter((a: { store: string }) => a.store === 'settings').length,
              });
              idb.close();
            };
          };
        }),
    );
  await openApp(page, '/report-check');
  const field = page.getByRole('spinbutton', { name: '内容雷同阈值' });
  await expect(field).toBeVisible();
  const before = await stored();
  await field.fill('');
  await field.pressSequentially('85');
  await expect(field).toHaveValue('85');
  // Typed, not yet left: nothing stored (before, "8" was saved — and every report checked — first).
  await page.waitForTimeout(300);
  expect(await stored()).toEqual(before);
  await field.press('Tab');
  await expect.poll(async () => (await stored()).thresholds).toEqual([85]);
  expect((await stored()).changes).toBe(before.changes + 1);
  await expect(field).toHaveValue('85');
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: '内容雷同阈值' })).toHaveValue('85');
});

test('a damaged PDF and an old .doc are said in the interface’s language, the reader’s English apart', async ({
  page,
}) => {
  await openApp(page, '/report-check');
  const drop = page.getByTestId('report-check-drop').locator('input[type=file]');
  await drop.setInputFiles([
    { name: '损坏的年报.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n这不是完整的PDF') },
    { name: '旧格式年报.doc', mimeType: 'application/msword', buffer: Buffer.from('not a report') },
  ]);
  const results = page.getByTestId('report-check-result');
  await expect(results).toHaveCount(2, { timeout: 20_000 });
  const pdf = results.filter({ hasText: '损坏的年报.pdf' }).getByTestId('report-check-read-error');
  await expect(pdf.locator('.ant-alert-title')).toHaveText(
    '无法读取该文件，可能已损坏。请用 WPS 或 Word 打开确认，另存后再试。',
  );
  await expect(pdf.locator('.ant-alert-description')).toContainText('技术细节（供技术人员排查）：');
  // Named once (no body was read from it to show beside the file's name).
  await expect(results.filter({ hasText: '损坏的年报.pdf' }).locator('.ant-card-head-title')).toHaveText(
    '损坏的年报.pdf',
  );
  const doc = results.filter({ hasText: '旧格式年报.doc' }).getByTestId('report-check-read-error');
  await expect(doc.locator('.ant-alert-title')).toContainText('不支持的文件类型');
  await expect(doc.locator('.ant-alert-description')).toHaveCount(0);

  // In English the same results are said in English (the message was Chinese text thrown by the reader).
  await page.getByTestId('language-select').click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
  await drop.setInputFiles([{ name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from('x') }]);
  await expect(
    results.filter({ hasText: 'old.doc' }).getByTestId('report-check-read-error').locator('.ant-alert-title'),
  ).toHaveText('Unsupported file type: use a text PDF, .docx or .txt (save an old .doc as .docx first).');
});

test('a report copied from a PDF viewer as text (spaces, not tabs) has 表二 read, not blank', async ({
  page,
}) => {
  // Found walking 年报体检 (2026-12-08): 表二's one-figure rows of such a text were found blank.
  await openApp(page, '/report-check');
  const text = [
    '测试县测试局2025年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 0',
    '行政规范性文件 1 0 1',
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    '行政许可 12',
    '第二十条第（六）项',
    '信息内容 本年处理决定数量',
    '行政处罚 3',
    '行政强制 0',
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元）',
    '行政事业性收费 1.23',
  ].join('\n');
  await page
    .getByTestId('report-check-drop')
    .locator('input[type=file]')
    .setInputFiles([{ name: '复制的年报.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  const result = page.getByTestId('report-check-result').filter({ hasText: '复制的年报.txt' });
  await expect(result).toBeVisible({ timeout: 20000 });
  await expect(result.locator('[data-code="cell.blank"]')).toHaveCount(0);
  await expect(result).not.toContainText('行政许可');
});

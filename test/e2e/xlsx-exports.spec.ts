import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { fillDate, openApp, save } from './support/app';
import { bindMain } from './support/bind-main';

// Obviously fake data only (DOMAIN.md §7).

test.describe('register .xlsx export', () => {
  test('a register exported through its button is styled to print and says where it went', async ({
    page,
  }) => {
    const main = await bindMain(page);
    try {
      await openApp(page, '/consultations/new');
      await fillDate(page, 'field-date', '2025-06-03');
      await page.getByTestId('field-topic').fill('测试咨询事项：如何申请公开');
      await save(page);
      await expect(page.getByTestId('consultation-detail')).toContainText('测试咨询事项');

      await openApp(page, '/consultations');
      const file = main.path('consultations.xlsx');
      main.dialog.nextSave.push(file);
      await page.getByTestId('export-xlsx-consultations').click();
      await expect.poll(() => main.exists(file)).toBe(true);
      await expect(page.getByText(`到 ${file}`)).toBeVisible();

      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await main.readBytes(file)).slice().buffer);
      const ws = book.worksheets[0];
      expect(ws?.name).toBe('咨询');
      expect(ws?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws?.getCell('A1').font?.bold).toBe(true);
      const values = (ws?.getRow(2).values ?? []) as unknown[];
      expect(values).toContain('测试咨询事项：如何申请公开');
      expect(ws?.getCell('A2').border?.left?.style).toBe('thin');
    } finally {
      await main.cleanup();
    }
  });

  test('browser mode without a save picker: the file is handed to the browser, and the message says so', async ({
    page,
  }, info) => {
    // A browser without the File System Access API (Firefox, Safari): the export is a download.
    await page.addInitScript(() => {
      for (const name of ['showSaveFilePicker', 'showDirectoryPicker', 'showOpenFilePicker'])
        delete (window as unknown as Record<string, unknown>)[name];
    });
    await openApp(page, '/consultations/new');
    await fillDate(page, 'field-date', '2025-06-04');
    await page.getByTestId('field-topic').fill('测试浏览器下载导出');
    await save(page);
    await expect(page.getByTestId('consultation-detail')).toContainText('测试浏览器下载导出');

    await openApp(page, '/consultations');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx-consultations').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^咨询台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect(page.getByText(`已交给浏览器保存：${file.suggestedFilename()}`)).toBeVisible();
    await expect(page.getByText(/已下载|已导出 \d+ 条到/)).toHaveCount(0);
    const path = info.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets[0]?.pageSetup.printTitlesRow).toBe('1:1');
  });
});

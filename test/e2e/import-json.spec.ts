import { webcrypto } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { type CryptoLike, openBackup } from '../../shared/backup';
import { sampleDocument } from '../../shared/backup/sample-data';
import { clickInDialog, confirmReplace, openApp, save } from './support/app';
import { bindMain } from './support/bind-main';

/**
 * Issue 14 item 5: 设置 → 从 JSON 导入 goes through the restore flow — preview, safety backup, one
 * transaction, count check, audit entry — and refuses an export of a newer schema. Through the UI,
 * with the real main-process file and backup handlers bound into the page.
 */
async function addConsultation(page: Page, topic: string) {
  await openApp(page, '/consultations/new');
  await page.getByTestId('field-topic').fill(topic);
  await save(page);
  await expect(page.getByTestId('consultation-detail')).toContainText(topic);
}

test('importing an export: preview, safety backup, the data replaced, the import in the audit log', async ({
  page,
}) => {
  const main = await bindMain(page);
  try {
    await addConsultation(page, '导出前的测试咨询');
    await openApp(page, '/settings');
    const exported = main.path('export.json');
    main.dialog.nextSave.push(exported);
    // Written in the backup worker (issue 17), then saved by main.
    const exportWorkers: string[] = [];
    page.on('worker', (worker) => exportWorkers.push(worker.url()));
    await page.getByTestId('export-json').click();
    await expect.poll(() => main.exists(exported)).toBe(true);
    expect(exportWorkers.length).toBeGreaterThanOrEqual(1);
    await addConsultation(page, '导出后的测试咨询');

    // A newer schema is refused before anything happens.
    const doc = JSON.parse(await main.readText(exported));
    const newer = main.path('newer.json');
    await writeFile(newer, JSON.stringify({ ...doc, schemaVersion: 99 }));
    await openApp(page, '/settings');
    main.dialog.nextOpen.push(newer);
    await page.getByTestId('import-json').click();
    await expect(page.locator('.ant-modal-confirm')).toContainText('更新版本');
    await clickInDialog(page.locator('.ant-modal-confirm').getByRole('button'));
    expect(await readdir(main.path('userData', 'backups')).catch(() => [])).toEqual([]);

    // Not JSON at all: said, nothing happens.
    const garbled = main.path('garbled.json');
    await writeFile(garbled, '这不是 JSON');
    main.dialog.nextOpen.push(garbled);
    await page.getByTestId('import-json').click();
    await expect(page.locator('.ant-modal-confirm')).toContainText('文件不是 JSON 格式');
    await clickInDialog(page.locator('.ant-modal-confirm').getByRole('button'));

    // The real one: read in the backup worker (issue 17), preview with counts, then confirm.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    main.dialog.nextOpen.push(exported);
    await page.getByTestId('import-json').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('导入前请核对文件内容');
    expect(workers.length).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('restore-preview')).toContainText('export.json');
    await expect(dialog.locator('.ant-table')).toContainText('咨询');
    await confirmReplace(page, '我已核对，确认用此文件替换当前数据');
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByTestId('import-outcome')).toContainText('导入完成', { timeout: 20_000 });

    await openApp(page, '/consultations');
    await expect(page.locator('.ant-table-tbody')).toContainText('导出前的测试咨询');
    await expect(page.locator('.ant-table-tbody')).not.toContainText('导出后的测试咨询');

    // What the import replaced was saved first, as a before-restore backup holding the later record.
    const saved = (await readdir(main.path('userData', 'backups'))).filter((n) =>
      n.endsWith('-before-restore.gkbak'),
    );
    expect(saved).toHaveLength(1);
    const crypto = webcrypto as unknown as CryptoLike;
    const opened = await openBackup(await main.readBytes(main.path('userData', 'backups', saved[0] ?? '')), {
      crypto,
      maxSchemaVersion: 99,
    });
    expect(opened.ok && opened.doc.stores.consultations.map((c) => c.topic).sort()).toEqual([
      '导出前的测试咨询',
      '导出后的测试咨询',
    ]);

    // The import is in the audit log (export again and look).
    await openApp(page, '/settings');
    const after = main.path('after.json');
    main.dialog.nextSave.push(after);
    await page.getByTestId('export-json').click();
    await expect.poll(() => main.exists(after)).toBe(true);
    const audit = JSON.parse(await main.readText(after)).stores.audit as {
      store: string;
      recordId: string;
      action: string;
      after: { file: string };
    }[];
    expect(audit.at(-1)).toMatchObject({
      store: 'database',
      recordId: 'jsonImport',
      action: 'import',
      after: { file: 'export.json' },
    });
  } finally {
    await main.cleanup();
  }
});

test('an export edited by hand: each bad record named in Chinese, and a file that cannot be read said why', async ({
  page,
}) => {
  const main = await bindMain(page);
  try {
    // A real export with two faults a spreadsheet edit leaves: a date that is no date, a channel by
    // a name the app does not know.
    const doc = JSON.parse(JSON.stringify(sampleDocument()));
    const c0 = doc.stores.consultations[0];
    c0.date = '2025-13-45';
    c0.channel = '飞鸽传书';
    const edited = main.path('edited.json');
    await writeFile(edited, JSON.stringify(doc));
    await openApp(page, '/settings');
    main.dialog.nextOpen.push(edited);
    await page.getByTestId('import-json').click();
    const issues = page.getByTestId('import-issues');
    await expect(page.locator('.ant-modal-confirm')).toContainText('导入失败：文件中有不符合要求的记录');
    await expect(issues.locator('li')).toHaveCount(2);
    await expect(issues).toContainText('咨询 第 1 条');
    await expect(issues).toContainText('日期：日期无效');
    await expect(issues).toContainText('咨询方式：格式不正确');
    // No message keys, field names or the validation library's English.
    await expect(issues).not.toContainText('validation.');
    await expect(issues).not.toContainText('stores.');
    await expect(issues).not.toContainText('Invalid');
    await clickInDialog(page.locator('.ant-modal-confirm').getByRole('button'));

    // A file main cannot read (a folder where a file was expected): said in Chinese, not main's English.
    const folder = main.path('not-a-file.json');
    await mkdir(folder);
    main.dialog.nextOpen.push(folder);
    await page.getByTestId('import-json').click();
    const said = page.locator('.ant-message-notice').filter({ hasText: '导入失败' });
    await expect(said).toBeVisible();
    await expect(said).not.toContainText(/[A-Za-z]{4,}/);
  } finally {
    await main.cleanup();
  }
});

import { webcrypto } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { type CryptoLike, openBackup } from '../../shared/backup';
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

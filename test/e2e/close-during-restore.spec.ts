import { webcrypto } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { backupFileName, type CryptoLike, createBackup } from '../../shared/backup';
import { sampleDocument } from '../../shared/backup/sample-data';
import { confirmReplace, openApp } from './support/app';
import { bindMain } from './support/bind-main';

/**
 * Issue 14 item 10: closing the window during a restore. Main's REAL close logic
 * (electron/close-guard.ts) is bound with the handlers (support/bind-main.ts), its 30 s timeout
 * shortened to 300 ms so a restore of ~20,000 records (several seconds) outlasts it many times over: the window must
 * stay open until the import and count check are done, then close.
 */
test('the window does not close while a restore is importing, and closes right after', async ({ page }) => {
  test.setTimeout(120_000);
  const main = await bindMain(page, { closeTimeoutMs: 300 });
  try {
    const doc = sampleDocument({
      publications: 12_000,
      requests: 1_500,
      consultations: 6_000,
      appeals: 100,
    });
    const { bytes } = await createBackup(doc, {
      crypto: webcrypto as unknown as CryptoLike,
      createdAt: '2025-01-15T08:00:00.000Z',
    });
    const name = backupFileName('auto', '2025-01-15T16:00:00');
    await mkdir(main.path('userData', 'backups'), { recursive: true });
    await writeFile(main.path('userData', 'backups', name), bytes);

    await openApp(page, '/backup');
    await page
      .getByTestId('backup-list-auto')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    await confirmReplace(page, '我已核对，确认用此备份替换当前数据');
    await page.getByRole('button', { name: '确认恢复' }).click();
    const progress = page.getByTestId('restore-progress');
    await expect(progress).toContainText('正在导入数据', { timeout: 30_000 });

    main.closeWindow(); // the officer closes the window mid-import
    await page.waitForTimeout(1_000); // > 3 × the (shortened) timeout
    const stillImporting = await progress.isVisible();
    expect(stillImporting).toBe(true); // the import really was still running…
    expect(main.windowClosed()).toBe(false); // …and the window stayed open

    await expect(page.getByTestId('restore-outcome')).toContainText('恢复完成', { timeout: 90_000 });
    await expect.poll(() => main.windowClosed(), { timeout: 30_000 }).toBe(true);
    const busy = main.calls.filter((c) => c.channel === 'app:setBusy');
    expect(busy.length).toBe(2);
  } finally {
    await main.cleanup();
  }
});

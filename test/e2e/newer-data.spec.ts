import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SCHEMA_VERSION } from '../../shared/model/schema-version';
import { openApp } from './support/app';

/**
 * Issue 14 item 6: a database saved by a newer app version is opened read-only with a message in both
 * languages, and nothing in it changes. The newer database is made in the page with the raw IndexedDB
 * API (as a newer app would leave it: a higher version, an extra store, a field this version does
 * not know).
 */
test('data saved by a newer version: the message in both languages, read-only, nothing changed', async ({
  page,
}) => {
  // This version's database first, as the app leaves it.
  await openApp(page);
  // Then "a newer app" upgrades it: on a page of the app's origin that does not run the app (one of
  // its built assets), so no connection of the app's can race it.
  const asset = readdirSync(join(process.cwd(), 'dist', 'assets')).find((f) => f.endsWith('.js'));
  await page.goto(`/assets/${asset}`);
  const newer = (SCHEMA_VERSION + 4) * 10; // Dexie stores version N as N × 10
  const snapshot = () =>
    page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; requests: unknown[]; audit: number }>((resolve) => {
          void indexedDB.databases().then((list) => {
            const version = list.find((d) => d.name === 'disclosure-desk')?.version ?? 0;
            const req = indexedDB.open('disclosure-desk');
            req.onsuccess = () => {
              const idb = req.result;
              const tx = idb.transaction(['requests', 'audit']);
              const all = tx.objectStore('requests').getAll();
              const count = tx.objectStore('audit').count();
              tx.oncomplete = () => {
                resolve({
                  version,
                  stores: [...idb.objectStoreNames].sort(),
                  requests: all.result,
                  audit: count.result,
                });
                idb.close();
              };
            };
          });
        }),
    );
  await page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('disclosure-desk', version);
        req.onupgradeneeded = () => {
          req.result.createObjectStore('futureStore', { keyPath: 'id' });
          const tx = req.transaction;
          tx?.objectStore('requests').put({ id: 'r-1', serial: '2031-001', futureField: '新版本字段' });
          tx?.objectStore('audit').put({
            at: '2031-01-01T00:00:00.000Z',
            store: 'requests',
            recordId: 'r-1',
            action: 'create',
          });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
    newer,
  );
  const before = await snapshot();
  expect(before.version).toBe(newer);
  expect(before.stores).toContain('futureStore');

  await openApp(page);
  const banner = page.getByTestId('newer-data');
  await expect(banner).toContainText('这份数据由更新版本的公开台账保存：请更新软件');
  await expect(banner).toContainText(
    'This data was saved by a newer version of Disclosure Desk: please update the app',
  );
  // No backup, no export from here.
  await page.goto('/#/backup');
  await expect(page.getByText('本版本不能备份或恢复它')).toBeVisible();
  await page.goto('/#/settings');
  await expect(page.getByTestId('export-json')).toBeDisabled();
  await expect(page.getByTestId('import-json')).toBeDisabled();

  // Nothing changed: same native version and stores, the record with its unknown field, the audit log.
  await page.goto(`/assets/${asset}`);
  expect(await snapshot()).toEqual(before);
});

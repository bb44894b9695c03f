import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

/**
 * Issue 14 item 6: a database saved by a newer app version is opened read-only with a message in both
 * languages, and nothing in it changes. The newer database is made in the page with the raw IndexedDB
 * API (as a newer app would leave it: schema version 9 = native 90, an extra store, a field this
 * version does not know).
 */
test('data saved by a newer version: the message in both languages, read-only, nothing changed', async ({
  page,
}) => {
  // Made on a page of the app's origin that does not run the app (one of its built assets), so the
  // app's own connection cannot race the newer database into existence.
  const asset = readdirSync(join(process.cwd(), 'dist', 'assets')).find((f) => f.endsWith('.js'));
  await page.goto(`/assets/${asset}`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('disclosure-desk');
        del.onsuccess = () => {
          const req = indexedDB.open('disclosure-desk', 90);
          req.onupgradeneeded = () => {
            const idb = req.result;
            for (const name of ['publications', 'consultations', 'appeals'])
              idb.createObjectStore(name, { keyPath: 'id' }).createIndex('deletedAt', 'deletedAt');
            const requests = idb.createObjectStore('requests', { keyPath: 'id' });
            requests.createIndex('deletedAt', 'deletedAt');
            requests.createIndex('serial', 'serial', { unique: true });
            idb.createObjectStore('settings', { keyPath: 'key' });
            const audit = idb.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
            audit.createIndex('at', 'at');
            audit.createIndex('store', 'store');
            audit.createIndex('recordId', 'recordId');
            idb.createObjectStore('letters', { keyPath: 'id' });
            requests.put({ id: 'r-1', serial: '2031-001', futureField: '新版本字段' });
            audit.put({
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
        };
        del.onerror = () => reject(del.error);
      }),
  );
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

  // Nothing changed: same native version, same stores, the record with its unknown field, one audit row.
  const state = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; record: unknown; audit: number }>((resolve) => {
        void indexedDB.databases().then((list) => {
          const version = list.find((d) => d.name === 'disclosure-desk')?.version ?? 0;
          const req = indexedDB.open('disclosure-desk');
          req.onsuccess = () => {
            const idb = req.result;
            const tx = idb.transaction(['requests', 'audit']);
            const get = tx.objectStore('requests').get('r-1');
            const count = tx.objectStore('audit').count();
            tx.oncomplete = () => {
              resolve({
                version,
                stores: [...idb.objectStoreNames].sort(),
                record: get.result,
                audit: count.result,
              });
              idb.close();
            };
          };
        });
      }),
  );
  expect(state).toEqual({
    version: 90,
    stores: ['appeals', 'audit', 'consultations', 'letters', 'publications', 'requests', 'settings'],
    record: { id: 'r-1', serial: '2031-001', futureField: '新版本字段' },
    audit: 1,
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { bindMain } from './support/bind-main';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Electron binary's path without `require('electron')`: that require tries to download the binary
 * when it is missing (and fails on this network), so read electron's path.txt ourselves.
 */
function electronBinary(): string | null {
  const pkgDir = join(root, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test.describe('real Electron', () => {
  const binary = electronBinary();
  // These machines cannot download Electron's binary (TOOLCHAIN.md); the test runs where it exists.
  test.skip(!binary, 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD) — skipping');

  test('opens one hardened window with the typed API and no Node in the page', async () => {
    // The launch needs the built app; `npm test` builds only the renderer.
    test.skip(
      !existsSync(join(root, 'dist-electron', 'main.cjs')) || !existsSync(join(root, 'dist', 'index.html')),
      'run `npm run build` first (dist/ and dist-electron/ are missing)',
    );
    const app = await electron.launch({ executablePath: binary ?? undefined, args: [root], cwd: root });
    try {
      const win = await app.firstWindow();
      await win.waitForLoadState('domcontentloaded');
      expect(win.url()).toMatch(/^app:\/\/desk\//);
      const exposed = await win.evaluate(() => ({
        desk: typeof window.desk,
        methods: Object.keys(window.desk ?? {}).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
      }));
      expect(exposed).toMatchObject({
        desk: 'object',
        require: 'undefined',
        process: 'undefined',
        ipcRenderer: 'undefined',
      });
      expect(exposed.methods).toContain('fileSave');
      const version = await win.evaluate(() => window.desk?.appVersion({}));
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
      expect(version).toMatchObject({ ok: true, version: pkg.version });
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

test.describe('main handlers bound into Chromium (bind-main)', () => {
  test('window.desk saves text and bytes through the real atomic-write handler and opens them again', async ({
    page,
  }) => {
    const main = await bindMain(page, { version: '7.7.7' });
    try {
      // A bare page on its own origin: this checks the helper itself, independent of the app's UI.
      await page.route('http://desk.test/', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bind-main</title>' }),
      );
      await page.goto('http://desk.test/');

      expect(await page.evaluate(() => window.desk?.appVersion({}))).toMatchObject({
        ok: true,
        version: '7.7.7',
      });

      const textTarget = main.path('downloads', '导出.json');
      main.dialog.nextSave.push(textTarget);
      const saved = await page.evaluate(() =>
        window.desk?.fileSave({ suggestedName: '导出.json', filters: [], data: '{"名称":"测试机关"}' }),
      );
      expect(saved).toEqual({ ok: true, path: textTarget, bytes: Buffer.byteLength('{"名称":"测试机关"}') });
      expect(await main.readText(textTarget)).toBe('{"名称":"测试机关"}');

      const binTarget = main.path('downloads', 'x.bin');
      main.dialog.nextSave.push(binTarget);
      await page.evaluate(() =>
        window.desk?.fileSave({
          suggestedName: 'x.bin',
          filters: [],
          data: new Uint8Array([0, 1, 254, 255]),
        }),
      );
      expect([...(await main.readBytes(binTarget))]).toEqual([0, 1, 254, 255]);

      main.dialog.nextOpen.push(binTarget);
      const opened = await page.evaluate(async () => {
        const r = await window.desk?.fileOpen({ filters: [] });
        return r?.ok ? { name: r.name, isBytes: r.data instanceof Uint8Array, bytes: [...r.data] } : r;
      });
      expect(opened).toEqual({ name: 'x.bin', isBytes: true, bytes: [0, 1, 254, 255] });

      // Cancel in the dialog (nothing queued) comes back as a typed result, not an exception.
      expect(
        await page.evaluate(() => window.desk?.fileSave({ suggestedName: 'y', filters: [], data: 'y' })),
      ).toMatchObject({
        ok: false,
        error: 'cancelled',
      });
      expect(main.calls.map((c) => c.channel)).toEqual([
        'app:version',
        'file:save',
        'file:save',
        'file:open',
        'file:save',
      ]);
    } finally {
      await main.cleanup();
    }
  });
});

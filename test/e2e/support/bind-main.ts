/**
 * Binds the REAL main-process IPC handlers (electron/handlers) into a Chromium page, so E2E tests
 * exercise the Electron path (request validation, dialogs, atomic writes on disk) without the
 * Electron binary (DESIGN.md "Typed IPC"; TOOLCHAIN.md: the binary cannot be installed here).
 *
 * How it works: `page.exposeBinding('__deskInvoke')` runs the handler in this Node process; an init
 * script defines `window.desk` (one method per channel in shared/ipc.ts, like the preload does) that
 * calls the binding. Uint8Array payloads cross as base64 in both directions. The dialog is a fake
 * whose answers the test queues: a path inside a temp folder, or null for "Cancel".
 *
 * Use — call BEFORE the first page.goto, because the API is injected when the page loads:
 *
 *   import { bindMain } from './support/bind-main';
 *
 *   test('export JSON through the real save handler', async ({ page }) => {
 *     const main = await bindMain(page);               // temp folder in main.dir, removed by main.cleanup()
 *     await page.goto('/');
 *     const target = main.path('export.json');
 *     main.dialog.nextSave.push(target);               // the "save dialog" will answer this path
 *     await page.getByRole('button', { name: '导出' }).click();
 *     await expect.poll(() => main.exists(target)).toBe(true);
 *     const doc = JSON.parse(await main.readText(target));
 *     await main.cleanup();
 *   });
 *
 * `main.calls` records every channel the page called and whether it succeeded; `main.deps.paths`
 * holds userData (automatic backups, main settings), docs and downloads, all inside main.dir.
 */
import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SafeHandler } from '../../../electron/ipc/handle';
import type { MainDeps } from '../../../electron/handlers/deps';
import { createCloseGuard } from '../../../electron/close-guard';
import { createHandlers } from '../../../electron/handlers/index';
import { createNodeDeps, scriptedDialog } from '../../../electron/handlers/node-deps';
import { CHANNELS, type Channel } from '../../../shared/ipc';

type Encoded = string;

/** JSON with Uint8Array → {"__u8": base64}. The page side below mirrors this. */
function encode(value: unknown): Encoded {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array
      ? { __u8: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
      : v,
  );
}

function decode(text: Encoded): unknown {
  return JSON.parse(text, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && typeof (v as { __u8?: unknown }).__u8 === 'string'
      ? new Uint8Array(Buffer.from((v as { __u8: string }).__u8, 'base64'))
      : v,
  );
}

export interface BoundMain {
  /** Temp folder holding userData/, docs/, downloads/ and anything the test creates. */
  dir: string;
  dialog: ReturnType<typeof scriptedDialog>;
  deps: MainDeps;
  calls: { channel: string; ok: boolean; error?: string }[];
  path(...parts: string[]): string;
  exists(path: string): boolean;
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  cleanup(): Promise<void>;
  /** As main does when the window is closed: sends "before quit"; resolves with the listener count. */
  requestQuit(): Promise<number>;
  /**
   * The window's close button, through main's REAL close logic (electron/close-guard.ts, wired to
   * app:quitReady and app:setBusy as main.ts does): asks the page for its quit backup and "closes"
   * (sets windowClosed) when main would close the window. Timeout: options.closeTimeoutMs.
   */
  closeWindow(): void;
  windowClosed(): boolean;
}

export async function bindMain(
  page: Page,
  options: {
    dir?: string;
    version?: string;
    clock?: () => Date;
    fs?: MainDeps['fs'];
    closeTimeoutMs?: number;
  } = {},
): Promise<BoundMain> {
  const dir = options.dir ?? (await fsp.mkdtemp(join(tmpdir(), 'desk-e2e-')));
  const paths = {
    userData: join(dir, 'userData'),
    docs: join(dir, 'docs'),
    downloads: join(dir, 'downloads'),
  };
  await Promise.all(Object.values(paths).map((p) => fsp.mkdir(p, { recursive: true })));
  const dialog = scriptedDialog();
  let closed = false;
  const guard = createCloseGuard({
    askRenderer: () =>
      void page
        .evaluate(() => (window as unknown as { __deskRequestQuit: () => number }).__deskRequestQuit())
        .catch(() => undefined),
    close: () => {
      closed = true;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as NodeJS.Timeout),
    timeoutMs: options.closeTimeoutMs,
  });
  const deps = createNodeDeps({
    dialog,
    paths,
    onQuitReady: () => guard.quitReady(),
    onBusy: (busy) => guard.setBusy(busy),
    fs: options.fs,
    clock: options.clock,
    app: { version: options.version ?? '0.1.0', platform: process.platform },
  });
  const handlers = createHandlers(deps);
  const calls: BoundMain['calls'] = [];

  await page.exposeBinding('__deskInvoke', async (_source, channel: string, payload: Encoded) => {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      return encode({ ok: false, error: 'invalidRequest', message: `unknown channel ${channel}` });
    }
    const handler = handlers[channel as Channel] as SafeHandler<Channel>;
    const result = await handler(decode(payload));
    calls.push({ channel, ok: result.ok, ...(result.ok ? {} : { error: result.error }) });
    return encode(result);
  });

  await page.addInitScript(
    (channels: string[]) => {
      // Runs in the page: the same encoding as encode/decode above, written for the browser.
      const toBase64 = (bytes: Uint8Array) => {
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      };
      const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const enc = (v: unknown) =>
        JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? { __u8: toBase64(x) } : x));
      const dec = (t: string) =>
        JSON.parse(t, (_k, x: unknown) =>
          x !== null && typeof x === 'object' && typeof (x as { __u8?: unknown }).__u8 === 'string'
            ? fromBase64((x as { __u8: string }).__u8)
            : x,
        );
      const invoke = (window as unknown as { __deskInvoke: (c: string, p: string) => Promise<string> })
        .__deskInvoke;
      const api: Record<string, (request: unknown) => Promise<unknown>> = {};
      for (const channel of channels) {
        const [a = '', b = ''] = channel.split(':');
        api[`${a}${b.charAt(0).toUpperCase()}${b.slice(1)}`] = async (request) =>
          dec(await invoke(channel, enc(request)));
      }
      Object.defineProperty(window, 'desk', {
        value: Object.freeze(api),
        configurable: false,
        writable: false,
      });
      // Events main sends (preload's window.deskEvents); the test fires them with main.requestQuit().
      const quitListeners = new Set<() => void>();
      Object.defineProperty(window, 'deskEvents', {
        value: Object.freeze({
          onBeforeQuit(listener: () => void) {
            quitListeners.add(listener);
            return () => quitListeners.delete(listener);
          },
        }),
      });
      Object.defineProperty(window, '__deskRequestQuit', {
        value: () => {
          for (const listener of quitListeners) listener();
          return quitListeners.size;
        },
      });
    },
    [...CHANNELS],
  );

  return {
    dir,
    dialog,
    deps,
    calls,
    path: (...parts) => join(dir, ...parts),
    exists: (p) => existsSync(p),
    readText: (p) => fsp.readFile(p, 'utf8'),
    readBytes: async (p) => new Uint8Array(await fsp.readFile(p)),
    // The page can still be writing (a backup on the way out) as the test ends: a file created while
    // the folder is removed fails it with ENOTEMPTY, so the removal is tried again.
    cleanup: () => fsp.rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
    requestQuit: () =>
      page.evaluate(() => (window as unknown as { __deskRequestQuit: () => number }).__deskRequestQuit()),
    closeWindow: () => {
      if (guard.onClose(false)) closed = true;
    },
    windowClosed: () => closed,
  };
}

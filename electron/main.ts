/**
 * Electron main process: one hardened window serving the built renderer from app://desk/, the
 * application menu in the UI language, and the IPC handlers from ./handlers (plain Node functions
 * with their dependencies passed in). Bundled by scripts/build-electron.mjs to dist-electron/main.cjs.
 */
import * as fsPromises from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { CHANNELS, type Channel, EVENT_BEFORE_QUIT, type UiLanguage } from '../shared/ipc';
import type { DialogDeps } from './handlers/deps';
import { createCloseGuard } from './close-guard';
import { createHandlers } from './handlers/index';
import { createNodeDeps } from './handlers/node-deps';
import type { SafeHandler } from './ipc/handle';
import { readMainSettings } from './main-settings';
import { menuTemplate } from './menu';
import {
  APP_ENTRY,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedRequestUrl,
  isTrustedSenderUrl,
  mimeTypeOf,
  resolveAppFile,
} from './security';
import { windowOptions } from './window-options';

// dist-electron/main.cjs → the renderer build in ../dist, the preload beside this file.
const distDir = join(__dirname, '..', 'dist');
const preloadPath = join(__dirname, 'preload.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let uiLanguage: UiLanguage = 'zh-CN';
/**
 * The quit backup on close (issue 5), held while a restore must not be cut off (issue 14 item 10):
 * close-guard.ts decides, tested with a fake clock.
 */
const closeGuard = createCloseGuard({
  askRenderer: () => mainWindow?.webContents.send(EVENT_BEFORE_QUIT),
  close: () => mainWindow?.close(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as NodeJS.Timeout),
});

function docsFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'docs') : join(app.getAppPath(), 'docs');
}

const dialogDeps: DialogDeps = {
  async showSave({ defaultPath, filters }) {
    const options = { defaultPath, filters };
    const r = mainWindow
      ? await dialog.showSaveDialog(mainWindow, options)
      : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  async showOpen({ filters }) {
    const options = { filters, properties: ['openFile' as const] };
    const r = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async showFolder({ defaultPath }) {
    const options = { defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] };
    const r = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
};

function setMenu(language: UiLanguage): void {
  uiLanguage = language;
  const template = menuTemplate(language, {
    devTools: !app.isPackaged,
    openDocs: () => void shell.openPath(docsFolder()),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: language === 'en' ? 'About' : '关于',
        message: language === 'en' ? 'Disclosure Desk' : '公开台账',
        detail: `${app.getVersion()} · Electron ${process.versions.electron}`,
      }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function registerIpc(): void {
  const deps = createNodeDeps({
    dialog: dialogDeps,
    paths: { userData: app.getPath('userData'), docs: docsFolder(), downloads: app.getPath('downloads') },
    app: { version: app.getVersion(), platform: process.platform },
    openPath: (p) => shell.openPath(p),
    onLanguage: setMenu,
    onQuitReady: () => closeGuard.quitReady(),
    onBusy: (busy) => closeGuard.setBusy(busy),
    // A letter's print view: the page's print styles leave only the letter (issue 15).
    printToPdf: async () => {
      if (!mainWindow) throw new Error('no window');
      const pdf = await mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
  });
  const handlers = createHandlers(deps);
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as SafeHandler<Channel>;
    ipcMain.handle(channel, (event, raw: unknown) => {
      // Only our own top frame may call main (DESIGN.md hardening).
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url)) {
        return { ok: false, error: 'invalidRequest', message: 'IPC refused: not the app frame' };
      }
      return handler(raw);
    });
  }
}

function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    let file = resolveAppFile(distDir, request.url);
    // Client-side routes (no extension) get the app shell.
    if (file && !extname(file)) file = join(distDir, 'index.html');
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fsPromises.readFile(file);
      return new Response(body, {
        headers: {
          'content-type': mimeTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url) }),
  );
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  );
  ses.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedSenderUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedSenderUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(preloadPath, app.isPackaged));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // Automatic backup on quit (issue 5): ask the renderer, which holds the data, to write it first.
  mainWindow.on('close', (event) => {
    if (!mainWindow || closeGuard.onClose(mainWindow.webContents.isCrashed())) return;
    event.preventDefault();
  });
  mainWindow.webContents.on('render-process-gone', () => closeGuard.rendererGone());
  // A form with unsaved changes holds the page (beforeunload, issue 13): Electron shows no prompt of
  // its own, so ask here; 放弃修改 lets the window close, 继续编辑 keeps it.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const en = uiLanguage === 'en';
    const choice = dialog.showMessageBoxSync(mainWindow as BrowserWindow, {
      type: 'question',
      buttons: en ? ['Discard changes', 'Keep editing'] : ['放弃修改', '继续编辑'],
      defaultId: 1,
      cancelId: 1,
      message: en ? 'Discard the changes you have not saved?' : '有未保存的修改，确定放弃吗？',
    });
    if (choice === 0) event.preventDefault();
    // Keep editing: the close is off; the next one asks for the quit backup again.
    else closeGuard.cancel();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY);
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would share the same IndexedDB; focus the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.whenReady().then(async () => {
    const settings = await readMainSettings(fsPromises, app.getPath('userData'));
    hardenSession();
    registerAppProtocol();
    registerIpc();
    setMenu(settings.language);
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
}

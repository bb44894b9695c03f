import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window's options (DESIGN.md "Electron hardening (non-negotiable)"). `packaged` is
 * `app.isPackaged`: an installed app has no developer tools (issue 14), a development run keeps them.
 */
export function windowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '公开台账 Disclosure Desk',
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}

import { handle, type HandlerMap } from '../ipc/handle';
import { REQUEST_SCHEMAS } from '../ipc/schemas';
import { appVersion, openDocs, setLanguage } from './app';
import type { MainDeps } from './deps';
import {
  backupStatus,
  chooseBackupFolder,
  openBackupFile,
  readListedBackup,
  setKeepExternal,
  writeAutoBackup,
  writeExternalBackup,
} from './backup';
import { openFile, saveFile, savePdf } from './file';

/**
 * Every channel's handler, bound to its dependencies. main.ts registers these with ipcMain; the E2E
 * helper (test/e2e/support/bind-main.ts) binds the same functions into a Chromium page.
 */
export function createHandlers(deps: MainDeps): HandlerMap {
  const s = REQUEST_SCHEMAS;
  return {
    'app:version': handle('app:version', s['app:version'], () => appVersion(deps)),
    'app:setLanguage': handle(
      'app:setLanguage',
      s['app:setLanguage'],
      (r) => setLanguage(deps, r),
      () => deps.paths.userData,
    ),
    'app:openDocs': handle(
      'app:openDocs',
      s['app:openDocs'],
      () => openDocs(deps),
      () => deps.paths.docs,
    ),
    'file:save': handle(
      'file:save',
      s['file:save'],
      (r) => saveFile(deps, r),
      (r) => r.suggestedName,
    ),
    'file:open': handle(
      'file:open',
      s['file:open'],
      (r) => openFile(deps, r),
      () => 'the chosen file',
    ),
    'file:savePdf': handle(
      'file:savePdf',
      s['file:savePdf'],
      (r) => savePdf(deps, r),
      (r) => r.suggestedName,
    ),
    'app:quitReady': handle('app:quitReady', s['app:quitReady'], async () => {
      deps.onQuitReady();
      return {};
    }),
    'app:setBusy': handle('app:setBusy', s['app:setBusy'], async ({ busy }) => {
      deps.onBusy(busy);
      return {};
    }),
    'backup:status': handle(
      'backup:status',
      s['backup:status'],
      () => backupStatus(deps),
      () => 'the backup folders',
    ),
    'backup:chooseFolder': handle('backup:chooseFolder', s['backup:chooseFolder'], () =>
      chooseBackupFolder(deps),
    ),
    'backup:setKeep': handle(
      'backup:setKeep',
      s['backup:setKeep'],
      (r) => setKeepExternal(deps, r),
      () => 'the app settings file',
    ),
    'backup:writeExternal': handle('backup:writeExternal', s['backup:writeExternal'], (r) =>
      writeExternalBackup(deps, r),
    ),
    'backup:writeAuto': handle(
      'backup:writeAuto',
      s['backup:writeAuto'],
      (r) => writeAutoBackup(deps, r),
      () => 'the automatic backup folder',
    ),
    'backup:openFile': handle('backup:openFile', s['backup:openFile'], () => openBackupFile(deps)),
    'backup:readFile': handle(
      'backup:readFile',
      s['backup:readFile'],
      (r) => readListedBackup(deps, r),
      (r) => r.name,
    ),
  };
}

import { useEffect } from 'react';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { platform, platformEvents } from '../../platform';
import { applyAnonymisation } from './anonymise-db';
import { autoBackup, autoBackupOnStart } from './backup-service';
import { appBackupDeps } from './context';

let started = false;

/**
 * Runs once per app start: anonymisation (if set), the daily automatic backup, and the backup on
 * quit (main asks before closing the window; browser mode has no quit hook). Mount
 * <BackupAutomation /> once in the app shell.
 */
export function BackupAutomation() {
  const settings = useSettings();
  useEffect(() => {
    if (started) return;
    started = true;
    const deps = appBackupDeps();
    void (async () => {
      const ctx = writeContext(settings);
      await applyAnonymisation(db, { ...ctx, today: todayLocal() }).catch(() => []);
      await autoBackupOnStart(deps, todayLocal()).catch(() => undefined);
    })();
    platformEvents.onBeforeQuit(() => {
      void autoBackup(deps, 'quit')
        .catch(() => undefined)
        .finally(() => void platform.appQuitReady({}));
    });
  }, [settings]);
  return null;
}

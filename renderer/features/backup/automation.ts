import { useEffect } from 'react';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { platform, platformEvents } from '../../platform';
import { applyAnonymisation } from './anonymise-db';
import { autoBackup, autoBackupOnStart } from './backup-service';
import { appBackupDeps } from './context';

let started = false;

/** Background jobs must not stop the app, but a failure is reported (no personal data in messages). */
const warn = (what: string) => (err: unknown) => {
  console.warn(`${what} failed:`, err instanceof Error ? err.message : String(err));
};

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
      await applyAnonymisation(db, { ...ctx, today: todayLocal() }).catch(warn('anonymisation'));
      await autoBackupOnStart(deps, todayLocal()).catch(warn('automatic backup'));
    })();
    platformEvents.onBeforeQuit(() => {
      void autoBackup(deps, 'quit')
        .catch(warn('backup on quit'))
        .finally(() => void platform.appQuitReady({}));
    });
  }, [settings]);
  return null;
}

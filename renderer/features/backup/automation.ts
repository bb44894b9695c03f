import { useEffect } from 'react';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { platform, platformEvents } from '../../platform';
import { applyAnonymisation } from './anonymise-db';
import { autoBackup, autoBackupOnStart } from './backup-service';
import { appBackupDeps } from './context';

let started = false;

/**
 * The start-of-day backup waits this long after start, then for an idle moment (issue 8): with ten
 * years of records it reads and compresses ~140 MB, which made the first screen take 6.8 s when it
 * ran at once. The backup on quit (Electron) and the next start cover a session closed sooner.
 */
export const START_BACKUP_DELAY_MS = 20_000;

/** Resolves after `delayMs` and then the browser's next idle period (at most 10 s later). */
export function whenIdle(
  delayMs: number,
  env: {
    setTimeout: (fn: () => void, ms: number) => unknown;
    requestIdleCallback?: (fn: () => void, options: { timeout: number }) => unknown;
  } = globalThis,
): Promise<void> {
  return new Promise((resolve) => {
    env.setTimeout(() => {
      if (env.requestIdleCallback) env.requestIdleCallback(() => resolve(), { timeout: 10_000 });
      else resolve();
    }, delayMs);
  });
}

/** Background jobs must not stop the app, but a failure is reported (no personal data in messages). */
const warn = (what: string) => (err: unknown) => {
  console.warn(`${what} failed:`, err instanceof Error ? err.message : String(err));
};

/**
 * Runs once per app start: anonymisation (if set), the daily automatic backup (deferred until the
 * app is idle, see START_BACKUP_DELAY_MS), and the backup on
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
      await whenIdle(START_BACKUP_DELAY_MS);
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

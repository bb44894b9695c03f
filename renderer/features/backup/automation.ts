import { App } from 'antd';
import type { ClockProblem } from '../../../shared/retention/clock';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { platform, platformEvents } from '../../platform';
import { purgeExpiredTrash } from '../../db/repositories/purge';
import { getSettings } from '../../db/repositories/settings';
import { applyAnonymisation } from './anonymise-db';
import { workerRetentionLook } from './retention-look-job';
import { autoBackup, autoBackupOnStart, type BackupFailure } from './backup-service';
import { appBackupDeps } from './context';
import { refreshBackupStatus } from './use-backup-status';
import { clockText, failureText } from './messages';
import { isReadOnlyData } from './NewerDataBanner';

let started = false;

/**
 * The start-of-day backup waits this long after start, then for the officer to pause (whenQuiet) and
 * an idle moment (issue 8): with ten years of records it reads and compresses ~140 MB, which made the
 * first screen take 6.8 s when it ran at once. The backup on quit (Electron) and the next start
 * cover a session closed sooner.
 */
export const START_BACKUP_DELAY_MS = 20_000;

/**
 * Retention at start (anonymisation, the trash purge) waits this long and then for the officer to
 * pause and an idle moment (whenQuiet; issue 17): it reads every request, consultation and letter,
 * and at the first screen it made the dashboard's reads wait behind it (a county's 100,000
 * consultations: seconds; a second after start was still within a county's first screen).
 */
export const START_RETENTION_DELAY_MS = 5_000;

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

/** Input-free time the start's background work (retention, the daily backup) waits for. */
export const QUIET_MS = 3_000;
/** …but no longer than this after its delay: an officer who never pauses still gets it. */
export const QUIET_WAIT_MAX_MS = 120_000;

/** When the officer last gave input (a key, a click, the wheel, a page change), by performance.now(). */
let lastInput = Number.NEGATIVE_INFINITY;
let watchingInput = false;

/** Follows the officer's input from now on (the app shell, at start). */
export function watchInput(): void {
  if (watchingInput || typeof window === 'undefined') return;
  watchingInput = true;
  const seen = () => {
    lastInput = performance.now();
  };
  for (const type of ['pointerdown', 'keydown', 'wheel', 'hashchange'])
    window.addEventListener(type, seen, { capture: true, passive: true });
}

/**
 * Resolves after `delayMs`, then once the officer has given no input for QUIET_MS (at most
 * QUIET_WAIT_MAX_MS after the delay), then at the browser's next idle period (issue 17): the
 * retention's look and the daily backup read whole registers, and IndexedDB answers the window's own
 * requests only between theirs — at county scale the look held the officer's save 5–7 s after a start
 * for up to 2 s (twenty-fourth pass). They now run while the officer pauses, not between two clicks.
 */
export function whenQuiet(
  delayMs: number,
  env: {
    setTimeout: (fn: () => void, ms: number) => unknown;
    requestIdleCallback?: (fn: () => void, options: { timeout: number }) => unknown;
    now: () => number;
    lastInput: () => number;
  } = {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    requestIdleCallback:
      typeof requestIdleCallback === 'function' ? (fn, o) => requestIdleCallback(fn, o) : undefined,
    now: () => performance.now(),
    lastInput: () => lastInput,
  },
): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => void whenIdle(0, env).then(resolve);
    let begin = 0;
    const check = () => {
      const quietFor = env.now() - env.lastInput();
      if (quietFor >= QUIET_MS || env.now() - begin >= QUIET_WAIT_MAX_MS) idle();
      else env.setTimeout(check, QUIET_MS - quietFor);
    };
    env.setTimeout(() => {
      begin = env.now();
      check();
    }, delayMs);
  });
}

/** How often a running app checks whether the day has changed since its last automatic backup. */
export const DAY_CHECK_MS = 30 * 60_000;

/**
 * An app left open overnight still makes each day's backup: every DAY_CHECK_MS, at an idle moment,
 * `backUpIfNeeded` runs (it writes only when today has no automatic backup yet). Runs never overlap.
 * Returns a function that stops the checks.
 */
export function keepDailyBackups(
  backUpIfNeeded: () => Promise<unknown>,
  env: {
    setInterval: (fn: () => void, ms: number) => unknown;
    clearInterval: (id: never) => void;
    idle: () => Promise<void>;
  },
): () => void {
  let running = false;
  const id = env.setInterval(() => {
    if (running) return;
    running = true;
    void env
      .idle()
      .then(backUpIfNeeded)
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, DAY_CHECK_MS);
  return () => env.clearInterval(id as never);
}

/** Background jobs must not stop the app, but a failure is reported (no personal data in messages). */
const warn = (what: string) => (err: unknown) => {
  console.warn(`${what} failed:`, err instanceof Error ? err.message : String(err));
};

/**
 * The day's automatic backup when there is none yet (`backUp`: autoBackupOnStart). One written is shown
 * at once wherever backups are listed (`written`: the backup page open meanwhile, the header's badge,
 * without 刷新); one that could not be written is said (`failed`, with the reason) — the officer
 * otherwise had no sign that the day had no backup.
 */
export async function dailyBackup(
  backUp: () => Promise<'written' | 'notNeeded' | BackupFailure>,
  after: { written: () => Promise<void>; failed: (failure: BackupFailure) => void },
): Promise<void> {
  let outcome: 'written' | 'notNeeded' | BackupFailure;
  try {
    outcome = await backUp();
  } catch (err) {
    outcome = { error: 'unknown', message: err instanceof Error ? err.message : String(err) };
  }
  if (outcome === 'written') await after.written().catch(warn('backup status'));
  else if (outcome !== 'notNeeded') after.failed(outcome);
}

/**
 * The backup on quit: shows that it is running (the window stays open for the seconds it takes),
 * writes it, and then lets main close the window — also when the backup failed.
 */
export async function backUpBeforeQuit(steps: {
  notify: () => () => void;
  backup: () => Promise<unknown>;
  ready: () => Promise<unknown>;
}): Promise<void> {
  const hide = steps.notify();
  try {
    await steps.backup();
  } catch (err) {
    warn('backup on quit')(err);
  } finally {
    hide();
    await steps.ready();
  }
}

/**
 * The irreversible start-of-day steps: anonymisation (audit rows of purged records always; records
 * past the retention period if set), then the trash purge. Both trust the clock, so when it reads
 * earlier than the newest stored change or far after it, neither runs and `onClockRefused` says why
 * (issue 14 item 9; shared/retention/clock.ts).
 */
export async function runRetention(
  db: Parameters<typeof applyAnonymisation>[0],
  ctx: { actor: string; now: string; today: string },
  onClockRefused: (text: ClockProblem) => void,
  /** The retention setting when the app started: a setting changed since is not applied here. */
  settingAtStart?: number | null,
): Promise<void> {
  const run = await applyAnonymisation(db, ctx, {
    ifSettingIs: settingAtStart,
    look: workerRetentionLook(db),
  });
  if (!run.ok) return onClockRefused(run.clock);
  await purgeExpiredTrash(db, { ...ctx, actor: 'system' });
}

/**
 * Runs once per app start: anonymisation and the trash purge (runRetention, once the first screen is
 * up: START_RETENTION_DELAY_MS, then a pause of the officer's), the daily automatic backup (deferred
 * until the officer pauses and the app is idle, see START_BACKUP_DELAY_MS, and repeated on a new day while the app stays open), and the backup on
 * quit (main asks before closing the window; browser mode has no quit hook). Mount
 * <BackupAutomation /> once in the app shell.
 */
export function BackupAutomation() {
  const settings = useSettings();
  const { message, modal } = App.useApp();
  const { t, i18n } = useTranslation('backup');
  useEffect(() => {
    if (started) return;
    started = true;
    // Data saved by a newer version: nothing is written, and a backup would drop its newer fields.
    if (isReadOnlyData()) return;
    watchInput();
    const deps = appBackupDeps();
    // The setting in force at start: one the officer changes meanwhile (on the backup page, which asks
    // first and runs it there) is not applied in the background by this start's run.
    // Read from the database (the hook's settings are defaults until its first read).
    const settingAtStart = getSettings(db)
      .then((s) => s.anonymiseAfterYears ?? null)
      // Unreadable: the run then applies what it finds, as before.
      .catch(() => undefined);
    void (async () => {
      await whenQuiet(START_RETENTION_DELAY_MS);
      const ctx = writeContext(settings);
      await runRetention(
        db,
        { ...ctx, today: todayLocal() },
        (clock) => {
          modal.warning({ title: t('anonymise.clockTitle'), content: clockText(t, clock, ctx.now) });
        },
        await settingAtStart,
      ).catch(warn('retention'));
      await whenQuiet(START_BACKUP_DELAY_MS);
      const daily = () =>
        dailyBackup(() => autoBackupOnStart(deps, todayLocal()), {
          written: refreshBackupStatus,
          failed: (failure) => {
            // The technical message to the log; the officer reads the reason in their language.
            warn('automatic backup')(failure.message);
            const reason = failureText(i18n.getFixedT(null, 'backup'), failure);
            message.warning({ content: i18n.t('backup:auto.failed', { reason }), duration: 20 });
          },
        });
      await daily();
      keepDailyBackups(daily, {
        setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
        clearInterval: (id) => globalThis.clearInterval(id),
        idle: () => whenIdle(0),
      });
    })();
    platformEvents.onBeforeQuit(() => {
      void backUpBeforeQuit({
        // In the language of the moment the window closes, not of the first render.
        notify: () => message.loading({ content: i18n.t('backup:quit.saving'), duration: 0 }),
        backup: () => autoBackup(deps, 'quit'),
        ready: () => platform.appQuitReady({}),
      });
    });
  }, [settings, message, modal, t, i18n]);
  return null;
}

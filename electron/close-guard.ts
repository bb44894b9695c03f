/**
 * When the main window may close (issue 14 item 10). Closing asks the renderer for its quit backup
 * and closes when it answers, or after QUIT_BACKUP_TIMEOUT_MS if it does not — but never while the
 * renderer says it is busy with work that must not be cut off: a restore's import, count check or
 * rollback (a ten-year restore takes longer than the timeout). Then the close waits until the busy
 * work ends, however long that is. Plain logic with the timer passed in, so it is tested with a fake
 * clock (close-guard.test.ts); main.ts binds it to the BrowserWindow.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 30_000;

export interface CloseGuardDeps {
  /** Ask the renderer for its quit backup (EVENT_BEFORE_QUIT). */
  askRenderer(): void;
  /** Really close the window (the next close event must be let through). */
  close(): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  timeoutMs?: number;
}

export interface CloseGuard {
  /** From the window's 'close' event: true = let it close now; false = preventDefault (we close later). */
  onClose(rendererGone: boolean): boolean;
  /** The renderer finished its quit work (app:quitReady). */
  quitReady(): void;
  /** The renderer starts (true) or ends (false) work that must not be cut off (app:setBusy). */
  setBusy(busy: boolean): void;
  /** The renderer process is gone: nothing is left to wait for. */
  rendererGone(): void;
  /** The close was called off (the officer chose to keep editing): the next close starts afresh. */
  cancel(): void;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let closing = false; // the close was requested and is being held
  let allowed = false; // the next close event goes through
  let ready = false; // the renderer answered, or the timeout passed
  let busy = false;
  let timer: unknown = null;

  const closeIfDone = () => {
    if (!closing || !ready || busy || allowed) return;
    allowed = true;
    if (timer !== null) deps.clearTimeout(timer);
    deps.close();
  };

  return {
    onClose(rendererGone) {
      if (allowed || rendererGone) return true;
      if (!closing) {
        closing = true;
        deps.askRenderer();
        timer = deps.setTimeout(() => {
          timer = null;
          ready = true;
          closeIfDone();
        }, deps.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS);
      }
      return false;
    },
    quitReady() {
      ready = true;
      if (!closing) {
        // Answered without a close request (not expected): close as before.
        closing = true;
      }
      closeIfDone();
    },
    setBusy(value) {
      busy = value;
      closeIfDone();
    },
    rendererGone() {
      busy = false;
      ready = true;
      closeIfDone();
    },
    cancel() {
      if (timer !== null) deps.clearTimeout(timer);
      timer = null;
      closing = false;
      allowed = false;
      ready = false;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createCloseGuard, QUIT_BACKUP_TIMEOUT_MS } from './close-guard';

/** A fake clock: timers run only when the test advances time. */
function setUp() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const events: string[] = [];
  const guard = createCloseGuard({
    askRenderer: () => events.push(`ask@${now}`),
    close: () => events.push(`close@${now}`),
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: nextId });
      return nextId++;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  });
  const advance = (ms: number) => {
    const end = now + ms;
    for (const t of timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)) {
      timers = timers.filter((x) => x !== t);
      now = t.at;
      t.fn();
    }
    now = end;
  };
  return { guard, events, advance };
}

describe('closing the window (issue 14 item 10)', () => {
  it('asks for the quit backup and closes when the renderer answers', () => {
    const { guard, events, advance } = setUp();
    expect(guard.onClose(false)).toBe(false);
    advance(2_000);
    guard.quitReady();
    expect(events).toEqual(['ask@0', 'close@2000']);
    expect(guard.onClose(false)).toBe(true); // the close it started goes through
  });

  it('closes after the timeout when the renderer does not answer', () => {
    const { guard, events, advance } = setUp();
    guard.onClose(false);
    guard.onClose(false); // a second click does not ask again
    advance(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(events).toEqual(['ask@0']);
    advance(1);
    expect(events).toEqual(['ask@0', `close@${QUIT_BACKUP_TIMEOUT_MS}`]);
  });

  it('never closes during a restore’s import, count check or rollback, however long it takes', () => {
    const { guard, events, advance } = setUp();
    guard.setBusy(true); // the restore started importing
    guard.onClose(false);
    advance(QUIT_BACKUP_TIMEOUT_MS * 10); // a ten-year restore: five minutes
    guard.quitReady(); // the quit backup was written meanwhile
    advance(60_000);
    expect(events).toEqual(['ask@0']);
    guard.setBusy(false); // import, count check (and any rollback) done
    expect(events).toEqual(['ask@0', `close@${QUIT_BACKUP_TIMEOUT_MS * 10 + 60_000}`]);
  });

  it('after the restore ends, still waits for the quit backup up to the timeout', () => {
    const { guard, events, advance } = setUp();
    guard.setBusy(true);
    guard.onClose(false);
    advance(5_000);
    guard.setBusy(false);
    expect(events).toEqual(['ask@0']);
    advance(QUIT_BACKUP_TIMEOUT_MS);
    expect(events).toEqual(['ask@0', `close@${QUIT_BACKUP_TIMEOUT_MS}`]);
  });

  it('lets a crashed renderer’s window close at once', () => {
    const { guard, events } = setUp();
    guard.setBusy(true);
    expect(guard.onClose(true)).toBe(true);
    guard.onClose(false);
    guard.rendererGone();
    expect(events).toEqual(['ask@0', 'close@0']);
  });

  it('a close called off (keep editing) starts afresh next time', () => {
    const { guard, events, advance } = setUp();
    guard.onClose(false);
    guard.quitReady();
    guard.cancel(); // the page held the unload and the officer kept editing
    advance(QUIT_BACKUP_TIMEOUT_MS * 2);
    expect(guard.onClose(false)).toBe(false);
    expect(events).toEqual(['ask@0', 'close@0', `ask@${QUIT_BACKUP_TIMEOUT_MS * 2}`]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  backUpBeforeQuit,
  DAY_CHECK_MS,
  dailyBackup,
  keepDailyBackups,
  QUIET_MS,
  QUIET_WAIT_MAX_MS,
  whenIdle,
  whenQuiet,
} from './automation';
import type { BackupFailure } from './backup-service';

describe('whenIdle (the deferred start-of-day backup)', () => {
  it('waits for the delay, then for the idle callback', async () => {
    const calls: string[] = [];
    let fireTimer: (() => void) | null = null;
    let fireIdle: (() => void) | null = null;
    let done = false;
    const p = whenIdle(20_000, {
      setTimeout: (fn, ms) => {
        calls.push(`timeout ${ms}`);
        fireTimer = fn;
      },
      requestIdleCallback: (fn, o) => {
        calls.push(`idle ${o.timeout}`);
        fireIdle = fn;
      },
    }).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(calls).toEqual(['timeout 20000']);
    expect(done).toBe(false);
    (fireTimer as unknown as () => void)();
    await Promise.resolve();
    expect(calls).toEqual(['timeout 20000', 'idle 10000']);
    expect(done).toBe(false);
    (fireIdle as unknown as () => void)();
    await p;
    expect(done).toBe(true);
  });

  it('resolves after the delay where there is no idle callback', async () => {
    let fireTimer: (() => void) | null = null;
    const p = whenIdle(5, {
      setTimeout: (fn) => {
        fireTimer = fn;
      },
    });
    (fireTimer as unknown as () => void)();
    await expect(p).resolves.toBeUndefined();
  });
});

describe("whenQuiet (the start's retention and daily backup wait for the officer to pause)", () => {
  /** A clock and timers run by hand; `input` marks the officer's input at a time. */
  function fakeEnv() {
    let now = 0;
    let last = Number.NEGATIVE_INFINITY;
    const timers: { at: number; fn: () => void }[] = [];
    const idles: string[] = [];
    const env = {
      setTimeout: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
      requestIdleCallback: (fn: () => void, o: { timeout: number }) => {
        idles.push(`idle at ${now} (${o.timeout})`);
        fn();
      },
      now: () => now,
      lastInput: () => last,
    };
    /** Runs the timers due up to `to`, in order. */
    const runTo = async (to: number) => {
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > to) break;
        timers.shift();
        now = next.at;
        next.fn();
        await Promise.resolve();
      }
      now = to;
    };
    return { env, idles, runTo, input: (at: number) => (last = at) };
  }

  it('with no input, runs at the idle moment after the delay', async () => {
    const { env, idles, runTo } = fakeEnv();
    let done = false;
    void whenQuiet(5_000, env).then(() => (done = true));
    await runTo(4_999);
    expect(done).toBe(false);
    await runTo(5_000);
    await Promise.resolve();
    expect(idles).toEqual(['idle at 5000 (10000)']);
    expect(done).toBe(true);
  });

  it('after input, waits until QUIET_MS have passed without any', async () => {
    const { env, idles, runTo, input } = fakeEnv();
    let done = false;
    void whenQuiet(5_000, env).then(() => (done = true));
    input(4_000);
    await runTo(5_000);
    expect(idles).toEqual([]);
    // More input before the quiet time is over: the wait begins again from it.
    input(6_500);
    await runTo(4_000 + QUIET_MS);
    expect(idles).toEqual([]);
    await runTo(6_500 + QUIET_MS);
    await Promise.resolve();
    expect(idles).toEqual([`idle at ${6_500 + QUIET_MS} (10000)`]);
    expect(done).toBe(true);
  });

  it('an officer who never pauses still gets it, QUIET_WAIT_MAX_MS after the delay', async () => {
    const { env, idles, runTo, input } = fakeEnv();
    void whenQuiet(5_000, env);
    for (let t = 4_000; t < 5_000 + QUIET_WAIT_MAX_MS + 10_000; t += 1_000) {
      input(t);
      await runTo(t);
    }
    expect(idles).toHaveLength(1);
    const at = Number(/idle at (\d+)/.exec(idles[0] ?? '')?.[1]);
    expect(at).toBeGreaterThanOrEqual(5_000 + QUIET_WAIT_MAX_MS);
    expect(at).toBeLessThanOrEqual(5_000 + QUIET_WAIT_MAX_MS + QUIET_MS);
  });
});

describe('keepDailyBackups (an app left open overnight)', () => {
  it('checks every half hour at an idle moment, never two checks at once, until stopped', async () => {
    let tick: (() => void) | null = null;
    let period = 0;
    let stopped = false;
    let release: (() => void) | null = null;
    let checks = 0;
    const stop = keepDailyBackups(
      () => {
        checks += 1;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      {
        setInterval: (fn, ms) => {
          tick = fn;
          period = ms;
          return 7;
        },
        clearInterval: () => {
          stopped = true;
        },
        idle: () => Promise.resolve(),
      },
    );
    expect(period).toBe(DAY_CHECK_MS);
    expect(checks).toBe(0);
    const fire = tick as unknown as () => void;
    fire();
    await new Promise((r) => setTimeout(r, 0));
    expect(checks).toBe(1);
    fire(); // the first check is still writing: skipped
    await new Promise((r) => setTimeout(r, 0));
    expect(checks).toBe(1);
    (release as unknown as () => void)();
    await new Promise((r) => setTimeout(r, 0));
    fire();
    await new Promise((r) => setTimeout(r, 0));
    expect(checks).toBe(2);
    stop();
    expect(stopped).toBe(true);
  });
});

describe('backUpBeforeQuit', () => {
  const run = (backup: () => Promise<unknown>) => {
    const calls: string[] = [];
    const done = backUpBeforeQuit({
      notify: () => {
        calls.push('shown');
        return () => calls.push('hidden');
      },
      backup: async () => {
        calls.push('backup');
        return backup();
      },
      ready: async () => calls.push('ready'),
    });
    return { calls, done };
  };

  it('shows the notice, backs up, hides it, then lets the window close', async () => {
    const { calls, done } = run(async () => 'written');
    await done;
    expect(calls).toEqual(['shown', 'backup', 'hidden', 'ready']);
  });

  it('lets the window close when the backup fails', async () => {
    const { calls, done } = run(async () => {
      throw new Error('disk full');
    });
    await expect(done).resolves.toBeUndefined();
    expect(calls).toEqual(['shown', 'backup', 'hidden', 'ready']);
  });
});

describe("dailyBackup (the day's automatic backup, in the background)", () => {
  const run = async (outcome: () => Promise<'written' | 'notNeeded' | BackupFailure>) => {
    const written = vi.fn(async () => undefined);
    const failed = vi.fn();
    await dailyBackup(outcome, { written, failed });
    return { written, failed };
  };

  it('a backup written refreshes what lists backups, and says nothing more', async () => {
    const { written, failed } = await run(async () => 'written');
    expect(written).toHaveBeenCalledTimes(1);
    expect(failed).not.toHaveBeenCalled();
  });

  it('none needed today: nothing refreshed, nothing said', async () => {
    const { written, failed } = await run(async () => 'notNeeded');
    expect(written).not.toHaveBeenCalled();
    expect(failed).not.toHaveBeenCalled();
  });

  it("a backup refused (the platform's answer) or failing (thrown) is said, with its reason's code", async () => {
    const answer = {
      error: 'diskFull' as const,
      message: 'The browser refused to store the automatic backup: quota',
    };
    const refused = await run(async () => answer);
    expect(refused.failed).toHaveBeenCalledWith(answer);
    expect(refused.written).not.toHaveBeenCalled();
    const thrown = await run(async () => {
      throw new Error('the database is closed');
    });
    expect(thrown.failed).toHaveBeenCalledWith({ error: 'unknown', message: 'the database is closed' });
  });
});

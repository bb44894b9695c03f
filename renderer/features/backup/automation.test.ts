import { describe, expect, it, vi } from 'vitest';
import { backUpBeforeQuit, DAY_CHECK_MS, dailyBackup, keepDailyBackups, whenIdle } from './automation';

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
  const run = async (outcome: () => Promise<string>) => {
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

  it("a backup refused (the platform's answer) or failing (thrown) is said, with its reason", async () => {
    const refused = await run(async () => 'The browser refused to store the automatic backup: quota');
    expect(refused.failed).toHaveBeenCalledWith('The browser refused to store the automatic backup: quota');
    expect(refused.written).not.toHaveBeenCalled();
    const thrown = await run(async () => {
      throw new Error('the database is closed');
    });
    expect(thrown.failed).toHaveBeenCalledWith('the database is closed');
  });
});

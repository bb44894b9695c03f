import { describe, expect, it } from 'vitest';
import { backUpBeforeQuit, DAY_CHECK_MS, keepDailyBackups, whenIdle } from './automation';

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

import { describe, expect, it } from 'vitest';
import { whenIdle } from './automation';

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

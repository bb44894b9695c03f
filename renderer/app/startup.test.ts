import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPENING_MESSAGE, showWhileSlow } from './startup';

describe('the message while the database opens', () => {
  afterEach(() => vi.useRealTimers());

  it('appears only when opening takes longer than the delay', async () => {
    vi.useFakeTimers();
    const fast = { textContent: '' as string | null };
    await showWhileSlow(fast, Promise.resolve(1), 600);
    vi.advanceTimersByTime(1000);
    expect(fast.textContent).toBe('');

    const slow = { textContent: '' as string | null };
    let finish: (v: number) => void = () => undefined;
    const work = new Promise<number>((resolve) => {
      finish = resolve;
    });
    const shown = showWhileSlow(slow, work, 600);
    vi.advanceTimersByTime(599);
    expect(slow.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(slow.textContent).toBe(OPENING_MESSAGE);
    finish(2);
    await expect(shown).resolves.toBe(2);
  });
});

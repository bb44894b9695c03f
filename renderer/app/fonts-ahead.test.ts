// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFontsWhileWaiting } from './fonts-ahead';

/** The hidden lines laid out, as the probe's offsetWidth is read (jsdom lays nothing out). */
function watchLayouts() {
  const laidOut: string[] = [];
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    laidOut.push(`${this.style.fontWeight}:${this.textContent}`);
    return 0;
  });
  return laidOut;
}

describe('loadFontsWhileWaiting', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('lays out Chinese in both weights, one a task, when the reads are still out, and leaves nothing behind', async () => {
    vi.useFakeTimers();
    const laidOut = watchLayouts();
    loadFontsWhileWaiting(new Promise(() => undefined), 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(laidOut).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(laidOut).toEqual(['400:公开台账']);
    vi.advanceTimersToNextTimer();
    expect(laidOut).toEqual(['400:公开台账', '600:公开台账']);
    expect(document.body.children).toHaveLength(0);
  });

  it('stops between the weights when the reads come in', async () => {
    vi.useFakeTimers();
    const laidOut = watchLayouts();
    let arrive: (value?: unknown) => void = () => undefined;
    loadFontsWhileWaiting(
      new Promise((resolve) => {
        arrive = resolve;
      }),
      250,
    );
    vi.advanceTimersToNextTimer();
    arrive();
    await vi.advanceTimersByTimeAsync(100);
    expect(laidOut).toEqual(['400:公开台账']);
  });

  it('does nothing when the reads are in before then, or failed', async () => {
    vi.useFakeTimers();
    const laidOut = watchLayouts();
    loadFontsWhileWaiting(Promise.resolve(), 250);
    loadFontsWhileWaiting(Promise.reject(new Error('read failed')), 250);
    await vi.advanceTimersByTimeAsync(1000);
    expect(laidOut).toEqual([]);
  });
});

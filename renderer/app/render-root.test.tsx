// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoot } from './render-root';
import { PARTS, SlowParts, startTicking, stopTicking, ticksAcrossParts } from './render-slices.fixture';

describe('renderRoot', () => {
  afterEach(() => stopTicking());

  it('renders a slow tree in slices: timers run between its parts before it is on screen', async () => {
    startTicking();
    const container = document.createElement('div');
    const root = renderRoot(container, <SlowParts />);
    for (let i = 0; i < 200 && container.querySelectorAll('li').length < PARTS.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.querySelectorAll('li')).toHaveLength(PARTS.length);
    // 40 parts of 2 ms, React's slices ~5 ms: the timer ran between them. Rendered in one task
    // (createRoot().render outside a transition), every part saw the same count.
    const { parts, spread } = ticksAcrossParts();
    expect(parts).toBe(PARTS.length);
    expect(spread).toBeGreaterThan(2);
    root.unmount();
  });
});

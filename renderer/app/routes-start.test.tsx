// @vitest-environment jsdom
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/model/settings';
import { PARTS, SlowParts, startTicking, stopTicking, ticksAcrossParts } from './render-slices.fixture';
import { page, prefetchStartPage, RoutePage } from './routes';

// Not an act() environment: act would render a transition at once, and slices are what is checked.

async function until(test: () => boolean) {
  for (let i = 0; i < 300 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the page a start opens on', () => {
  afterEach(() => stopTicking());

  it('is drawn in slices when its first reads come in after the app was drawn', async () => {
    const start = page(
      async () => ({ default: SlowParts }),
      async () => ({ prefetch: () => new Promise<void>((resolve) => setTimeout(resolve, 50)) }),
    );
    void prefetchStartPage(start, {} as AppSettings);
    const container = document.createElement('div');
    const root = createRoot(container);
    root.render(<RoutePage page={start} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Still waiting for its reads: the page is not drawn yet.
    expect(container.querySelectorAll('li')).toHaveLength(0);
    startTicking();
    await until(() => container.querySelectorAll('li').length === PARTS.length);
    expect(container.querySelectorAll('li')).toHaveLength(PARTS.length);
    // 40 parts of 2 ms in React's ~5 ms slices: the timer ran between them. Drawn in one task
    // (outside a transition), every part saw the same count.
    const { parts, spread } = ticksAcrossParts();
    expect(parts).toBe(PARTS.length);
    expect(spread).toBeGreaterThan(2);
    root.unmount();
  });
});

// @vitest-environment jsdom
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/model/settings';
import { page, prefetchStartPage, RoutePage } from './routes';

// Not an act() environment: act would render a transition at once, and slices are what is checked.

/** Macrotasks run so far: a timer counts them while a render is under way. */
let ticks = 0;
let ticking = false;
function tick() {
  ticks += 1;
  if (ticking) setTimeout(tick, 0);
}
const seen: number[] = [];

/** A part of a page whose render is slow (2 ms: the dashboard's figures at county scale). */
function Part({ n }: { n: number }) {
  const end = performance.now() + 2;
  while (performance.now() < end) {
    // busy
  }
  seen.push(ticks);
  return <li>{n}</li>;
}
const PARTS = Array.from({ length: 40 }, (_, n) => `part-${n}`);
function SlowPage() {
  return (
    <ul>
      {PARTS.map((key, n) => (
        <Part key={key} n={n} />
      ))}
    </ul>
  );
}

async function until(test: () => boolean) {
  for (let i = 0; i < 300 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the page a start opens on', () => {
  afterEach(() => {
    ticking = false;
  });

  it('is drawn in slices when its first reads come in after the app was drawn', async () => {
    const start = page(
      async () => ({ default: SlowPage }),
      async () => ({ prefetch: () => new Promise<void>((resolve) => setTimeout(resolve, 50)) }),
    );
    void prefetchStartPage(start, {} as AppSettings);
    const container = document.createElement('div');
    const root = createRoot(container);
    root.render(<RoutePage page={start} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Still waiting for its reads: the page is not drawn yet.
    expect(container.querySelectorAll('li')).toHaveLength(0);
    ticking = true;
    setTimeout(tick, 0);
    await until(() => container.querySelectorAll('li').length === PARTS.length);
    expect(container.querySelectorAll('li')).toHaveLength(PARTS.length);
    // 40 parts of 2 ms in React's ~5 ms slices: the timer ran between them. Drawn in one task
    // (outside a transition), every part saw the same count.
    expect(seen).toHaveLength(PARTS.length);
    expect((seen.at(-1) ?? 0) - (seen[0] ?? 0)).toBeGreaterThan(2);
    root.unmount();
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoot } from './render-root';

/** Macrotasks run so far: a timer counts them while a render is under way. */
let ticks = 0;
let ticking = false;
function tick() {
  ticks += 1;
  if (ticking) setTimeout(tick, 0);
}
/** What each part saw of `ticks` as it rendered. */
const seen: number[] = [];

/** A part whose render is slow (2 ms, as the dashboard's figures at county scale). */
function Part({ n }: { n: number }) {
  const end = performance.now() + 2;
  while (performance.now() < end) {
    // busy
  }
  seen.push(ticks);
  return <li>{n}</li>;
}

const PARTS = Array.from({ length: 40 }, (_, n) => `part-${n}`);

describe('renderRoot', () => {
  afterEach(() => {
    ticking = false;
  });

  it('renders a slow tree in slices: timers run between its parts before it is on screen', async () => {
    ticking = true;
    setTimeout(tick, 0);
    const container = document.createElement('div');
    const root = renderRoot(
      container,
      <ul>
        {PARTS.map((key, n) => (
          <Part key={key} n={n} />
        ))}
      </ul>,
    );
    for (let i = 0; i < 200 && container.querySelectorAll('li').length < PARTS.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.querySelectorAll('li')).toHaveLength(PARTS.length);
    // 40 parts of 2 ms, React's slices ~5 ms: the timer ran between them. Rendered in one task
    // (createRoot().render outside a transition), every part saw the same count.
    expect(seen).toHaveLength(PARTS.length);
    expect((seen.at(-1) ?? 0) - (seen[0] ?? 0)).toBeGreaterThan(2);
    root.unmount();
  });
});

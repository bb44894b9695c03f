/**
 * For tests that a render is done in slices (a transition) rather than in one task: a tree of slow
 * parts, and a timer counting macrotasks while it renders. Rendered in one task, every part sees the
 * same count; in slices, the timer runs between them (render-root.test.tsx, routes-start.test.tsx).
 */
let ticks = 0;
let ticking = false;
function tick() {
  ticks += 1;
  if (ticking) setTimeout(tick, 0);
}
/** What each part saw of the count as it rendered. */
const seen: number[] = [];

/** Starts counting macrotasks (and forgets what the parts saw before). */
export function startTicking() {
  seen.length = 0;
  ticking = true;
  setTimeout(tick, 0);
}

export function stopTicking() {
  ticking = false;
}

/** How many macrotasks ran between the first part's render and the last one's; and how many rendered. */
export function ticksAcrossParts(): { parts: number; spread: number } {
  return { parts: seen.length, spread: (seen.at(-1) ?? 0) - (seen[0] ?? 0) };
}

/** A part whose render is slow (2 ms: the dashboard's figures at county scale). */
function Part({ n }: { n: number }) {
  const end = performance.now() + 2;
  while (performance.now() < end) {
    // busy
  }
  seen.push(ticks);
  return <li>{n}</li>;
}

export const PARTS = Array.from({ length: 40 }, (_, n) => `part-${n}`);

/** 40 slow parts in a list: ≈80 ms of rendering. */
export function SlowParts() {
  return (
    <ul>
      {PARTS.map((key, n) => (
        <Part key={key} n={n} />
      ))}
    </ul>
  );
}

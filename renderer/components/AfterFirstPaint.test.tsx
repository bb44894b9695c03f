// @vitest-environment jsdom
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfterFirstPaint } from './AfterFirstPaint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Frames to paint: each runs the callbacks asked for before it (requestAnimationFrame). */
let frames: FrameRequestCallback[] = [];
async function paint() {
  const due = frames;
  frames = [];
  await act(async () => {
    for (const f of due) f(0);
    vi.runAllTimers();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A part not ready until released: it suspends on its promise until then. */
function suspended() {
  const state: { ready: boolean; release: () => void; promise: Promise<void> } = {
    ready: false,
    release: () => undefined,
    promise: Promise.resolve(),
  };
  state.promise = new Promise<void>((resolve) => {
    state.release = () => {
      state.ready = true;
      resolve();
    };
  });
  return state;
}
function SuspendedPart({ until }: { until: ReturnType<typeof suspended> }) {
  if (!until.ready) throw until.promise;
  return <b>letters</b>;
}

describe('AfterFirstPaint: a part below the first screen drawn after the page is painted (issue 17)', () => {
  it('after the first paint; with frames={2} after the paint that follows it, in a task of its own', async () => {
    const el = document.createElement('div');
    const root = createRoot(el);
    await act(async () =>
      root.render(
        <>
          <AfterFirstPaint placeholder={<i>pattern…</i>}>
            <b>pattern</b>
          </AfterFirstPaint>
          <AfterFirstPaint frames={2} placeholder={<i>guide…</i>}>
            <b>guide</b>
          </AfterFirstPaint>
        </>,
      ),
    );
    expect(el.textContent).toBe('pattern…guide…');
    await paint();
    expect(el.textContent).toBe('patternguide…');
    await paint();
    expect(el.textContent).toBe('patternguide');
    await act(async () => root.unmount());
  });

  it('draws its part in a transition (in slices, not one task): what was shown stays until the part is ready', async () => {
    // A part that is not ready at once (it suspends): drawn in a transition, React keeps the
    // placeholder on screen meanwhile; drawn as an ordinary update, the Suspense fallback would
    // replace it — the difference shows the update's kind.
    const part = suspended();
    const el = document.createElement('div');
    const root = createRoot(el);
    await act(async () =>
      root.render(
        <Suspense fallback={<i>fallback</i>}>
          <AfterFirstPaint placeholder={<i>letters…</i>}>
            <SuspendedPart until={part} />
          </AfterFirstPaint>
        </Suspense>,
      ),
    );
    expect(el.textContent).toBe('letters…');
    await paint();
    expect(el.textContent).toBe('letters…');
    await act(async () => {
      part.release();
      await part.promise;
    });
    await act(async () => vi.runAllTimers());
    expect(el.textContent).toBe('letters');
    await act(async () => root.unmount());
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { stubMatchMedia } from '../components/antd-shape';
import { warmUp } from './WarmUp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
// jsdom has no matchMedia (antd's table asks for the screen size).
stubMatchMedia();

describe('the warm-up of a register page’s components (issue 17)', () => {
  it('draws a table outside the document, then unmounts it; the page never holds it', async () => {
    const seen: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && n.querySelector('.ant-table')) seen.push(n.outerHTML);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    let drawnTable = false;
    // The detached element the warm-up draws into: watched for the table it holds while drawn.
    const host = document.createElement('div');
    const done = warmUp(host);
    const poll = setInterval(() => {
      if (host.querySelector('.ant-table-row')) drawnTable = true;
    }, 1);
    await done;
    clearInterval(poll);
    watch.disconnect();
    expect(drawnTable).toBe(true);
    expect(host.isConnected).toBe(false);
    // Unmounted once drawn.
    expect(host.childElementCount).toBe(0);
    expect(seen).toEqual([]);
    expect(document.querySelector('.ant-table')).toBeNull();
  });

  it('a failure while drawing ends the warm-up quietly', async () => {
    const saved = window.matchMedia;
    // antd's table asks for the screen size: without matchMedia it throws while drawing.
    (window as { matchMedia?: unknown }).matchMedia = undefined;
    // React reports the caught error on the window; kept off the test runner's output.
    const onError = (e: ErrorEvent) => e.preventDefault();
    window.addEventListener('error', onError);
    try {
      // Resolves only once the failure ended it (a warm-up that never ends would time the test out).
      await expect(warmUp()).resolves.toBeUndefined();
    } finally {
      window.matchMedia = saved;
      window.removeEventListener('error', onError);
    }
  });
});

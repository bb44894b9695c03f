/**
 * The system's Chinese fonts loaded while the start waits for slow first reads (issue 17). The first
 * layout of the app loads the regular and the bold Chinese face (70–110 ms each on the bench PC: the
 * first layout was a task of 200–310 ms, the start's longest at county scale). When the first page's
 * reads are still out after `afterMs` — a county's years — the main thread is idle until they come
 * in, and a hidden line of Chinese in both weights laid out then loads the faces in that wait; the
 * app's first layout finds them loaded. Quick reads (a bureau's, 100–200 ms) are not waited on for it:
 * laid out beside them, the fonts' loading delayed the first screen (docs/performance.md, sixteenth
 * and eighteenth passes).
 */
export function loadFontsWhileWaiting(
  pending: Promise<unknown>,
  afterMs: number,
  doc: Pick<Document, 'createElement' | 'body'> = document,
): void {
  let done = false;
  const settle = () => {
    done = true;
  };
  pending.then(settle, settle);
  // One weight a task: each face's loading is a task of ≈100 ms, not one of 200 ms.
  const layOut = (weights: readonly string[]) => {
    const [weight, ...rest] = weights;
    if (done || !doc.body || !weight) return;
    const probe = doc.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    // The app's font (antd's variable), out of sight, in the weight of its text or of its titles.
    probe.style.cssText = `position:absolute;left:-10000px;top:0;visibility:hidden;white-space:nowrap;font-family:var(--ant-font-family);font-weight:${weight}`;
    probe.textContent = '公开台账';
    doc.body.appendChild(probe);
    // Laid out now (the layout loads the face), then removed.
    void probe.offsetWidth;
    probe.remove();
    if (rest.length > 0) setTimeout(() => layOut(rest), 0);
  };
  setTimeout(() => layOut(['400', '600']), afterMs);
}

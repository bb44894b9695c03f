import { getTargetScrollBarSize } from '@rc-component/util/es/getScrollBarSize';

/**
 * Takes antd's scrollbar measurement for drawers ahead, in idle time after the start (issue 17). A
 * drawer measures the page's scrollbar when it opens (its scroll lock); the build keeps the answer per
 * the measurement's inputs (the element's scrollbar styles and the zoom: scripts/antd-patches.ts), so
 * only the first opening of the app's life would pay it — a forced style recalculation and layout,
 * 10–20 ms, on the officer's first click on a record. A plain element has the inputs of the page's
 * body (the app styles no scrollbar), so measuring one here answers the drawers'.
 */
export function measureScrollbarAhead(doc: Document = document): void {
  const probe = doc.createElement('div');
  probe.style.cssText = 'position: absolute; visibility: hidden; pointer-events: none';
  doc.body.appendChild(probe);
  try {
    getTargetScrollBarSize(probe);
  } finally {
    probe.remove();
  }
}

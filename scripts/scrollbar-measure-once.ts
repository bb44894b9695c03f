import type { Plugin } from 'vite';

/**
 * antd's tables and drawers measure the scrollbar on every mount (issue 17): rc-table on each
 * table's first render, the drawer's scroll lock on each opening (@rc-component/util
 * `getTargetScrollBarSize`). Each measurement reads the element's computed style, inserts and removes
 * a <style> element and a scrolling <div>, and reads its size: two full style recalculations and a
 * layout, forced in the middle of React's commit — 15–45 ms a time in the profiles, more the more
 * styles the page holds. The answer depends only on the scrollbar styles of the element, which the
 * app never varies between elements of one kind, so it is measured once per tag and class name
 * for the app's life.
 */
export const SCROLLBAR_MODULE = /[\\/]@rc-component[\\/]util[\\/]es[\\/]getScrollBarSize\.js$/;
const ORIGINAL = 'export function getTargetScrollBarSize(target) {';

export function measureScrollbarOnce(code: string): string {
  if (!code.includes(ORIGINAL))
    throw new Error(
      'scrollbar-measure-once: @rc-component/util changed its getTargetScrollBarSize; check the patch (scripts/scrollbar-measure-once.ts)',
    );
  return `${code.replace(ORIGINAL, 'function measureTargetScrollBarSize(target) {')}
// Measured once per kind of element (Disclosure Desk, scripts/scrollbar-measure-once.ts).
const measuredByKind = new Map();
export function getTargetScrollBarSize(target) {
  if (typeof document === 'undefined' || !target || !(target instanceof Element)) return measureTargetScrollBarSize(target);
  const kind = target.tagName + '.' + target.className;
  let size = measuredByKind.get(kind);
  if (!size) {
    size = measureTargetScrollBarSize(target);
    measuredByKind.set(kind, size);
  }
  return size;
}
`;
}

export function scrollbarMeasureOnce(): Plugin {
  return {
    name: 'scrollbar-measure-once',
    enforce: 'pre',
    transform: (code, id) =>
      SCROLLBAR_MODULE.test(id.split('?')[0] ?? '') ? measureScrollbarOnce(code) : undefined,
  };
}

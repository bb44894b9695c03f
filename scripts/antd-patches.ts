import type { Plugin } from 'vite';

/**
 * Two measurements antd makes on every render, patched at build time (issue 17). Each patch checks
 * the code it replaces is still there and fails the build otherwise, so an upgrade of antd or
 * @rc-component/util cannot silently drop it (test/unit/antd-patches.test.ts runs both).
 */

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

/**
 * antd's Form.Item asks whether its element is visible (`isVisible`: a layout read, forced in the
 * middle of rendering) on every render of every item, for one purpose: to measure its bottom margin
 * again once it shows an error. Without an error the answer is never used; the report and settings
 * pages render dozens of items (22 ms of forced layout in one render of the report page). Asked only
 * while the item has an error; the margin is measured as before.
 */
export const FORM_ITEM_MODULE = /[\\/]antd[\\/]es[\\/]form[\\/]FormItem[\\/]ItemHolder\.js$/;
const VISIBILITY = 'const isOnScreen = !!itemRef.current && isVisible(itemRef.current);';

export function visibilityOnErrorOnly(code: string): string {
  if (!code.includes(VISIBILITY))
    throw new Error(
      'form-item visibility: antd changed Form.Item (ItemHolder.js); check the patch (scripts/antd-patches.ts)',
    );
  return code.replace(
    VISIBILITY,
    'const isOnScreen = hasError && !!itemRef.current && isVisible(itemRef.current); // Disclosure Desk: scripts/antd-patches.ts',
  );
}

export function antdPatches(): Plugin {
  return {
    name: 'antd-patches',
    enforce: 'pre',
    transform: (code, id) => {
      const file = id.split('?')[0] ?? '';
      if (SCROLLBAR_MODULE.test(file)) return measureScrollbarOnce(code);
      if (FORM_ITEM_MODULE.test(file)) return visibilityOnErrorOnly(code);
      return undefined;
    },
  };
}

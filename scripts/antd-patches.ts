import type { Plugin } from 'vite';

/**
 * Work antd repeats on every render, mount or page switch, patched at build time (issue 17). Each
 * patch checks the code it replaces is still there and fails the build otherwise, so an upgrade of
 * antd, @rc-component/util, @rc-component/table or @ant-design/cssinjs cannot silently drop it
 * (test/unit/antd-patches.test.ts runs each).
 */

/**
 * antd's tables and drawers measure the scrollbar on every mount (issue 17): rc-table on each
 * table's first render, the drawer's scroll lock on each opening (@rc-component/util
 * `getTargetScrollBarSize`). Each measurement reads the element's computed style, inserts and removes
 * a <style> element and a scrolling <div>, and reads its size: two full style recalculations and a
 * layout, forced in the middle of React's commit — 15–45 ms a time in the profiles, more the more
 * styles the page holds. The measurement's only inputs are the element's scrollbar styles
 * (`scrollbar-color`, `scrollbar-width`, the `::-webkit-scrollbar` width and height) and the zoom, so
 * its answer is kept per those inputs for the app's life: the same answer, measured once.
 * `measureScrollbarAhead` (renderer/app/scrollbar.ts) takes that one measurement in idle time after
 * the start, so the first table the officer opens does not pay it.
 */
export const SCROLLBAR_MODULE = /[\\/]@rc-component[\\/]util[\\/]es[\\/]getScrollBarSize\.js$/;
const ORIGINAL = 'export function getTargetScrollBarSize(target) {';

export function measureScrollbarOnce(code: string): string {
  if (!code.includes(ORIGINAL))
    throw new Error(
      'scrollbar-measure-once: @rc-component/util changed its getTargetScrollBarSize; check the patch (scripts/antd-patches.ts)',
    );
  return `${code.replace(ORIGINAL, 'function measureTargetScrollBarSize(target) {')}
// Kept per the measurement's inputs (Disclosure Desk, scripts/antd-patches.ts).
const measuredByStyle = new Map();
export function getTargetScrollBarSize(target) {
  if (typeof document === 'undefined' || !target || !(target instanceof Element)) return measureTargetScrollBarSize(target);
  const style = getComputedStyle(target);
  const bar = getComputedStyle(target, '::-webkit-scrollbar');
  const key = [style.scrollbarColor, style.scrollbarWidth, bar.width, bar.height, window.devicePixelRatio].join('|');
  let size = measuredByStyle.get(key);
  if (!size) {
    size = measureTargetScrollBarSize(target);
    measuredByStyle.set(key, size);
  }
  return size;
}
`;
}

/**
 * rc-table measures the scrollbar when every table mounts and stores the width in state — a second
 * render of the table, and a context change, at once — though the width is used only by a table with
 * a fixed header (`scroll.y`) or a sticky one (the header's last column and its scroll bar). The app
 * has neither, so every register, the dashboard and the report paid a forced style recalculation and
 * layout for nothing (9–27 ms on the dashboard's first visit). Measured now only while the table has a
 * fixed or sticky header, when it gets one as well as at mount.
 */
export const TABLE_MODULE = /[\\/]@rc-component[\\/]table[\\/]es[\\/]Table\.js$/;
const TABLE_MEASURE = `  const [scrollbarSize, setScrollbarSize] = React.useState(0);
  useLayoutEffect(() => {
    if (!tailor || !useInternalHooks) {`;
const TABLE_MEASURE_END = `    }
  }, []);`;

export function scrollbarForFixedHeaderOnly(code: string): string {
  const at = code.indexOf(TABLE_MEASURE);
  const end = at < 0 ? -1 : code.indexOf(TABLE_MEASURE_END, at);
  if (
    at < 0 ||
    end < 0 ||
    !/const fixHeader = /.test(code.slice(0, at)) ||
    !/isSticky/.test(code.slice(0, at))
  )
    throw new Error(
      'table scrollbar: @rc-component/table changed its scrollbar measurement; check the patch (scripts/antd-patches.ts)',
    );
  return `${code.slice(0, at)}  const [scrollbarSize, setScrollbarSize] = React.useState(0);
  const measuresScrollbar = !!(fixHeader || isSticky); // Disclosure Desk: scripts/antd-patches.ts
  useLayoutEffect(() => {
    if (measuresScrollbar && (!tailor || !useInternalHooks)) {${code.slice(at + TABLE_MEASURE.length, end)}    }
  }, [measuresScrollbar]);${code.slice(end + TABLE_MEASURE_END.length)}`;
}

/**
 * antd gives each kind of component a <style> of CSS variables while one is on screen
 * (@ant-design/cssinjs `useCSSVarRegister`, through `useGlobalCache`): the last table, select or date
 * field to leave the page removes its kind's <style>, and the next to appear computes and inserts it
 * again. Every page switch inserted and removed 17–22 of them, each a change of the document's style
 * sheets for the browser to take in, and the variables computed again each time. The app has one theme
 * for its life, so a kind's variables, once made, are kept (the style and the cached value): a
 * <style> per kind of component, about 70 at most.
 */
export const CSS_VAR_CACHE_MODULE = /[\\/]@ant-design[\\/]cssinjs[\\/]es[\\/]hooks[\\/]useGlobalCache\.js$/;
const LAST_USER_GONE = `        if (nextCount === 0) {
          onCacheRemove?.(cache, false);`;

export function keepCssVariables(code: string): string {
  if (!code.includes(LAST_USER_GONE) || !code.includes('export default function useGlobalCache(prefix,'))
    throw new Error(
      'css variables: @ant-design/cssinjs changed useGlobalCache; check the patch (scripts/antd-patches.ts)',
    );
  return code.replace(
    LAST_USER_GONE,
    `        if (nextCount === 0 && prefix === 'cssVar') {
          // Disclosure Desk (scripts/antd-patches.ts): a kind's CSS variables are kept.
          effectMap.delete(fullPathStr);
          return [0, cache];
        }
${LAST_USER_GONE}`,
  );
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

/**
 * antd's Form.Item measures its `extra` (the hint under a field) as it is drawn — `clientHeight` read
 * in a layout effect, a forced layout of the whole page in the middle of React's commit — for one
 * purpose: the room it keeps under the field while an error message shows (`marginBottom` is set only
 * then; without it the height is never used). A register's form has two or three hints: the forced
 * layout was ≈50 ms of the publication form's 新增, and 22–72 ms of the catalogue's numbering rule
 * (issue 17). Measured only while that room is kept, and again whenever it changes.
 */
export const FORM_ITEM_INPUT_MODULE = /[\\/]antd[\\/]es[\\/]form[\\/]FormItemInput\.js$/;
const EXTRA_MEASURE = `  useLayoutEffect(() => {
    if (hasExtra && extraRef.current) {
      setExtraHeight(extraRef.current.clientHeight);
    } else {
      setExtraHeight(0);
    }
  }, [extra, hasExtra]);`;

export function extraMeasuredOnErrorOnly(code: string): string {
  if (!code.includes(EXTRA_MEASURE))
    throw new Error(
      'form-item extra: antd changed Form.Item (FormItemInput.js); check the patch (scripts/antd-patches.ts)',
    );
  return code.replace(
    EXTRA_MEASURE,
    `  useLayoutEffect(() => {
    // Disclosure Desk (scripts/antd-patches.ts): the height is used only while marginBottom is set.
    if (!marginBottom) return;
    if (hasExtra && extraRef.current) {
      setExtraHeight(extraRef.current.clientHeight);
    } else {
      setExtraHeight(0);
    }
  }, [extra, hasExtra, marginBottom]);`,
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
      if (FORM_ITEM_INPUT_MODULE.test(file)) return extraMeasuredOnErrorOnly(code);
      if (TABLE_MODULE.test(file)) return scrollbarForFixedHeaderOnly(code);
      if (CSS_VAR_CACHE_MODULE.test(file)) return keepCssVariables(code);
      return undefined;
    },
  };
}

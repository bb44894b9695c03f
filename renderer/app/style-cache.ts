import { createCache } from '@ant-design/cssinjs';

/** antd's style cache (@ant-design/cssinjs, antd's own dependency) as StyleProvider takes it. */
export type StyleCache = ReturnType<typeof createCache>;

/**
 * antd's style cache, changed so a component type's generated styles outlive its last instance
 * (issue 17). antd counts the users of each component style; when the last table (say) unmounts —
 * every page switch away from a register — the entry is dropped, and the next table on screen
 * generates, serialises and hashes the same styles again (styleFn + parseStyle: a third of a list
 * open in the CPU profile). The <style> element itself stays in the document in production either
 * way (antd removes component styles only on hot reload), so keeping the entry keeps nothing the
 * page does not already hold. Only component styles ('style%…') are kept here: a CSS-variable entry
 * removes its own <style> inside the update this wrapper sees (before it could keep the entry), so
 * those are kept by a build patch of @ant-design/cssinjs instead (`keepCssVariables` in
 * scripts/antd-patches.ts); the theme's token entry is used for the app's life anyway.
 */
export function createPinnedStyleCache(): StyleCache {
  const cache = createCache();
  const update = cache.opUpdate.bind(cache);
  cache.opUpdate = (key, valueFn) =>
    update(key, (prev) => {
      const next = valueFn(prev);
      // [users, value]: null means "no users left, forget it" — kept with no users instead.
      return next === null && prev && key.startsWith('style%') ? [0, prev[1]] : next;
    });
  return cache;
}

/** The app's style cache: component styles generated once per app life (App.tsx, WarmUp.tsx). */
export const APP_STYLE_CACHE = createPinnedStyleCache();

import { describe, expect, it } from 'vitest';
import { createPinnedStyleCache } from './style-cache';

// antd's useGlobalCache: +1 user on mount, −1 on unmount, null (= drop the entry) at no users.
const mount = (prev: [number, unknown] | null): [number, unknown] => [
  (prev?.[0] ?? 0) + 1,
  prev?.[1] ?? 'css',
];
const unmount = (prev: [number, unknown] | null): [number, unknown] | null =>
  prev && prev[0] > 1 ? [prev[0] - 1, prev[1]] : null;

describe('pinned antd style cache (issue 17)', () => {
  it("keeps a component's generated styles after its last user unmounts", () => {
    const cache = createPinnedStyleCache();
    const key = 'style%hash%ant-table';
    cache.opUpdate(key, mount);
    cache.opUpdate(key, mount);
    cache.opUpdate(key, unmount);
    cache.opUpdate(key, unmount);
    // antd's own cache would hold null here and generate the styles again on the next mount.
    expect(cache.opGet(key)).toEqual([0, 'css']);
    cache.opUpdate(key, mount);
    expect(cache.opGet(key)).toEqual([1, 'css']);
  });

  it('drops token and CSS-variable entries as antd does (they remove their own <style>)', () => {
    const cache = createPinnedStyleCache();
    for (const key of ['token%salt%1', 'cssVar%ant-table%key']) {
      cache.opUpdate(key, mount);
      cache.opUpdate(key, unmount);
      expect(cache.opGet(key)).toBeNull();
    }
  });
});

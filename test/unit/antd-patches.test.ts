// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  FORM_ITEM_MODULE,
  measureScrollbarOnce,
  SCROLLBAR_MODULE,
  visibilityOnErrorOnly,
} from '../../scripts/antd-patches';

/**
 * The build's patch of antd's scrollbar measurement (issue 17), applied to the installed
 * @rc-component/util: fails when an upgrade changes the function, and runs the patched module to
 * show one measurement per kind of element instead of one per table or drawer.
 */
const file = createRequire(import.meta.url)
  .resolve('@rc-component/util/es/getScrollBarSize.js')
  .replace(/\\/g, '/');

function load(code: string) {
  const body = code
    .replace(/^import .*$/gm, '')
    .replace(/^export default function/gm, 'function')
    .replace(/^export function/gm, 'function');
  return new Function('updateCSS', 'removeCSS', `${body}\nreturn { getTargetScrollBarSize };`)(
    () => undefined,
    () => undefined,
  ) as { getTargetScrollBarSize: (e: Element) => { width: number; height: number } };
}

describe('scrollbar measured once per kind of element', () => {
  const original = readFileSync(file, 'utf8');

  it('the build recognises the installed module and patches it', () => {
    expect(SCROLLBAR_MODULE.test(file)).toBe(true);
    expect(() => measureScrollbarOnce(original)).not.toThrow();
    expect(() => measureScrollbarOnce(original.replace('getTargetScrollBarSize', 'renamed'))).toThrow(
      /changed/,
    );
  });

  it('measures a table body once, another kind of element once more', () => {
    const count = (code: string) => {
      const { getTargetScrollBarSize } = load(code);
      let measured = 0;
      const append = document.body.appendChild.bind(document.body);
      document.body.appendChild = <T extends Node>(n: T) => {
        if ((n as unknown as Element).id?.startsWith('rc-scrollbar-measure')) measured++;
        return append(n);
      };
      const body = document.createElement('div');
      body.className = 'ant-table-body';
      const other = document.createElement('div');
      other.className = 'ant-table-body';
      getTargetScrollBarSize(body);
      getTargetScrollBarSize(other);
      getTargetScrollBarSize(body);
      getTargetScrollBarSize(document.body);
      document.body.appendChild = append;
      return measured;
    };
    expect(count(original)).toBe(4);
    expect(count(measureScrollbarOnce(original))).toBe(2);
  });
});

describe('Form.Item asks for its visibility only while it shows an error', () => {
  const file = createRequire(import.meta.url)
    .resolve('antd/es/form/FormItem/ItemHolder.js')
    .replace(/\\/g, '/');
  const original = readFileSync(file, 'utf8');

  it('the build recognises the installed module and patches it', () => {
    expect(FORM_ITEM_MODULE.test(file)).toBe(true);
    const patched = visibilityOnErrorOnly(original);
    expect(patched).toContain(
      'const isOnScreen = hasError && !!itemRef.current && isVisible(itemRef.current);',
    );
    // What the answer is for: the margin measured again while an error shows, as before.
    expect(patched).toMatch(/useLayoutEffect\(\(\) => \{\s*if \(hasError && itemRef\.current\)/);
    expect(() => visibilityOnErrorOnly(original.replace('isVisible(itemRef.current)', 'other()'))).toThrow(
      /changed/,
    );
  });
});

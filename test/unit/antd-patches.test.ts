// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CSS_VAR_CACHE_MODULE,
  extraMeasuredOnErrorOnly,
  FORM_ITEM_INPUT_MODULE,
  FORM_ITEM_MODULE,
  keepCssVariables,
  measureScrollbarOnce,
  SCROLLBAR_MODULE,
  scrollbarForFixedHeaderOnly,
  TABLE_MODULE,
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

/** An installed module's path (forward slashes) and its text, as the build's transform sees them. */
function installed(spec: string) {
  const path = createRequire(import.meta.url)
    .resolve(spec)
    .replace(/\\/g, '/');
  return { file: path, original: readFileSync(path, 'utf8') };
}

describe('scrollbar measured once per set of scrollbar styles', () => {
  const original = readFileSync(file, 'utf8');

  it('the build recognises the installed module and patches it', () => {
    expect(SCROLLBAR_MODULE.test(file)).toBe(true);
    expect(() => measureScrollbarOnce(original)).not.toThrow();
    expect(() => measureScrollbarOnce(original.replace('getTargetScrollBarSize', 'renamed'))).toThrow(
      /changed/,
    );
  });

  it('measures elements with the same scrollbar styles once, other styles or another zoom again', () => {
    // jsdom computes no scrollbar styles: each element's are given here, by its data-bar attribute.
    const styles: Record<string, { scrollbarColor: string; scrollbarWidth: string; bar: string }> = {
      plain: { scrollbarColor: 'auto', scrollbarWidth: 'auto', bar: 'auto' },
      thin: { scrollbarColor: 'auto', scrollbarWidth: 'thin', bar: 'auto' },
      webkit: { scrollbarColor: 'auto', scrollbarWidth: 'auto', bar: '8px' },
    };
    const realStyle = window.getComputedStyle;
    window.getComputedStyle = ((el: Element, pseudo?: string | null) => {
      const s = styles[el.getAttribute('data-bar') ?? 'plain'] ?? styles.plain;
      return pseudo
        ? ({ width: s?.bar, height: s?.bar } as CSSStyleDeclaration)
        : ({ scrollbarColor: s?.scrollbarColor, scrollbarWidth: s?.scrollbarWidth } as CSSStyleDeclaration);
    }) as typeof window.getComputedStyle;
    const element = (bar: string, className = 'ant-table-content') => {
      const e = document.createElement('div');
      e.className = className;
      e.setAttribute('data-bar', bar);
      return e;
    };
    const count = (code: string) => {
      const { getTargetScrollBarSize } = load(code);
      let measured = 0;
      const append = document.body.appendChild.bind(document.body);
      document.body.appendChild = <T extends Node>(n: T) => {
        if ((n as unknown as Element).id?.startsWith('rc-scrollbar-measure')) measured++;
        return append(n);
      };
      const at = () => measured;
      const steps: number[] = [];
      try {
        // A probe, then a table body and a drawer's body with the same (no) scrollbar styles.
        getTargetScrollBarSize(element('plain', ''));
        getTargetScrollBarSize(element('plain'));
        getTargetScrollBarSize(document.body);
        steps.push(at());
        getTargetScrollBarSize(element('thin'));
        getTargetScrollBarSize(element('webkit'));
        getTargetScrollBarSize(element('thin', 'other'));
        steps.push(at());
        const ratio = window.devicePixelRatio;
        Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true });
        getTargetScrollBarSize(element('plain'));
        Object.defineProperty(window, 'devicePixelRatio', { value: ratio, configurable: true });
        steps.push(at());
      } finally {
        document.body.appendChild = append;
      }
      return steps;
    };
    try {
      expect(count(original)).toEqual([3, 6, 7]);
      expect(count(measureScrollbarOnce(original))).toEqual([1, 3, 4]);
    } finally {
      window.getComputedStyle = realStyle;
    }
  });
});

describe('Form.Item asks for its visibility only while it shows an error', () => {
  const { file, original } = installed('antd/es/form/FormItem/ItemHolder.js');

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

describe('rc-table measures the scrollbar only for a fixed or sticky header', () => {
  const { file, original } = installed('@rc-component/table/es/Table.js');

  it('the build recognises the installed module and patches it', () => {
    expect(TABLE_MODULE.test(file)).toBe(true);
    const patched = scrollbarForFixedHeaderOnly(original);
    expect(patched).toContain('const measuresScrollbar = !!(fixHeader || isSticky);');
    expect(patched).toContain('if (measuresScrollbar && (!tailor || !useInternalHooks)) {');
    expect(patched).toContain('}, [measuresScrollbar]);');
    // The measurement itself is kept as it was.
    expect(patched).toContain('setScrollbarSize(getTargetScrollBarSize(scrollBodyRef.current).width);');
    expect(patched.length - original.length).toBeLessThan(200);
    expect(() =>
      scrollbarForFixedHeaderOnly(original.replace('if (!tailor || !useInternalHooks) {', 'if (x) {')),
    ).toThrow(/changed/);
  });

  it('the width is read only where a fixed or sticky header is drawn', () => {
    // What the patch relies on: scrollbarSize feeds the fixed header (Table.js's fixHeader || isSticky
    // branch), FixedHolder (drawn only there) and an expanded row's width under a fixed header.
    const dir = file.replace(/Table\.js$/, '');
    const uses = (f: string) =>
      readFileSync(`${dir}${f}`, 'utf8')
        .split('\n')
        .filter((l) => l.includes('scrollbarSize') && !/^\s*(scrollbarSize,|\} = useContext)/.test(l));
    expect(uses('Body/ExpandedRow.js').join('\n')).toMatch(/fixHeader && !isEmpty \? scrollbarSize : 0/);
    expect(uses('FixedHolder/index.js').join('\n')).toMatch(
      /combinationScrollBarSize = isSticky && !fixHeader \? 0 : scrollbarSize/,
    );
  });
});

describe("a kind of component's CSS variables are kept once made", () => {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@ant-design/cssinjs/es/hooks/useGlobalCache.js').replace(/\\/g, '/');
  const original = readFileSync(file, 'utf8');

  it('the build recognises the installed module and patches it', () => {
    expect(CSS_VAR_CACHE_MODULE.test(file)).toBe(true);
    const patched = keepCssVariables(original);
    expect(patched).toContain("if (nextCount === 0 && prefix === 'cssVar') {");
    expect(() => keepCssVariables(original.replace('onCacheRemove?.(cache, false);', 'x();'))).toThrow(
      /changed/,
    );
    // The prefix the patch keeps is the one the CSS-variable hook registers under.
    const register = readFileSync(
      require.resolve('@ant-design/cssinjs/es/hooks/useCSSVarRegister.js'),
      'utf8',
    );
    expect(register).toContain("export const CSS_VAR_PREFIX = 'cssVar';");
    expect(register).toContain('useGlobalCache(CSS_VAR_PREFIX,');
  });

  it('the last user leaving keeps a cssVar entry (and does not remove its style); other kinds go', () => {
    // The cleanup step of useGlobalCache, run on the cache value it keeps: [users, value].
    const cleanup = (code: string, prefix: string) => {
      const body = code.slice(
        code.indexOf('const nextCount = times - 1;'),
        code.indexOf('return [times - 1, cache];'),
      );
      const removed: unknown[] = [];
      const fn = new Function(
        'prefix',
        'times',
        'cache',
        'onCacheRemove',
        'effectMap',
        'fullPathStr',
        `${body}\nreturn [times - 1, cache];`,
      );
      const result = fn(prefix, 1, 'vars', (c: unknown) => removed.push(c), new Map(), 'k');
      return { result, removed };
    };
    expect(cleanup(original, 'cssVar')).toEqual({ result: null, removed: ['vars'] });
    expect(cleanup(keepCssVariables(original), 'cssVar')).toEqual({ result: [0, 'vars'], removed: [] });
    expect(cleanup(keepCssVariables(original), 'style')).toEqual({ result: null, removed: ['vars'] });
  });
});

describe('Form.Item measures its hint (extra) only while it keeps room for an error', () => {
  const { file, original } = installed('antd/es/form/FormItemInput.js');

  it('the build recognises the installed module and patches it', () => {
    expect(FORM_ITEM_INPUT_MODULE.test(file)).toBe(true);
    const patched = extraMeasuredOnErrorOnly(original);
    // The measure skipped without marginBottom, measured again when it changes.
    expect(patched).toMatch(/useLayoutEffect\(\(\) => \{\s*\/\/[^\n]*\n\s*if \(!marginBottom\) return;/);
    expect(patched).toContain('}, [extra, hasExtra, marginBottom]);');
    // marginBottom is the component's prop, and the height is used only with it.
    expect(original).toMatch(/const \{[^}]*\bmarginBottom\b[^}]*\} = props;/);
    expect(original).toMatch(/marginBottom \? \{\s*minHeight: marginBottom \+ extraHeight\s*\} : \{\}/);
    expect(() => extraMeasuredOnErrorOnly(original.replace('extraRef.current.clientHeight', 'x'))).toThrow(
      /changed/,
    );
  });
});

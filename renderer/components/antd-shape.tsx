import { ConfigProvider } from 'antd';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { THEME } from '../app/theme';

/**
 * For tests of components that draw antd's elements without antd's components (NavMenu, Light.tsx;
 * issue 17): mounts a node in the app's theme, and describes what antd's styles see of it.
 */
export async function mountThemed(node: ReactNode): Promise<{ el: HTMLElement; unmount: () => void }> {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  await act(async () => root.render(<ConfigProvider theme={THEME}>{node}</ConfigProvider>));
  return {
    el,
    unmount: () => {
      act(() => root.unmount());
      el.remove();
    },
  };
}

/**
 * An element's tree as antd's styles see it: tags, sorted classes, roles, inline styles and leaf
 * text, in order, one line an element (an icon's SVG inside not walked).
 */
export function antdShape(root: Element | null): string {
  if (!root) return '';
  const walk = (n: Element, depth: number): string[] => [
    `${'  '.repeat(depth)}${n.tagName.toLowerCase()} [${[...n.classList].sort().join(' ')}] role=${n.getAttribute('role') ?? ''}${
      n.getAttribute('style') ? ` style="${n.getAttribute('style')}"` : ''
    }${n.children.length === 0 && n.textContent ? ` "${n.textContent}"` : ''}`,
    ...(n.tagName.toLowerCase() === 'svg' ? [] : [...n.children].flatMap((c) => walk(c, depth + 1))),
  ];
  return walk(root, 0).join('\n');
}

/** jsdom has no matchMedia, which antd's Table and Row ask for the screen's size: one that matches nothing. */
export function stubMatchMedia(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}

/**
 * A jsdom page ready for antd's forms: React's act environment, matchMedia, and a ResizeObserver
 * that observes nothing (antd's inputs with a count, text areas and pickers observe their size).
 */
export function prepareFormTestDom(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  stubMatchMedia();
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

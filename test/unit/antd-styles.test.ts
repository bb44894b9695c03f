import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME, THEME_TOKENS } from '../../renderer/app/theme';
import { antdStaticCss } from '../../scripts/antd-styles';

/**
 * antd's zero-runtime mode (issue 17): the window generates no component styles, so every component
 * the app draws must find its rules in the stylesheet the build extracts (scripts/antd-styles.ts),
 * in the app's colours. A component left out would show unstyled; this fails first.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The antd components the renderer imports by name (types and the provider left out). */
function importedComponents(): string[] {
  const names = new Set<string>();
  for (const file of sources(join(ROOT, 'renderer'))) {
    for (const [, list] of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g)) {
      for (const part of (list ?? '').split(',')) {
        const name =
          part
            .trim()
            .split(/\s+as\s+/)[0]
            ?.trim() ?? '';
        if (/^[A-Z]/.test(name) && !name.startsWith('type ') && !/(Props|Instance|Type)$/.test(name))
          names.add(name);
      }
    }
  }
  names.delete('ConfigProvider');
  return [...names].sort();
}

/** antd's class prefix of a component: ant-<kebab-case name>, with antd's own exceptions. */
const PREFIX: Record<string, string> = { DatePicker: 'picker', Button: 'btn' };
const prefixOf = (name: string) =>
  `ant-${PREFIX[name] ?? name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}`;

/** A rule for exactly this class (not only for longer names that start with it). */
const hasClass = (css: string, cls: string) => new RegExp(`\\.${cls}(?![\\w-])`).test(css);

describe('antd styles built at build time', () => {
  const css = antdStaticCss();

  it('the app runs antd without runtime styles and without theme hashes in class names', () => {
    expect(THEME.zeroRuntime).toBe(true);
    expect(THEME.hashed).toBe(false);
    expect(css).not.toMatch(/css-dev-only|:where\(\.css-/);
  });

  it('names the theme’s variables class the runtime gives its components (a fixed key, not a useId)', () => {
    expect(THEME.cssVar.key).toBe('css-var-desk');
    // The app's colours and a component's variables, on the class every component of the app carries.
    expect(css).toMatch(
      new RegExp(`\\.${THEME.cssVar.key}\\{[^}]*--ant-color-primary:${THEME_TOKENS.colorPrimary}`),
    );
    expect(css).toContain(`.${THEME.cssVar.key}.ant-table-css-var{`);
  });

  it('carries the app colours, not antd’s default blue', () => {
    expect(css).toContain(`--ant-color-primary:${THEME_TOKENS.colorPrimary}`);
    expect(css).not.toContain('--ant-color-primary:#1677ff');
  });

  it('has rules for every antd component the renderer imports', () => {
    const components = importedComponents();
    expect(components.length).toBeGreaterThan(20);
    expect(components).toContain('Table');
    const missing = components.filter((c) => !hasClass(css, prefixOf(c)));
    expect(missing).toEqual([]);
  });

  it('has rules for what antd draws inside them (table pagination and filters, popups, messages)', () => {
    for (const cls of ['ant-pagination', 'ant-dropdown', 'ant-popover', 'ant-message', 'ant-modal-confirm'])
      expect(hasClass(css, cls), cls).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importParts,
  indexParts,
  PAGE_GROUPS,
  pageGroupModules,
  staticClosure,
} from '../../scripts/start-chunks';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the start in few files (issue 17, scripts/start-chunks.ts)', () => {
  it('reads the parts antd’s and the icons’ indexes re-export', () => {
    const antd = indexParts(readFileSync(resolve(ROOT, 'node_modules/antd/es/index.js'), 'utf8'), 'antd/es');
    expect(antd.get('Button')).toBe('antd/es/button');
    expect(antd.get('Typography')).toBe('antd/es/typography');
    expect(antd.get('App')).toBe('antd/es/app');
    expect(antd.get('InputNumber')).toBe('antd/es/input-number');
    const icons = indexParts(
      readFileSync(resolve(ROOT, 'node_modules/@ant-design/icons/es/icons/index.js'), 'utf8'),
      '@ant-design/icons/es/icons',
    );
    expect(icons.get('PlusOutlined')).toBe('@ant-design/icons/es/icons/PlusOutlined');
    // Every part the app imports by name is one the index re-exports (else it stays on the index).
    expect(antd.size).toBeGreaterThan(60);
    expect(icons.size).toBeGreaterThan(400);
  });

  it('rewrites an import of named parts to one import per part, keeping the rest on the index', () => {
    const parts = new Map([
      ['Button', 'antd/es/button'],
      ['App', 'antd/es/app'],
    ]);
    expect(importParts('import { Button, App as AntApp } from "antd";\nButton;', 'antd', parts)).toBe(
      'import Button from "antd/es/button"; import AntApp from "antd/es/app";\nButton;',
    );
    expect(importParts("import { Button, theme } from 'antd'", 'antd', parts)).toBe(
      'import Button from "antd/es/button"; import { theme } from "antd";',
    );
    // Nothing to rewrite: left as it is; another package's import is not touched.
    expect(importParts('import { theme } from "antd";', 'antd', parts)).toBe('import { theme } from "antd";');
    expect(importParts('import { Button } from "antd-x";', 'antd', parts)).toBe(
      'import { Button } from "antd-x";',
    );
  });

  it('finds the modules reached through static imports, without those of the boot', () => {
    const imports: Record<string, string[]> = {
      main: ['db', 'i18n'],
      db: ['dexie'],
      i18n: ['react'],
      run: ['i18n', 'shell', 'react'],
      shell: ['button', 'db'],
      button: ['react'],
      page: ['table'],
    };
    const graph = {
      getModuleIds: () => Object.keys(imports)[Symbol.iterator](),
      getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }),
    };
    const boot = staticClosure(graph, 'main');
    expect([...boot].sort()).toEqual(['db', 'dexie', 'i18n', 'main', 'react']);
    expect([...staticClosure(graph, 'run', boot)].sort()).toEqual(['button', 'run', 'shell']);
  });

  it('groups what the pages a window opens on reach, each group without the start’s code or an earlier group’s', () => {
    const imports: Record<string, string[]> = {
      '/r/renderer/features/dashboard/DashboardPage.tsx': ['react', 'calendar', 'statistic'],
      '/r/renderer/features/dashboard/dashboard-reads.ts': ['db', 'calendar'],
      '/r/renderer/features/publications/PublicationsPage.tsx': ['calendar', 'list-table', 'form'],
      '/r/renderer/features/publications/publication-reads.ts': ['db', 'list-table'],
      form: ['date-picker'],
    };
    const graph = {
      getModuleIds: () => Object.keys(imports)[Symbol.iterator](),
      getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }),
    };
    const ids = [...graph.getModuleIds()];
    const groups = [
      { name: 'home', modules: PAGE_GROUPS[0]?.modules ?? [] },
      { name: 'lists', modules: [/publications[\\/]PublicationsPage\.tsx$/, /publication-reads\.ts$/] },
    ];
    const [home, lists] = pageGroupModules(graph, ids, new Set(['react', 'db']), groups);
    expect([...(home ?? [])].sort()).toEqual([
      '/r/renderer/features/dashboard/DashboardPage.tsx',
      '/r/renderer/features/dashboard/dashboard-reads.ts',
      'calendar',
      'statistic',
    ]);
    // calendar is the home group's already: the lists import it from there.
    expect([...(lists ?? [])].sort()).toEqual([
      '/r/renderer/features/publications/PublicationsPage.tsx',
      '/r/renderer/features/publications/publication-reads.ts',
      'date-picker',
      'form',
      'list-table',
    ]);
    // A page module renamed: said, not an empty group.
    expect(() => pageGroupModules(graph, ids.slice(2), new Set(), groups)).toThrow(/group home/);
  });

  it('names the dashboard and the four registers, each page with its first reads, as routes.tsx imports them', () => {
    const routes = readFileSync(resolve(ROOT, 'renderer/app/routes.tsx'), 'utf8');
    const imported = [...routes.matchAll(/import\('\.\.\/features\/([\w/-]+)'\)/g)].map(
      (m) => `/r/renderer/features/${m[1]}.tsx`,
    );
    for (const group of PAGE_GROUPS)
      for (const test of group.modules)
        expect(
          imported.some((id) => test.test(id) || test.test(id.replace(/\.tsx$/, '.ts'))),
          `${test}`,
        ).toBe(true);
    expect(PAGE_GROUPS.map((g) => [g.name, g.modules.length])).toEqual([
      ['home', 2],
      ['registers', 8],
    ]);
  });
});

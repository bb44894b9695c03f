import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What a start and a list open must not load (issue 17): the heavy libraries are loaded by dynamic
 * import when their feature is used, never through a static import reachable from the entry
 * (renderer/main.tsx), the first screen (the dashboard) or a register list. Follows static imports
 * through the sources (a dynamic `import()` is a lazy chunk boundary, `import type` is erased).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const HEAVY = ['echarts', 'docx', 'exceljs', 'pdfjs-dist', '@e965/xlsx'];

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && /\.(ts|tsx|json)$/.test(candidate)) return candidate;
  return null;
}

/** antd's components named in a static `import { … } from 'antd'`. */
const ANTD_NAMES = /^\s*import\s+\{([^}]*)\}\s+from\s+'antd';/gm;

/**
 * Every package reached by static imports from `entry`, with one path that reaches it; also every
 * source file reached (`files`, relative to the root) and the antd components they import (`antd`).
 */
function staticGraph(entry: string) {
  const packages = new Map<string, string[]>();
  const antd = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.json')) return;
    const source = readFileSync(file, 'utf8');
    for (const [, names] of source.matchAll(ANTD_NAMES))
      for (const name of names?.split(',') ?? []) {
        const component = name.trim().replace(/^type\s+/, '');
        if (component && !antd.has(component)) antd.set(component, file.replace(`${ROOT}/`, ''));
      }
    for (const [, spec] of source.matchAll(STATIC_IMPORT)) {
      if (!spec) continue;
      const here = [...trail, file.replace(`${ROOT}/`, '')];
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) walk(next, here);
        continue;
      }
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
      if (!packages.has(pkg)) packages.set(pkg, [...here, spec]);
    }
  };
  walk(join(ROOT, entry), []);
  return { packages, antd, files: [...seen].map((f) => f.replace(`${ROOT}/`, '')) };
}

const heavyIn = (entry: string) =>
  [...staticGraph(entry).packages]
    .filter(([pkg]) => HEAVY.includes(pkg))
    .map(([, trail]) => trail.join(' → '));

describe('the start path stays light (issue 17)', () => {
  it.each([
    'renderer/main.tsx',
    // The app's code past the start (main.tsx imports it dynamically, and the page preloads it).
    'renderer/app/run.tsx',
    'renderer/features/dashboard/DashboardPage.tsx',
    'renderer/features/publications/PublicationsPage.tsx',
    'renderer/features/requests/RequestsPage.tsx',
    'renderer/features/consultations/ConsultationsPage.tsx',
    'renderer/features/appeals/AppealsPage.tsx',
  ])('%s loads no charting, document, spreadsheet or PDF library statically', (entry) => {
    expect(heavyIn(entry)).toEqual([]);
  });

  it('the import page loads the spreadsheet reader when a file is chosen, not with its code', () => {
    expect(heavyIn('renderer/features/import/ImportPage.tsx')).toEqual([]);
  });

  it('the first screen draws its cards, tables and lists without antd’s Card, Table and List, and loads no backup code', () => {
    // antd's Card brings its Tabs, its Table a pagination, dropdowns, menus and a tree: 280 kB the
    // dashboard never used (components/Light.tsx draws their elements). The backup writer and the
    // start's retention run are loaded after the first screen (App.tsx, platform/browser.ts).
    for (const entry of [
      'renderer/main.tsx',
      'renderer/app/run.tsx',
      'renderer/features/dashboard/DashboardPage.tsx',
    ]) {
      const { antd, files } = staticGraph(entry);
      expect(
        ['Card', 'Table', 'List'].filter((c) => antd.has(c)).map((c) => `${c} in ${antd.get(c)}`),
      ).toEqual([]);
      expect(
        files.filter((f) =>
          ['renderer/platform/browser-backup.ts', 'renderer/features/backup/automation.ts'].includes(f),
        ),
      ).toEqual([]);
    }
  });

  it('finds a library reached through a chain of static imports (the check can fail)', () => {
    // The fixtures' test reads spreadsheets: through the reader module, it reaches the library.
    expect(heavyIn('test/unit/import/fixtures.test.ts').join('\n')).toMatch(/workbook\.ts → @e965\/xlsx/);
    // And an antd component and a source file: the backup page's list draws antd's Table, the
    // catalogue's (a ListTable since the twenty-sixth pass) does not.
    expect(staticGraph('renderer/features/backup/BackupPage.tsx').antd.has('Table')).toBe(true);
    expect(staticGraph('renderer/features/catalogue/CataloguePage.tsx').antd.has('Table')).toBe(false);
    expect(staticGraph('renderer/platform/browser-backup.test.ts').files).toContain(
      'renderer/platform/browser-backup.ts',
    );
  });
});

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

/** Every package reached by static imports from `entry`, with one path that reaches it. */
function staticPackages(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.json')) return;
    const source = readFileSync(file, 'utf8');
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
  return packages;
}

const heavyIn = (entry: string) =>
  [...staticPackages(entry)].filter(([pkg]) => HEAVY.includes(pkg)).map(([, trail]) => trail.join(' → '));

describe('the start path stays light (issue 17)', () => {
  it.each([
    'renderer/main.tsx',
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

  it('finds a library reached through a chain of static imports (the check can fail)', () => {
    // The fixtures' test reads spreadsheets: through the reader module, it reaches the library.
    expect(heavyIn('test/unit/import/fixtures.test.ts').join('\n')).toMatch(/workbook\.ts → @e965\/xlsx/);
  });
});

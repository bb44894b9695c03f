import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The start's code in few files (issue 17). Left to itself, Rolldown splits the modules the start
 * needs by the set of pages that also use them: 31 files for one start, each asked for, received and
 * compiled on its own. The start needs all of them at once, so here they are grouped:
 * - `boot`: what renderer/main.tsx reaches through static imports (opening the database, the
 *   settings, i18n), evaluated first;
 * - `app`: what renderer/app/run.tsx reaches and main.tsx does not (React's shell, antd's first
 *   components, the routes), evaluated in the next task (main.tsx imports it dynamically);
 * - then a group per kind of page a window opens on (PAGE_GROUPS: the dashboard, the registers):
 *   what their modules reach that the groups before do not. Left to Rolldown, a start to the dashboard
 *   then asked for 24 more files, into 主动公开 30 — asked for in a 70–130 ms task of Vite's preload
 *   helper, and received over 110–300 ms on the bench machine (docs/performance.md, thirty-fourth pass).
 * Every other page keeps its own code in its own chunks and imports what it shares with these.
 *
 * The groups are the modules reached through static imports, found when the module graph is
 * complete (buildEnd). A library's index re-exporting all its parts would make every part "reached"
 * and pull what only later pages use (antd's Table, its date pickers) into the start; so the app's
 * imports from antd's and the icons' indexes are first rewritten to the parts they name
 * (`import { Button } from 'antd'` → `import Button from 'antd/es/button'`), as antd's own modules
 * import each other.
 */
export const BOOT_MODULE = /[\\/]renderer[\\/]main\.tsx$/;
export const APP_MODULE = /[\\/]renderer[\\/]app[\\/]run\.tsx$/;
/** A module of renderer/features/, by its path there without the extension. */
const feature = (path: string) => new RegExp(`[\\\\/]renderer[\\\\/]features[\\\\/]${path}\\.tsx?$`);
/**
 * The pages a window opens on, each with its first reads (routes.tsx imports both), in groups after
 * the start's: what their static imports reach that the start's code and the groups before do not.
 * The first screen (the dashboard), then the four registers (a window opened at a register's address).
 */
export const PAGE_GROUPS: { name: string; modules: RegExp[] }[] = [
  { name: 'home', modules: ['dashboard/DashboardPage', 'dashboard/dashboard-reads'].map(feature) },
  {
    name: 'registers',
    modules: [
      'publications/PublicationsPage',
      'publications/publication-reads',
      'requests/RequestsPage',
      'requests/request-reads',
      'consultations/ConsultationsPage',
      'consultations/consultation-reads',
      'appeals/AppealsPage',
      'appeals/appeal-reads',
    ].map(feature),
  },
];

/** An index's `export { default as Name } from './part'` lines: Name → the part's specifier. */
export function indexParts(source: string, base: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [, name, path] of source.matchAll(
    /export\s*\{\s*default\s+as\s+(\w+)\s*\}\s*from\s*["']\.\/([\w./-]+)["']/g,
  ))
    if (name && path) parts.set(name, `${base}/${path}`);
  return parts;
}

/**
 * `code` with each `import { A, B as C } from '<from>'` naming parts of `parts` rewritten to one
 * default import per part; names that are not parts stay imported from the index.
 */
export function importParts(code: string, from: string, parts: ReadonlyMap<string, string>): string {
  const quoted = from.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&');
  return code.replace(
    new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${quoted}["'];?`, 'g'),
    (whole, list: string) => {
      const kept: string[] = [];
      const direct: string[] = [];
      for (const spec of list.split(',').map((s) => s.trim())) {
        if (!spec) continue;
        const [name = '', local = name] = spec.split(/\s+as\s+/);
        const part = parts.get(name);
        if (part) direct.push(`import ${local} from "${part}";`);
        else kept.push(spec);
      }
      if (direct.length === 0) return whole;
      return [...direct, ...(kept.length ? [`import { ${kept.join(', ')} } from "${from}";`] : [])].join(' ');
    },
  );
}

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The modules reached from `from` through static imports, without those in `skip`. */
export function staticClosure(graph: ModuleGraph, from: string, skip?: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (found.has(id) || skip?.has(id)) continue;
    found.add(id);
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
  }
  return found;
}

/**
 * Each group's modules: what its pages' modules reach through static imports that `taken` (the
 * start's code) and the groups before it do not. A page module missing from the build is an error
 * (a file renamed: its group would silently be empty).
 */
export function pageGroupModules(
  graph: ModuleGraph,
  ids: readonly string[],
  taken: ReadonlySet<string>,
  groups: readonly { name: string; modules: readonly RegExp[] }[],
): Set<string>[] {
  const before = new Set(taken);
  return groups.map((group) => {
    const found = new Set<string>();
    for (const test of group.modules) {
      const page = ids.find((id) => test.test(id));
      if (!page) throw new Error(`start-chunks: ${test} (group ${group.name}) not in the build`);
      for (const id of staticClosure(graph, page, before)) found.add(id);
    }
    for (const id of found) before.add(id);
    return found;
  });
}

const INDEXES = [
  { from: 'antd', index: 'es/index.js', base: 'antd/es' },
  { from: '@ant-design/icons', index: 'es/icons/index.js', base: '@ant-design/icons/es/icons' },
];

/** The plugin, and the chunk groups that read what it found (vite.config.ts). */
export function startChunks(): {
  plugin: Plugin;
  groups: { name: string; test: (id: string) => boolean; priority: number }[];
} {
  const boot = new Set<string>();
  const app = new Set<string>();
  const pageGroups = PAGE_GROUPS.map((g) => ({ ...g, ids: new Set<string>() }));
  const require = createRequire(join(process.cwd(), 'package.json'));
  const indexes = INDEXES.map(({ from, index, base }) => ({
    from,
    parts: indexParts(
      readFileSync(join(dirname(require.resolve(`${from}/package.json`)), index), 'utf8'),
      base,
    ),
  }));
  const plugin: Plugin = {
    name: 'start-chunks',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(tsx?|jsx?)$/.test(id)) return null;
      let out = code;
      for (const { from, parts } of indexes) out = importParts(out, from, parts);
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const entry = ids.find((id) => BOOT_MODULE.test(id));
      const run = ids.find((id) => APP_MODULE.test(id));
      if (!entry || !run)
        throw new Error('start-chunks: renderer/main.tsx or renderer/app/run.tsx not in the build');
      for (const id of staticClosure(this, entry)) if (id !== entry) boot.add(id);
      for (const id of staticClosure(this, run, boot)) if (id !== run) app.add(id);
      const found = pageGroupModules(this, ids, new Set([...boot, ...app, entry, run]), PAGE_GROUPS);
      pageGroups.forEach((g, i) => {
        for (const id of found[i] ?? []) g.ids.add(id);
      });
    },
  };
  return {
    plugin,
    groups: [
      { name: 'boot', test: (id) => boot.has(id), priority: 20 },
      { name: 'app', test: (id) => app.has(id), priority: 10 },
      ...pageGroups.map((g, i) => ({ name: g.name, test: (id: string) => g.ids.has(id), priority: 5 - i })),
    ],
  };
}

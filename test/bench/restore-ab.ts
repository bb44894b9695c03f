import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchProfile, longestTaskIn, longTaskProbe } from './browser/app-ui';
import { buildBenchPage } from './browser/build';
import { serveStatic } from './browser/server';
import { median } from './measure';

/**
 * The restore as the bench page does it, in workers (backups built, the file opened and imported)
 * and in the window, alternating, then as the officer waits for it after a preview (restoreConfirmed), on a database filled by profile-start.ts (`--dir`, the same port): quicker than the
 * whole benchmark when only the restore changed.
 * `npx tsx test/bench/restore-ab.ts --dir /tmp/zp --port 4191 [--rounds 3] [--encrypted]` (`--encrypted`: every
 * backup restored is encrypted, as the officer's folder backups usually are)
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    port: { type: 'string', default: '4191' },
    rounds: { type: 'string', default: '3' },
    'app-dir': { type: 'string', default: 'dist' },
    encrypted: { type: 'boolean', default: false },
  },
});

async function main() {
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const benchDir = await mkdtemp(join(tmpdir(), 'desk-restore-ab-'));
  await buildBenchPage(benchDir);
  const server = await serveStatic(
    { distDir: resolve(values['app-dir'] ?? 'dist'), benchDir },
    Number(values.port),
  );
  const context = await launchProfile(dir);
  const runs: Record<string, { ms: number; task: number; stages: string }[]> = {
    worker: [],
    window: [],
    confirmed: [],
  };
  try {
    await context.addInitScript(longTaskProbe);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/__bench/`);
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    for (let r = 0; r < Number(values.rounds); r++) {
      for (const way of r % 2 === 0 ? ['worker', 'window'] : ['window', 'worker']) {
        const x = await page.evaluate(([w, password]) => window.bench.restore(w, password), [
          way === 'window',
          values.encrypted ? '测试口令-bench' : null,
        ] as const);
        const task = await longestTaskIn(page, x.t0, x.t1);
        const stages = Object.entries(x.stages)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ');
        runs[way]?.push({ ms: x.ms, task, stages });
        console.log(
          `${way}: ${x.ms.toFixed(0)} ms, longest task ${task.toFixed(0)} ms (${stages}) load ${loadavg()[0]?.toFixed(1)}`,
        );
      }
      // The restore as the officer waits for it: prepared while the preview is shown (3 s); with
      // --encrypted, an encrypted file (its safety backup alone prepared).
      const c = await page.evaluate(
        (password) => window.bench.restoreConfirmed(3000, password),
        values.encrypted ? '测试口令-bench' : null,
      );
      const task = await longestTaskIn(page, c.tp, c.t1);
      const stages = Object.entries(c.stages)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ');
      runs.confirmed?.push({ ms: c.ms, task, stages });
      console.log(
        `confirmed: ${c.ms.toFixed(0)} ms after 确认恢复, prepared in ${c.readyMs.toFixed(0)} ms, longest task ${task.toFixed(0)} ms (${stages})`,
      );
    }
  } finally {
    await context.close();
    await server.close();
  }
  for (const [way, xs] of Object.entries(runs))
    console.log(
      `${way}: median ${median(xs.map((x) => x.ms)).toFixed(0)} ms, longest task ${Math.max(...xs.map((x) => x.task)).toFixed(0)} ms`,
    );
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build, stop } from 'esbuild';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The renderer is built into the bench's own folder (not dist/, which the E2E tests of other
 * engineers may be serving at the same moment), and the bench page is bundled beside it.
 */
export async function buildApp(outDir: string): Promise<void> {
  await run(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

export async function buildBenchPage(outDir: string): Promise<void> {
  // The bench page, and the app's backup worker for its restore (the app gets its own from Vite).
  await build({
    entryPoints: {
      bench: join(ROOT, 'test/bench/browser/page-entry.ts'),
      'backup-worker': join(ROOT, 'renderer/features/backup/backup.worker.ts'),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: outDir,
    logLevel: 'warning',
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
  });
  // esbuild's service process would otherwise keep the bench alive after its last step.
  await stop();
  await writeFile(
    join(outDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="./bench.js"></script></body></html>',
  );
  // A blank document of the app's origin: a page is throttled there before the app is opened.
  await writeFile(
    join(outDir, 'blank.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head></html>',
  );
}

// Bundles the Electron main process and preload with esbuild (no Electron binary needed):
//   electron/main.ts    → dist-electron/main.cjs     (package.json "main")
//   electron/preload.ts → dist-electron/preload.cjs  (sandboxed: must be one self-contained file)
// `npm run build` runs `vite build` (renderer → dist/) and then this script.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-electron');
const production = process.env.NODE_ENV !== 'development';

rmSync(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Electron is provided by the runtime; everything else (zod, shared/) is bundled in.
  external: ['electron'],
  sourcemap: production ? false : 'inline',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/main.ts')], outfile: join(outdir, 'main.cjs') }),
  build({
    ...common,
    entryPoints: [join(root, 'electron/preload.ts')],
    outfile: join(outdir, 'preload.cjs'),
  }),
]);

console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');

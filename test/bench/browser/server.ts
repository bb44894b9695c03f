import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A static server for the bench: the built app at `/` and the bench page at `/__bench/`, on one
 * origin so both see the same IndexedDB. `no-store`, so every cold start fetches the bundle again.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(
  roots: {
    distDir: string;
    benchDir: string;
    /** More builds on the same origin (same IndexedDB), e.g. { a: dir } served at /a/ (A/B runs). */
    mounts?: Record<string, string>;
    /**
     * Mounts whose hashed files (assets/) are served cacheable (a year's max-age, not `no-store`; a
     * name's content never changes within a build, and another build with the same name has the
     * same content): Chromium keeps their files and, from
     * a script's second load on, its compiled code (V8's code cache) — a stand-in for Electron's
     * `codeCache` privilege of the app:// scheme.
     */
    cached?: readonly string[];
  },
  port = 0,
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.entries(roots.mounts ?? {}).find(([name]) => path.startsWith(`/${name}/`));
    const [root, rel] = path.startsWith('/__bench/')
      ? [roots.benchDir, path.slice('/__bench/'.length)]
      : mount
        ? [mount[1], path.slice(mount[0].length + 2)]
        : [roots.distDir, path.slice(1)];
    const file = normalize(join(root, rel || 'index.html'));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Only the build's hashed files: a page or another build at the same address is never cached.
        'cache-control':
          mount && roots.cached?.includes(mount[0]) && /^assets\//.test(rel)
            ? 'max-age=31536000, immutable'
            : 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    // Chromium keeps idle keep-alive connections open: without closing them, close() waits for them
    // (the benchmark stalled here, with no CPU used, until the tab went away).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Builds given as `--build name=dir` (at least two), each served at /<name>/ on one origin with the
 * bench page of a filled profile (`dir`/bench): the A/B scripts' common start.
 */
export async function serveBuilds(
  specs: readonly string[] | undefined,
  dir: string,
  port: number,
  /** Builds served cacheable (serveStatic's `cached`). */
  cached: readonly string[] = [],
): Promise<{ server: StaticServer; builds: [string, string][]; mounts: Record<string, string> }> {
  const builds = (specs ?? []).map((b) => b.split('=') as [string, string]);
  if (builds.length < 2) throw new Error('--build name=dir at least twice');
  const mounts = Object.fromEntries(builds.map(([n, d]) => [n, resolve(d)]));
  const server = await serveStatic(
    { distDir: resolve(builds[0]?.[1] ?? ''), benchDir: join(dir, 'bench'), mounts, cached },
    port,
  );
  return { server, builds, mounts };
}

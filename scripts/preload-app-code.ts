import type { Plugin } from 'vite';

/**
 * The app's code past the start (renderer/app/run.tsx) is imported dynamically by main.tsx, so the
 * window evaluates it in a task of its own while the database opens (issue 17: one task of 110–180 ms
 * was the start's longest). Its files must still be asked for by the page itself, with the entry's,
 * as a static import's are: this adds a `modulepreload` link for each file the run chunk reaches
 * through static imports and the page does not link already, before the stylesheet's link (the
 * browser asks for them in that order, six at a time over HTTP/1.1).
 */
export const APP_CODE_MODULE = /[\\/]renderer[\\/]app[\\/]run\.tsx$/;

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

/** `html` with the run chunk's files linked for preloading (`bundle`: the build's output). */
export function linkAppCode(html: string, bundle: Record<string, ChunkLike>): string {
  const run = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId && APP_CODE_MODULE.test(c.facadeModuleId),
  );
  if (!run) throw new Error('preload-app-code: the build has no chunk for renderer/app/run.tsx');
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (files.includes(fileName)) return;
    files.push(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(run.fileName);
  const at = html.indexOf('<link rel="stylesheet"');
  if (at < 0) throw new Error('preload-app-code: no stylesheet link in index.html to place the links before');
  const links = files
    .filter((f) => !html.includes(`/${f}"`))
    .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">\n    `)
    .join('');
  return html.slice(0, at) + links + html.slice(at);
}

export function preloadAppCode(): Plugin {
  return {
    name: 'preload-app-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.bundle ? linkAppCode(html, ctx.bundle as Record<string, ChunkLike>) : html,
    },
  };
}

import { describe, expect, it } from 'vitest';
import { linkAppCode } from '../../scripts/preload-app-code';

const HTML = `<head>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-1.css">
  </head>`;

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
});

describe('the app code past the start is preloaded by the page (issue 17)', () => {
  const bundle = {
    'assets/index-1.js': chunk('assets/index-1.js', ['assets/react-1.js'], '/x/renderer/main.tsx'),
    'assets/run-1.js': chunk(
      'assets/run-1.js',
      ['assets/react-1.js', 'assets/antd-1.js'],
      '/x/renderer/app/run.tsx',
    ),
    'assets/antd-1.js': chunk('assets/antd-1.js', ['assets/react-1.js', 'assets/icons-1.js']),
    'assets/icons-1.js': chunk('assets/icons-1.js', []),
    'assets/page-1.js': chunk('assets/page-1.js', ['assets/antd-1.js'], '/x/renderer/features/x/Page.tsx'),
    'assets/index-1.css': { type: 'asset' as const, fileName: 'assets/index-1.css' },
  };

  it('links every file the run chunk reaches through static imports, once, before the stylesheet', () => {
    const html = linkAppCode(HTML, bundle);
    const linked = [...html.matchAll(/<link rel="(\w+)" crossorigin href="\.\/assets\/([^"]+)">/g)].map(
      ([, rel, file]) => `${rel} ${file}`,
    );
    expect(linked).toEqual([
      'modulepreload react-1.js',
      'modulepreload run-1.js',
      'modulepreload antd-1.js',
      'modulepreload icons-1.js',
      'stylesheet index-1.css',
    ]);
    // A page's own code is not the start's.
    expect(html).not.toContain('page-1.js');
  });

  it('fails the build when the run chunk or the stylesheet is not there', () => {
    const { 'assets/run-1.js': _, ...withoutRun } = bundle;
    expect(() => linkAppCode(HTML, withoutRun)).toThrow(/no chunk for renderer\/app\/run\.tsx/);
    expect(() => linkAppCode(HTML.replace(/<link rel="stylesheet"[^>]*>/, ''), bundle)).toThrow(
      /no stylesheet/,
    );
  });
});

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { antdStaticCss } from './scripts/antd-styles';
import { antdPatches } from './scripts/antd-patches';
import { preloadAppCode } from './scripts/preload-app-code';
import { startChunks } from './scripts/start-chunks';

/**
 * Libraries every start needs, in chunks of their own (issue 17): they change less often than the
 * app's code, and the browser fetches and compiles them side by side. The rest of the start's code
 * is in two chunks (scripts/start-chunks.ts: `boot`, what main.tsx reaches; `app`, what run.tsx adds);
 * everything else stays in the chunks Rolldown derives from the routes' lazy imports, so a page's
 * libraries (tables, date pickers, ECharts, ExcelJS, docx, pdf.js) load with that page, never at
 * start (test/unit/start-chunks.test.ts).
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'dexie', test: /[\\/]node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
  { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
].map((g) => ({ ...g, priority: 30 }));
const start = startChunks();

/**
 * `virtual:antd.css`: antd's component styles for the app's theme, built here instead of in the
 * window (renderer/app/theme.ts, zero-runtime mode; issue 17). Resolved to a path ending in .css so
 * Vite treats it as a stylesheet (bundled and minified into the build's CSS).
 */
function antdStaticStyles(): Plugin {
  const id = '/__antd-static.css';
  let css: string | undefined;
  return {
    name: 'antd-static-styles',
    resolveId: (source) => (source === 'virtual:antd.css' ? id : undefined),
    load(source) {
      if (source !== id) return undefined;
      css ??= antdStaticCss();
      return css;
    },
  };
}

// The renderer is served from renderer/; `base: './'` so Electron can load dist/index.html from disk.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), start.plugin, antdStaticStyles(), antdPatches(), preloadAppCode()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: { groups: [...VENDOR_GROUPS, ...start.groups] } } },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});

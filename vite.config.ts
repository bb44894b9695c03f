import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Libraries every start needs, in chunks of their own (issue 17): they change less often than the
 * app's code, and the browser fetches and compiles them side by side. Everything else stays in the
 * chunks Rolldown derives from the routes' lazy imports, so a page's libraries (tables, date pickers,
 * ECharts, ExcelJS, docx, pdf.js) load with that page, never at start (test/unit/start-chunks.test.ts).
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'dexie', test: /[\\/]node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
  { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
];

// The renderer is served from renderer/; `base: './'` so Electron can load dist/index.html from disk.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_GROUPS } } },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});

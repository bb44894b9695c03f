import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from renderer/; `base: './'` so Electron can load dist/index.html from disk.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});

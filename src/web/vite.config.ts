import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    // One bundle for a small app behind a login: React, Mantine and i18next make ~700 kB (~200 kB gzipped).
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // Host stays the dev server's, so it matches the browser's Origin in the server's CSRF check.
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false, ws: true } },
  },
});

// The web workbench's build: React (src/faces/web) bundled by Vite into web-dist/, which
// `pacta serve` serves beside the API. In development, `npx vite` proxies /api to a running
// `pacta serve` (default port 8080; PACTA_API to point elsewhere).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/faces/web'),
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: here('./web-dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.PACTA_API ?? 'http://127.0.0.1:8080' },
  },
});

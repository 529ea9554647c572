// The web workbench's build: React (src/faces/web) bundled by Vite into web-dist/, which
// `pacta serve` serves beside the API. In development, `npx vite` proxies /api to a running
// `pacta serve` (default port 8080; PACTA_API to point elsewhere). Each script and style is also
// written brotli- and gzip-compressed beside itself (name.js.br, name.js.gz), which the server
// sends to the browsers that accept them (src/faces/http/static.ts).
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes `.br` and `.gz` beside each text asset of the build. Brotli at quality 9: the script is
 * about 7 % larger than at 11 but compressed in 0.4 s rather than 4.5 s (measured on this UI).
 */
function precompress(): Plugin {
  return {
    name: 'pacta-precompress',
    apply: 'build',
    writeBundle(options) {
      const assets = join(options.dir ?? here('./web-dist'), 'assets');
      for (const name of readdirSync(assets).filter((n) => /\.(js|css|svg|json|txt)$/.test(n))) {
        const file = join(assets, name);
        const data = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: here('./src/faces/web'),
  base: '/',
  publicDir: false,
  plugins: [react(), precompress()],
  build: {
    outDir: here('./web-dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The whole UI is one script of about 110 kB gzipped (the limit, 300 kB gzipped, is tested: test/browser/timeline.test.ts).
    chunkSizeWarningLimit: 400,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.PACTA_API ?? 'http://127.0.0.1:8080' },
  },
});

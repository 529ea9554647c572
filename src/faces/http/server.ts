/**
 * Starting the workbench: load and check the corpus, open (or create) the database file, index the
 * corpus for search, serve the API and the built web UI on the loopback address, log one line per
 * request, and stop cleanly on SIGINT/SIGTERM.
 */
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { checkCorpus } from '../../check/index.js';
import { InputError } from '../../model/index.js';
import { corpusSearchEntries, Store } from '../../store/index.js';
import { createApp, notFound } from './app.js';

export interface ServeOptions {
  corpusRoot: string;
  dataDir: string;
  port: number;
  host: string;
  /** The built web UI (index.html and assets), if any. */
  webRoot?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  close: () => Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const check = checkCorpus(options.corpusRoot);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !check.compiled)
    throw InputError.of(
      errors.length
        ? errors
        : [
            {
              severity: 'error',
              file: options.corpusRoot,
              line: 0,
              column: 0,
              code: 'corpus-incomplete',
              message: 'no states.yaml or vocabulary.yaml',
              hint: 'give a corpus folder',
            },
          ],
    );
  const store = new Store(join(options.dataDir, 'pacta.sqlite'));
  store.indexCorpus(corpusSearchEntries(check.compiled, new Map(check.treaties.map((t) => [t.id, t.sourceTexts]))));

  const api = createApp({ compiled: check.compiled, check, store, today: () => Temporal.Now.plainDateISO().toString() });
  const { Hono } = await import('hono');
  const app = new Hono();
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.route('/', api);
  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    const root = relative(process.cwd(), webRoot) || '.';
    app.use('/assets/*', serveStatic({ root }));
    // The UI routes on the client: every other GET gets the app shell.
    const shell = readFileSync(join(webRoot, 'index.html'), 'utf8');
    app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : c.html(shell)));
  }
  app.notFound(notFound);

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  let closed = false;
  const close = () =>
    new Promise<void>((resolve) => {
      if (closed) return resolve();
      closed = true;
      server.close(() => {
        store.close();
        resolve();
      });
      // Idle keep-alive connections must not hold the shutdown.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  return { url, port, store, close };
}

/**
 * Starting the workbench: load and check the corpus, open (or create) the database file, index the
 * corpus for search, serve the API and the built web UI on the loopback address, log one line per
 * request, and stop cleanly on SIGINT/SIGTERM.
 */
import { serve, type ServerType } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { checkCorpus } from '../../check/index.js';
import { InputError, type StructuredDocument } from '../../model/index.js';
import { corpusSearchEntries, Store } from '../../store/index.js';
import { corpusPassages, searchPassages } from '../../text/index.js';
import { answerError, createApp, notFound } from './app.js';
import { allowedHosts, escapeForLog, hostGuard, hostInUrl, securityHeaders, writeGuard } from './guard.js';
import type { HttpLimits } from './limits.js';
import { bufferedLog, WorkerPool, type WorkerPoolOptions } from './work/index.js';
import { emptyHostError, listenError, storeOpenError } from './startup.js';
import { compress } from 'hono/compress';
import { serveWebUi } from './static.js';

export interface ServeOptions {
  corpusRoot: string;
  dataDir: string;
  port: number;
  host: string;
  /** The built web UI (index.html and assets), if any. */
  webRoot?: string;
  log?: (line: string) => void;
  /** Smaller bounds than limits.ts gives (tests). */
  limits?: Partial<HttpLimits>;
  /** The worker pool's size, time budget, queue (tests; defaults in work/pool.ts). */
  work?: Omit<WorkerPoolOptions, 'compiled'>;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  close: () => Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // The request log is written once per turn of the event loop, not once per request.
  const log = options.log ?? bufferedLog((chunk) => process.stdout.write(chunk));
  if (!options.host) throw emptyHostError('host');
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
  const file = join(options.dataDir, 'pacta.sqlite');
  let store: Store;
  try {
    store = new Store(file);
  } catch (error) {
    throw storeOpenError(error, file, options.dataDir);
  }
  store.indexCorpus(corpusSearchEntries(check.compiled, corpusPassages(check.treaties)));
  // Documents kept before their passages were indexed (an older database) are indexed now.
  for (const id of store.unindexedDocuments()) {
    const document = store.getDocument(id);
    if (!document) continue;
    let passages;
    try {
      passages = searchPassages(document.text, document.structured as StructuredDocument);
    } catch {
      // Kept by a version whose structure this one cannot read: it stays kept, but unsearchable until imported again.
      continue;
    }
    store.indexDocument(document, passages);
  }

  // Runs and ingests in worker threads, started when first needed.
  const work = new WorkerPool({ ...options.work, compiled: check.compiled });
  const api = createApp({
    compiled: check.compiled,
    check,
    store,
    today: () => Temporal.Now.plainDateISO().toString(),
    work,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const { Hono } = await import('hono');
  const app = new Hono();
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${escapeForLog(c.req.path)} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  // Text answers of 1 kB or more (JSON, problem+json, the UI) are compressed (gzip or deflate) when the client accepts it.
  app.use('*', compress());
  // Every answer carries the security headers; a foreign Host, or a write from another site, is refused.
  let hosts: string[] = [];
  app.use(
    '*',
    securityHeaders,
    hostGuard(() => hosts),
    writeGuard(() => hosts),
  );
  app.onError(answerError);
  app.route('/', api);
  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // Hashed assets cached as immutable, precompressed where built so; the shell revalidated (static.ts).
    serveWebUi(app, webRoot);
  }
  app.notFound(notFound);

  let server: ServerType;
  try {
    server = await new Promise((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject);
    });
  } catch (error) {
    void work.close();
    store.close();
    throw listenError(error, options.host, options.port);
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  hosts = allowedHosts(options.host, port);
  const url = `http://${hostInUrl(options.host)}:${port}`;
  let closed = false;
  const close = () =>
    new Promise<void>((resolve) => {
      if (closed) return resolve();
      closed = true;
      // Work in progress is stopped (its requests answered 503) rather than awaited.
      void work.close();
      server.close(() => {
        (log as { flush?: () => void }).flush?.();
        store.close();
        resolve();
      });
      // Idle keep-alive connections must not hold the shutdown.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  return { url, port, store, close };
}

/** `pacta serve [--port N] [--host H] [--data DIR]`: the API and the web workbench. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveCorpusRoot } from '../corpus-access.js';
import { usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

export const WEB_ROOT = fileURLToPath(new URL('../../../../web-dist', import.meta.url));

export const registerServe: RegisterCommand = (program, { io }) => {
  program
    .command('serve')
    .description('serve the HTTP API and the web workbench (default http://127.0.0.1:8080)')
    .option('--port <n>', 'port (env PACTA_PORT; 0 picks a free one)', io.env.PACTA_PORT ?? '8080')
    .option('--host <address>', 'address to bind (env PACTA_HOST)', io.env.PACTA_HOST ?? '127.0.0.1')
    .option('--data <dir>', 'folder of the database file (env PACTA_DATA)', io.env.PACTA_DATA ?? '.pacta-data')
    .option('--corpus <dir>', 'corpus folder')
    .action(async (opts: { port: string; host: string; data: string; corpus?: string }, command: Command) => {
      const port = Number(opts.port);
      if (opts.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
        throw usageError('--port', `--port ${JSON.stringify(opts.port)} is not a port number`, 'give a whole number from 0 to 65535');
      }
      // Loaded here, not at the top: the server (Hono, SQLite) is not needed by the other commands.
      const { bufferedLog, emptyHostError, isLoopback, startServer } = await import('../../http/index.js');
      // An empty host would bind every interface: PACTA_HOST= (set but empty) must not do so quietly.
      if (!opts.host.trim()) throw emptyHostError(command.getOptionValueSource('host') === 'cli' ? '--host' : 'PACTA_HOST');
      if (!isLoopback(opts.host))
        io.stderr.write(
          `pacta serve: warning: listening on ${opts.host}, which other machines can reach; the workbench has no login, so whoever reaches it can read and change its saved work\n`,
        );
      const server = await startServer({
        corpusRoot: resolveCorpusRoot(opts.corpus, io.env),
        dataDir: resolve(opts.data),
        port,
        host: opts.host,
        webRoot: WEB_ROOT,
        // One write per turn of the event loop, not one per request.
        log: bufferedLog((chunk) => io.stdout.write(chunk)),
      });
      io.stdout.write(`Pacta workbench on ${server.url}  (database ${server.store.file}; Ctrl-C to stop)\n`);
      await new Promise<void>((done) => {
        const stop = (signal: string) => {
          io.stdout.write(`${signal}: stopping\n`);
          void server.close().then(done);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
};

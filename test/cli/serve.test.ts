/**
 * `pacta serve` refusing to start, as a located error with exit status 2 (issue 18, findings 5 and
 * 10): an empty host (PACTA_HOST= would bind every interface), a corrupt database file, a port in
 * use; and the warning when it listens on an address other machines can reach.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startServer } from '../../src/faces/http/server.js';
import { MAIN, pacta, ROOT } from './support.js';

const EMPTY_HOST_HINT = '  hint: leave it out for 127.0.0.1 (this machine only), or give 0.0.0.0 to listen on every interface on purpose\n';
const data = () => mkdtempSync(join(tmpdir(), 'pacta-serve-'));

describe('pacta serve refuses to start', () => {
  it('on an empty --host', async () => {
    const r = await pacta(['serve', '--host', '', '--port', '0', '--data', data()]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, '--host: error: --host is empty, which would listen on every network interface\n' + EMPTY_HOST_HINT);
    assert.equal(r.stdout, '');
  });

  it('on PACTA_HOST set but empty', async () => {
    const r = await pacta(['serve', '--port', '0', '--data', data()], { env: { PACTA_HOST: '' } });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'PACTA_HOST: error: PACTA_HOST is empty, which would listen on every network interface\n' + EMPTY_HOST_HINT);
  });

  it('on PACTA_PORT set but empty', async () => {
    const r = await pacta(['serve', '--data', data()], { env: { PACTA_PORT: '' } });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, '--port: error: --port "" is not a port number\n  hint: give a whole number from 0 to 65535\n');
  });

  it('on a corrupt database file, naming it', async () => {
    const dir = data();
    writeFileSync(join(dir, 'pacta.sqlite'), 'not a database\n'.repeat(500));
    const r = await pacta(['serve', '--port', '0', '--data', dir]);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${dir}/pacta.sqlite: error: the database file is damaged or is not a Pacta database (SQLITE_NOTADB: file is not a database)\n` +
        '  hint: move the file aside (a new database is created in its place) or restore it from a backup, or give another folder with --data\n',
    );
  });

  it('on a port in use, naming it', async () => {
    const first = await startServer({
      corpusRoot: join(ROOT, 'corpus'),
      dataDir: data(),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
    });
    try {
      const r = await pacta(['serve', '--port', String(first.port), '--data', data()]);
      assert.equal(r.status, 2);
      assert.equal(
        r.stderr,
        `127.0.0.1:${first.port}: error: port ${first.port} is in use by another program\n` +
          '  hint: stop that program (another pacta serve?), or give another port with --port (or PACTA_PORT; 0 picks a free one)\n',
      );
    } finally {
      await first.close();
    }
  });
});

describe('pacta serve on an address other machines can reach', () => {
  it('warns, then serves', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--host', '0.0.0.0', '--port', '0', '--data', data()], {
      cwd: ROOT,
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const started = new Promise<void>((done) =>
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('Pacta workbench on')) done();
      }),
    );
    const closed = new Promise<string>((done) => child.on('close', (code, signal) => done(`${code} ${signal}`)));
    await Promise.race([started, closed]);
    // It serves on the loopback address too (0.0.0.0 is every interface).
    const port = /:(\d+) /.exec(stdout)?.[1];
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    assert.equal(health.status, 200);
    child.kill('SIGTERM');
    assert.equal(await closed, '0 null', stdout + stderr);
    assert.equal(
      stderr,
      'pacta serve: warning: listening on 0.0.0.0, which other machines can reach; the workbench has no login, so whoever reaches it can read and change its saved work\n',
    );
    assert.match(
      stdout,
      /^Pacta workbench on http:\/\/0\.0\.0\.0:\d+ {2}\(database .*pacta\.sqlite; Ctrl-C to stop\)\nGET \/api\/health 200 \d+\.\dms\nSIGTERM: stopping\n$/,
    );
  });
});

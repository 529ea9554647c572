/**
 * `pacta ingest` reads with a bound (issue 18): devices refused, a named pipe without a writer refused
 * within seconds, standard input and pipes stopped one byte past the limit. A real process where only
 * one shows it (standard input of the process, the process ending).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { PIPE_WRITER_WAIT_MS } from '../../src/faces/cli/read-input.js';
import { PLAIN } from '../text/support.js';
import { MAIN, pacta, ROOT } from './support.js';

const SCRATCH = 'test-output/cli-read-input';
const cli = (args: string[], stdin?: string | Uint8Array) =>
  pacta(args, { env: { PACTA_DEBUG: '' }, ...(stdin === undefined ? {} : { stdin }) });
const TOO_LARGE =
  'error: file is too large to ingest: more than 10.0 MB; the limit is 10.0 MB (10485760 bytes)\n  hint: a treaty text is far smaller than this; check that this is the right file, or split it into one document per treaty\n';

before(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
});
after(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('pacta ingest: devices', () => {
  it('/dev/zero is refused at once, not read for ever', async () => {
    const started = Date.now();
    const r = await cli(['ingest', '/dev/zero']);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      '/dev/zero: error: is a device, not a file: pacta ingest reads text files, named pipes and standard input\n  hint: give the path of a text file, or `-` to read standard input (e.g. `some-command | pacta ingest -`)\n',
    );
    assert.ok(Date.now() - started < 2_000);
  });

  it('a socket is refused as well', async () => {
    const socket = `${SCRATCH}/listening.sock`;
    const server = createServer().listen(socket);
    await once(server, 'listening');
    try {
      const r = await cli(['ingest', socket]);
      assert.equal(r.status, 2);
      assert.equal(
        r.stderr,
        `${socket}: error: is a socket, not a file: pacta ingest reads text files, named pipes and standard input\n  hint: give the path of a text file, or \`-\` to read standard input (e.g. \`some-command | pacta ingest -\`)\n`,
      );
    } finally {
      server.close();
    }
  });
});

describe('pacta ingest: named pipes', () => {
  it('a pipe no program writes to is refused within a few seconds', async () => {
    const fifo = `${SCRATCH}/no-writer.fifo`;
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = await cli(['ingest', fifo]);
    const took = Date.now() - started;
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${fifo}: error: is a named pipe and no program wrote to it within 3 seconds\n  hint: start the program that writes to the pipe first (e.g. \`some-command > ${fifo} &\`), or give a text file\n`,
    );
    assert.ok(took >= PIPE_WRITER_WAIT_MS && took < PIPE_WRITER_WAIT_MS + 3_000, `took ${took} ms`);
  });

  it('a pipe with a writer is read to its end, as the file would be', async () => {
    const fifo = `${SCRATCH}/writer.fifo`;
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `sleep 0.5; cat ${PLAIN.ownLine} > ${fifo}`]);
    const closed = new Promise((done) => writer.on('close', done));
    const [viaPipe, viaFile] = [await cli(['ingest', fifo, '--json']), await cli(['ingest', PLAIN.ownLine, '--json'])];
    await closed;
    assert.equal(viaPipe.stderr, '');
    assert.equal(viaPipe.status, 0);
    assert.equal(viaPipe.stdout, viaFile.stdout.replaceAll(PLAIN.ownLine, fifo));
  });

  it('a pipe that never ends is stopped one byte past the limit', async () => {
    const fifo = `${SCRATCH}/endless.fifo`;
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes 'The Parties agree.' > ${fifo}`]);
    const r = await cli(['ingest', fifo]);
    writer.kill();
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `${fifo}: ${TOO_LARGE}`);
  });
});

describe('pacta ingest -: standard input', () => {
  it('reads standard input as a file named <stdin>', async () => {
    const r = await cli(['ingest', '-', '--json'], readFileSync(PLAIN.ownLine));
    const file = await cli(['ingest', PLAIN.ownLine, '--json']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, file.stdout.replaceAll(PLAIN.ownLine, '<stdin>'));
  });

  it('refuses - where there is no standard input to read (runCli given none)', async () => {
    const r = await cli(['ingest', '-']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, '-: error: standard input is not available here\n  hint: give the path of a text file\n');
  });

  it('refuses standard input past the limit', async () => {
    const r = await cli(['ingest', '-'], Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `<stdin>: ${TOO_LARGE}`);
  });

  it('a process reading endless standard input stops at the limit and ends (exit 2)', async () => {
    const child = spawn('sh', ['-c', `yes 'The Parties agree.' | "${process.execPath}" --import tsx "${MAIN}" ingest -`], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(status, 2);
    assert.equal(stderr, `<stdin>: ${TOO_LARGE}`);
  });
});

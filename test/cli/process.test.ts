/**
 * `pacta` as a real process: what the other CLI tests, which run the CLI inside the test process,
 * cannot see. The exit status the shell gets, output on the right stream, the two entry points
 * (src/faces/cli/main.ts and the installed bin/pacta.js), a reader that stops early, and an
 * internal error with PACTA_DEBUG. Each process costs a couple of seconds: add one only for such a thing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../support/golden.js';
import { goldenPath } from '../text/support.js';
import { MAIN, ROOT, pactaProcess } from './support.js';

const OWN_LINE = 'test/fixtures/text/plain/own-line-headings.txt';

describe('pacta as a process', { concurrency: true }, () => {
  it('bin/pacta.js runs the CLI: exit 0, the output on stdout and nothing on stderr', async () => {
    const r = await pactaProcess(['ingest', OWN_LINE, '--json'], { bin: true });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assertGolden(goldenPath(OWN_LINE), r.stdout, { update: false });
  });

  it('a finding exits 1, the report on stdout and nothing on stderr', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pacta-process-')), 'wrong.yaml');
    writeFileSync(
      file,
      'title: Wrong\ntreaties: [ussr-prk-1961]\nexpect:\n  - { at: 1996-09-10, treaty: ussr-prk-1961, status: in-force }\n',
    );
    const r = await pactaProcess(['test', file]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /FAIL .*wrong\.yaml — Wrong \(1 expectation\)\n/);
  });

  it('bad input exits 2, the message on stderr and nothing on stdout', async () => {
    const r = await pactaProcess(['status', 'nato', '--at', '1995-02-28']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'nato: error: unknown treaty "nato"\n  hint: use one of: anzus-1951, north-atlantic-1949, prk-rus-2024, ussr-prk-1961\n',
    );
  });

  it('bad usage exits 2 without the process exiting early (Commander is told not to exit)', async () => {
    const r = await pactaProcess(['ingest']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "error: missing required argument 'file'\n(run `pacta --help` for the list of commands)\n");
  });

  it('a reader that stops early (`pacta … | head`) ends it quietly with exit 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', OWN_LINE, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the pipe's only reader is gone before the first write: EPIPE
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });

  it('an internal error exits 3 with one line, and the stack trace under PACTA_DEBUG', async () => {
    // A stdout that fails for another reason than a closed pipe: an error Pacta does not expect.
    const failingStdout = 'data:text/javascript,process.stdout.write=()=>{throw new Error("injected failure")}';
    const r = await pactaProcess(['ingest', OWN_LINE], { nodeArgs: ['--import', failingStdout], env: { PACTA_DEBUG: '1' } });
    assert.equal(r.status, 3);
    assert.match(
      r.stderr,
      /^pacta: internal error: injected failure\n {2}\(set PACTA_DEBUG=1 for details; please report it\)\nError: injected failure\n {4}at /,
    );
  });
});

/**
 * The CLI run inside the test's process (runCli with its own I/O): everything goes through the
 * given sinks and environment, the checked corpus is kept between commands but never used once a
 * file of the corpus has changed, and failures become exit statuses, not exits.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../src/faces/cli/program.js';
import { ROOT, pacta } from './support.js';

const MINIMAL = join(ROOT, 'test', 'fixtures', 'corpus-minimal');

/** A copy of the minimal corpus that a test may edit. */
function scratchCorpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pacta-memo-')), 'corpus');
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
}

async function termOn(corpus: string, date: string): Promise<number> {
  const r = await pacta(['status', 'demo-pact', '--at', date, '--corpus', corpus, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).term;
}

describe('the checked corpus, kept between commands', () => {
  it('is checked again when a file changes, even when the edit keeps its size', async () => {
    const corpus = scratchCorpus();
    const treaty = join(corpus, 'demo-pact', 'treaty.yaml');
    assert.equal(await termOn(corpus, '2001-01-01'), 2);
    edit(treaty, 'initialTerm: P10Y', 'initialTerm: P20Y');
    assert.equal(await termOn(corpus, '2001-01-01'), 1);
    edit(treaty, 'initialTerm: P20Y', 'initialTerm: P10Y');
    assert.equal(await termOn(corpus, '2001-01-01'), 2);
  });

  it('sees a source text broken and mended: exit 2 to evaluate, 1 to check, then 0 again', async () => {
    const corpus = scratchCorpus();
    const source = join(corpus, 'demo-pact', 'sources', 'demo.txt');
    assert.equal((await pacta(['check', '--corpus', corpus])).status, 0);
    edit(source, 'shall immediately extend', 'shall promptly extend');
    const status = await pacta(['status', 'demo-pact', '--at', '1995-01-10', '--corpus', corpus]);
    assert.equal(status.status, 2);
    assert.match(status.stderr, /treaty\.yaml:27:37: error: quote not found in source "demo-en"/);
    assert.equal((await pacta(['check', '--corpus', corpus])).status, 1);
    edit(source, 'shall promptly extend', 'shall immediately extend');
    assert.equal((await pacta(['status', 'demo-pact', '--at', '1995-01-10', '--corpus', corpus])).status, 0);
    assert.equal((await pacta(['check', '--corpus', corpus])).status, 0);
  });

  it('a command does not change what the next one sees', async () => {
    const before = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--json']);
    await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--scenario', 'test/fixtures/compare/scenarios/attack-with-war.yaml', '--json']);
    await pacta(['run', 'corpus/ussr-prk-1961/scenarios/attack-1985.yaml', '--json']);
    await pacta(['export', '--format', 'csv', '--members']);
    const after = await pacta(['diff', 'ussr-prk-1961', 'prk-rus-2024', '--json']);
    assert.equal(after.stdout, before.stdout);
  });
});

describe('runCli with its own I/O', () => {
  it('reads the environment it is given: PACTA_CORPUS', async () => {
    const r = await pacta(['status', 'demo-pact', '--at', '1995-01-10'], { env: { PACTA_CORPUS: MINIMAL } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^demo-pact on 1995-01-10: IN-FORCE\n/);
  });

  it('writes help to its stdout and usage errors to its stderr', async () => {
    const help = await pacta(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: pacta \[options\] \[command\]\n/);
    assert.equal(help.stderr, '');
    const unknown = await pacta(['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^error: unknown command 'frobnicate'\n/);
  });

  it("--version (and -V) prints package.json's version on stdout, exit 0", async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const r = await pacta([flag]);
      assert.equal(r.status, 0, flag);
      assert.equal(r.stdout, `${version}\n`, flag);
      assert.equal(r.stderr, '', flag);
    }
  });

  it('turns an unexpected failure into exit 3 and one line; the stack trace only under PACTA_DEBUG', async () => {
    for (const debug of ['', '1']) {
      let stderr = '';
      const status = await runCli(['ingest', 'test/fixtures/text/plain/own-line-headings.txt'], {
        stdout: {
          write: () => {
            throw new Error('the sink broke');
          },
        },
        stderr: { write: (text: string) => (stderr += text) },
        env: { PACTA_DEBUG: debug },
      });
      assert.equal(status, 3);
      const line = 'pacta: internal error: the sink broke\n  (set PACTA_DEBUG=1 for details; please report it)\n';
      assert.equal(stderr.slice(0, line.length), line);
      assert.equal(stderr.length > line.length, Boolean(debug));
      if (debug) assert.match(stderr.slice(line.length), /^Error: the sink broke\n {4}at /);
    }
  });
});

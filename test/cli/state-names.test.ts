/**
 * The CLI reads a state by its code, name or alias wherever it takes one (a scenario file's events and
 * expectations, `--party`), and refuses a near miss with exit 2 and the nearest state.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pacta } from './support.js';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pacta-cli-')), name);
  writeFileSync(path, text);
  return path;
}

const ATTACK = (against: string) =>
  `title: Attack\nevents:\n  - { id: e1, date: 1985-02-01, type: armed-attack, by: United States, against: ${against} }\n`;

describe('states by name in the CLI', () => {
  it('runs a scenario whose events name states by name exactly as with codes', async () => {
    const byName = await pacta(['run', tempFile('named.yaml', ATTACK("Democratic People's Republic of Korea")), '--json']);
    const byCode = await pacta(['run', tempFile('coded.yaml', ATTACK('PRK')), '--json']);
    assert.equal(byName.status, 0, byName.stderr);
    assert.equal(byName.stdout.replace(/named\.yaml/g, 'coded.yaml'), byCode.stdout);
  });

  it('refuses a near miss in a scenario with file, line, column and the nearest state (exit 2)', async () => {
    const r = await pacta(['run', tempFile('bad.yaml', ATTACK('North Corea'))]);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /bad\.yaml:3:81: error: unknown state "North Corea": did you mean PRK \(Democratic People's Republic of Korea\)\?\n/,
    );
    assert.match(r.stderr, /\n {2}hint: write its code, or a name or alias of corpus\/states\.yaml\n/);
  });

  it('reads --party by name, and refuses a near miss (exit 2)', async () => {
    const named = await pacta(['status', 'ussr-prk-1961', '--at', '1985-01-01', '--party', 'north korea']);
    assert.equal(named.status, 0, named.stderr);
    assert.match(named.stdout, /^ussr-prk-1961 on 1985-01-01, for PRK: IN-FORCE\n/);
    const near = await pacta(['status', 'ussr-prk-1961', '--at', '1985-01-01', '--party', 'Soviet Onion']);
    assert.equal(near.status, 2);
    assert.equal(
      near.stderr,
      '--party: error: unknown state "Soviet Onion": did you mean SUN (Union of Soviet Socialist Republics)?\n' +
        '  hint: write its code, or a name or alias of corpus/states.yaml\n',
    );
    const none = await pacta(['status', 'ussr-prk-1961', '--at', '1985-01-01', '--party', 'XYZ']);
    assert.equal(none.status, 2);
    assert.equal(
      none.stderr,
      '--party: error: unknown state "XYZ": not a code, name or alias in corpus/states.yaml; codes are ISO 3166-1 alpha-3 (e.g. FIN)\n' +
        '  hint: check the spelling, or add the state to data/states.input.yaml (then run npm run states)\n',
    );
  });
});

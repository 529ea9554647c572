/** `pacta export` from the command line: the three formats, --out written whole, usage errors exit 2. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../support/golden.js';
import { ROOT, pacta } from './support.js';

/** The library's golden files (test/export owns them): the CLI must print them byte for byte. */
const GOLDEN = join(ROOT, 'test', 'fixtures', 'export', 'golden');
const golden = (name: string) => readFileSync(join(GOLDEN, name), 'utf8');
const assertPrints = (actual: string, name: string) => assertGolden(join(GOLDEN, name), actual, { update: false });
const tempDir = () => mkdtempSync(join(tmpdir(), 'pacta-export-'));
/** A CSV's lines (CRLF-separated, none empty). */
const lines = (csv: string) => csv.split('\r\n').filter((line) => line !== '');
/** The header and the rows of the two seed treaties, which the golden files hold. */
const seedLines = (csv: string) => lines(csv).filter((line) => /^(treaty_id|prk-rus-2024|ussr-prk-1961),/.test(line));
const ALL_TREATIES = ['anzus-1951', 'north-atlantic-1949', 'prk-rus-2024', 'ussr-prk-1961'];

describe('pacta export: formats', () => {
  it('--format akn prints the Akoma Ntoso document (the reviewed golden file)', async () => {
    const r = await pacta(['export', 'ussr-prk-1961', '--format', 'akn']);
    assert.equal(r.status, 0, r.stderr);
    assertPrints(r.stdout, 'ussr-prk-1961.akn.xml');
  });
  it('--format json prints the versioned JSON export; the treaty may be named by its folder', async () => {
    const r = await pacta(['export', 'corpus/prk-rus-2024', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assertPrints(r.stdout, 'prk-rus-2024.json');
    assert.equal(JSON.parse(r.stdout).formatVersion, '1.2');
  });
  it('--format csv covers every treaty by default, or the ones named; --members gives one row per party', async () => {
    const all = await pacta(['export', '--format', 'csv']);
    assert.equal(all.status, 0, all.stderr);
    assert.deepEqual(
      lines(all.stdout).map((line) => line.split(',')[0]),
      ['treaty_id', ...ALL_TREATIES],
    );
    assert.deepEqual(seedLines(all.stdout), lines(golden('treaties.csv')));
    const seeds = await pacta(['export', 'prk-rus-2024', 'ussr-prk-1961', '--format', 'csv']);
    assertPrints(seeds.stdout, 'treaties.csv');
    const named = await pacta(['export', 'ussr-prk-1961', 'prk-rus-2024', '--format', 'csv']);
    const namedLines = lines(named.stdout);
    assert.match(namedLines[1]!, /^ussr-prk-1961,/);
    assert.match(namedLines[2]!, /^prk-rus-2024,/);
    const members = await pacta(['export', '--format', 'csv', '--members']);
    assert.deepEqual([...new Set(lines(members.stdout).map((line) => line.split(',')[0]))], ['treaty_id', ...ALL_TREATIES]);
    assert.deepEqual(seedLines(members.stdout), lines(golden('members.csv')));
    // The member rows split at the succession: the USSR to 1991-12-25, Russia continuing it from then.
    const ussr = await pacta(['export', 'ussr-prk-1961', '--format', 'csv', '--members']);
    assert.deepEqual(
      ussr.stdout
        .split('\r\n')
        .slice(0, 4)
        .map((line) => line.split(',').slice(0, 7).join(',')),
      [
        'treaty_id,member,member_name,member_from,member_to,member_continuing,member_continued_by',
        'ussr-prk-1961,SUN,Union of Soviet Socialist Republics,1961-09-10,1991-12-25,,RUS from 1991-12-25',
        'ussr-prk-1961,RUS,Russian Federation,1991-12-25,1996-09-10,SUN,',
        "ussr-prk-1961,PRK,Democratic People's Republic of Korea,1961-09-10,1996-09-10,,",
      ],
    );
    assert.doesNotMatch(ussr.stdout, /by SUN/);
  });
  it('--schema prints the JSON Schema published as schemas/export.schema.json', async () => {
    const r = await pacta(['export', '--schema']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(join(ROOT, 'schemas', 'export.schema.json'), 'utf8'));
  });
  it('does not depend on how the corpus is named (relative, absolute) or where it is run from', async () => {
    const r = await pacta(['export', 'ussr-prk-1961', '--format', 'json', '--corpus', join(ROOT, 'corpus')], { cwd: join(ROOT, 'test') });
    assert.equal(r.status, 0, r.stderr);
    assertPrints(r.stdout, 'ussr-prk-1961.json');
  });
});

describe('pacta export --out', () => {
  it('writes the file whole (temporary file, then rename) and leaves nothing else behind', async () => {
    const dir = tempDir();
    const out = join(dir, 'treaty.akn.xml');
    writeFileSync(out, 'an older, longer file that must be replaced entirely '.repeat(2000));
    const r = await pacta(['export', 'prk-rus-2024', '--format', 'akn', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote .*treaty\.akn\.xml \(akn, prk-rus-2024, \d+ bytes\)\n$/);
    assertPrints(readFileSync(out, 'utf8'), 'prk-rus-2024.akn.xml');
    assert.deepEqual(readdirSync(dir), ['treaty.akn.xml']);
  });
  it('--json reports what was written', async () => {
    const dir = tempDir();
    const out = join(dir, 'all.csv');
    const r = await pacta(['export', '--format', 'csv', '--out', out, '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      out,
      format: 'csv',
      treaties: ALL_TREATIES,
      bytes: Buffer.byteLength(readFileSync(out, 'utf8')),
    });
    assert.deepEqual(seedLines(readFileSync(out, 'utf8')), lines(golden('treaties.csv')));
  });
  it('a path it cannot write exits 2, writes nothing and leaves no temporary file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a-folder'));
    const r = await pacta(['export', 'ussr-prk-1961', '--format', 'json', '--out', join(dir, 'a-folder')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /error: cannot write .*a-folder: it is a folder\n {2}hint: /);
    assert.deepEqual(readdirSync(dir), ['a-folder']);
    assert.deepEqual(readdirSync(join(dir, 'a-folder')), []);
    const missing = await pacta(['export', 'ussr-prk-1961', '--format', 'json', '--out', join(dir, 'no', 'such', 'x.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no folder/);
  });
  it('bad input writes nothing: an existing file is left as it was', async () => {
    const dir = tempDir();
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'kept');
    const r = await pacta(['export', 'nato', '--format', 'json', '--out', out]);
    assert.equal(r.status, 2);
    assert.equal(readFileSync(out, 'utf8'), 'kept');
    assert.deepEqual(readdirSync(dir), ['kept.json']);
  });
});

describe('pacta export: bad usage exits 2 with what to do', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'unknown format',
      ['export', 'ussr-prk-1961', '--format', 'xml'],
      /^--format: error: unknown format "xml"\n {2}hint: use --format akn, --format json or --format csv\n$/,
    ],
    ['no format', ['export', 'ussr-prk-1961'], /^--format: error: which format\? --format is required\n/],
    [
      'unknown treaty',
      ['export', 'nato', '--format', 'akn'],
      /^nato: error: unknown treaty "nato"\n {2}hint: use one of: anzus-1951, north-atlantic-1949, prk-rus-2024, ussr-prk-1961\n$/,
    ],
    [
      'akn without a treaty',
      ['export', '--format', 'akn'],
      /error: --format akn needs the treaty to export\n {2}hint: e\.g\. pacta export ussr-prk-1961 --format akn/,
    ],
    [
      'json with two treaties',
      ['export', 'ussr-prk-1961', 'prk-rus-2024', '--format', 'json'],
      /error: --format json exports one treaty at a time, not 2/,
    ],
    [
      '--members without csv',
      ['export', 'ussr-prk-1961', '--format', 'json', '--members'],
      /^--members: error: --members applies to --format csv only/,
    ],
    ['--schema of another format', ['export', '--schema', '--format', 'csv'], /error: --schema describes the json format, not "csv"/],
    ['a missing corpus', ['export', '--format', 'csv', '--corpus', 'no/such/dir'], /^no\/such\/dir: error: not a corpus folder/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await pacta(args);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }
});

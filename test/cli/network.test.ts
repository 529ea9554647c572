/**
 * `pacta network`: the network on a day (text, JSON, CSV edge list) and the dyad-year rows over the
 * fixture corpus test/fixtures/corpus-network, what each prints and its exit status, and the usage
 * errors (exit 2) naming the option at fault and what to do.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pacta, ROOT } from './support.js';

const CORPUS = ['--corpus', 'test/fixtures/corpus-network'];
const GOLDEN = join(ROOT, 'test', 'fixtures', 'export', 'golden');

describe('pacta network', () => {
  it('--at DATE prints the edges of the day as a table', async () => {
    const r = await pacta(['network', '--at', '2003-03-01', '--code', 'nonagg', ...CORPUS]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        'Defence network on 2003-03-01 (NONAGG 1 or unknown): 2 edges between 3 states:',
        'owes       treaty    codes           articles        from        last day',
        '─────────  ────────  ──────────────  ──────────────  ──────────  ──────────',
        'USA → DEU  alliance  DEFENSE NONAGG  Art. 1, Art. 2  2000-04-03  2005-05-19',
        'USA → POL  alliance  DEFENSE NONAGG  Art. 1, Art. 2  2002-06-15  open',
        '(CODE? unknown: see --format json for the reason)',
        '',
      ].join('\n'),
    );
  });

  it('--format json and --format edges print what the export gives (its golden files)', async () => {
    const json = await pacta(['network', '--at', '2003-03-01', '--format', 'json', ...CORPUS]);
    assert.equal(json.status, 0, json.stderr);
    assert.equal(json.stdout, readFileSync(join(GOLDEN, 'network-2003-03-01.json'), 'utf8'));
    const flag = await pacta(['network', '--at', '2003-03-01', '--json', ...CORPUS]);
    assert.equal(flag.stdout, json.stdout);
    const edges = await pacta(['network', '--at', '2003-03-01', '--format', 'edges', ...CORPUS]);
    assert.equal(edges.stdout, readFileSync(join(GOLDEN, 'network-2003-03-01.csv'), 'utf8'));
  });

  it('a day without edges says so', async () => {
    const r = await pacta(['network', '--at', '1980-01-01', ...CORPUS]);
    assert.deepEqual([r.status, r.stdout], [0, 'Defence network on 1980-01-01: 0 edges between 0 states.\n']);
  });

  it('--dyad-years prints the rows as CSV (default) or JSON, over a range of years', async () => {
    const csv = await pacta(['network', '--dyad-years', ...CORPUS]);
    assert.equal(csv.status, 0, csv.stderr);
    assert.equal(csv.stdout, readFileSync(join(GOLDEN, 'dyad-years-network.csv'), 'utf8'));
    const json = await pacta([
      'network',
      '--dyad-years',
      '--format',
      'json',
      '--from',
      '1991',
      '--to',
      '1991',
      '--code',
      'DEFENSE',
      ...CORPUS,
    ]);
    const result = JSON.parse(json.stdout) as {
      from: number;
      to: number;
      rows: { stateA: string; stateB: string; start: string; end: string }[];
    };
    assert.deepEqual([result.from, result.to], [1991, 1991]);
    assert.deepEqual(
      result.rows.map((r) => `${r.stateA}>${r.stateB} ${r.start}..${r.end}`),
      [
        'POL>RUS 1991-12-25..1991-12-31',
        'POL>SUN 1991-01-01..1991-12-24',
        'RUS>POL 1991-12-25..1991-12-31',
        'SUN>POL 1991-01-01..1991-12-24',
      ],
    );
  });

  for (const [args, stderr] of [
    [['network'], 'pacta network: error: which day? give --at DATE, or --dyad-years\n  hint: e.g. pacta network --at 1990-06-01\n'],
    [['network', '--at', '2003-02-30'], '--at: error: --at "2003-02-30": '],
    [
      ['network', '--at', '2003-03-01', '--code', 'ALLY'],
      '--code: error: --code "ALLY": not an ATOP code\n  hint: use one of DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL\n',
    ],
    [
      ['network', '--at', '2003-03-01', '--format', 'csv'],
      '--format: error: --format "csv": not a format of --at\n  hint: with --at, use --format text, --format json, --format edges\n',
    ],
    [
      ['network', '--at', '2003-03-01', '--from', '2000'],
      '--from: error: --from applies to --dyad-years only\n  hint: add --dyad-years, or leave it out\n',
    ],
    [['network', '--dyad-years', '--at', '2003-03-01'], '--at: error: --at and --dyad-years ask for different things\n'],
    [
      ['network', '--dyad-years', '--from', '1995', '--to', '1990'],
      '--from: error: --from 1995 is after --to 1990\n  hint: give the first year first, e.g. --from 1990 --to 1995\n',
    ],
    [['network', '--dyad-years', '--to', 'next'], '--to: error: --to "next": not a year\n  hint: give a year from 1 to 9999, e.g. 1991\n'],
    [
      ['network', '--at', '2003-03-01', '--json', '--format', 'edges'],
      '--json: error: --json and --format edges ask for different formats\n  hint: give one of them\n',
    ],
    [
      ['network', '--dyad-years', '--format', 'edges'],
      '--format: error: --format "edges": not a format of --dyad-years\n  hint: with --dyad-years, use --format csv, --format json\n',
    ],
  ] as const) {
    it(`refuses ${args.slice(1).join(' ') || 'no options'} (exit 2) saying what to do`, async () => {
      const r = await pacta([...args, ...CORPUS]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.startsWith(stderr), r.stderr);
    });
  }
});

/**
 * The dyad-year rows over the real corpus (four treaties: 1961 USSR–DPRK, 2024 DPRK–Russia, the
 * North Atlantic Treaty, ANZUS): exact rows where the records split a year (an accession, the US
 * suspension towards New Zealand, the Russian Federation continuing the USSR, a treaty ending on a
 * notice), and a golden file of the years 1952, 1986, 1991 and 2024 (the whole file is over 3 MB).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { codedDyads, dyadYears, dyadYearsCsv, networkAt } from '../../src/export/dyad-years/index.js';
import type { DyadYearRow } from '../../src/model/network.js';
import { assertGolden, CORPUS } from './support.js';

const check = checkCorpus(CORPUS);
const compiled = check.compiled!;
const coded = codedDyads(compiled, check);
const all = dyadYears(compiled, check, {}, coded);
const codes = (r: DyadYearRow) => [r.defense, r.offense, r.neutral, r.nonagg, r.consul].join('');
const rows = (a: string, b: string, year: number, treaty: string) =>
  all.rows.filter((r) => r.stateA === a && r.stateB === b && r.year === year && r.treaty === treaty).map((r) => [r.start, r.end, codes(r)]);

describe('dyad-year rows of the corpus', () => {
  it('checks clean, and runs from the first entry into force (1949) to the last recorded year (2024)', () => {
    assert.deepEqual(
      check.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.deepEqual([all.from, all.to], [1949, 2024]);
  });

  it('an accession splits its year: Greece from 1952-02-18, Finland from 2023-04-04, Sweden from 2024-03-07, both ways', () => {
    assert.deepEqual(rows('GRC', 'USA', 1952, 'north-atlantic-1949'), [['1952-02-18', '1952-12-31', '10001']]);
    assert.deepEqual(rows('USA', 'FIN', 2023, 'north-atlantic-1949'), [['2023-04-04', '2023-12-31', '10001']]);
    assert.deepEqual(rows('SWE', 'USA', 2024, 'north-atlantic-1949'), [['2024-03-07', '2024-12-31', '10001']]);
    assert.deepEqual(rows('SWE', 'USA', 2023, 'north-atlantic-1949'), []);
  });

  it('the 1986 US suspension ends USA → NZL on 1986-08-10 and no other direction', () => {
    assert.deepEqual(rows('USA', 'NZL', 1986, 'anzus-1951'), [['1986-01-01', '1986-08-10', '10001']]);
    assert.deepEqual(rows('USA', 'NZL', 1987, 'anzus-1951'), []);
    assert.deepEqual(rows('NZL', 'USA', 1987, 'anzus-1951'), [['1987-01-01', '1987-12-31', '10001']]);
    assert.deepEqual(rows('USA', 'AUS', 1987, 'anzus-1951'), [['1987-01-01', '1987-12-31', '10001']]);
  });

  it("RUS carries the USSR's dyads from 1991-12-25 until the 1961 treaty ends on its notice (1996-09-10)", () => {
    assert.deepEqual(rows('SUN', 'PRK', 1991, 'ussr-prk-1961'), [['1991-01-01', '1991-12-24', '10010']]);
    assert.deepEqual(rows('RUS', 'PRK', 1991, 'ussr-prk-1961'), [['1991-12-25', '1991-12-31', '10010']]);
    assert.deepEqual(rows('PRK', 'RUS', 1996, 'ussr-prk-1961'), [['1996-01-01', '1996-09-09', '10010']]);
    assert.deepEqual(rows('PRK', 'RUS', 1997, 'ussr-prk-1961'), []);
    assert.deepEqual(rows('PRK', 'RUS', 2024, 'prk-rus-2024'), [['2024-12-04', '2024-12-31', '10011']]);
  });

  it('who owes defence to Russia in 1975 and in 2025 (the network on a day)', () => {
    const to = (date: string) =>
      networkAt(compiled, check, date, 'DEFENSE', coded)
        .edges.filter((e) => e.from === 'RUS' || e.from === 'SUN')
        .map((e) => `${e.from}>${e.to} ${e.treaty}`);
    assert.deepEqual(to('1975-01-01'), ['SUN>PRK ussr-prk-1961']);
    assert.deepEqual(to('2025-01-01'), ['RUS>PRK prk-rus-2024']);
  });

  it('matches its golden file (the years 1952, 1986, 1991 and 2024)', () => {
    const years = new Set([1952, 1986, 1991, 2024]);
    assertGolden('dyad-years-corpus.csv', dyadYearsCsv({ ...all, rows: all.rows.filter((r) => years.has(r.year)) }));
  });
});

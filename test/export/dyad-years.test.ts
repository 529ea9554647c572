/**
 * The network on a day and the dyad-year rows (src/export/dyad-years) over the fixture corpus
 * test/fixtures/corpus-network: exact rows (an accession splits a year, a withdrawal ends a dyad a
 * year after its notice, a suspension removes one direction for its days, a successor carries the
 * dyads), codes per direction (a one-way promise), unknown codes with their reasons
 * (test/fixtures/corpus-gaps), properties of the network on random days, and golden files.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { checkCorpus, type CheckResult } from '../../src/check/compile.js';
import { provisionCoding } from '../../src/export/atop/classify.js';
import { dyadCodes } from '../../src/export/dyad-years/codes.js';
import { codedDyads, dyadYears, dyadYearsCsv, networkAt, networkEdgesCsv } from '../../src/export/dyad-years/index.js';
import { addDays } from '../../src/model/calendar.js';
import { dyadYearsJsonSchemaText, networkJsonSchemaText, type DyadYearRow } from '../../src/model/network.js';
import { assertGolden, GAPS, GOLDEN, ROOT } from './support.js';

const NETWORK = join(ROOT, 'test', 'fixtures', 'corpus-network');

function checked(root: string): CheckResult & { compiled: NonNullable<CheckResult['compiled']> } {
  const check = checkCorpus(root);
  assert.deepEqual(
    check.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  return check as CheckResult & { compiled: NonNullable<CheckResult['compiled']> };
}

const check = checked(NETWORK);
const coded = codedDyads(check.compiled, check);
const years = dyadYears(check.compiled, check, {}, coded);
const rows = (a: string, b: string, year: number) =>
  years.rows.filter((r) => r.stateA === a && r.stateB === b && r.year === year).map((r) => [r.start, r.end, codes(r)]);
const codes = (r: DyadYearRow) => [r.defense, r.offense, r.neutral, r.nonagg, r.consul].join('');

describe('dyad-year rows over the network fixture', () => {
  it('run by default from the first year a dyad holds to the last year the records fix (a withdrawal a year after the last notice)', () => {
    assert.equal(years.from, 1985);
    assert.equal(years.to, 2005);
  });

  it('an accession splits its year: the acceder from its deposit, both ways', () => {
    assert.deepEqual(rows('FRA', 'POL', 2002), [['2002-06-15', '2002-12-31', '10000']]);
    assert.deepEqual(rows('POL', 'FRA', 2002), [['2002-06-15', '2002-12-31', '10000']]);
    assert.deepEqual(rows('POL', 'FRA', 2001), []);
  });

  it('a withdrawal ends the dyads one year after the notice (the last day held is the day before)', () => {
    assert.deepEqual(rows('DEU', 'FRA', 2004), [['2004-01-01', '2004-12-31', '10000']]);
    assert.deepEqual(rows('DEU', 'FRA', 2005), [['2005-01-01', '2005-05-19', '10000']]);
    assert.deepEqual(rows('FRA', 'DEU', 2005), [['2005-01-01', '2005-05-19', '10000']]);
    assert.deepEqual(rows('FRA', 'USA', 2005), [['2005-01-01', '2005-12-31', '10000']]);
  });

  it('a suspension removes the one direction for its days: two rows in its year; the other direction whole', () => {
    assert.deepEqual(rows('USA', 'FRA', 2003), [
      ['2003-01-01', '2003-01-31', '10010'],
      ['2003-09-01', '2003-12-31', '10010'],
    ]);
    assert.deepEqual(rows('FRA', 'USA', 2003), [['2003-01-01', '2003-12-31', '10000']]);
  });

  it('the one-way promise earns NONAGG from USA only, with the provisions behind the codes', () => {
    const usaDeu = years.rows.find((r) => r.stateA === 'USA' && r.stateB === 'DEU' && r.year === 2001)!;
    const deuUsa = years.rows.find((r) => r.stateA === 'DEU' && r.stateB === 'USA' && r.year === 2001)!;
    assert.deepEqual([codes(usaDeu), usaDeu.provisions], ['10010', ['art1-defence', 'art2-no-hostile-agreement']]);
    assert.deepEqual([codes(deuUsa), deuUsa.provisions], ['10000', ['art1-defence']]);
  });

  it('a successor carries the dyads from the succession date: the predecessor to the day before, the successor from it', () => {
    assert.deepEqual(rows('SUN', 'POL', 1991), [['1991-01-01', '1991-12-24', '10000']]);
    assert.deepEqual(rows('RUS', 'POL', 1991), [['1991-12-25', '1991-12-31', '10000']]);
    assert.deepEqual(rows('POL', 'RUS', 1991), [['1991-12-25', '1991-12-31', '10000']]);
    assert.deepEqual(rows('SUN', 'POL', 1992), []);
  });

  it('a dyad none of whose provisions earns a code is left out (a duty to consult on request)', () => {
    assert.ok(coded.dyads.every((d) => d.provisions.every((p) => p.codes.length > 0)));
  });

  it('no atopid unless the treaty records one', () => {
    assert.ok(years.rows.every((r) => r.atopid === null));
  });

  it('a range and a code narrow the rows', () => {
    const narrow = dyadYears(check.compiled, check, { from: 2003, to: 2003, code: 'NONAGG' }, coded);
    assert.deepEqual(
      narrow.rows.map((r) => `${r.stateA}>${r.stateB} ${r.start}`),
      ['USA>DEU 2003-01-01', 'USA>FRA 2003-01-01', 'USA>FRA 2003-09-01', 'USA>POL 2003-01-01'],
    );
  });

  it('matches its golden files (CSV rows; the network on a day as JSON and as an edge list)', () => {
    assertGolden('dyad-years-network.csv', dyadYearsCsv(years));
    const day = networkAt(check.compiled, check, '2003-03-01', null, coded);
    assertGolden('network-2003-03-01.json', JSON.stringify(day, null, 2) + '\n');
    assertGolden('network-2003-03-01.csv', networkEdgesCsv(day));
  });
});

describe('the network on a day', () => {
  it('edges bearer → beneficiary with since and until of the current interval, and the states named', () => {
    const day = networkAt(check.compiled, check, '2003-03-01', null, coded);
    const usa = day.edges.filter((e) => e.from === 'USA').map((e) => [e.to, e.since, e.until]);
    assert.deepEqual(usa, [
      ['DEU', '2000-04-03', '2005-05-20'],
      ['POL', '2002-06-15', null],
    ]);
    assert.ok(day.edges.some((e) => e.from === 'FRA' && e.to === 'USA'));
    assert.deepEqual(
      day.nodes.map((n) => `${n.state} ${n.name}`),
      ['DEU Germany', 'FRA France', 'POL Poland', 'RUS Russian Federation', 'USA United States of America'],
    );
    const edge = day.edges.find((e) => e.from === 'RUS')!;
    assert.deepEqual([edge.partyFrom, edge.to, edge.since], ['SUN', 'POL', '1991-12-25']);
    assert.equal(edge.provisions[0]!.quote.startsWith('Should either Contracting Party suffer armed attack'), true);
    assert.equal(edge.provisions[0]!.file, 'east-pact/sources/treaty.txt');
  });

  it('with a code: only the edges where it is 1 or unknown', () => {
    const day = networkAt(check.compiled, check, '2003-03-01', 'NONAGG', coded);
    assert.deepEqual(
      day.edges.map((e) => `${e.from}>${e.to}`),
      ['USA>DEU', 'USA>POL'],
    );
  });

  it('every edge on a day lies within a dyad interval containing it; a two-way provision has its edge back unless that way is suspended', () => {
    const suspensions = [{ bearer: 'USA', beneficiary: 'FRA', from: '2003-02-01', to: '2003-09-01' }];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 * 366 }), (n) => {
        const date = addDays('1985-01-01', n);
        const day = networkAt(check.compiled, check, date, null, coded);
        for (const e of day.edges) {
          const dyad = coded.dyads.find((d) => d.treaty === e.treaty && d.partyA === e.partyFrom && d.partyB === e.partyTo)!;
          const i = dyad.intervals.find((x) => x.from === e.since && x.to === e.until)!;
          assert.ok(i && i.from! <= date && (i.to === null || date < i.to), `${e.from}>${e.to} on ${date}`);
          const twoWay = e.provisions.filter((p) => p.id !== 'art2-no-hostile-agreement');
          if (!twoWay.length) continue;
          const back = day.edges.some((x) => x.treaty === e.treaty && x.from === e.to && x.to === e.from);
          const suspended = suspensions.some((s) => s.bearer === e.to && s.beneficiary === e.from && s.from <= date && date < s.to);
          assert.equal(back, !suspended, `${e.to}>${e.from} on ${date}`);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('unknown codes (test/fixtures/corpus-gaps)', () => {
  const gaps = checked(GAPS);
  const day = networkAt(gaps.compiled, gaps, '2020-01-01');
  it('an incomplete provision running that way and a gap leave codes unknown, with the reason; a complete one earns 1', () => {
    const edge = day.edges.find((e) => e.from === 'FRA' && e.to === 'ITA')!;
    const byCode = Object.fromEntries(edge.codes.map((c) => [c.code, c]));
    assert.equal(byCode.NONAGG!.value, 1);
    assert.equal(byCode.DEFENSE!.value, null);
    assert.deepEqual(byCode.DEFENSE!.provisions, ['art3-mutual-assistance']);
    assert.match(
      byCode.DEFENSE!.reason!,
      /^provision art3-mutual-assistance \(article 3\) is incomplete \(.*\) and, as far as its words go, earns it; and the source has a gap that could hold such a clause: Article 4 \(not retrieved\)$/,
    );
    assert.equal(byCode.CONSUL!.reason, 'the source has a gap that could hold such a clause: Article 4 (not retrieved)');
    assert.equal(edge.provisions.find((p) => p.id === 'art3-mutual-assistance')!.incomplete !== undefined, true);
  });
  it('unknown is empty in the CSV, never 0', () => {
    const csv = dyadYearsCsv(dyadYears(gaps.compiled, gaps, { from: 2020, to: 2020 }));
    assert.match(
      csv,
      /^stateA,stateB,year,treaty,atopid,defense,offense,neutral,nonagg,consul,start,end,provisions\r\nFRA,ITA,2020,gap-pact,,,,,1,,2020-01-01,2020-12-31,art2-no-hostile-alliance;art3-mutual-assistance\r\n/,
    );
  });
});

describe('codes over an interval whose status is unknown', () => {
  it('a code a complete provision would earn is unknown, with why; one none would earn stays 0', () => {
    const treaty = check.compiled.treaties.find((t) => t.treaty.id === 'alliance')!;
    const coding = provisionCoding(treaty.treaty, check.compiled.vocabulary);
    const span = { status: 'unknown' as const, reason: 'In force from 2000-04-03; how long is unknown: the term is not recorded.' };
    assert.deepEqual(dyadCodes(['art1-defence', 'art2-no-hostile-agreement', 'art3-consultation'], coding, treaty, span), [
      {
        code: 'DEFENSE',
        value: null,
        provisions: ['art1-defence'],
        reason:
          'art1-defence would earn it, but whether the treaty applies between them over these days is unknown: In force from 2000-04-03; how long is unknown: the term is not recorded.',
      },
      { code: 'OFFENSE', value: 0, provisions: [] },
      { code: 'NEUTRAL', value: 0, provisions: [] },
      {
        code: 'NONAGG',
        value: null,
        provisions: ['art2-no-hostile-agreement'],
        reason:
          'art2-no-hostile-agreement would earn it, but whether the treaty applies between them over these days is unknown: In force from 2000-04-03; how long is unknown: the term is not recorded.',
      },
      { code: 'CONSUL', value: 0, provisions: [] },
    ]);
  });
});

describe('the published schemas', () => {
  it('schemas/network.schema.json and schemas/dyad-years.schema.json are current (npm run schemas) and accept the answers', () => {
    for (const [file, text, answer] of [
      [
        'network.schema.json',
        networkJsonSchemaText(),
        JSON.parse(readFileSync(join(GOLDEN, 'network-2003-03-01.json'), 'utf8')) as unknown,
      ],
      ['dyad-years.schema.json', dyadYearsJsonSchemaText(), JSON.parse(JSON.stringify(years)) as unknown],
    ] as const) {
      assert.equal(readFileSync(join(ROOT, 'schemas', file), 'utf8'), text, `run npm run schemas (${file})`);
      const validate = new Ajv2020({ strict: false }).compile(JSON.parse(text) as object);
      assert.ok(validate(answer), JSON.stringify(validate.errors));
    }
  });
});

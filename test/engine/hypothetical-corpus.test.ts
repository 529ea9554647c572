/**
 * "Who must help whom" on the real corpus (issue 17, "Done when"): an attack on a founding NATO
 * member in Europe in 1960; on Finland in 2022 (not yet a party) and in 2024 (a party since
 * 2023-04-04); on Guam, a United States island territory outside Article 6's area but in ANZUS's
 * Pacific Area; on New Zealand in 1990 (the United States' obligations towards it suspended since
 * 1986-08-11). The expected parties are those of the recorded history (corpus/north-atlantic-1949,
 * corpus/anzus-1951), written out by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HypothesisError, parseHypothesisText, resolveHypothesis, whoMustHelp } from '../../src/engine/index.js';
import type { HypotheticalAnswer } from '../../src/model/index.js';
import { loadRealCorpus } from './support.js';

const corpus = loadRealCorpus();
const ask = (question: string): HypotheticalAnswer => whoMustHelp(corpus, resolveHypothesis(corpus, parseHypothesisText(question)));

/** The bearers of one provision's owed rows with this outcome, in output order, each once (a bearer has a row per deadline its readings give). */
const bearers = (a: HypotheticalAnswer, provision: string, outcome: string) => [
  ...new Set(a.owed.filter((d) => d.provision === provision && d.outcome === outcome).map((d) => d.bearer)),
];

/** The parties of 1960: the twelve of 1949, Greece and Turkey (1952), the Federal Republic (1955). */
const NATO_1960 = ['BEL', 'CAN', 'DEU', 'DNK', 'FRA', 'GBR', 'GRC', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'TUR', 'USA'];
/** The parties of 2024-06-01 (Sweden from 2024-03-07), Finland aside. */
const NATO_2024_BUT_FIN = [
  'ALB', 'BEL', 'BGR', 'CAN', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FRA', 'GBR', 'GRC', 'HRV', 'HUN', 'ISL', 'ITA',
  'LTU', 'LUX', 'LVA', 'MKD', 'MNE', 'NLD', 'NOR', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE', 'TUR', 'USA',
]; // prettier-ignore

describe('who must help whom: the corpus', () => {
  it('an attack on France in Europe in 1960: each of the other fourteen parties owes assistance; later members owe nothing yet', () => {
    const a = ask('armed-attack by SUN against FRA at fra-metropolitan on 1960-06-01');
    const others = NATO_1960.filter((s) => s !== 'FRA');
    assert.deepEqual(bearers(a, 'art5-collective-defence', 'active'), others);
    assert.deepEqual(bearers(a, 'art5-collective-defence', 'breached'), []);
    const forthwith = a.owed.filter((d) => d.provision === 'art5-collective-defence');
    assert.deepEqual(
      [...new Set(forthwith.map((d) => `${d.outcome} ${d.deadline} ${JSON.stringify(d.readings)}`))],
      ['active null [{"forthwith":"no-fixed-deadline"}]', 'active 1960-06-08 [{"forthwith":"within-seven-days"}]'],
    );
    const deu = a.owed.find((d) => d.provision === 'art5-collective-defence' && d.bearer === 'DEU')!;
    assert.deepEqual(
      deu.grounds.map((g) => g.text),
      [
        'north-atlantic-1949 in force since 1949-08-24.',
        'DEU (bearer): bound by north-atlantic-1949 since 1955-05-06.',
        'FRA (beneficiary): bound by north-atlantic-1949 since 1949-08-24.',
        "Article 5's area: the event lies in the territory of attacked-party FRA (fra-metropolitan within fra-territory), in europe (fra-metropolitan within europe).",
      ],
    );
    const later = a.owesNothing.filter((n) => n.provision === 'art5-collective-defence' && n.reason === 'not-yet-a-party');
    assert.deepEqual(
      later.map((n) => [n.state, n.on]),
      [
        ['ALB', '2009-04-01'], ['BGR', '2004-03-29'], ['CZE', '1999-03-12'], ['ESP', '1982-05-30'], ['EST', '2004-03-29'],
        ['FIN', '2023-04-04'], ['HRV', '2009-04-01'], ['HUN', '1999-03-12'], ['LTU', '2004-03-29'], ['LVA', '2004-03-29'],
        ['MKD', '2020-03-27'], ['MNE', '2017-06-05'], ['POL', '1999-03-12'], ['ROU', '2004-03-29'], ['SVK', '2004-03-29'],
        ['SVN', '2004-03-29'], ['SWE', '2024-03-07'],
      ],
    ); // prettier-ignore
  });

  it('an attack on Finland in 2022: nothing owed under the North Atlantic Treaty, Finland not yet a party', () => {
    const a = ask('armed-attack by RUS against FIN at fin-territory on 2022-06-01');
    assert.deepEqual(a.owed, []);
    const defence = a.owesNothing.filter((n) => n.provision === 'art5-collective-defence');
    assert.deepEqual(
      defence.map((n) => [n.reason, n.state, n.on, n.pairs.length]),
      [
        ['not-yet-a-party', 'FIN', '2023-04-04', 30],
        ['not-yet-a-party', 'SWE', '2024-03-07', 1],
      ],
    );
    assert.equal(defence[0]!.text, 'FIN is not yet bound by north-atlantic-1949 on 2022-06-01: bound from 2023-04-04.');
    assert.deepEqual(
      a.notParty.map((n) => n.text),
      [
        "RUS is bound by none of the corpus's treaties on 2022-06-01; it is a party at other times to prk-rus-2024, ussr-prk-1961.",
        "FIN is bound by none of the corpus's treaties on 2022-06-01; it is a party at other times to north-atlantic-1949.",
      ],
    );
  });

  it('an attack on Finland in 2024: each other party owes assistance, Finland bound since 2023-04-04', () => {
    const a = ask('armed-attack by RUS against FIN at fin-territory on 2024-06-01');
    // Article 13 read two ways changes no party's status on the day (no notice is recorded): read at its default.
    assert.deepEqual(
      a.treaties.map((t) => [t.treaty, t.status, t.terms, t.runs]),
      [
        ['north-atlantic-1949', 'in-force', ['deems-necessary', 'forthwith', 'immediately'], 8],
        ['prk-rus-2024', 'not-in-force', ['state-of-war', 'without-delay'], 6],
        ['ussr-prk-1961', 'terminated', ['immediately', 'state-of-war'], 6],
      ],
    );
    assert.deepEqual(bearers(a, 'art5-collective-defence', 'active'), NATO_2024_BUT_FIN);
    assert.ok(
      a.owed.filter((d) => d.provision === 'art5-collective-defence').every((d) => d.beneficiary === 'FIN' && d.from === '2024-06-01'),
    );
    assert.ok(
      a.owed[0]!.grounds.some((g) => g.text === 'FIN (beneficiary): bound by north-atlantic-1949 since 2023-04-04.'),
      JSON.stringify(a.owed[0]!.grounds),
    );
    assert.deepEqual(
      a.owesNothing.filter((n) => n.provision === 'art5-collective-defence'),
      [],
    );
  });

  it('an attack on Guam: outside Article 6 (nothing under NATO), inside the Pacific Area (Australia and New Zealand bound under ANZUS)', () => {
    const a = ask('armed-attack by PRK against USA at guam on 2024-06-01');
    const nato = a.owesNothing.filter((n) => n.provision === 'art5-collective-defence');
    // Every party of the day but the United States: Finland too.
    const others = [...NATO_2024_BUT_FIN.filter((s) => s !== 'USA'), 'FIN'].sort();
    assert.deepEqual(
      nato.map((n) => [n.reason, n.pairs.map((p) => p.bearer)]),
      [['outside-area', others]],
    );
    assert.match(nato[0]!.text, /^Not applicable: hypothesis \(at guam\) lay outside the provision's scope/);
    assert.deepEqual(
      a.owed
        .filter((d) => d.treaty === 'anzus-1951' && d.provision === 'art4-common-danger')
        .map((d) => [d.bearer, d.beneficiary, d.outcome, d.everyReading]),
      [
        ['AUS', 'USA', 'active', true],
        ['NZL', 'USA', 'active', true],
      ],
    );
    assert.ok(
      a.owed[0]!.grounds.some((g) => g.text === "Article IV's area: the event lies in pacific-area (guam within pacific-area)."),
      JSON.stringify(a.owed[0]!.grounds),
    );
  });

  it('an attack on New Zealand in 1990 by a state outside the alliance: Australia bound; the United States not, suspended since 1986', () => {
    const a = ask('armed-attack by IDN against NZL at nzl-territory on 1990-06-01');
    assert.deepEqual(
      a.owed.filter((d) => d.provision === 'art4-common-danger').map((d) => [d.bearer, d.beneficiary, d.outcome]),
      [['AUS', 'NZL', 'active']],
    );
    const suspended = a.owesNothing.filter((n) => n.provision === 'art4-common-danger');
    assert.deepEqual(
      suspended.map((n) => [n.reason, n.state, n.on, n.pairs]),
      [['suspended', 'USA', '1986-08-11', [{ bearer: 'USA', beneficiary: 'NZL' }]]],
    );
    assert.equal(
      suspended[0]!.text,
      "USA's obligations towards NZL under anzus-1951 are suspended on 1990-06-01: suspended since 1986-08-11.",
    );
    assert.deepEqual(a.notParty, [{ state: 'IDN', text: 'IDN is not a party to any treaty of the corpus.' }]);
    assert.deepEqual(
      a.treaties.map((t) => t.treaty),
      ['anzus-1951'],
    );
  });

  it('a territory another state administers is refused as the state attacked, naming the state and the place to give', () => {
    assert.throws(
      () => resolveHypothesis(corpus, parseHypothesisText('armed-attack by PRK against Guam at guam on 2024-06-01')),
      (error: unknown) =>
        error instanceof HypothesisError &&
        error.field === 'against' &&
        error.message === 'GUM (Guam) is a territory administered by USA, not a state party to treaties' &&
        error.hint === 'name the state and the place: against USA at guam',
    );
  });
});

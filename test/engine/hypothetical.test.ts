/**
 * "Who must help whom" (issue 17) on the fixture corpus test/fixtures/corpus-triggers: an
 * Atlantic-style pact (CAN, GBR, USA; Art. 5 within Europe or North America, in force 2001-08-24)
 * and a Pacific pact (AUS, NZL; Art. 1 on attack by a state and a state of war, Art. 2 within the
 * Pacific, in force 2002-04-29). A variant of the Atlantic pact adds an accession (AUS from
 * 2005-01-01), a suspension (the United States' obligations towards the United Kingdom from
 * 2006-01-01) and a recorded attack on the United Kingdom. Every expected row below was worked out
 * from the clauses and the recorded history, not read off the engine.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HypothesisError, parseHypothesisText, resolveHypothesis, whoMustHelp } from '../../src/engine/index.js';
import { type CompiledCorpus, HypotheticalAnswer, hypotheticalJsonSchemaText, type RecordedEvent } from '../../src/model/index.js';
import { fixtureCorpusAt, withLifecycle } from './support.js';

const corpus = fixtureCorpusAt('corpus-triggers').corpus;

const ask = (question: string, on: CompiledCorpus = corpus): HypotheticalAnswer =>
  whoMustHelp(on, resolveHypothesis(on, parseHypothesisText(question)));

/** bearer → beneficiary, outcome, from, deadline, readings ("every" or each choice as term=reading). */
const owedRows = (a: HypotheticalAnswer, list: 'owed' | 'undecided' = 'owed') =>
  a[list].map((d) => [
    `${d.treaty} ${d.provision}`,
    `${d.bearer}>${d.beneficiary}`,
    d.outcome,
    d.from,
    d.deadline,
    d.everyReading
      ? 'every'
      : d.readings
          .map((c) =>
            Object.entries(c)
              .map(([t, r]) => `${t}=${r}`)
              .join(','),
          )
          .join(' | '),
  ]);

const nothingRows = (a: HypotheticalAnswer) =>
  a.owesNothing.map((n) => [
    `${n.treaty} ${n.provision}`,
    n.reason,
    n.state ?? null,
    n.on ?? null,
    n.pairs.map((p) => `${p.bearer}>${p.beneficiary}`).join(','),
    n.everyReading
      ? 'every'
      : n.readings
          .map((c) =>
            Object.entries(c)
              .map(([t, r]) => `${t}=${r}`)
              .join(','),
          )
          .join(' | '),
  ]);

/** The Atlantic pact with AUS acceding, the United States suspending its obligations towards the United Kingdom, and an attack recorded. */
function variant(): CompiledCorpus {
  const event = (e: Omit<RecordedEvent, 'source'>): RecordedEvent => ({ ...e, source: 'test fixture' });
  return {
    ...corpus,
    vocabulary: {
      ...corpus.vocabulary,
      eventTypes: [
        ...corpus.vocabulary.eventTypes,
        { id: 'accession-deposited', description: 'accession', roles: ['by'], optionalRoles: [], lifecycle: 'accession' },
        { id: 'obligations-suspended', description: 'suspension', roles: [], optionalRoles: ['by', 'to'], lifecycle: 'suspension' },
        { id: 'obligations-resumed', description: 'resumption', roles: [], optionalRoles: ['by', 'to'], lifecycle: 'suspension-end' },
      ],
    },
    treaties: corpus.treaties.map((t) => {
      if (t.treaty.id !== 'atlantic-pact') return t;
      const changed = withLifecycle(t, {
        accessionEvent: 'accession-deposited',
        perParty: true,
        suspension: { event: 'obligations-suspended', endEvent: 'obligations-resumed' },
      });
      return {
        ...changed,
        history: [
          ...t.history,
          event({ id: 'raid', date: '2003-01-01', type: 'armed-attack', by: 'XAA', against: 'GBR', place: 'gbr-territory' }),
          event({ id: 'aus-accession', date: '2005-01-01', type: 'accession-deposited', by: 'AUS' }),
          event({ id: 'usa-suspension', date: '2006-01-01', type: 'obligations-suspended', by: 'USA', to: 'GBR' }),
        ],
      };
    }),
  };
}

describe('who must help whom: the fixture pacts', () => {
  it('an attack inside the Atlantic area: each other party owes assistance under every reading, with its grounds', () => {
    const a = ask('armed-attack by XAA against GBR at gbr-territory on 2007-06-01');
    assert.deepEqual(a.hypothesis, { event: 'armed-attack', on: '2007-06-01', by: 'XAA', against: 'GBR', at: ['gbr-territory'] });
    assert.deepEqual(
      a.treaties.map((t) => [t.treaty, t.status, t.terms, t.runs, t.because]),
      [['atlantic-pact', 'in-force', ['deems-necessary'], 2, 'the state acted against GBR is among its parties']],
    );
    assert.deepEqual(owedRows(a), [
      ['atlantic-pact art5-collective-defence', 'CAN>GBR', 'active', '2007-06-01', null, 'every'],
      ['atlantic-pact art5-collective-defence', 'USA>GBR', 'active', '2007-06-01', null, 'every'],
    ]);
    // "such action as it deems necessary" makes no difference to who owes: no term is left in the readings.
    assert.deepEqual(a.owed[0]!.readings, [{}]);
    assert.deepEqual(
      a.owed[0]!.grounds.map((g) => [g.ground, g.since ?? null, g.text]),
      [
        ['treaty-in-force', '2001-08-24', 'atlantic-pact in force since 2001-08-24.'],
        ['bearer-party', '2001-08-24', 'CAN (bearer): bound by atlantic-pact since 2001-08-24.'],
        ['beneficiary-party', '2001-08-24', 'GBR (beneficiary): bound by atlantic-pact since 2001-08-24.'],
        [
          'place-in-area',
          null,
          "Article 5's area: the event lies in the territory of attacked-party GBR (gbr-territory), in europe (gbr-territory within europe).",
        ],
      ],
    );
    assert.equal(a.owed[0]!.article, '5');
    assert.match(a.owed[0]!.quote.text, /^The Parties agree that an armed attack against one or more of them in Europe or North America/);
    assert.equal(a.owed[0]!.why, 'Active since 2007-06-01: not yet performed.');
    assert.deepEqual(a.owesNothing, []);
    assert.deepEqual(a.notParty, [{ state: 'XAA', text: 'XAA is not a party to any treaty of the corpus.' }]);
    assert.deepEqual(a.event, {
      id: 'hypothesis',
      date: '2007-06-01',
      type: 'armed-attack',
      by: 'XAA',
      against: 'GBR',
      place: 'gbr-territory',
      source: 'hypothetical',
    });
  });

  it('an attack on forces in the Pacific: nothing owed under the Atlantic pact, outside the area, one group for both pairs', () => {
    const a = ask('armed-attack by XAA against USA at usa-forces,pacific-area on 2007-06-01');
    assert.deepEqual(owedRows(a), []);
    assert.deepEqual(nothingRows(a), [['atlantic-pact art5-collective-defence', 'outside-area', null, null, 'CAN>USA,GBR>USA', 'every']]);
    assert.match(a.owesNothing[0]!.text, /^Not applicable: hypothesis \(at usa-forces, pacific-area\) lay outside the provision's scope/);
  });

  it('a place only partly in the area, or none given: undecided, saying why', () => {
    const partly = ask('armed-attack by XAA against USA at usa-territory on 2007-06-01');
    assert.deepEqual(owedRows(partly, 'undecided'), [
      ['atlantic-pact art5-collective-defence', 'CAN>USA', 'unknown', '2007-06-01', null, 'every'],
      ['atlantic-pact art5-collective-defence', 'GBR>USA', 'unknown', '2007-06-01', null, 'every'],
    ]);
    assert.match(partly.undecided[0]!.why, /^Unknown: whether hypothesis \(at usa-territory\) lay within the provision's scope/);
    const nowhere = ask('armed-attack by XAA against GBR on 2007-06-01');
    assert.deepEqual(nowhere.hypothesis.at, undefined);
    assert.equal(nowhere.undecided.length, 2);
    assert.match(nowhere.undecided[0]!.why, /hypothesis \(no place recorded\)/);
  });

  it('before entry into force: nothing owed, the treaty not in force, until when', () => {
    const a = ask('armed-attack by XAA against GBR at gbr-territory on 2001-06-01');
    assert.deepEqual(nothingRows(a), [
      ['atlantic-pact art5-collective-defence', 'treaty-not-in-force', null, null, 'CAN>GBR,USA>GBR', 'every'],
    ]);
    assert.equal(a.owesNothing[0]!.text, 'atlantic-pact is not-in-force on 2001-06-01: not-in-force to 2001-08-24 (last day 2001-08-23).');
    assert.deepEqual(
      a.notParty.map((n) => n.text),
      [
        'XAA is not a party to any treaty of the corpus.',
        "GBR is bound by none of the corpus's treaties on 2001-06-01; it is a party at other times to atlantic-pact.",
      ],
    );
  });

  it('an attack by a party on another: the attacker is still among those the words bind, and the row says so', () => {
    const a = ask('armed-attack by GBR against CAN at can-territory on 2007-06-01');
    assert.deepEqual(
      owedRows(a).map((r) => r[1]),
      ['GBR>CAN', 'USA>CAN'],
    );
    assert.equal(
      a.owed[0]!.note,
      "GBR is the state the event names as acting (by): the provision's bearer (other-party) does not leave it out.",
    );
    assert.equal(a.owed[1]!.note, undefined);
    assert.deepEqual(a.notParty, []);
  });

  it('the Pacific pact: Art. 1 only where the attack makes a state of war, with its deadline by reading; Art. 2 under every reading', () => {
    const a = ask('armed-attack by XAA against NZL at nzl-territory on 2007-06-01');
    assert.deepEqual(
      a.treaties.map((t) => [t.treaty, t.terms, t.runs]),
      [['pacific-pact', ['immediately', 'state-of-war'], 5]],
    );
    assert.deepEqual(owedRows(a), [
      [
        'pacific-pact art1-mutual-assistance',
        'AUS>NZL',
        'active',
        '2007-06-01',
        null,
        'immediately=no-fixed-deadline,state-of-war=armed-hostilities',
      ],
      [
        'pacific-pact art1-mutual-assistance',
        'AUS>NZL',
        'active',
        '2007-06-01',
        '2007-06-08',
        'immediately=within-seven-days,state-of-war=armed-hostilities',
      ],
      ['pacific-pact art2-common-danger', 'AUS>NZL', 'active', '2007-06-01', null, 'every'],
    ]);
    assert.deepEqual(nothingRows(a), [
      ['pacific-pact art1-mutual-assistance', 'not-triggered', null, null, 'AUS>NZL', 'state-of-war=declared-war'],
    ]);
    assert.match(a.owesNothing[0]!.text, /^Not triggered: .* under state-of-war: declared-war\.$/);
  });

  it('an attack by an armed group: Art. 1 (by any state) owes nothing, naming why; Art. 2 (by anyone) is owed', () => {
    const a = ask('armed-attack by Raven Brigade (fictional armed group) against New Zealand at nzl-territory on 2007-06-01');
    assert.equal(a.hypothesis.by, 'RAVEN');
    assert.equal(a.hypothesis.against, 'NZL');
    assert.deepEqual(owedRows(a), [['pacific-pact art2-common-danger', 'AUS>NZL', 'active', '2007-06-01', null, 'every']]);
    assert.deepEqual(
      nothingRows(a).map((r) => r.slice(0, 2).concat(r.slice(5))),
      [
        ['pacific-pact art1-mutual-assistance', 'not-triggered', 'state-of-war=armed-hostilities'],
        ['pacific-pact art1-mutual-assistance', 'not-triggered', 'state-of-war=declared-war'],
      ],
    );
    for (const n of a.owesNothing)
      assert.match(n.text, /hypothesis of 2007-06-01 \(armed attack\) did not count: by RAVEN is not a state\.$/);
    // An actor is no state: it is not listed as a party to nothing.
    assert.deepEqual(a.notParty, []);
  });
});

describe('who must help whom: membership and suspension on the day', () => {
  const changed = variant();

  it('a state that accedes later owes nothing before its own day, and the others owe', () => {
    const a = ask('armed-attack by XAA against GBR at gbr-territory on 2004-06-01', changed);
    assert.deepEqual(
      owedRows(a).map((r) => r[1]),
      ['CAN>GBR', 'USA>GBR'],
    );
    assert.deepEqual(nothingRows(a), [
      ['atlantic-pact art5-collective-defence', 'not-yet-a-party', 'AUS', '2005-01-01', 'AUS>GBR', 'every'],
    ]);
    assert.equal(a.owesNothing[0]!.text, 'AUS is not yet bound by atlantic-pact on 2004-06-01: bound from 2005-01-01.');
  });

  it('the attacked state not yet a party: every pair owing it nothing, one group', () => {
    const a = ask('armed-attack by XAA against AUS at aus-territory on 2004-06-01', changed);
    assert.deepEqual(
      a.treaties.map((t) => t.treaty),
      ['atlantic-pact', 'pacific-pact'],
    );
    const atlantic = nothingRows(a).filter((r) => r[0]!.startsWith('atlantic-pact'));
    assert.deepEqual(atlantic, [
      ['atlantic-pact art5-collective-defence', 'not-yet-a-party', 'AUS', '2005-01-01', 'CAN>AUS,GBR>AUS,USA>AUS', 'every'],
    ]);
    // Bound by the Pacific pact that day: AUS is a party to a treaty in force.
    assert.deepEqual(
      a.notParty.map((n) => n.state),
      ['XAA'],
    );
    assert.deepEqual(
      owedRows(a).filter((r) => r[0] === 'pacific-pact art2-common-danger'),
      [['pacific-pact art2-common-danger', 'NZL>AUS', 'active', '2004-06-01', null, 'every']],
    );
  });

  it('obligations suspended between two parties: that pair owes nothing, since when; the acceding state now owes', () => {
    const a = ask('armed-attack by XAA against GBR at gbr-territory on 2007-06-01', changed);
    assert.deepEqual(
      owedRows(a).map((r) => r[1]),
      ['AUS>GBR', 'CAN>GBR'],
    );
    assert.deepEqual(nothingRows(a), [['atlantic-pact art5-collective-defence', 'suspended', 'USA', '2006-01-01', 'USA>GBR', 'every']]);
    assert.equal(
      a.owesNothing[0]!.text,
      "USA's obligations towards GBR under atlantic-pact are suspended on 2007-06-01: suspended since 2006-01-01.",
    );
    const aus = a.owed.find((d) => d.bearer === 'AUS')!;
    assert.deepEqual(
      aus.grounds.filter((g) => g.ground === 'bearer-party').map((g) => g.text),
      ['AUS (bearer): bound by atlantic-pact since 2005-01-01.'],
    );
  });

  it('a recorded attack on the same state is set aside, and said so', () => {
    const a = ask('armed-attack by XAA against GBR at gbr-territory on 2007-06-01', changed);
    assert.deepEqual(
      a.setAside.map((s) => [s.treaty, s.events]),
      [['atlantic-pact', ['raid']]],
    );
    assert.ok(a.owed.every((d) => d.from === '2007-06-01'));
  });

  it('answers the same bytes twice', () => {
    const q = 'armed-attack by XAA against GBR at gbr-territory on 2007-06-01';
    assert.equal(JSON.stringify(ask(q, changed)), JSON.stringify(ask(q, changed)));
  });
});

describe('who must help whom: the question', () => {
  const refused = (question: string): [string, string, string] => {
    try {
      resolveHypothesis(corpus, parseHypothesisText(question));
    } catch (error) {
      if (error instanceof HypothesisError) return [error.field, error.message, error.hint];
      throw error;
    }
    assert.fail(`accepted: ${question}`);
  };

  it('reads parts in any order, states by name, places as a list', () => {
    assert.deepEqual(
      resolveHypothesis(
        corpus,
        parseHypothesisText('armed-attack on 2007-06-01 at usa-forces, pacific-area against "United States" by xaa'),
      ),
      {
        event: 'armed-attack',
        on: '2007-06-01',
        by: 'XAA',
        against: 'USA',
        at: ['usa-forces', 'pacific-area'],
      },
    );
  });

  it('refuses each bad part, naming it and what to give', () => {
    assert.deepEqual(refused('by XAA against GBR on 2007-06-01').slice(0, 2), [
      'event',
      'the question starts with "by": it must start with the event type',
    ]);
    const [field, message, hint] = refused('armed-atack by XAA against GBR on 2007-06-01');
    assert.deepEqual([field, message], ['event', '"armed-atack" is not an event type of the vocabulary']);
    assert.match(hint, /armed-attack/);
    assert.deepEqual(refused('armed-attack by XAA against GBR').slice(0, 2), ['on', 'the day of the event is missing']);
    assert.deepEqual(refused('armed-attack by XAA against GBR on 2007-02-30')[0], 'on');
    assert.deepEqual(refused('armed-attack by XAA on 2007-06-01').slice(0, 2), [
      'against',
      'an event of type armed-attack must name "against"',
    ]);
    assert.deepEqual(refused('armed-attack by XAA against GBR to USA on 2007-06-01').slice(0, 2), [
      'to',
      'an event of type armed-attack names no "to" state',
    ]);
    assert.deepEqual(refused('armed-attack by XAA against Newzealand on 2007-06-01'), [
      'against',
      'unknown state "Newzealand": did you mean NZL (New Zealand)?',
      'write its code, or a name or alias of states.yaml',
    ]);
    assert.deepEqual(refused('armed-attack by XAA against Narnia on 2007-06-01').slice(0, 2), [
      'against',
      'unknown state "Narnia": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AUS)',
    ]);
    const place = refused('armed-attack by XAA against GBR at gbr-teritory on 2007-06-01');
    assert.deepEqual(place.slice(0, 2), ['at', '"gbr-teritory" is not a place of the gazetteer']);
    assert.match(place[2], /gbr-territory/);
    assert.deepEqual(refused('armed-attack by XAA by CAN against GBR on 2007-06-01').slice(0, 2), ['by', '"by" is given twice']);
    assert.deepEqual(refused('armed-attack by XAA against on 2007-06-01').slice(0, 2), ['against', '"against" has no value']);
    assert.deepEqual(refused('armed-attack XAA on 2007-06-01')[0], 'if');
  });
});

describe('who must help whom: the published schema', () => {
  it('schemas/obligations.schema.json is current (npm run schemas), and an answer parses with the schema it is made from', () => {
    const file = join(import.meta.dirname, '..', '..', 'schemas', 'obligations.schema.json');
    assert.equal(readFileSync(file, 'utf8'), hypotheticalJsonSchemaText());
    const answer = ask('armed-attack by XAA against NZL at nzl-territory on 2007-06-01');
    assert.deepEqual(HypotheticalAnswer.parse(JSON.parse(JSON.stringify(answer))), answer);
  });
});

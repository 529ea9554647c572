/**
 * Membership pieces on code-built fixtures: a role naming a state (a depositary that is no party),
 * obligations suspended between two parties (one direction only, the treaty staying in force), an
 * accession announced by a scenario event, and duties resting on a status that is unknown.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { statusAt } from '../../src/engine/status-at.js';
import type { CompiledCorpus, CompiledTreaty } from '../../src/model/compiled.js';
import {
  ev,
  exchange,
  loadRealCorpus,
  fixtureCorpus,
  type FixtureExtras,
  withLifecycle,
  fixtureTreaty,
  gist,
  obligationsOf,
  onlyRun,
  PROVISIONS,
  scenario,
} from './support.js';

/** The lifecycle acts these tests record: suspension, resumption, accession. */
const LIFECYCLE_TYPES: FixtureExtras['eventTypes'] = [
  { id: 'obligations-suspended', description: 'suspension', roles: ['by'], optionalRoles: ['to'], lifecycle: 'suspension' },
  { id: 'obligations-resumed', description: 'resumption', roles: ['by'], optionalRoles: ['to'], lifecycle: 'suspension-end' },
  { id: 'accession-deposited', description: 'accession', roles: ['by'], optionalRoles: [], lifecycle: 'accession' },
];

const corpusOf = (...treaties: CompiledTreaty[]): CompiledCorpus => fixtureCorpus(treaties, { eventTypes: LIFECYCLE_TYPES });

describe('a role that names a state', () => {
  // DDD is the depositary: it must answer a request for consultations, though it is no party.
  const depositary = fixtureTreaty({
    id: 'depositary',
    parties: ['AAA', 'BBB'],
    provisions: [{ ...PROVISIONS.answerRequest, id: 'depositary-answers', bearer: 'DDD' }],
    history: [exchange('2001-01-01', ['AAA', 'BBB'])],
  });
  const corpus = corpusOf(depositary);

  it('binds that state while the treaty applies, party or not, and finds its acts', () => {
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ev('early', '2000-06-01', 'consultation-requested', { by: 'AAA' }),
            ev('request', '2002-01-01', 'consultation-requested', { by: 'AAA' }),
            ev('talks', '2002-02-01', 'consultations-held', { parties: ['DDD', 'AAA'] }),
          ],
        }),
      ),
    );
    // The request before entry into force triggers nothing; the one in force is discharged by DDD's talks.
    assert.deepEqual(obligationsOf(run, 'depositary-answers').map(gist), [
      {
        bearer: 'DDD',
        beneficiary: 'AAA',
        from: '2002-01-01',
        to: '2002-02-01',
        outcome: 'discharged',
        deadline: null,
        events: ['request', 'talks'],
      },
    ]);
  });
});

describe('obligations suspended between two parties', () => {
  const alliance = withLifecycle(
    fixtureTreaty({
      id: 'alliance',
      parties: ['AAA', 'BBB', 'CCC'],
      provisions: [PROVISIONS.assistance],
      history: [exchange('1952-04-29', ['AAA', 'BBB', 'CCC'])],
    }),
    { suspension: { event: 'obligations-suspended', endEvent: 'obligations-resumed' }, perParty: true },
  );
  const corpus = corpusOf(alliance);
  const events = [
    ev('suspend', '1986-09-17', 'obligations-suspended', { by: 'AAA', to: 'CCC' }),
    ev('attack-on-ccc', '1990-01-01', 'armed-attack', { by: 'DDD', against: 'CCC' }),
    ev('attack-on-aaa', '1990-02-01', 'armed-attack', { by: 'DDD', against: 'AAA' }),
  ];
  const run = onlyRun(evaluateScenario(corpus, scenario({ events })));
  const assistance = obligationsOf(run, 'assistance').map((o) => `${o.bearer}→${o.beneficiary} ${o.outcome} from ${o.from}`);

  it("stops the suspending party's duties towards the other: none arises while suspended", () => {
    assert.ok(!assistance.some((a) => a.startsWith('AAA→CCC')), assistance.join('; '));
    assert.ok(assistance.includes('BBB→CCC active from 1990-01-01'), assistance.join('; '));
  });

  it("leaves the other direction alone: the other party's duties to the suspending one still arise", () => {
    assert.ok(assistance.includes('CCC→AAA active from 1990-02-01'), assistance.join('; '));
    assert.ok(assistance.includes('BBB→AAA active from 1990-02-01'), assistance.join('; '));
  });

  it('keeps the treaty in force for everyone, and lists the suspension with its explanation', () => {
    const timeline = run.treaties[0]!;
    assert.deepEqual(
      timeline.intervals.map((i) => [i.status, i.from, i.to]),
      [
        ['not-in-force', null, '1952-04-29'],
        ['in-force', '1952-04-29', null],
      ],
    );
    assert.deepEqual(
      timeline.suspensions?.map((s) => [s.bearer, s.beneficiary, s.from, s.to]),
      [['AAA', 'CCC', '1986-09-17', null]],
    );
    assert.match(
      timeline.suspensions![0]!.explanation.at(-1)!.text,
      /^AAA suspended its obligations towards CCC from 1986-09-17; the treaty stays in force\.$/,
    );
    const status = statusAt(corpus, 'alliance', '1990-01-01', scenario({ events }));
    assert.equal(status.status, 'in-force');
    assert.deepEqual(
      status.suspensions.map((s) => `${s.bearer}→${s.beneficiary}`),
      ['AAA→CCC'],
    );
  });

  it('ends a duty in course on the day the suspension begins, and says why', () => {
    const early = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ev('attack', '1986-09-01', 'armed-attack', { by: 'DDD', against: 'CCC' }),
            ev('suspend', '1986-09-17', 'obligations-suspended', { by: 'AAA', to: 'CCC' }),
          ],
        }),
      ),
    );
    const cut = obligationsOf(early, 'assistance').find((o) => o.bearer === 'AAA')!;
    assert.deepEqual([cut.from, cut.to, cut.outcome], ['1986-09-01', '1986-09-17', 'lapsed']);
    assert.ok(cut.explanation.some((s) => /AAA suspended its obligations towards CCC/.test(s.text)));
  });

  it('resumes on the end event naming the same two states', () => {
    const resumed = onlyRun(
      evaluateScenario(
        corpus,
        scenario({ events: [...events, ev('resume', '1989-12-31', 'obligations-resumed', { by: 'AAA', to: 'CCC' })] }),
      ),
    );
    assert.ok(obligationsOf(resumed, 'assistance').some((o) => o.bearer === 'AAA' && o.beneficiary === 'CCC' && o.from === '1990-01-01'));
    assert.deepEqual(
      resumed.treaties[0]!.suspensions?.map((s) => [s.from, s.to]),
      [['1986-09-17', '1989-12-31']],
    );
  });
});

describe('an accession a scenario announces', () => {
  const open = withLifecycle(
    fixtureTreaty({
      id: 'open',
      parties: ['AAA', 'BBB'],
      provisions: [PROVISIONS.answerRequest],
      history: [exchange('2001-01-01', ['AAA', 'BBB'])],
    }),
    { accessionEvent: 'accession-deposited', entryIntoForce: { event: 'ratifications-exchanged', provision: 'entry', monthStart: 1 } },
  );
  const corpus = corpusOf(open);
  // Exchange on 2001-01-01: in force on 2001-02-01 (first day of the month following); CCC accedes on 2003-05-31, bound from 2003-06-01.
  const events = [ev('ccc-accedes', '2003-05-31', 'accession-deposited', { by: 'CCC', treaty: 'open' })];

  it('makes the acceding state a party from its own date, by the treaty rule', () => {
    const run = onlyRun(evaluateScenario(corpus, scenario({ events })));
    const ccc = run.treaties[0]!.parties.find((p) => p.party === 'CCC')!;
    assert.deepEqual(
      ccc.intervals.map((i) => [i.status, i.from, i.to]),
      [
        ['not-in-force', null, '2003-06-01'],
        ['in-force', '2003-06-01', null],
      ],
    );
    assert.equal(statusAt(corpus, 'open', '2003-05-31', scenario({ events }), 'CCC').status, 'not-in-force');
    assert.equal(statusAt(corpus, 'open', '2003-06-01', scenario({ events }), 'CCC').status, 'in-force');
  });

  it('binds joint duties to the parties of the day: two before the accession, three after', () => {
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ...events,
            ev('r1', '2003-05-31', 'consultation-requested', { by: 'AAA' }),
            ev('r2', '2003-06-01', 'consultation-requested', { by: 'AAA' }),
          ],
        }),
      ),
    );
    assert.deepEqual(
      obligationsOf(run, 'answer-request').map((o) => [o.from, o.bearer]),
      [
        ['2003-05-31', 'AAA+BBB'],
        ['2003-06-01', 'AAA+BBB+CCC'],
      ],
    );
  });

  it('refuses a status for a state that is no party, naming the parties', () => {
    assert.throws(() => statusAt(corpus, 'open', '2003-06-01', scenario({}), 'CCC'), {
      message: 'CCC is not a party to open: its parties are AAA, BBB',
    });
  });
});

describe('duties resting on an unknown status', () => {
  const unknown = withLifecycle(
    fixtureTreaty({
      id: 'unknown',
      parties: ['AAA', 'BBB'],
      provisions: [PROVISIONS.answerRequest],
      history: [exchange('2001-01-01', ['AAA', 'BBB'])],
    }),
    { duration: { type: 'unknown', reason: 'the final clauses are missing from the only source' } },
  );
  const corpus = corpusOf(unknown);

  it('answers "unknown" with the reason, for the treaty and for the duties, never "in force"', () => {
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ev('r', '2030-01-01', 'consultation-requested', { by: 'AAA' }),
            ev('talks', '2030-01-05', 'consultations-held', { parties: ['AAA', 'BBB'] }),
          ],
        }),
      ),
    );
    assert.deepEqual(
      run.treaties[0]!.intervals.map((i) => [i.status, i.from, i.to]),
      [
        ['not-in-force', null, '2001-01-01'],
        ['unknown', '2001-01-01', null],
      ],
    );
    assert.equal(
      run.treaties[0]!.intervals[1]!.explanation.at(-1)!.text,
      'In force from 2001-01-01; how long is unknown: the final clauses are missing from the only source.',
    );
    const [duty] = obligationsOf(run, 'answer-request');
    assert.equal(duty!.outcome, 'unknown');
    assert.equal(duty!.explanation.at(-1)!.text, "Unknown: the treaty's status on 2030-01-01, the day this arose, is unknown.");
    const status = statusAt(corpus, 'unknown', '2030-01-01');
    assert.equal(status.status, 'unknown');
  });
});

describe('a succession after the treaty ended', () => {
  it("does not make the ended treaty the continuator's: the USSR's 1985 notice (hypothetical) ends it for SUN alone", () => {
    const corpus = loadRealCorpus();
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          treaties: ['ussr-prk-1961'],
          drop: ['ussr-prk-1961/notice-1995'],
          events: [ev('soviet-notice', '1985-06-01', 'denunciation-notice', { by: 'SUN', to: 'PRK' })],
        }),
      ),
    );
    const sun = run.treaties[0]!.parties.find((p) => p.party === 'SUN')!;
    assert.deepEqual(sun.intervals.at(-1)!, { ...sun.intervals.at(-1)!, status: 'terminated', from: '1986-09-10', to: null });
    assert.equal(
      sun.intervals.some((i) => i.state !== undefined),
      false,
    );
  });
});

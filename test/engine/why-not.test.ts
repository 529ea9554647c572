/**
 * Issue 15 on code-built fixtures: a row for every provision and binding (why a duty did not arise),
 * exceptions that defeat a prohibition, invocations of an article, conditions on the time in force,
 * discretion by reading, and attackers that are not states.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import type { CompiledCorpus } from '../../src/model/compiled.js';
import type { Provision } from '../../src/model/provision.js';
import {
  ev,
  exchange,
  fixtureCorpus,
  type FixtureExtras,
  fixtureTreaty,
  gist,
  obligationsOf,
  onlyRun,
  PROVISIONS,
  scenario,
  whyNotOf,
} from './support.js';

/** What these tests add to the fixture corpus: a report and a use of force, a term of discretion, an armed group. */
const EXTRAS: FixtureExtras = {
  eventTypes: [
    { id: 'reported-to-security-council', description: 'report', roles: ['by'], optionalRoles: ['to'] },
    { id: 'force-used', description: 'use of force', roles: ['by', 'against'], optionalRoles: [] },
  ],
  terms: [
    {
      id: 'deems-necessary',
      text: ['such action as it deems necessary'],
      description: 'what counts',
      readings: [
        { id: 'any-action', description: 'any action the bearer takes' },
        { id: 'armed-force', description: 'only armed force' },
      ],
      default: 'any-action',
    },
  ],
  actors: [{ code: 'ARMY', name: 'An armed group', kind: 'armed-group', aliases: [] }],
};

function corpusWith(
  provisions: Provision[],
  history = [exchange('2001-01-01', ['AAA', 'BBB'])],
  extras: FixtureExtras = {},
): CompiledCorpus {
  return fixtureCorpus([fixtureTreaty({ id: 'pact', parties: ['AAA', 'BBB'], provisions, history })], { ...EXTRAS, ...extras });
}

describe('why a duty did not arise', () => {
  const corpus = corpusWith([PROVISIONS.assistance]);

  it('gives each binding a not-triggered row naming the condition and the reading it failed under', () => {
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          readings: { 'state-of-war': ['declared-war'] },
          events: [ev('a', '2002-01-01', 'armed-attack', { by: 'CCC', against: 'AAA' })],
        }),
      ),
    );
    const rows = whyNotOf(run, 'assistance');
    assert.deepEqual(
      rows.map((o) => [o.bearer, o.beneficiary, o.outcome]),
      [
        ['AAA', 'BBB', 'not-triggered'],
        ['BBB', 'AAA', 'not-triggered'],
      ],
    );
    assert.equal(
      rows[1]!.explanation.at(-1)!.text,
      'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party AAA) — never on a day the treaty applied, under state-of-war: declared-war.',
    );
  });

  it('says not-applicable where the treaty never applied, and why', () => {
    const never = corpusWith([PROVISIONS.assistance], []);
    const rows = whyNotOf(onlyRun(evaluateScenario(never, scenario({}))), 'assistance');
    assert.deepEqual(
      rows.map((o) => o.outcome),
      ['not-applicable', 'not-applicable'],
    );
    assert.equal(
      rows[0]!.explanation.at(-1)!.text,
      'Not applicable: the treaty did not apply (in force or provisionally) on any day evaluated.',
    );
  });
});

describe('an exception that defeats a prohibition', () => {
  const noForce: Provision = {
    ...PROVISIONS.noHostileAlliance,
    id: 'no-force',
    act: { type: 'force-used', description: 'use force' },
    exceptions: [
      {
        id: 'self-defence',
        description: 'self-defence under Article 51 of the UN Charter, reported to the Security Council',
        kind: ['self-defence'],
        requires: { event: 'reported-to-security-council', by: 'bearer', within: 'P7D' },
        quote: { source: 'src', text: 'the words of no-force' },
      },
    ],
  };
  const corpus = corpusWith([noForce]);

  it('is no breach when the act is self-defence reported in time, and says which exception applied', () => {
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ev('strike', '2005-03-01', 'force-used', { by: 'AAA', against: 'BBB', kind: 'self-defence' }),
            ev('report', '2005-03-03', 'reported-to-security-council', { by: 'AAA' }),
          ],
        }),
      ),
    );
    const aaa = obligationsOf(run, 'no-force').filter((o) => o.bearer === 'AAA');
    assert.deepEqual(
      aaa.map((o) => [o.outcome, o.from]),
      [['kept', '2001-01-01']],
    );
    const texts = aaa[0]!.explanation.map((s) => s.text);
    assert.ok(
      texts.includes(
        'Exception self-defence: self-defence under Article 51 of the UN Charter, reported to the Security Council — "the words of no-force"',
      ),
    );
    assert.ok(texts.includes('Not a breach: the act of 2005-03-01 falls under the exception self-defence.'));
  });

  it('is a breach when the report comes too late, or the act is of another kind', () => {
    const late = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ev('strike', '2005-03-01', 'force-used', { by: 'AAA', against: 'BBB', kind: 'self-defence' }),
            ev('report', '2005-03-09', 'reported-to-security-council', { by: 'AAA' }),
            ev('raid', '2006-01-01', 'force-used', { by: 'AAA', against: 'BBB', kind: 'reprisal' }),
          ],
        }),
      ),
    );
    assert.deepEqual(
      obligationsOf(late, 'no-force')
        .filter((o) => o.bearer === 'AAA')
        .map((o) => [o.outcome, o.from]),
      [
        ['breached', '2005-03-01'],
        ['breached', '2006-01-01'],
      ],
    );
  });
});

describe('invocations, time in force, discretion and actors', () => {
  // Consultations owed on a request that invokes Article 4.
  const consult: Provision = {
    ...PROVISIONS.answerRequest,
    id: 'consult-art4',
    trigger: { event: 'consultation-requested', where: { by: 'requesting-party' }, article: '4' },
  };

  it('a consultation duty under Article 4 arises only on a request that invokes Article 4', () => {
    const run = onlyRun(
      evaluateScenario(
        corpusWith([consult]),
        scenario({
          events: [
            ev('plain', '2002-01-01', 'consultation-requested', { by: 'AAA' }),
            ev('invoked', '2003-01-01', 'consultation-requested', { by: 'AAA', treaty: 'pact', article: '4' }),
          ],
        }),
      ),
    );
    assert.deepEqual(
      obligationsOf(run, 'consult-art4').map((o) => o.from),
      ['2003-01-01'],
    );
  });

  it("an invocation of another treaty's Article 4 does not count", () => {
    const run = onlyRun(
      evaluateScenario(
        corpusWith([consult]),
        scenario({
          events: [ev('elsewhere', '2003-01-01', 'consultation-requested', { by: 'AAA', treaty: 'another-pact', article: '4' })],
        }),
      ),
    );
    assert.deepEqual(obligationsOf(run, 'consult-art4'), []);
  });

  it('"after ten years in force": a request before then triggers nothing, one after does', () => {
    const review: Provision = {
      ...PROVISIONS.answerRequest,
      id: 'review',
      trigger: { all: [{ event: 'consultation-requested', where: { by: 'requesting-party' } }, { inForceFor: 'P10Y' }] },
    };
    const run = onlyRun(
      evaluateScenario(
        corpusWith([review]),
        scenario({
          events: [
            ev('early', '2010-12-31', 'consultation-requested', { by: 'AAA' }),
            ev('late', '2011-01-01', 'consultation-requested', { by: 'AAA' }),
          ],
        }),
      ),
    );
    assert.deepEqual(
      obligationsOf(run, 'review').map((o) => o.from),
      ['2011-01-01'],
    );
  });

  it('what counts as "such action as it deems necessary" follows the reading', () => {
    const help: Provision = {
      ...PROVISIONS.assistance,
      id: 'help',
      act: {
        type: 'assistance-provided',
        description: 'such action as it deems necessary',
        kindByReading: { term: 'deems-necessary', readings: { 'any-action': ['military', 'other'], 'armed-force': ['military'] } },
      },
    };
    const result = evaluateScenario(
      corpusWith([help]),
      scenario({
        readings: { 'deems-necessary': ['any-action', 'armed-force'] },
        events: [
          ev('a', '2002-01-01', 'armed-attack', { by: 'CCC', against: 'AAA' }),
          ev('aid', '2002-01-05', 'assistance-provided', { by: 'BBB', to: 'AAA', kind: 'other' }),
        ],
      }),
    );
    const outcome = (reading: string) =>
      obligationsOf(
        result.runs.find((r) => r.readings['deems-necessary'] === reading)!,
        'help',
      ).map((o) => [o.bearer, o.outcome]);
    assert.deepEqual(outcome('any-action'), [['BBB', 'discharged']]);
    assert.deepEqual(outcome('armed-force'), [['BBB', 'active']]);
  });

  it('an attack by an armed group triggers a duty on "an armed attack" (any-actor), not one on an attack "by any state"', () => {
    const byAnyone: Provision = {
      ...PROVISIONS.assistance,
      id: 'any-attacker',
      trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-actor' } },
    };
    const byState: Provision = {
      ...PROVISIONS.assistance,
      id: 'state-attacker',
      trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } },
    };
    const run = onlyRun(
      evaluateScenario(
        corpusWith([byAnyone, byState]),
        scenario({ events: [ev('raid', '2002-01-01', 'armed-attack', { by: 'ARMY', against: 'AAA' })] }),
      ),
    );
    assert.deepEqual(
      obligationsOf(run, 'any-attacker')
        .map(gist)
        .map((g) => [g.bearer, g.beneficiary, g.from]),
      [['BBB', 'AAA', '2002-01-01']],
    );
    assert.deepEqual(obligationsOf(run, 'state-attacker'), []);
  });
});

describe('uncertain and disputed dates', () => {
  const corpus = corpusWith([PROVISIONS.answerRequest]);

  it('an outcome that depends on a day known only "on or before" is unknown, saying what it would be on each day', () => {
    const result = evaluateScenario(
      corpus,
      scenario({
        events: [
          ev('request', '2002-03-10', 'consultation-requested', { by: 'AAA', uncertain: { latest: '2002-03-10' } }),
          ev('talks', '2002-03-05', 'consultations-held', { parties: ['AAA', 'BBB'] }),
        ],
      }),
    );
    const [row] = obligationsOf(onlyRun(result), 'answer-request');
    assert.equal(row!.outcome, 'unknown');
    assert.equal(
      row!.explanation.at(-1)!.text,
      'Unknown: if request was on 0000-01-01: not-triggered; if request was on 2002-03-10: active from 2002-03-10.',
    );
    assert.ok(
      result.warnings.includes('event request (recorded as 2002-03-10; on or before 2002-03-10): evaluated on 0000-01-01, 2002-03-10'),
    );
  });

  it('an outcome whose day depends on a disputed date is unknown too, with both days', () => {
    const run = onlyRun(
      evaluateScenario(
        corpus,
        scenario({
          events: [
            ev('request', '2002-03-10', 'consultation-requested', {
              by: 'AAA',
              disputed: [{ date: '2002-03-11', source: 'another report' }],
            }),
            ev('talks', '2002-04-01', 'consultations-held', { parties: ['AAA', 'BBB'] }),
          ],
        }),
      ),
    );
    // Discharged on 2002-04-01 whichever day the request was made — but from a different day: unknown.
    const [row] = obligationsOf(run, 'answer-request');
    assert.equal(row!.outcome, 'unknown');
    assert.match(
      row!.explanation.at(-1)!.text,
      /if request was on 2002-03-10: discharged on 2002-04-01 \(owed from 2002-03-10\); if request was on 2002-03-11: discharged on 2002-04-01 \(owed from 2002-03-11\)/,
    );
  });

  it('refuses more combinations of days than the limit, naming it', () => {
    const many = Array.from({ length: 6 }, (_, k) =>
      ev(`r${k}`, `2002-03-1${k}`, 'consultation-requested', { by: 'AAA', uncertain: { earliest: '2002-01-01', latest: '2002-03-19' } }),
    );
    assert.throws(() => evaluateScenario(corpus, scenario({ events: many })), {
      message:
        '6 events with uncertain or disputed dates make 729 combinations of days to evaluate, more than 32: narrow their bounds, or split the scenario',
    });
  });
});

describe('a geographic scope', () => {
  const gazetteer = {
    places: [
      { id: 'europe', name: 'Europe', kind: 'region' as const, within: [], partlyWithin: [] },
      { id: 'pacific-area', name: 'the Pacific area', kind: 'area' as const, within: [], partlyWithin: [] },
      { id: 'aaa-territory', name: 'State AAA', kind: 'territory' as const, state: 'AAA', within: ['europe'], partlyWithin: [] },
      { id: 'aaa-forces', name: 'forces of AAA', kind: 'forces' as const, state: 'AAA', within: [], partlyWithin: [] },
      {
        id: 'far-isle',
        name: 'a far island of AAA',
        kind: 'island-territory' as const,
        state: 'AAA',
        within: ['pacific-area'],
        partlyWithin: [],
      },
    ],
  };
  const inEurope: Provision = {
    ...PROVISIONS.assistance,
    id: 'in-europe',
    trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-actor' } },
    scope: ['europe'],
  };
  const onForces: Provision = {
    ...PROVISIONS.assistance,
    id: 'forces-in-pacific',
    trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-actor' } },
    scope: [{ of: 'attacked-party', places: 'forces', in: 'pacific-area' }],
  };
  const corpus = corpusWith([inEurope, onForces], undefined, { gazetteer });
  const run = (place?: string | string[]) =>
    onlyRun(
      evaluateScenario(
        corpus,
        scenario({ events: [ev('a', '2002-01-01', 'armed-attack', { by: 'CCC', against: 'AAA', ...(place ? { place } : {}) })] }),
      ),
    );

  it('an attack inside the area triggers the duty; one outside does not, and says so', () => {
    assert.deepEqual(
      obligationsOf(run('aaa-territory'), 'in-europe').map((o) => [o.bearer, o.outcome]),
      [['BBB', 'active']],
    );
    const outside = run('far-isle');
    assert.deepEqual(obligationsOf(outside, 'in-europe'), []);
    const row = whyNotOf(outside, 'in-europe').find((o) => o.bearer === 'BBB')!;
    assert.equal(row.outcome, 'not-applicable');
    assert.equal(row.explanation.at(-1)!.text, "Not applicable: a (at far-isle) lay outside the provision's scope (europe).");
  });

  it('an attack on the party’s forces in the Pacific counts; one whose place is not recorded is unknown', () => {
    assert.deepEqual(
      obligationsOf(run(['aaa-forces', 'pacific-area']), 'forces-in-pacific').map((o) => o.outcome),
      ['active'],
    );
    const nowhere = run();
    assert.deepEqual(
      obligationsOf(nowhere, 'forces-in-pacific').map((o) => o.outcome),
      ['unknown'],
    );
    assert.match(
      obligationsOf(nowhere, 'forces-in-pacific')[0]!.explanation.at(-1)!.text,
      /^Unknown: whether a \(no place recorded\) lay within the provision's scope/,
    );
  });
});

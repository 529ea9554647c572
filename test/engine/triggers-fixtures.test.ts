/**
 * Triggers and outcomes on real events (issue 15), pinned by the fixture corpus
 * test/fixtures/corpus-triggers: two synthetic treaties modelled on real clauses (an abridged
 * North-Atlantic-style pact, a Pacific pact after ANZUS and the 1961 treaty; see their
 * sources/README.md), with a gazetteer, an armed group and the Security Council. Every expected row
 * below was worked out by hand from the clauses and the rules of the README ("Triggers and outcomes
 * on real events"), never read off the engine.
 *
 * (a) the corpus checks clean and every expectation of every scenario passes; (b) exact rows —
 * outcome, from, to and the reason the row gives — for each feature: an attack inside and outside a
 * treaty's area, an attack by an armed group under an any-actor clause (and not under an any-state
 * one), self-defence reported and unreported, an invocation of Article 4, a review after ten years,
 * an "on or before" date, a cut-off provision, a war begun before entry into force that continues
 * and one that ended; (c) wrong expectations fail, so that the scenarios cannot pass vacuously;
 * (d) the reasons the real corpus's issue-15 scenarios give.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { checkExpectations } from '../../src/engine/expectations.js';
import type { Expectation, ObligationResult, Run } from '../../src/model/index.js';
import { fixtureCorpusAt, loadRealCorpus, realScenarios } from './support.js';

const fixture = fixtureCorpusAt('corpus-triggers');
const checked = fixture.checked;
const corpus = fixture.corpus;
const SCENARIOS = fixture.scenarios;
const result = fixture.result;
/** The only run of a scenario, or the one under a reading of `deems-necessary`. */
const runOf = (name: string, reading?: string): Run => fixture.runOf(name, 'deems-necessary', reading);

type Row = [bearer: string, beneficiary: string | null, outcome: string, from: string | null, to: string | null];

/** Every row of a provision in a run (the duties that arose and the why-not rows), in the engine's order. */
function rowsOf(run: Run, provision: string): ObligationResult[] {
  return run.obligations.filter((o) => o.provision === provision);
}

function rows(run: Run, provision: string): Row[] {
  return rowsOf(run, provision).map((o) => [o.bearer, o.beneficiary, o.outcome, o.from, o.to]);
}

/** The one row of a provision for a bearer (and beneficiary), and the reason it gives: its last explanation step. */
function row(run: Run, provision: string, bearer: string, beneficiary?: string): { row: Row; reason: string; steps: string[] } {
  const found = rowsOf(run, provision).filter((o) => o.bearer === bearer && (beneficiary === undefined || o.beneficiary === beneficiary));
  assert.equal(found.length, 1, `one row of ${provision} for ${bearer}${beneficiary ? `→${beneficiary}` : ''}`);
  const o = found[0]!;
  return {
    row: [o.bearer, o.beneficiary, o.outcome, o.from, o.to],
    reason: o.explanation.at(-1)!.text,
    steps: o.explanation.map((s) => s.text),
  };
}

const ATLANTIC_SCOPE =
  '(the territory of attacked-party in europe, or the territory of attacked-party in north-america, or the forces of attacked-party in europe, or the forces of attacked-party in north-america, or the forces of attacked-party in north-atlantic-area)';
const PACIFIC_SCOPE = '(pacific-area, or the territory of attacked-party, or the forces of attacked-party in pacific-area)';
const CUT =
  'the sentence breaks off after "threatened in the" in the only copy: where the threat must be, and what else the clause says, is not known';

describe('the triggers fixture corpus', () => {
  it('checks clean: no error, no warning', () => {
    assert.deepEqual(
      checked.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`),
      [],
    );
    assert.ok(corpus, 'it compiles');
  });

  it('has the scenarios this test pins', () => {
    assert.deepEqual([...SCENARIOS.keys()].sort(), [
      'atlantic-pact/attack-by-armed-group',
      'atlantic-pact/attack-inside-area',
      'atlantic-pact/attack-outside-area',
      'atlantic-pact/consultation-invoked',
      'atlantic-pact/review-after-ten-years',
      'atlantic-pact/review-request-on-or-before',
      'atlantic-pact/self-defence-reported',
      'atlantic-pact/self-defence-unreported',
      'pacific-pact/attack-by-armed-group',
      'pacific-pact/attack-on-forces-in-pacific',
      'pacific-pact/attack-on-forces-outside-pacific',
      'pacific-pact/attack-without-place',
      'pacific-pact/request-under-cut-article',
      'pacific-pact/war-before-force-continuing',
      'pacific-pact/war-ended-before-force',
    ]);
  });

  for (const [name, scenario] of SCENARIOS) {
    it(`${name}: every expectation holds`, () => {
      assert.ok(scenario.expect.length > 0, 'the scenario expects something');
      const failures = checkExpectations(result(name), scenario.expect)
        .filter((o) => !o.passed)
        .map((o) => `expected ${o.expected}; got ${o.actual.join(' | ')}`);
      assert.deepEqual(failures, []);
    });
  }
});

describe('places: an attack inside and outside a treaty area', () => {
  it("an attack on British territory, in Europe: Canada's and the United States' duties arise that day", () => {
    assert.deepEqual(rows(runOf('atlantic-pact/attack-inside-area'), 'art5-collective-defence'), [
      ['CAN', 'GBR', 'active', '2007-02-01', null],
      ['USA', 'GBR', 'active', '2007-02-01', null],
      ['CAN', 'USA', 'not-triggered', null, null],
      ['GBR', 'CAN', 'not-triggered', null, null],
      ['GBR', 'USA', 'not-triggered', null, null],
      ['USA', 'CAN', 'not-triggered', null, null],
    ]);
  });

  it('an attack on US forces in the Pacific: not applicable for each bearer, saying where the attack was', () => {
    const run = runOf('atlantic-pact/attack-outside-area');
    const canada = row(run, 'art5-collective-defence', 'CAN', 'USA');
    assert.deepEqual(canada.row, ['CAN', 'USA', 'not-applicable', null, null]);
    assert.equal(
      canada.reason,
      `Not applicable: attack (at usa-forces, pacific-area) lay outside the provision's scope ${ATLANTIC_SCOPE}.`,
    );
    assert.deepEqual(row(run, 'art5-collective-defence', 'GBR', 'USA').row, ['GBR', 'USA', 'not-applicable', null, null]);
  });

  it("Pacific: an attack on New Zealand's forces in the Pacific counts; one on Australia's forces in Europe does not, while Article 1 has no bound", () => {
    const inside = runOf('pacific-pact/attack-on-forces-in-pacific');
    assert.deepEqual(row(inside, 'art2-common-danger', 'AUS', 'NZL').row, ['AUS', 'NZL', 'active', '2004-07-01', null]);
    assert.deepEqual(row(inside, 'art1-mutual-assistance', 'AUS', 'NZL').row, ['AUS', 'NZL', 'active', '2004-07-01', null]);
    const outside = runOf('pacific-pact/attack-on-forces-outside-pacific');
    const art2 = row(outside, 'art2-common-danger', 'NZL', 'AUS');
    assert.deepEqual(art2.row, ['NZL', 'AUS', 'not-applicable', null, null]);
    assert.equal(art2.reason, `Not applicable: attack (at aus-forces, europe) lay outside the provision's scope ${PACIFIC_SCOPE}.`);
    assert.deepEqual(row(outside, 'art1-mutual-assistance', 'NZL', 'AUS').row, ['NZL', 'AUS', 'active', '2004-09-01', null]);
  });

  it('an attack with no place recorded: the bounded duty is unknown from its day, and says what is missing', () => {
    const run = runOf('pacific-pact/attack-without-place');
    const art2 = row(run, 'art2-common-danger', 'AUS', 'NZL');
    assert.deepEqual(art2.row, ['AUS', 'NZL', 'unknown', '2005-01-10', null]);
    assert.equal(
      art2.reason,
      `Unknown: whether attack (no place recorded) lay within the provision's scope ${PACIFIC_SCOPE} is not known: record the event's place, or the gazetteer's.`,
    );
  });
});

describe('actors: an attack by an armed group', () => {
  it('triggers Article 5 ("an armed attack", any-actor); what counts as "such action as it deems necessary" follows the reading', () => {
    assert.deepEqual(rows(runOf('atlantic-pact/attack-by-armed-group', 'any-action'), 'art5-collective-defence').slice(0, 2), [
      ['CAN', 'USA', 'discharged', '2006-05-10', '2006-05-12'],
      ['GBR', 'USA', 'discharged', '2006-05-10', '2006-05-11'],
    ]);
    const armedForce = runOf('atlantic-pact/attack-by-armed-group', 'armed-force');
    assert.deepEqual(rows(armedForce, 'art5-collective-defence').slice(0, 2), [
      ['CAN', 'USA', 'active', '2006-05-10', null],
      ['GBR', 'USA', 'discharged', '2006-05-10', '2006-05-11'],
    ]);
    assert.ok(
      row(armedForce, 'art5-collective-defence', 'CAN', 'USA').steps.includes(
        'Reading "deems-necessary" as armed-force: Only military assistance counts: "including the use of armed force" names what the action must be. (acts that count: military)',
      ),
    );
  });

  it('triggers Article 2 of the Pacific pact (any attack) but not Article 1 (an attack "by any State"), and the row says which condition failed', () => {
    const run = runOf('pacific-pact/attack-by-armed-group');
    assert.deepEqual(row(run, 'art2-common-danger', 'AUS', 'NZL').row, ['AUS', 'NZL', 'active', '2005-06-01', null]);
    const art1 = row(run, 'art1-mutual-assistance', 'AUS', 'NZL');
    assert.deepEqual(art1.row, ['AUS', 'NZL', 'not-triggered', null, null]);
    assert.equal(
      art1.reason,
      'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party NZL) — never on a day the treaty applied, under state-of-war: armed-hostilities; raid of 2005-06-01 (armed attack) did not count: by RAVEN is not a state.',
    );
  });
});

describe('exceptions: self-defence reported to the Security Council', () => {
  it('reported the same day: no breach, and the explanation names the exception and the report', () => {
    const run = runOf('atlantic-pact/self-defence-reported');
    assert.deepEqual(rows(run, 'art1-no-force'), [
      ['CAN', null, 'kept', '2001-08-24', null],
      ['GBR', null, 'kept', '2001-08-24', null],
      ['USA', null, 'kept', '2001-08-24', null],
    ]);
    const uk = row(run, 'art1-no-force', 'GBR');
    assert.equal(uk.reason, 'Kept: no forbidden act by GBR from 2001-08-24.');
    for (const step of [
      'Act that would be forbidden: force used by GBR against XAA (self-defence) on 2008-03-01 (event response, 2008-03-01, from the scenario; source: hypothetical)',
      'As the exception requires: reported to security council by GBR to UNSC on 2008-03-01 (event report, 2008-03-01, from the scenario; source: hypothetical)',
      'Not a breach: the act of 2008-03-01 falls under the exception self-defence.',
    ])
      assert.ok(uk.steps.includes(step), step);
    assert.ok(uk.steps.some((s) => s.startsWith('Exception self-defence: self-defence against an armed attack, immediately reported')));
  });

  it('never reported: a breach on the day of the act; the other parties kept the undertaking', () => {
    const run = runOf('atlantic-pact/self-defence-unreported');
    assert.deepEqual(rows(run, 'art1-no-force'), [
      ['CAN', null, 'kept', '2001-08-24', null],
      ['USA', null, 'kept', '2001-08-24', null],
      ['GBR', null, 'breached', '2008-03-01', '2008-03-01'],
    ]);
    assert.equal(row(run, 'art1-no-force', 'GBR').reason, 'Breached on 2008-03-01, while the treaty was in force.');
  });
});

describe('invocations and time in force', () => {
  it('Article 4 arises on the request that invokes it, not on a plain request', () => {
    const run = runOf('atlantic-pact/consultation-invoked');
    assert.deepEqual(rows(run, 'art4-consultation'), [
      ['CAN+GBR+USA', 'GBR', 'discharged', '2003-02-16', '2003-02-19'],
      ['CAN+GBR+USA', 'CAN', 'not-triggered', null, null],
      ['CAN+GBR+USA', 'USA', 'not-triggered', null, null],
    ]);
    assert.equal(
      row(run, 'art4-consultation', 'CAN+GBR+USA', 'USA').reason,
      'Not triggered: event "consultation-requested" (by requesting-party) (with requesting-party USA) — never on a day the treaty applied; us-request of 2003-02-10 (consultation requested) did not count: it does not invoke article 4.',
    );
  });

  it('Article 12: a request before ten years in force triggers nothing, one after does', () => {
    const run = runOf('atlantic-pact/review-after-ten-years');
    assert.deepEqual(rows(run, 'art12-review'), [
      ['CAN+GBR+USA', 'GBR', 'discharged', '2012-03-01', '2012-03-20'],
      ['CAN+GBR+USA', 'CAN', 'not-triggered', null, null],
      ['CAN+GBR+USA', 'USA', 'not-triggered', null, null],
    ]);
    assert.equal(
      row(run, 'art12-review', 'CAN+GBR+USA', 'CAN').reason,
      'Not triggered: event "consultation-requested" (by requesting-party) and the treaty has been in force for 10 years (with requesting-party CAN) — never on a day the treaty applied.',
    );
  });
});

describe('uncertain facts and incomplete texts', () => {
  it('a request "on or before" 2011-09-01: unknown, with what it would be on each day evaluated', () => {
    const { warnings } = result('atlantic-pact/review-request-on-or-before');
    assert.ok(warnings.includes('event request (recorded as 2011-09-01; on or before 2011-09-01): evaluated on 0000-01-01, 2011-09-01'));
    const usa = row(runOf('atlantic-pact/review-request-on-or-before'), 'art12-review', 'CAN+GBR+USA', 'USA');
    assert.deepEqual(usa.row, ['CAN+GBR+USA', 'USA', 'unknown', '2011-09-01', null]);
    assert.equal(usa.reason, 'Unknown: if request was on 0000-01-01: not-triggered; if request was on 2011-09-01: active from 2011-09-01.');
  });

  it('a request under a cut-off article: unknown, never discharged, and the other binding unknown too', () => {
    const run = runOf('pacific-pact/request-under-cut-article');
    assert.deepEqual(rows(run, 'art4-consultation'), [
      ['NZL', 'AUS', 'unknown', '2003-05-01', '2003-05-03'],
      ['AUS', 'NZL', 'unknown', null, null],
    ]);
    assert.equal(
      row(run, 'art4-consultation', 'NZL', 'AUS').reason,
      `Unknown: the provision's words are cut in the source (${CUT}); what it requires, and so this outcome, cannot be said.`,
    );
    assert.equal(
      row(run, 'art4-consultation', 'AUS', 'NZL').reason,
      `Unknown: the provision's words are cut in the source (${CUT}); whether it arose cannot be said.`,
    );
  });
});

describe('situations: a war begun before entry into force', () => {
  it('going on after it: Article 1 applies from entry into force, citing VCLT Art. 28; Article 2 (an act of one day) does not', () => {
    const run = runOf('pacific-pact/war-before-force-continuing');
    const art1 = row(run, 'art1-mutual-assistance', 'NZL', 'AUS');
    assert.deepEqual(art1.row, ['NZL', 'AUS', 'active', '2002-04-29', null]);
    assert.ok(
      art1.steps.includes(
        'The situation began on 2002-01-15, before the treaty applied on 2002-04-29, and continued: a treaty does not bind as to acts or facts that took place, or situations that ceased to exist, before it applies (VCLT Art. 28), so this continuing situation is covered from 2002-04-29.',
      ),
    );
    assert.deepEqual(row(run, 'art2-common-danger', 'NZL', 'AUS').row, ['NZL', 'AUS', 'not-triggered', null, null]);
  });

  it('ended before it: no duty, and the row says the condition never held on a day the treaty applied', () => {
    const art1 = row(runOf('pacific-pact/war-ended-before-force'), 'art1-mutual-assistance', 'NZL', 'AUS');
    assert.deepEqual(art1.row, ['NZL', 'AUS', 'not-triggered', null, null]);
    assert.equal(
      art1.reason,
      'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party AUS) — never on a day the treaty applied, under state-of-war: armed-hostilities.',
    );
  });
});

describe('wrong expectations fail', () => {
  const wrong: [string, Expectation][] = [
    [
      'atlantic-pact/attack-outside-area',
      {
        obligation: { treaty: 'atlantic-pact', provision: 'art5-collective-defence', bearer: 'CAN', beneficiary: 'USA' },
        outcome: 'active',
      },
    ],
    [
      'atlantic-pact/attack-inside-area',
      {
        obligation: { treaty: 'atlantic-pact', provision: 'art5-collective-defence', bearer: 'CAN', beneficiary: 'GBR' },
        outcome: 'not-applicable',
      },
    ],
    [
      'atlantic-pact/attack-inside-area',
      {
        obligation: { treaty: 'atlantic-pact', provision: 'art5-collective-defence', bearer: 'CAN', beneficiary: 'GBR' },
        from: '2007-02-02',
        outcome: 'active',
      },
    ],
    [
      'atlantic-pact/attack-by-armed-group',
      {
        obligation: { treaty: 'atlantic-pact', provision: 'art5-collective-defence', bearer: 'CAN', beneficiary: 'USA' },
        outcome: 'discharged',
        reading: { 'deems-necessary': 'armed-force' },
      },
    ],
    [
      'atlantic-pact/self-defence-unreported',
      { obligation: { treaty: 'atlantic-pact', provision: 'art1-no-force', bearer: 'GBR' }, outcome: 'kept' },
    ],
    [
      'atlantic-pact/self-defence-reported',
      { obligation: { treaty: 'atlantic-pact', provision: 'art1-no-force', bearer: 'GBR' }, outcome: 'breached' },
    ],
    [
      'atlantic-pact/consultation-invoked',
      { obligation: { treaty: 'atlantic-pact', provision: 'art4-consultation', beneficiary: 'USA' }, outcome: 'discharged' },
    ],
    [
      'atlantic-pact/review-after-ten-years',
      { obligation: { treaty: 'atlantic-pact', provision: 'art12-review', beneficiary: 'CAN' }, outcome: 'active' },
    ],
    [
      'atlantic-pact/review-request-on-or-before',
      { obligation: { treaty: 'atlantic-pact', provision: 'art12-review', beneficiary: 'USA' }, outcome: 'active' },
    ],
    [
      'atlantic-pact/review-request-on-or-before',
      { obligation: { treaty: 'atlantic-pact', provision: 'art12-review', beneficiary: 'USA' }, outcome: 'not-triggered' },
    ],
    [
      'pacific-pact/request-under-cut-article',
      { obligation: { treaty: 'pacific-pact', provision: 'art4-consultation', bearer: 'NZL', beneficiary: 'AUS' }, outcome: 'discharged' },
    ],
    [
      'pacific-pact/request-under-cut-article',
      {
        obligation: { treaty: 'pacific-pact', provision: 'art4-consultation', bearer: 'AUS', beneficiary: 'NZL' },
        outcome: 'not-triggered',
      },
    ],
    [
      'pacific-pact/war-before-force-continuing',
      {
        obligation: { treaty: 'pacific-pact', provision: 'art1-mutual-assistance', bearer: 'NZL', beneficiary: 'AUS' },
        from: '2002-01-15',
        outcome: 'active',
      },
    ],
    [
      'pacific-pact/war-before-force-continuing',
      {
        obligation: { treaty: 'pacific-pact', provision: 'art1-mutual-assistance', bearer: 'NZL', beneficiary: 'AUS' },
        outcome: 'not-triggered',
      },
    ],
    [
      'pacific-pact/war-ended-before-force',
      { obligation: { treaty: 'pacific-pact', provision: 'art1-mutual-assistance', bearer: 'NZL', beneficiary: 'AUS' }, outcome: 'active' },
    ],
    [
      'pacific-pact/attack-by-armed-group',
      { obligation: { treaty: 'pacific-pact', provision: 'art1-mutual-assistance', bearer: 'AUS', beneficiary: 'NZL' }, outcome: 'active' },
    ],
    [
      'pacific-pact/attack-on-forces-outside-pacific',
      { obligation: { treaty: 'pacific-pact', provision: 'art2-common-danger', bearer: 'NZL', beneficiary: 'AUS' }, outcome: 'active' },
    ],
    [
      'pacific-pact/attack-without-place',
      {
        obligation: { treaty: 'pacific-pact', provision: 'art2-common-danger', bearer: 'AUS', beneficiary: 'NZL' },
        outcome: 'not-applicable',
      },
    ],
  ];
  for (const [name, expectation] of wrong) {
    it(`${name}: ${JSON.stringify(expectation)} fails`, () => {
      const [outcome] = checkExpectations(result(name), [expectation]);
      assert.equal(outcome!.passed, false, `${outcome!.expected} should fail`);
      assert.ok(outcome!.actual.length > 0, 'says what the engine concluded');
    });
  }
});

describe("the real corpus's issue-15 scenarios: the rows and their reasons", () => {
  const real = loadRealCorpus();
  const scenarioOf = (name: string) => {
    const found = realScenarios().find(({ file }) => file.endsWith(`prk-rus-2024/scenarios/${name}.yaml`));
    assert.ok(found, `scenario ${name}`);
    return found.scenario;
  };
  const onlyRun = (name: string) => {
    const { runs } = evaluateScenario(real, scenarioOf(name));
    assert.equal(runs.length, 1);
    return runs[0]!;
  };

  it("an attack on Russia by ISIL: Article 4's duty not triggered, the row naming the condition (by any-state) that failed", () => {
    const art4 = row(onlyRun('attack-by-armed-group'), 'art4-mutual-assistance', 'PRK', 'RUS');
    assert.deepEqual(art4.row, ['PRK', 'RUS', 'not-triggered', null, null]);
    assert.equal(
      art4.reason,
      'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party RUS) — never on a day the treaty applied, under state-of-war: armed-hostilities; raid of 2025-05-14 (armed attack) did not count: by ISIL is not a state.',
    );
  });

  it('an attack on Kursk Oblast "on or before" 2024-12-06: unknown, from entry into force or from that day', () => {
    const art4 = row(onlyRun('attack-on-or-before-entry-into-force'), 'art4-mutual-assistance', 'PRK', 'RUS');
    assert.deepEqual(art4.row, ['PRK', 'RUS', 'unknown', '2024-12-06', null]);
    assert.equal(
      art4.reason,
      'Unknown: if attack was on 0000-01-01: active from 2024-12-04; if attack was on 2024-12-06: active from 2024-12-06.',
    );
  });

  it('a request for talks after the threat was removed: Article 3 not triggered for either party', () => {
    const run = onlyRun('request-after-threat-removed');
    assert.deepEqual(rows(run, 'art3-threat-consultation'), [
      ['PRK+RUS', 'PRK', 'not-triggered', null, null],
      ['PRK+RUS', 'RUS', 'not-triggered', null, null],
    ]);
    assert.equal(
      row(run, 'art3-threat-consultation', 'PRK+RUS', 'PRK').reason,
      'Not triggered: threatened-party is in "direct-threat" and event "consultation-requested" (by party) (with threatened-party PRK) — never on a day the treaty applied.',
    );
  });
});

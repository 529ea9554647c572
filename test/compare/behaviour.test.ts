/**
 * Behaviour side by side: the comparison scenarios in test/fixtures/compare/scenarios run against
 * the 1961 and 2024 treaties, each as if in force from the scenario's first day, and the exact
 * differences in outcome.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import type { BehaviourComparison, BehaviourRow } from '../../src/compare/schema.js';
import { loadYamlFile } from '../../src/corpus/load.js';
import { InputError } from '../../src/model/diagnostic.js';
import { ScenarioFile } from '../../src/model/timeline.js';
import { ASSISTANCE, compareOnAttack, type FixtureTreaty, SCENARIO_DIR, realCorpus, variant } from './support.js';

function behaviour(file: string): BehaviourComparison {
  const { loaded } = loadYamlFile(join(SCENARIO_DIR, file), ScenarioFile);
  if (!loaded) throw new Error(`${file} does not load`);
  return compareTreaties(realCorpus(), 'ussr-prk-1961', 'prk-rus-2024', { scenario: loaded.value }).behaviour!;
}

/** A row in brief: which provisions, who owes whom, and each side's outcome and day. */
function brief(r: BehaviourRow) {
  const side = (c: BehaviourRow['a']) => (c ? `${c.provision} ${c.outcome}${c.from ? ` ${c.from}` : ''}` : null);
  return { pairing: r.pairing, binding: `${r.bearer}→${r.beneficiary ?? ''}`, a: side(r.a), b: side(r.b), differs: r.differs };
}

/** The assistance duty to Russia, under both treaties, where no attack on Russia put it in a state of war. */
const ASSISTANCE_NOT_TRIGGERED = {
  pairing: 'aligned',
  binding: 'PRK→RUS',
  a: 'art1-mutual-assistance not-triggered',
  b: 'art4-mutual-assistance not-triggered',
  differs: false,
};

/** The 2024 treaty's duties that neither a threat nor sanctions triggered: each binding listed against no provision of 1961. */
const ONLY_IN_2024_NOT_TRIGGERED = [
  { pairing: 'only-in-b', binding: 'PRK+RUS→PRK', a: null, b: 'art3-threat-consultation not-triggered', differs: false },
  { pairing: 'only-in-b', binding: 'PRK+RUS→RUS', a: null, b: 'art3-threat-consultation not-triggered', differs: false },
  { pairing: 'only-in-b', binding: 'PRK+RUS→PRK', a: null, b: 'counter-unilateral-measures not-triggered', differs: false },
  { pairing: 'only-in-b', binding: 'PRK+RUS→RUS', a: null, b: 'counter-unilateral-measures not-triggered', differs: false },
];

describe('behaviour: 1961 and 2024 treaties on the same events', () => {
  it('states its assumptions: in force from the first day, no recorded history, succession', () => {
    const b = behaviour('attack-with-war.yaml');
    assert.equal(b.firstDay, '2025-03-01');
    assert.match(
      b.assumptions[0]!,
      /^The treaties were not compared on their recorded histories: each is evaluated as if it entered into force on the scenario's first day, 2025-03-01, by an assumed "ratifications-exchanged" event for each; recorded history is left out\.$/,
    );
    assert.match(b.assumptions[1]!, /RUS acts for SUN from 1991-12-25/);
    assert.deepEqual(b.warnings, []);
  });

  it('armed attack and a state of war: the treaties differ only where "immediately" and "without delay" are read differently', () => {
    const b = behaviour('attack-with-war.yaml');
    const runs = b.runs.map((r) => ({
      immediately: r.readings.immediately,
      withoutDelay: r.readings['without-delay'],
      rows: r.rows.map(brief),
    }));
    // The duty RUS owes PRK arose under each treaty; PRK's to RUS did not (RUS was not attacked), and the
    // 2024 treaty's own duties, triggered by neither, are paired with no provision of 1961: no difference.
    const row = (a: string, bb: string, differs: boolean) => [
      {
        pairing: 'aligned',
        binding: 'PRK→RUS',
        a: 'art1-mutual-assistance not-triggered',
        b: 'art4-mutual-assistance not-triggered',
        differs: false,
      },
      {
        pairing: 'aligned',
        binding: 'RUS→PRK',
        a: `art1-mutual-assistance ${a} 2025-03-01`,
        b: `art4-mutual-assistance ${bb} 2025-03-01`,
        differs,
      },
      ...ONLY_IN_2024_NOT_TRIGGERED,
    ];
    assert.deepEqual(runs, [
      { immediately: 'within-one-day', withoutDelay: 'within-one-day', rows: row('breached', 'breached', false) },
      { immediately: 'within-one-day', withoutDelay: 'within-seven-days', rows: row('breached', 'discharged', true) },
      { immediately: 'within-seven-days', withoutDelay: 'within-one-day', rows: row('discharged', 'breached', true) },
      { immediately: 'within-seven-days', withoutDelay: 'within-seven-days', rows: row('discharged', 'discharged', false) },
    ]);
    assert.equal(b.differences, 2);
  });

  it('an attack without a declaration of war: no duty under the declared-war reading, the same duty under armed hostilities', () => {
    const b = behaviour('attack-without-war.yaml');
    assert.deepEqual(
      b.runs.map((r) => ({ stateOfWar: r.readings['state-of-war'], rows: r.rows.map(brief) })),
      [
        {
          stateOfWar: 'armed-hostilities',
          rows: [
            {
              pairing: 'aligned',
              binding: 'PRK→RUS',
              a: 'art1-mutual-assistance active 2025-03-01',
              b: 'art4-mutual-assistance active 2025-03-01',
              differs: false,
            },
            { ...ASSISTANCE_NOT_TRIGGERED, binding: 'RUS→PRK' },
            ...ONLY_IN_2024_NOT_TRIGGERED,
          ],
        },
        {
          stateOfWar: 'declared-war',
          rows: [ASSISTANCE_NOT_TRIGGERED, { ...ASSISTANCE_NOT_TRIGGERED, binding: 'RUS→PRK' }, ...ONLY_IN_2024_NOT_TRIGGERED],
        },
      ],
    );
    assert.equal(b.differences, 0);
    // Each side says why not: the condition, its binding and the reading it failed under.
    const declared = b.runs[1]!.rows[0]!;
    assert.equal(
      declared.a!.reason,
      'Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party SUN) — never on a day the treaty applied, under state-of-war: declared-war.',
    );
    assert.equal(
      declared.note,
      'ussr-prk-1961: not triggered (event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party SUN) — never on a day the treaty applied, under state-of-war: declared-war); prk-rus-2024: not triggered (event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party RUS) — never on a day the treaty applied, under state-of-war: declared-war)',
    );
    // A duty that arose has no reason: its outcome and days say it.
    assert.equal(b.runs[0]!.rows[0]!.a!.reason, null);
  });

  it('a direct threat and a request for talks: only the 2024 treaty has a duty the threat triggers', () => {
    const b = behaviour('threat-and-request.yaml');
    assert.equal(b.runs.length, 1);
    assert.deepEqual(b.runs[0]!.rows.filter((r) => r.differs).map(brief), [
      { pairing: 'only-in-b', binding: 'PRK+RUS→PRK', a: null, b: 'art3-threat-consultation discharged 2025-02-03', differs: true },
    ]);
    // The standing consultation duties of both treaties rest on the talks, and agree; no assistance duty arose under either.
    assert.deepEqual(b.runs[0]!.rows.filter((r) => !r.differs).map(brief), [
      ASSISTANCE_NOT_TRIGGERED,
      { ...ASSISTANCE_NOT_TRIGGERED, binding: 'RUS→PRK' },
      {
        pairing: 'aligned',
        binding: 'PRK+RUS→',
        a: 'art3-consultation active 2025-02-01',
        b: 'art2-exchange-of-views active 2025-02-01',
        differs: false,
      },
      ...ONLY_IN_2024_NOT_TRIGGERED.slice(1),
    ]);
    assert.equal(b.differences, 1);
  });

  it('sanctions: only the 2024 treaty obliges the parties to counter them', () => {
    const b = behaviour('sanctions.yaml');
    assert.deepEqual(b.runs[0]!.rows.filter((r) => r.differs).map(brief), [
      { pairing: 'only-in-b', binding: 'PRK+RUS→PRK', a: null, b: 'counter-unilateral-measures discharged 2025-01-10', differs: true },
    ]);
    assert.equal(b.differences, 1);
    // The same duty towards Russia, never under sanctions, did not arise: listed, no difference.
    assert.deepEqual(b.runs[0]!.rows.at(-1), {
      pairing: 'only-in-b',
      bearer: 'PRK+RUS',
      beneficiary: 'RUS',
      a: null,
      b: {
        provision: 'counter-unilateral-measures',
        article: 'unknown',
        outcome: 'not-triggered',
        from: null,
        to: null,
        deadline: null,
        events: [],
        reason:
          'Not triggered: sanctioned-party is in "under-unilateral-measures" (with sanctioned-party RUS) — never on a day the treaty applied.',
      },
      differs: false,
      note: 'ussr-prk-1961 has no such provision; prk-rus-2024: not triggered (sanctioned-party is in "under-unilateral-measures" (with sanctioned-party RUS) — never on a day the treaty applied)',
    });
  });

  it('a scenario with no events is bad input', () => {
    assert.throws(
      () =>
        compareTreaties(realCorpus(), 'ussr-prk-1961', 'prk-rus-2024', {
          scenario: { title: 'empty', history: true, drop: [], readings: {}, events: [], expect: [] },
          scenarioName: 'empty.yaml',
        }),
      (e: unknown) => e instanceof InputError && e.diagnostic.file === 'empty.yaml' && e.diagnostic.code === 'empty-scenario',
    );
  });
});

describe('behaviour in the summary', () => {
  it('says where the outcomes differ, resting on the provisions concerned', () => {
    const { loaded } = loadYamlFile(join(SCENARIO_DIR, 'sanctions.yaml'), ScenarioFile);
    const c = compareTreaties(realCorpus(), 'ussr-prk-1961', 'prk-rus-2024', { scenario: loaded!.value });
    const claim = c.summary.at(-1)!;
    assert.equal(
      claim.text,
      'Run on "Unilateral sanctions against the DPRK, then joint efforts against their impact (hypothetical)", each treaty as if in force from 2025-01-10: the outcomes differ 1 time: ussr-prk-1961 has no such provision; prk-rus-2024: discharged on 2025-02-01 (owed from 2025-01-10).',
    );
    assert.deepEqual(
      claim.basis.map((b) => b.provision),
      ['counter-unilateral-measures'],
    );
  });
});

describe('behaviour: entry-into-force shapes other than one act', () => {
  const run = (a: FixtureTreaty, b: FixtureTreaty) => compareOnAttack(a, b).behaviour!;

  it('month-start rounding and a threshold: both in force from the first day, by the acts their clauses need', () => {
    const b = run(
      { id: 'a', provisions: [ASSISTANCE], entryIntoForce: { offset: 'P30D', monthStart: 1 } },
      {
        id: 'b',
        provisions: [ASSISTANCE],
        entryIntoForce: { event: 'instrument-deposited', threshold: { instruments: 2, including: [] } },
      },
    );
    assert.equal(
      b.assumptions[0],
      'The treaties were not compared on their recorded histories: each is evaluated as if it entered into force on the scenario\'s first day, 2025-03-10, by an assumed "ratifications-exchanged" event for a and an assumed "instrument-deposited" event by each party for b; recorded history is left out.',
    );
    assert.deepEqual(b.runs[0]!.rows.map(brief), [
      { pairing: 'aligned', binding: 'PRK→RUS', a: 'assistance not-triggered', b: 'assistance not-triggered', differs: false },
      {
        pairing: 'aligned',
        binding: 'RUS→PRK',
        a: 'assistance discharged 2025-03-10',
        b: 'assistance discharged 2025-03-10',
        differs: false,
      },
    ]);
  });

  it('a fixed date, a later date, an unknown clause and a threshold out of reach are said, not assumed away', () => {
    const b = run(
      { id: 'a', provisions: [ASSISTANCE], entryIntoForce: { event: undefined, date: '2030-01-01' } },
      {
        id: 'b',
        provisions: [ASSISTANCE],
        entryIntoForce: { event: 'instrument-deposited', threshold: { instruments: 3, including: ['USA'] }, notBefore: '2026-01-01' },
      },
    );
    assert.deepEqual(b.assumptions.slice(0, 3), [
      'The treaties were not compared on their recorded histories: each is evaluated as if it entered into force on the scenario\'s first day, 2025-03-10, by no assumed event for a and an assumed "instrument-deposited" event by each party for b; recorded history is left out.',
      'a enters into force on the date its clause fixes, 2030-01-01, not on 2025-03-10: no event is assumed for it.',
      'b\'s threshold (3 instruments, USA among them) is not reached by its parties\' instruments alone: it does not enter into force. b enters into force no earlier than 2026-01-01 ("whichever is later"), however early its act.',
    ]);
    const unknown = run(
      { id: 'a', provisions: [ASSISTANCE], entryIntoForce: { event: undefined, unknown: 'not in the report' } },
      { id: 'b', provisions: [ASSISTANCE] },
    );
    assert.equal(
      unknown.assumptions[1],
      "a's entry into force is unknown (not in the report): no event is assumed for it, and its status stays unknown.",
    );
  });
});

describe('behaviour: rows where no duty arose, paired', () => {
  const run = (a: FixtureTreaty, b: FixtureTreaty) => compareOnAttack(a, b).behaviour!;

  it('a treaty never in force: not applicable against not triggered, and against a duty discharged, each with why not', () => {
    const b = run(
      {
        id: 'a',
        provisions: [ASSISTANCE],
        entryIntoForce: { event: 'instrument-deposited', threshold: { instruments: 3, including: [] } },
      },
      { id: 'b', provisions: [ASSISTANCE] },
    );
    assert.deepEqual(b.runs[0]!.rows.map(brief), [
      { pairing: 'aligned', binding: 'PRK→RUS', a: 'assistance not-applicable', b: 'assistance not-triggered', differs: true },
      { pairing: 'aligned', binding: 'RUS→PRK', a: 'assistance not-applicable', b: 'assistance discharged 2025-03-10', differs: true },
    ]);
    assert.equal(
      b.runs[0]!.rows[1]!.note,
      'a: not applicable (the treaty did not apply (in force or provisionally) on any day evaluated); b: discharged on 2025-03-12 (owed from 2025-03-10)',
    );
    assert.equal(b.differences, 2);
  });

  it('a binding one treaty has no row for is no row, not "not triggered": a duty on the other side differs, no duty does not', () => {
    const b = run({ id: 'a', provisions: [ASSISTANCE] }, { id: 'b', provisions: [variant(ASSISTANCE, { bearer: 'all-parties' })] });
    assert.deepEqual(b.runs[0]!.rows.map(brief), [
      { pairing: 'aligned', binding: 'PRK+RUS→PRK', a: null, b: 'assistance active 2025-03-10', differs: true },
      { pairing: 'aligned', binding: 'PRK+RUS→RUS', a: null, b: 'assistance not-triggered', differs: false },
      { pairing: 'aligned', binding: 'PRK→RUS', a: 'assistance not-triggered', b: null, differs: false },
      { pairing: 'aligned', binding: 'RUS→PRK', a: 'assistance discharged 2025-03-10', b: null, differs: true },
    ]);
    assert.equal(b.runs[0]!.rows[3]!.note, 'a: discharged on 2025-03-12 (owed from 2025-03-10); b has no such duty for this binding');
  });
});

// Covers src/faces/web/pages/workbench/results/resultGroups.ts: which rows of a run come first (the scenario's), which are folded
// (standing duties), which say why not; the filters by treaty, party and outcome, and the counts offered beside each outcome.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ObligationResult } from '../../src/faces/web/api/types.js';
import {
  groupOf,
  groupRows,
  NO_FILTER,
  OUTCOME_ORDER,
  offeredOutcomes,
  outcomeCounts,
  partiesOf,
  shown,
  type Outcome,
} from '../../src/faces/web/pages/workbench/results/resultGroups.js';

const row = (over: Partial<ObligationResult>): ObligationResult => ({
  treaty: 'prk-rus-2024',
  provision: 'art4-mutual-assistance',
  article: '4',
  kind: 'obligation',
  bearer: 'PRK',
  beneficiary: 'RUS',
  from: null,
  to: null,
  deadline: null,
  outcome: 'not-triggered',
  events: [],
  explanation: [],
  ...over,
});

// The rows of the invasion scenario's first run (prk-rus-2024, armed-hostilities, no-fixed-deadline), in kind.
const run = [
  row({
    provision: 'art1-strategic-partnership',
    article: '1',
    bearer: 'PRK+RUS',
    beneficiary: null,
    from: '2024-12-04',
    outcome: 'active',
  }),
  row({ provision: 'art3-threat-consultation', article: '3', bearer: 'PRK+RUS', beneficiary: 'PRK' }),
  row({ provision: 'art3-threat-consultation', article: '3', bearer: 'PRK+RUS', beneficiary: 'RUS' }),
  row({ from: '2025-03-01', to: '2025-03-10', outcome: 'discharged', events: ['invasion', 'aid'] }),
  row({ bearer: 'RUS', beneficiary: 'PRK' }),
  row({ provision: 'art5-no-hostile-action', article: '5', kind: 'prohibition', from: '2024-12-04', outcome: 'kept' }),
  row({
    provision: 'art5-no-hostile-agreement',
    article: '5',
    kind: 'prohibition',
    bearer: 'RUS',
    beneficiary: 'PRK',
    from: '2025-06-01',
    to: '2025-06-01',
    outcome: 'breached',
    events: ['deal'],
  }),
  row({
    provision: 'other-treaty-duty',
    treaty: 'ussr-prk-1961',
    bearer: 'SUN',
    beneficiary: 'PRK',
    from: '1961-09-10',
    to: '1996-09-10',
    outcome: 'lapsed',
  }),
];

describe('groupOf', () => {
  it('puts first what the scenario set off or decided: an event behind it, or discharged, breached, lapsed, unknown', () => {
    assert.equal(groupOf(run[3]!), 'scenario');
    assert.equal(groupOf(run[6]!), 'scenario');
    // Lapsed with no event (the treaty ended): still decided, not standing.
    assert.equal(groupOf(run[7]!), 'scenario');
    assert.equal(groupOf(row({ from: '2025-01-01', outcome: 'unknown' })), 'scenario');
    // Active with an event behind it: the scenario set it off.
    assert.equal(groupOf(row({ from: '2025-03-01', outcome: 'active', events: ['invasion'] })), 'scenario');
  });

  it('folds the standing duties: active or kept with no event behind them', () => {
    assert.equal(groupOf(run[0]!), 'standing');
    assert.equal(groupOf(run[5]!), 'standing');
  });

  it('says why not for every row without a day, whatever its outcome', () => {
    assert.equal(groupOf(run[1]!), 'why-not');
    assert.equal(groupOf(row({ outcome: 'not-applicable' })), 'why-not');
    assert.equal(groupOf(row({ outcome: 'unknown' })), 'why-not');
  });
});

describe('partiesOf', () => {
  it('is each joint bearer and the beneficiary', () => {
    assert.deepEqual(partiesOf({ bearer: 'PRK+RUS', beneficiary: 'PRK' }), ['PRK', 'RUS', 'PRK']);
    assert.deepEqual(partiesOf({ bearer: 'USA', beneficiary: null }), ['USA']);
  });
});

describe('groupRows', () => {
  it('keeps the run order within a group and each row’s index; the why-not rows by provision and outcome', () => {
    const g = groupRows(run, NO_FILTER);
    assert.deepEqual(
      g.scenario.map((r) => r.index),
      [3, 6, 7],
    );
    assert.deepEqual(
      g.standing.map((r) => r.index),
      [0, 5],
    );
    assert.deepEqual(
      g.whyNot.map((w) => [w.provision, w.outcome, w.rows.map((r) => r.index)]),
      [
        ['art3-threat-consultation', 'not-triggered', [1, 2]],
        ['art4-mutual-assistance', 'not-triggered', [4]],
      ],
    );
  });

  it('filters by treaty, by party as bearer (joint too) or beneficiary, and by outcome', () => {
    const ids = (f: Parameters<typeof groupRows>[1]) => {
      const g = groupRows(run, f);
      return [...g.scenario, ...g.whyNot.flatMap((w) => w.rows), ...g.standing].map((r) => r.index).sort();
    };
    assert.deepEqual(ids({ ...NO_FILTER, treaty: 'ussr-prk-1961' }), [7]);
    assert.deepEqual(ids({ ...NO_FILTER, party: 'SUN' }), [7]);
    assert.deepEqual(ids({ ...NO_FILTER, party: 'RUS' }), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(ids({ ...NO_FILTER, outcomes: new Set<Outcome>(['breached', 'kept']) }), [5, 6]);
    assert.deepEqual(ids({ treaty: 'prk-rus-2024', party: 'PRK', outcomes: new Set<Outcome>(['not-triggered']) }), [1, 2, 4]);
  });
});

describe('outcomeCounts', () => {
  it('counts each outcome among the rows of the treaty and party chosen, in the order listed', () => {
    assert.deepEqual(outcomeCounts(run, NO_FILTER, OUTCOME_ORDER), [
      { outcome: 'breached', count: 1 },
      { outcome: 'discharged', count: 1 },
      { outcome: 'lapsed', count: 1 },
      { outcome: 'active', count: 1 },
      { outcome: 'kept', count: 1 },
      { outcome: 'not-triggered', count: 3 },
    ]);
    // The outcome filter does not change the counts: they say what ticking each would show.
    assert.deepEqual(outcomeCounts(run, { treaty: '', party: 'SUN', outcomes: new Set<Outcome>(['breached']) }, OUTCOME_ORDER), [
      { outcome: 'lapsed', count: 1 },
    ]);
  });

  it('offers the outcomes counted, and each one ticked at 0 where no row in scope has it', () => {
    assert.deepEqual(offeredOutcomes(run, { treaty: '', party: 'SUN', outcomes: new Set<Outcome>(['breached']) }, OUTCOME_ORDER), [
      { outcome: 'breached', count: 0 },
      { outcome: 'lapsed', count: 1 },
    ]);
    assert.deepEqual(offeredOutcomes(run, NO_FILTER, OUTCOME_ORDER), outcomeCounts(run, NO_FILTER, OUTCOME_ORDER));
  });

  it('gives, for any filter, exactly as many rows shown as the counts of the outcomes ticked', () => {
    const outcomes = fc.subarray([...OUTCOME_ORDER]);
    fc.assert(
      fc.property(
        fc.constantFrom('', 'prk-rus-2024', 'ussr-prk-1961'),
        fc.constantFrom('', 'PRK', 'RUS', 'SUN', 'USA'),
        outcomes,
        (treaty, party, ticked) => {
          const f = { treaty, party, outcomes: new Set<Outcome>(ticked) };
          const counts = outcomeCounts(run, f, OUTCOME_ORDER);
          const expected = counts.filter((c) => ticked.length === 0 || ticked.includes(c.outcome)).reduce((n, c) => n + c.count, 0);
          const g = groupRows(run, f);
          assert.equal(g.scenario.length + g.standing.length + g.whyNot.reduce((n, w) => n + w.rows.length, 0), expected);
          assert.equal(run.filter((o) => shown(o, f)).length, expected);
        },
      ),
    );
  });
});

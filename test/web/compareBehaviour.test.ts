/** The compare page's behaviour table in words: each outcome with its dates said by their last day, the differences first. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BehaviourRun, OutcomeCell } from '../../src/faces/web/api/types.js';
import {
  cellInWords,
  differingFirst,
  provisionLabels,
  readingsInWords,
  runsDifferingFirst,
} from '../../src/faces/web/pages/compare/behaviourWords.js';

const cell = (over: Partial<OutcomeCell>): OutcomeCell => ({
  provision: 'art4',
  article: '4',
  outcome: 'active',
  from: '2025-03-01',
  to: null,
  deadline: null,
  events: ['invasion'],
  reason: null,
  ...over,
});

describe('cellInWords', () => {
  it('a duty discharged: the day it was discharged and the day it arose', () => {
    assert.equal(
      cellInWords(cell({ outcome: 'discharged', to: '2025-03-10' }), 'aligned'),
      'discharged on 2025-03-10 (arose on 2025-03-01)',
    );
  });
  it('a duty breached by its deadline: the deadline said by its last day, not its first day late', () => {
    assert.equal(
      cellInWords(cell({ outcome: 'breached', to: '2025-03-08', deadline: '2025-03-08' }), 'aligned'),
      'breached: deadline passed, last day 2025-03-07 (arose on 2025-03-01)',
    );
  });
  it('an active duty: its span with its last day, and when it is due', () => {
    assert.equal(
      cellInWords(cell({ outcome: 'active', to: '2025-04-01', deadline: '2025-03-02' }), 'aligned'),
      'active from 2025-03-01 to 2025-04-01 (last day 2025-03-31), due by 2025-03-01 (last day)',
    );
    assert.equal(cellInWords(cell({ outcome: 'active' }), 'aligned'), 'active from 2025-03-01 (open-ended)');
  });
  it('lapsed, kept, unknown', () => {
    assert.equal(cellInWords(cell({ outcome: 'lapsed', to: '2025-05-01' }), 'aligned'), 'lapsed on 2025-05-01 (arose on 2025-03-01)');
    assert.equal(
      cellInWords(cell({ outcome: 'kept', to: '2025-05-01' }), 'aligned'),
      'kept: no forbidden act from 2025-03-01 to 2025-05-01 (last day 2025-04-30)',
    );
    assert.equal(
      cellInWords(cell({ outcome: 'unknown', from: null, reason: 'Unknown: the day of the attack is not known.' }), 'aligned'),
      'unknown: The day of the attack is not known',
    );
  });
  it('no duty: why not, without the outcome its reason starts with', () => {
    assert.equal(
      cellInWords(cell({ outcome: 'not-triggered', from: null, reason: 'Not triggered: no state of war under this reading.' }), 'aligned'),
      'No state of war under this reading',
    );
  });
  it('no row: no such duty for the binding, or no such provision', () => {
    assert.equal(cellInWords(null, 'aligned'), 'No such duty for this binding');
    assert.equal(cellInWords(null, 'only-in-b'), 'No such provision');
  });
});

describe('ordering and labels', () => {
  it('rows that differ first, each group in its order', () => {
    const rows = [
      { id: 1, differs: false },
      { id: 2, differs: true },
      { id: 3, differs: false },
      { id: 4, differs: true },
    ];
    assert.deepEqual(
      differingFirst(rows).map((r) => r.id),
      [2, 4, 1, 3],
    );
  });
  it('runs with the most differences first', () => {
    const run = (differences: number, term: string): BehaviourRun => ({ readings: { t: term }, rows: [], standing: 0, differences });
    assert.deepEqual(
      runsDifferingFirst([run(0, 'a'), run(1, 'b'), run(0, 'c'), run(2, 'd')]).map((r) => r.readings.t),
      ['d', 'b', 'a', 'c'],
    );
  });
  it('readings in words', () => {
    assert.equal(
      readingsInWords({ 'without-delay': 'within-seven-days', 'state-of-war': 'armed-hostilities' }),
      'without-delay: within-seven-days; state-of-war: armed-hostilities',
    );
    assert.equal(readingsInWords({}), 'no contested term in play');
  });
  it('provision labels from the comparison', () => {
    const ref = (treaty: string, id: string, label: string) => ({ treaty, id, label }) as never;
    const labels = provisionLabels({
      matches: [{ pairs: [{ a: ref('x', 'a1', 'Art. 1(2)'), b: ref('y', 'b4', 'Art. 4') }] }] as never,
      onlyInA: [],
      onlyInB: [{ provision: ref('y', 'b9', 'unnumbered') }] as never,
    });
    assert.deepEqual(
      [...labels],
      [
        ['x/a1', 'Art. 1(2)'],
        ['y/b4', 'Art. 4'],
        ['y/b9', 'unnumbered'],
      ],
    );
  });
});

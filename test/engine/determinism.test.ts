/**
 * Determinism: the same corpus and events give byte-identical output, whatever the order in which a
 * scenario lists its events.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Prng, randomScenario, syntheticCorpus } from '../../bench/generate.js';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import type { Event } from '../../src/model/event.js';
import type { ScenarioFile } from '../../src/model/timeline.js';
import { loadRealCorpus, realScenarios } from './support.js';

const corpus = loadRealCorpus();

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rng = new Prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const withEvents = (s: ScenarioFile, events: Event[]): ScenarioFile => ({ ...s, events });

/** Dense crises over two years: many events share a day, and many days hold both a start and an end. */
const DENSE = {
  'armed-attack': 30,
  'war-declared': 10,
  'hostilities-ended': 40,
  'invasion-threat-created': 40,
  'threat-removed': 30,
  'consultation-requested': 120,
  'consultations-held': 150,
  'assistance-provided': 200,
  'unilateral-measures-imposed': 30,
  'unilateral-measures-lifted': 30,
  'measures-countered': 100,
  'hostile-alliance-joined': 20,
  'hostile-agreement-concluded': 20,
  'hostile-action-joined': 20,
  'denunciation-notice': 3,
  'termination-agreed': 1,
};

describe('determinism', () => {
  for (const { file, scenario } of realScenarios()) {
    it(`${file}: the same output twice, and for its events in any order`, () => {
      const once = JSON.stringify(evaluateScenario(corpus, scenario));
      assert.equal(JSON.stringify(evaluateScenario(corpus, scenario)), once);
      assert.equal(JSON.stringify(evaluateScenario(corpus, withEvents(scenario, [...scenario.events].reverse()))), once);
      assert.equal(JSON.stringify(evaluateScenario(corpus, withEvents(scenario, shuffled(scenario.events, 7)))), once);
    });
  }

  it('a synthetic corpus and a dense random timeline: the same output in date order, reversed and shuffled, under several readings', () => {
    const synthetic = syntheticCorpus(corpus, { treaties: 12, states: 8, seed: 3, successionRate: 0.25 });
    const options = { events: 3000, seed: 5, from: '1960-01-01', to: '1962-01-01', weights: DENSE };
    const inOrder = randomScenario(synthetic, options);
    inOrder.readings = { 'state-of-war': ['armed-hostilities', 'declared-war'], immediately: ['no-fixed-deadline', 'within-seven-days'] };
    const sameDay = new Set<string>();
    let collisions = 0;
    for (const e of inOrder.events)
      if (sameDay.has(e.date)) collisions++;
      else sameDay.add(e.date);
    assert.ok(collisions > 2000, 'the timeline puts many events on one day');

    const once = JSON.stringify(evaluateScenario(synthetic.corpus, inOrder));
    assert.ok(JSON.parse(once).runs[0].obligations.length > 50, 'the timeline triggers duties');
    assert.equal(JSON.stringify(evaluateScenario(synthetic.corpus, inOrder)), once);
    assert.equal(JSON.stringify(evaluateScenario(synthetic.corpus, withEvents(inOrder, [...inOrder.events].reverse()))), once);
    const other = randomScenario(synthetic, { ...options, order: 'shuffled' });
    assert.equal(JSON.stringify(evaluateScenario(synthetic.corpus, withEvents(inOrder, other.events))), once);
    assert.equal(JSON.stringify(evaluateScenario(synthetic.corpus, withEvents(inOrder, shuffled(inOrder.events, 11)))), once);
  });
});

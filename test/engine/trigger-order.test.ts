/**
 * A trigger on events alone fires on the day the last of its events occurs, whatever order its
 * conditions are written in (the North Atlantic Treaty's Art. 5 end of measures: an armed attack and
 * the Security Council's measures).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import type { CompiledCorpus } from '../../src/model/compiled.js';
import { ev, loadRealCorpus, scenario } from './support.js';

const PROVISION = 'art5-terminate-measures';

/** The real corpus with the provision's `all` conditions in reverse order. */
function reversed(corpus: CompiledCorpus): CompiledCorpus {
  const copy = structuredClone(corpus);
  const treaty = copy.treaties.find((t) => t.treaty.id === 'north-atlantic-1949')!;
  const provision = treaty.treaty.provisions.find((p) => p.id === PROVISION)!;
  assert.ok(provision.trigger && 'all' in provision.trigger);
  provision.trigger.all.reverse();
  return copy;
}

function rows(corpus: CompiledCorpus, events: Parameters<typeof scenario>[0]['events']) {
  const run = evaluateScenario(corpus, scenario({ treaties: ['north-atlantic-1949'], events })).runs[0]!;
  return run.obligations
    .filter((o) => o.provision === PROVISION && o.bearer === 'CAN' && o.outcome !== 'not-triggered' && o.outcome !== 'not-applicable')
    .map((o) => ({ outcome: o.outcome, from: o.from, events: o.events }));
}

describe('a trigger on events alone, whatever the order of its conditions', () => {
  const corpus = loadRealCorpus();
  const flipped = reversed(corpus);
  const attack = ev('attack', '1960-05-01', 'armed-attack', { by: 'SUN', against: 'FRA', place: ['fra-territory'] });

  it('fires on the day of the later event: the Council acting after the attack', () => {
    const events = [attack, ev('council', '1960-05-20', 'security-council-measures-taken', { by: 'UNSC', to: 'FRA' })];
    const expected = [{ outcome: 'active', from: '1960-05-20', events: ['council', 'attack'] }];
    assert.deepEqual(rows(corpus, events), expected);
    assert.deepEqual(rows(flipped, events), [{ ...expected[0]!, events: ['attack', 'council'] }]);
  });

  it('fires on the attack day when the Council had acted before it, in either order', () => {
    const events = [ev('council', '1960-04-20', 'security-council-measures-taken', { by: 'UNSC', to: 'FRA' }), attack];
    assert.deepEqual(
      rows(corpus, events).map((r) => r.from),
      ['1960-05-01'],
    );
    assert.deepEqual(
      rows(flipped, events).map((r) => r.from),
      ['1960-05-01'],
    );
  });

  it('does not fire without both events', () => {
    assert.deepEqual(rows(corpus, [attack]), []);
    assert.deepEqual(rows(flipped, [attack]), []);
  });
});

/**
 * A treaty a party may leave alone (the abridged North Atlantic Treaty fixture): duties bind only
 * the parties of the day. None arises for or is owed to a state that has left; one in course lapses
 * the day its bearer or beneficiary leaves, and its explanation cites the withdrawal; a joint duty
 * is borne by the parties of the day it arises.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import type { CompiledCorpus } from '../../src/model/compiled.js';
import { ev, gist, obligationsOf, onlyRun, scenario } from './support.js';

const { compiled } = checkCorpus(join(import.meta.dirname, '..', 'fixtures', 'corpus-multilateral'));
const nato = compiled as CompiledCorpus;
// Canada's notice takes effect 1969-08-24 (twenty years in force); France's one year after it, 1976-03-01.
const notices = [
  ev('can-notice', '1966-01-10', 'denunciation-notice', { by: 'CAN', to: 'USA' }),
  ev('fra-notice', '1975-03-01', 'denunciation-notice', { by: 'FRA', to: 'USA' }),
];

describe('duties under a treaty a party may leave alone', () => {
  it('a joint duty arising after two parties left is borne by the ten that remain', () => {
    const run = onlyRun(
      evaluateScenario(nato, scenario({ events: [...notices, ev('request', '1980-05-01', 'consultation-requested', { by: 'USA' })] })),
    );
    assert.deepEqual(obligationsOf(run, 'art4-consultation').map(gist), [
      {
        bearer: 'BEL+DNK+ISL+ITA+LUX+NLD+NOR+PRT+GBR+USA',
        beneficiary: 'USA',
        from: '1980-05-01',
        to: null,
        outcome: 'active',
        deadline: null,
        events: ['request'],
      },
    ]);
  });

  it('a duty owed to a party lapses the day it leaves, citing its notice', () => {
    const run = onlyRun(
      evaluateScenario(
        nato,
        scenario({
          events: [
            ...notices,
            ev('attack', '1975-06-01', 'armed-attack', { by: 'SUN', against: 'FRA' }),
            ev('aid', '1976-03-01', 'assistance-provided', { by: 'USA', to: 'FRA' }),
          ],
        }),
      ),
    );
    const defence = obligationsOf(run, 'art5-collective-defence');
    // Ten bearers (every party of the day but France); Canada had left.
    assert.deepEqual(
      defence.map((o) => o.bearer),
      ['BEL', 'DNK', 'GBR', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'USA'],
    );
    const us = defence.find((o) => o.bearer === 'USA')!;
    // Aid on the day France left is no longer aid under the treaty.
    assert.deepEqual(gist(us), {
      bearer: 'USA',
      beneficiary: 'FRA',
      from: '1975-06-01',
      to: '1976-03-01',
      outcome: 'lapsed',
      deadline: null,
      events: ['attack'],
    });
    assert.deepEqual(
      us.explanation.slice(-3).map((s) => s.text),
      [
        'Notice given by FRA on 1975-03-01 (event fra-notice, 1975-03-01, from the scenario; source: hypothetical)',
        'The withdrawal by FRA took effect on 1976-03-01 (last day in force 1976-02-29), the later of the end of the notice period (1976-03-01) and the end of the minimum time in force (1969-08-24).',
        'Lapsed on 1976-03-01: FRA ceased to be a party that day, before it was performed (last day owed 1976-02-29).',
      ],
    );
  });

  it('an attack on a state that has left binds no one, and a standing duty of a party ends when it leaves', () => {
    const run = onlyRun(
      evaluateScenario(nato, scenario({ events: [...notices, ev('attack', '1980-01-01', 'armed-attack', { by: 'SUN', against: 'CAN' })] })),
    );
    assert.deepEqual(obligationsOf(run, 'art5-collective-defence'), []);
    const settlement = obligationsOf(run, 'art1-peaceful-settlement');
    assert.equal(settlement.length, 12);
    assert.deepEqual(
      settlement.filter((o) => o.to !== null).map((o) => [o.bearer, o.from, o.to, o.outcome]),
      [
        ['CAN', '1949-08-24', '1969-08-24', 'active'],
        ['FRA', '1949-08-24', '1976-03-01', 'active'],
      ],
    );
    const canada = settlement.find((o) => o.bearer === 'CAN')!;
    assert.match(
      canada.explanation.at(-1)!.text,
      /: from 1949-08-24 to 1969-08-24 \(last day 1969-08-23\), CAN having ceased to be a party on 1969-08-24;/,
    );
    // Canada's notice of 1966 ran out in 1967, but the treaty had to be in force for twenty years first.
    assert.equal(
      canada.explanation.at(-2)!.text,
      'The withdrawal by CAN took effect on 1969-08-24 (last day in force 1969-08-23), the later of the end of the notice period (1967-01-10) and the end of the minimum time in force (1969-08-24).',
    );
  });
});

/**
 * The corpus's scenarios are tests: every expectation of every scenario in corpus/*\/scenarios
 * passes. And a wrong expectation fails, so that they cannot pass vacuously.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { checkExpectations } from '../../src/engine/expectations.js';
import type { Expectation } from '../../src/model/timeline.js';
import { ev, loadRealCorpus, realScenarios, scenario } from './support.js';

const corpus = loadRealCorpus();

describe('checkExpectations', () => {
  const attack = scenario({
    treaties: ['ussr-prk-1961'],
    readings: { 'state-of-war': ['armed-hostilities', 'declared-war'] },
    events: [
      ev('e1', '1985-03-01', 'armed-attack', { by: 'USA', against: 'PRK' }),
      ev('e2', '1985-03-03', 'assistance-provided', { by: 'SUN', to: 'PRK', kind: 'military' }),
    ],
  });
  const result = evaluateScenario(corpus, attack);
  const check = (expectation: Expectation) => checkExpectations(result, [expectation])[0]!;
  const assistance = { treaty: 'ussr-prk-1961', provision: 'art1-mutual-assistance', bearer: 'SUN', beneficiary: 'PRK' };

  it('passes right expectations', () => {
    assert.equal(check({ at: '1985-03-02', treaty: 'ussr-prk-1961', status: 'in-force', term: 4 }).passed, true);
    assert.equal(
      check({ obligation: assistance, from: '1985-03-01', outcome: 'discharged', reading: { 'state-of-war': 'armed-hostilities' } }).passed,
      true,
    );
    assert.equal(
      check({
        obligation: assistance,
        from: '1985-03-01',
        to: '1985-03-03',
        outcome: 'discharged',
        reading: { 'state-of-war': 'armed-hostilities' },
      }).passed,
      true,
    );
    assert.equal(check({ obligation: assistance, outcome: 'not-triggered', reading: { 'state-of-war': 'declared-war' } }).passed, true);
  });

  it('fails a wrong status, a wrong term, a wrong outcome, a wrong day and a wrong reading', () => {
    const wrong: Expectation[] = [
      { at: '1985-03-02', treaty: 'ussr-prk-1961', status: 'terminated' },
      { at: '1985-03-02', treaty: 'ussr-prk-1961', status: 'in-force', term: 5 },
      { at: '1961-09-09', treaty: 'ussr-prk-1961', status: 'in-force' },
      { obligation: assistance, outcome: 'breached', reading: { 'state-of-war': 'armed-hostilities' } },
      { obligation: assistance, from: '1985-03-02', outcome: 'discharged', reading: { 'state-of-war': 'armed-hostilities' } },
      { obligation: assistance, to: '1985-03-02', outcome: 'discharged', reading: { 'state-of-war': 'armed-hostilities' } },
      { obligation: assistance, outcome: 'discharged', reading: { 'state-of-war': 'declared-war' } },
      // Without a reading it is checked in every run: discharged in one, not triggered in the other.
      { obligation: assistance, outcome: 'discharged' },
      { obligation: { ...assistance, bearer: 'PRK', beneficiary: 'SUN' }, outcome: 'discharged' },
      { obligation: assistance, outcome: 'not-triggered', reading: { 'state-of-war': 'armed-hostilities' } },
      { obligation: assistance, outcome: 'discharged', reading: { 'state-of-war': 'no-such-reading' } },
      { at: '1985-03-02', treaty: 'prk-rus-2024', status: 'not-in-force' },
    ];
    for (const expectation of wrong) {
      const outcome = check(expectation);
      assert.equal(outcome.passed, false, `${outcome.expected} should fail`);
      assert.ok(outcome.actual.length > 0, 'says what the engine concluded');
    }
  });

  it('says what was expected and what was concluded', () => {
    const outcome = check({ obligation: assistance, outcome: 'breached', reading: { 'state-of-war': 'armed-hostilities' } });
    assert.equal(
      outcome.expected,
      'ussr-prk-1961 art1-mutual-assistance, bearer SUN, beneficiary PRK: breached under state-of-war: armed-hostilities',
    );
    assert.deepEqual(outcome.actual, [
      'art1-mutual-assistance SUN→PRK discharged on 1985-03-03 (owed from 1985-03-01) [cease-to-be-member: leaves-treaty, deems-necessary: any-action, forthwith: no-fixed-deadline, immediately: no-fixed-deadline, state-of-war: armed-hostilities, twenty-years-in-force: effect-after, without-delay: no-fixed-deadline]',
    ]);
  });
});

describe('status expectations for one party', () => {
  const result = evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'] }));
  const check = (expectation: Expectation) => checkExpectations(result, [expectation])[0]!;

  it('names the party by its code, or by the state acting for it on the day', () => {
    assert.equal(check({ at: '1990-01-01', treaty: 'ussr-prk-1961', status: 'in-force', party: 'SUN' }).passed, true);
    assert.equal(check({ at: '1995-01-01', treaty: 'ussr-prk-1961', status: 'in-force', party: 'SUN' }).passed, true);
    assert.equal(check({ at: '1995-01-01', treaty: 'ussr-prk-1961', status: 'in-force', party: 'RUS' }).passed, true);
    assert.equal(check({ at: '1996-09-10', treaty: 'ussr-prk-1961', status: 'terminated', party: 'RUS' }).passed, true);
  });

  it('fails for a state that is no party, and says so, instead of answering with the treaty', () => {
    const outcome = check({ at: '1990-01-01', treaty: 'ussr-prk-1961', status: 'in-force', party: 'USA' });
    assert.equal(outcome.passed, false);
    assert.match(outcome.actual[0]!, /^USA is not a party to ussr-prk-1961 \(its parties: SUN, PRK\)/);
    // RUS acts for SUN only from 1991-12-25: before, it is no party.
    assert.equal(check({ at: '1990-01-01', treaty: 'ussr-prk-1961', status: 'in-force', party: 'RUS' }).passed, false);
  });
});

describe('every scenario of the corpus', () => {
  const scenarios = realScenarios();

  it('covers both treaties with scenarios that expect something', () => {
    assert.ok(scenarios.length >= 20);
    for (const treaty of ['ussr-prk-1961', 'prk-rus-2024']) assert.ok(scenarios.some(({ file }) => file.includes(`${treaty}/scenarios/`)));
  });

  for (const { file, scenario: s } of scenarios) {
    it(`${file}: ${s.title}`, () => {
      assert.ok(s.expect.length > 0, 'the scenario expects something');
      const failures = checkExpectations(evaluateScenario(corpus, s), s.expect)
        .filter((o) => !o.passed)
        .map((o) => `expected ${o.expected}; got ${o.actual.join(' | ')}`);
      assert.deepEqual(failures, []);
    });
  }
});

/**
 * State succession: a continuator's notices and acts count as its predecessor's from the day of
 * succession (the Russian Federation for the USSR from 1991-12-25), and not before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { statusAt } from '../../src/engine/status-at.js';
import { Successions } from '../../src/engine/succession.js';
import {
  ev,
  exchange,
  fixtureCorpus,
  fixtureTreaty,
  gist,
  loadRealCorpus,
  obligationsOf,
  onlyRun,
  PROVISIONS,
  scenario,
} from './support.js';

const corpus = loadRealCorpus();
const withoutRecordedNotice = { treaties: ['ussr-prk-1961'], drop: ['ussr-prk-1961/notice-1995'] };

describe('succession: notices', () => {
  it('counts the Russian Federation’s 1995 notice as the USSR’s (recorded history)', () => {
    assert.equal(statusAt(corpus, 'ussr-prk-1961', '1996-09-10').status, 'terminated');
  });

  it('counts a Russian notice of 1992 as the USSR’s: in time for the term ending 1996-09-10', () => {
    const s = scenario({ ...withoutRecordedNotice, events: [ev('n', '1992-03-01', 'denunciation-notice', { by: 'RUS', to: 'PRK' })] });
    assert.equal(statusAt(corpus, 'ussr-prk-1961', '1996-09-09', s).status, 'in-force');
    assert.equal(statusAt(corpus, 'ussr-prk-1961', '1996-09-10', s).status, 'terminated');
  });

  it('does not count a Russian notice of 1990, before the succession: the treaty renews in 1991', () => {
    const s = scenario({ ...withoutRecordedNotice, events: [ev('n', '1990-06-01', 'denunciation-notice', { by: 'RUS', to: 'PRK' })] });
    const status = statusAt(corpus, 'ussr-prk-1961', '1991-09-10', s);
    assert.equal(status.status, 'in-force');
    assert.equal(status.term, 6);
    assert.equal(statusAt(corpus, 'ussr-prk-1961', '2000-01-01', s).status, 'in-force');
  });

  it('does not count it even when the notice names the treaty, and warns that it was not counted', () => {
    const s = scenario({
      ...withoutRecordedNotice,
      events: [ev('n', '1990-06-01', 'denunciation-notice', { by: 'RUS', to: 'PRK', treaty: 'ussr-prk-1961' })],
    });
    assert.equal(statusAt(corpus, 'ussr-prk-1961', '1991-09-10', s).status, 'in-force');
    const result = evaluateScenario(corpus, s);
    assert.equal(onlyRun(result).treaties[0]!.intervals.at(-1)!.status, 'in-force');
    assert.deepEqual(result.warnings, [
      'ussr-prk-1961: notice n of 1990-06-01 by RUS not counted: RUS acted for no party to the treaty on that day',
    ]);
  });

  it('counts a notice given by the USSR itself', () => {
    const s = scenario({ ...withoutRecordedNotice, events: [ev('n', '1985-06-01', 'denunciation-notice', { by: 'SUN', to: 'PRK' })] });
    assert.equal(statusAt(corpus, 'ussr-prk-1961', '1986-09-10', s).status, 'terminated');
  });
});

describe('succession: acts', () => {
  const attack = (date: string) => ev(`attack-${date}`, date, 'armed-attack', { by: 'KOR', against: 'PRK' });
  const aid = (date: string, by: string) => ev(`aid-${date}`, date, 'assistance-provided', { by, to: 'PRK', kind: 'military' });

  it('Russian assistance in 1993 discharges the USSR’s duty, borne by Russia', () => {
    const run = onlyRun(
      evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'], events: [attack('1993-05-01'), aid('1993-05-02', 'RUS')] })),
    );
    const [o] = obligationsOf(run, 'art1-mutual-assistance');
    assert.deepEqual(gist(o!), {
      bearer: 'RUS',
      beneficiary: 'PRK',
      from: '1993-05-01',
      to: '1993-05-02',
      outcome: 'discharged',
      deadline: null,
      events: ['attack-1993-05-01', 'aid-1993-05-02'],
    });
    assert.ok(o!.explanation.some((s) => s.step === 'succession' && s.text === 'RUS acts for SUN as its continuator from 1991-12-25.'));
  });

  it('Russian assistance in 1990 does not count for the USSR: the duty, borne by the USSR, is never discharged', () => {
    const run = onlyRun(
      evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'], events: [attack('1990-05-01'), aid('1990-05-02', 'RUS')] })),
    );
    const [o] = obligationsOf(run, 'art1-mutual-assistance');
    assert.equal(o!.bearer, 'SUN');
    assert.equal(o!.from, '1990-05-01');
    // The state of war never ends: the duty lapses when the treaty ends.
    assert.equal(o!.outcome, 'lapsed');
    assert.equal(o!.to, '1996-09-10');
    assert.ok(!o!.events.includes('aid-1990-05-02'));
  });

  it('Soviet assistance in 1990 does discharge it', () => {
    const run = onlyRun(
      evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'], events: [attack('1990-05-01'), aid('1990-05-03', 'SUN')] })),
    );
    assert.equal(obligationsOf(run, 'art1-mutual-assistance')[0]!.outcome, 'discharged');
  });

  it('a Russian hostile alliance breaches Article 2 from 1991-12-25 on, not before', () => {
    const events = [
      ev('a1990', '1990-01-15', 'hostile-alliance-joined', { by: 'RUS', against: 'PRK' }),
      ev('a1991', '1991-12-24', 'hostile-alliance-joined', { by: 'RUS', against: 'PRK' }),
      ev('a1992', '1991-12-25', 'hostile-alliance-joined', { by: 'RUS', against: 'PRK' }),
    ];
    const run = onlyRun(evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'], events })));
    const breaches = obligationsOf(run, 'art2-no-hostile-alliance').filter((o) => o.outcome === 'breached');
    assert.deepEqual(breaches.map(gist), [
      { bearer: 'RUS', beneficiary: 'PRK', from: '1991-12-25', to: '1991-12-25', outcome: 'breached', deadline: null, events: ['a1992'] },
    ]);
  });
});

describe('succession: fluents that began before it', () => {
  // OLD is continued by NEW from 2000-01-01; the treaty between OLD and AAA is in force from 1995.
  const treaty = fixtureTreaty({
    id: 'old-aaa',
    parties: ['OLD', 'AAA'],
    provisions: [PROVISIONS.counterMeasures],
    history: [exchange('1995-01-01', ['OLD', 'AAA'])],
  });

  it('measures against the continuator imposed in 1998 bind the treaty for its predecessor from the day of succession', () => {
    const events = [ev('sanctions', '1998-03-01', 'unilateral-measures-imposed', { by: 'CCC', against: 'NEW' })];
    const run = onlyRun(evaluateScenario(fixtureCorpus([treaty]), scenario({ events })));
    assert.deepEqual(obligationsOf(run, 'counter-measures').map(gist), [
      { bearer: 'NEW+AAA', beneficiary: 'NEW', from: '2000-01-01', to: null, outcome: 'active', deadline: null, events: ['sanctions'] },
    ]);
  });

  it('and not if they were lifted before it', () => {
    const events = [
      ev('sanctions', '1998-03-01', 'unilateral-measures-imposed', { by: 'CCC', against: 'NEW' }),
      ev('lifted', '1999-03-01', 'unilateral-measures-lifted', { against: 'NEW' }),
    ];
    const run = onlyRun(evaluateScenario(fixtureCorpus([treaty]), scenario({ events })));
    assert.deepEqual(obligationsOf(run, 'counter-measures'), []);
  });
});

describe('Successions', () => {
  const s = new Successions([
    { predecessor: 'SUN', continuator: 'RUS', from: '1991-12-25', kind: 'continuation', source: 'x' },
    { predecessor: 'XXA', continuator: 'XXB', from: '2000-01-01', kind: 'succession', source: 'x' },
    { predecessor: 'XXA', continuator: 'XXC', from: '2001-01-01', kind: 'succession', source: 'x' },
  ]);

  it('maps an act to the party it counts for on its day', () => {
    assert.equal(s.countsAs('RUS', ['SUN', 'PRK'], '1991-12-24'), undefined);
    assert.equal(s.countsAs('RUS', ['SUN', 'PRK'], '1991-12-25'), 'SUN');
    assert.equal(s.countsAs('PRK', ['SUN', 'PRK'], '1900-01-01'), 'PRK');
    assert.equal(s.actingFor('SUN', '1991-12-24'), 'SUN');
    assert.equal(s.actingFor('SUN', '1991-12-25'), 'RUS');
  });

  it('lists every state that can act for a party, for indexing', () => {
    assert.deepEqual(s.actorsOf('SUN'), ['SUN', 'RUS']);
    assert.deepEqual(s.actorsOf('XXA'), ['XXA', 'XXB', 'XXC']);
    assert.deepEqual(s.actorsOf('PRK'), ['PRK']);
    for (const actor of s.actorsOf('XXA')) assert.equal(s.countsAs(actor, ['XXA'], '2002-01-01'), 'XXA');
  });

  it('finds the first day a state counts for a party within a span', () => {
    assert.deepEqual(s.countsFrom('RUS', ['SUN'], '1990-01-01', null), { party: 'SUN', from: '1991-12-25' });
    assert.deepEqual(s.countsFrom('RUS', ['SUN'], '1990-01-01', '1991-12-25'), undefined);
    assert.deepEqual(s.countsFrom('SUN', ['SUN'], '1990-01-01', null), { party: 'SUN', from: '1990-01-01' });
  });
});

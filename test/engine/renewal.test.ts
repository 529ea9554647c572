/**
 * Automatic renewal with notice, evaluated by the engine from scenarios built in code: a notice in
 * time ends the treaty with the current term, a late one with the first term it is in time for, and
 * without one the treaty keeps renewing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { statusAt } from '../../src/engine/status-at.js';
import type { Event } from '../../src/model/event.js';
import { ev, exchange, fixtureCorpus, fixtureTreaty, intervalsOf, onlyRun, RENEWING_1961, scenario } from './support.js';

// Ten years, then five-year renewals unless notice one year before the end of the current term.
const corpus = fixtureCorpus([
  fixtureTreaty({ id: 't', parties: ['AAA', 'BBB'], duration: RENEWING_1961, history: [exchange('2000-01-01', ['AAA', 'BBB'])] }),
]);
// The same, in force from a 29 February.
const leap = fixtureCorpus([
  fixtureTreaty({ id: 't', parties: ['AAA', 'BBB'], duration: RENEWING_1961, history: [exchange('2004-02-29', ['AAA', 'BBB'])] }),
]);

function lifecycle(events: Event[], until = '2031-06-01', c = corpus) {
  return intervalsOf(onlyRun(evaluateScenario(c, scenario({ events, until }))), 't');
}

const notice = (date: string, by = 'AAA') => ev(`notice-${date}`, date, 'denunciation-notice', { by, to: by === 'AAA' ? 'BBB' : 'AAA' });

describe('automatic renewal with notice', () => {
  it('on time: a notice before the deadline ends the treaty with the current term', () => {
    assert.deepEqual(lifecycle([notice('2008-06-01')]), [
      { status: 'not-in-force', from: null, to: '2000-01-01', term: null },
      { status: 'in-force', from: '2000-01-01', to: '2010-01-01', term: 1 },
      { status: 'terminated', from: '2010-01-01', to: null, term: null },
    ]);
  });

  it('on time: a notice on the deadline itself (exactly one year before the end) is in time', () => {
    const result = evaluateScenario(corpus, scenario({ events: [notice('2009-01-01', 'BBB')], until: '2031-06-01' }));
    const t = onlyRun(result).treaties[0]!;
    assert.equal(t.intervals.at(-1)!.status, 'terminated');
    assert.equal(t.intervals.at(-1)!.from, '2010-01-01');
    assert.match(
      t.intervals.at(-1)!.cause!,
      /notice notice-2009-01-01 by BBB of 2009-01-01, in time for term 1: notice by 2009-01-01 \(last day\)$/,
    );
  });

  it('late: a notice after the deadline ends the treaty with the first term it is in time for', () => {
    assert.deepEqual(lifecycle([notice('2009-01-02')]), [
      { status: 'not-in-force', from: null, to: '2000-01-01', term: null },
      { status: 'in-force', from: '2000-01-01', to: '2010-01-01', term: 1 },
      { status: 'in-force', from: '2010-01-01', to: '2015-01-01', term: 2 },
      { status: 'terminated', from: '2015-01-01', to: null, term: null },
    ]);
    const s = statusAt(corpus, 't', '2015-01-01', scenario({ events: [notice('2009-01-02')] }));
    assert.equal(s.status, 'terminated');
    assert.match(
      s.explanation.at(-1)!.text,
      /missed the deadline .* term 2: notice by 2014-01-01 \(last day\); so the treaty ended with that term, on 2015-01-01 \(last day in force 2014-12-31\)\.$/,
    );
  });

  it('late in a later term: a notice a day after the deadline of term 3 takes effect at the end of term 4', () => {
    assert.deepEqual(lifecycle([notice('2019-01-02')]).slice(-3), [
      { status: 'in-force', from: '2015-01-01', to: '2020-01-01', term: 3 },
      { status: 'in-force', from: '2020-01-01', to: '2025-01-01', term: 4 },
      { status: 'terminated', from: '2025-01-01', to: null, term: null },
    ]);
  });

  it('none: without a notice the treaty renews every five years, listed up to the horizon and open after it', () => {
    assert.deepEqual(lifecycle([]), [
      { status: 'not-in-force', from: null, to: '2000-01-01', term: null },
      { status: 'in-force', from: '2000-01-01', to: '2010-01-01', term: 1 },
      { status: 'in-force', from: '2010-01-01', to: '2015-01-01', term: 2 },
      { status: 'in-force', from: '2015-01-01', to: '2020-01-01', term: 3 },
      { status: 'in-force', from: '2020-01-01', to: '2025-01-01', term: 4 },
      { status: 'in-force', from: '2025-01-01', to: '2030-01-01', term: 5 },
      { status: 'in-force', from: '2030-01-01', to: '2035-01-01', term: 6 },
      { status: 'in-force', from: '2035-01-01', to: null, term: null },
    ]);
    const s = statusAt(corpus, 't', '2031-06-01');
    assert.equal(s.status, 'in-force');
    assert.equal(s.term, 6);
    assert.equal(s.termEnd, '2035-01-01');
    assert.equal(s.noticeDeadline, '2034-01-01');
  });

  it('a notice before entry into force is no notice: the treaty renews', () => {
    const intervals = lifecycle([notice('1999-06-01')]);
    assert.equal(intervals.at(-1)!.status, 'in-force');
    assert.equal(intervals.at(-1)!.to, null);
  });

  it('from 29 February: terms end on 28 February (or 29 in leap years), deadlines counted back from them', () => {
    // Term 1 ends 2014-02-28 (deadline 2013-02-28); term 2 ends 2019-02-28; term 3 ends 2024-02-29.
    assert.deepEqual(lifecycle([], '2025-01-01', leap).slice(1, 5), [
      { status: 'in-force', from: '2004-02-29', to: '2014-02-28', term: 1 },
      { status: 'in-force', from: '2014-02-28', to: '2019-02-28', term: 2 },
      { status: 'in-force', from: '2019-02-28', to: '2024-02-29', term: 3 },
      { status: 'in-force', from: '2024-02-29', to: '2029-02-28', term: 4 },
    ]);
    assert.equal(lifecycle([notice('2013-02-28')], '2025-01-01', leap).at(-1)!.from, '2014-02-28');
    assert.equal(lifecycle([notice('2013-03-01')], '2025-01-01', leap).at(-1)!.from, '2019-02-28');
  });
});

/**
 * Issue 18: the engine's arithmetic is defined to the end of year 9999. A date it computes past
 * 9999-12-31 (a term end, a notice deadline, a notice's effect, a deadline of "immediately") is
 * null, an open end, never a RangeError ("date out of range: year 10000").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  computeLifecycle,
  firstTermInTimeFor,
  noticeDeadline,
  noticeEffectOn,
  statusOn,
  termEnd,
  termOn,
  termRuleOf,
  type TermRule,
  type ComputableClause as DurationClause,
} from '../../src/engine/lifecycle/index.js';
import { addDays, type IsoDate } from '../../src/model/calendar.js';
import type { RenewingDuration } from '../../src/model/lifecycle-clause.js';
import { anyDuration } from '../model/calendar-arbitraries.js';

const TREATY_1961: RenewingDuration = { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' };
const ENTRY_1961 = '1961-09-10';

function rule(clause: DurationClause = TREATY_1961, entry: IsoDate = ENTRY_1961): TermRule {
  const r = termRuleOf(clause, entry);
  assert.ok(r);
  return r;
}

describe('the calendar ends on 9999-12-31', () => {
  it('a term ending in year 10001 is an open end; its start and the term a day falls in stay exact', () => {
    const r = rule();
    // 1961 + 10 + 5 × 1606 = 10001: term 1607 runs [9996-09-10, 10001-09-10).
    assert.equal(termOn(r, '9999-12-31'), 1607);
    assert.equal(termOn(r, '9996-09-09'), 1606);
    assert.equal(termEnd(r, 1606), '9996-09-10');
    assert.equal(termEnd(r, 1607), null);
    assert.equal(noticeDeadline(r, 1606), '9995-09-10');
    // 10001-09-10 − P1Y = 10000-09-10: past the calendar too.
    assert.equal(noticeDeadline(r, 1607), null);
  });

  it('a deadline counted back from an end past the calendar is exact when it falls within it', () => {
    const r = rule({ type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P2Y' });
    assert.equal(termEnd(r, 1607), null);
    assert.equal(noticeDeadline(r, 1607), '9999-09-10');
    assert.equal(firstTermInTimeFor(r, '9999-09-10'), 1607);
    assert.equal(firstTermInTimeFor(r, '9999-09-11'), 1608);
  });

  it('the status of a renewing treaty in years 9996–9999', () => {
    const input = { clause: TREATY_1961, entryIntoForce: ENTRY_1961 };
    assert.deepEqual(statusOn(input, '9999-12-31'), {
      date: '9999-12-31',
      status: 'in-force',
      since: ENTRY_1961,
      until: null,
      term: 1607,
      termStart: '9996-09-10',
      termEnd: null,
      noticeDeadline: null,
      nextNoticeDeadline: null,
      endIfNoticeGiven: null,
      cause: null,
    });
    const before = statusOn(input, '9996-01-01');
    assert.equal(before.termEnd, '9996-09-10');
    assert.equal(before.endIfNoticeGiven, null); // too late for term 1606: it would end term 1607, in year 10001
    assert.deepEqual(before.nextNoticeDeadline, null);
  });

  it('the lifecycle up to 9999-12-31 ends with an open term, and a notice taking effect past it ends nothing', () => {
    const lc = computeLifecycle(
      { clause: TREATY_1961, entryIntoForce: ENTRY_1961, notices: [{ id: 'n', date: '9999-12-31', by: 'RUS' }] },
      { until: '9999-12-31' },
    );
    assert.equal(lc.end, null);
    assert.deepEqual(lc.intervals.at(-1), { status: 'in-force', from: '9996-09-10', to: null, term: 1607, termEnd: null });
    assert.equal(lc.notices[0]!.kind, 'non-renewal');
  });

  it('a fixed term or a withdrawal past the calendar is an open end', () => {
    const fixed: DurationClause = { type: 'fixed', term: 'P20Y', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P5Y' } };
    const lc = computeLifecycle(
      { clause: fixed, entryIntoForce: '9990-01-01', notices: [{ id: 'w', date: '9999-06-01', by: 'AAA' }] },
      { until: '9999-12-31' },
    );
    assert.equal(lc.end, null);
    assert.deepEqual(lc.intervals, [{ status: 'in-force', from: '9990-01-01', to: null, term: 1, termEnd: null }]);
    const effect = noticeEffectOn(fixed, rule(fixed, '9990-01-01'), '9990-01-01', '9999-06-01');
    assert.deepEqual(effect, { kind: 'withdrawal', noticePeriodEnds: null, minimumInForceEnds: '9995-01-01', takesEffect: null });
    // A minimum time in force that ends past the calendar puts the effect past it, whatever the notice period.
    const longMinimum: DurationClause = { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P20Y' } };
    assert.deepEqual(noticeEffectOn(longMinimum, null, '9990-01-01', '9995-06-01'), {
      kind: 'withdrawal',
      noticePeriodEnds: '9996-06-01',
      minimumInForceEnds: null,
      takesEffect: null,
    });
  });

  it('never throws for any clause, entry and day up to 9999-12-31 (property)', () => {
    const anyLateDay = fc.integer({ min: 0, max: 3 * 366 }).map((back) => addDays('9999-12-31', -back));
    const anyClause: fc.Arbitrary<DurationClause> = fc.oneof(
      fc.record({ type: fc.constant('renewing' as const), initialTerm: anyDuration, renewalTerm: anyDuration, noticeBefore: anyDuration }),
      fc.record({ type: fc.constant('fixed' as const), term: anyDuration, withdrawal: fc.record({ noticePeriod: anyDuration }) }),
    );
    fc.assert(
      fc.property(anyClause, fc.integer({ min: 0, max: 200 * 366 }), anyLateDay, anyLateDay, (clause, back, day, noticeDay) => {
        const entry = addDays('9999-12-31', -back);
        const input = { clause, entryIntoForce: entry, notices: noticeDay >= entry ? [{ id: 'n', date: noticeDay, by: 'AAA' }] : [] };
        const lc = computeLifecycle(input, { until: day < entry ? entry : day });
        assert.ok(lc.intervals.length > 0);
        if (day >= entry) statusOn(input, day);
      }),
      { numRuns: 300 },
    );
  });
});

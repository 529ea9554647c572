/** Issue 18: arithmetic past 9999-12-31 gives null (beyond the calendar), never a RangeError. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDurationWithin, addSpanWithin, dateWithin, LAST_DATE, movePartsBySpan, nextDayWithin } from '../../src/model/calendar.js';

describe('the end of the calendar', () => {
  it('is 9999-12-31', () => assert.equal(LAST_DATE, '9999-12-31'));

  it('adds within the calendar, and gives null past it', () => {
    assert.equal(addDurationWithin('9998-12-31', 'P1Y'), '9999-12-31');
    assert.equal(addDurationWithin('9999-12-31', 'P1D'), null);
    assert.equal(addDurationWithin('9996-01-01', 'P5Y'), null);
    assert.equal(addSpanWithin('9999-01-31', { years: 0, months: 1, weeks: 0, days: 0 }), '9999-02-28');
    assert.equal(nextDayWithin('9999-12-30'), '9999-12-31');
    assert.equal(nextDayWithin('9999-12-31'), null);
  });

  it('keeps arithmetic past it exact, so that counting back lands where it should', () => {
    const end = movePartsBySpan({ year: 1961, month: 9, day: 10 }, { years: 8040, months: 0, weeks: 0, days: 0 }, 1);
    assert.deepEqual(end, { year: 10001, month: 9, day: 10 });
    assert.equal(dateWithin(end), null);
    assert.equal(dateWithin(movePartsBySpan(end, { years: 2, months: 0, weeks: 0, days: 0 }, -1)), '9999-09-10');
    assert.equal(dateWithin({ year: -1, month: 6, day: 1 }), '0000-01-01');
  });
});

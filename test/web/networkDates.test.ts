// Covers src/faces/web/lib/networkDates.ts and networkColours.ts: the slider's days (calendar dates ↔ day numbers, the range, clamping, the neighbouring dates of the corpus) and one style per treaty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dayNumber } from '../../src/model/calendar-days.js';
import { TREATY_PALETTE, treatyStyles } from '../../src/faces/web/lib/networkColours.js';
import {
  clampDate,
  dateOfDayIndex,
  dayIndex,
  isCalendarDate,
  neighbourDates,
  networkDateRange,
} from '../../src/faces/web/lib/networkDates.js';

describe('the slider days', () => {
  it('accepts only days of the calendar written YYYY-MM-DD', () => {
    for (const good of ['1985-01-01', '2024-02-29', '2000-02-29', '1949-08-24']) assert.equal(isCalendarDate(good), true, good);
    for (const bad of ['1985-02-29', '1900-02-29', '1985-13-01', '1985-1-1', '1985-01-01T00:00', '', 'today', '0000-01-01', '85-01-01'])
      assert.equal(isCalendarDate(bad), false, bad);
  });

  it("numbers days as the model's calendar does, and turns a number back into its date", () => {
    assert.equal(dayIndex('1970-01-01'), 0);
    assert.equal(dayIndex('1949-04-04'), dayNumber(1949, 4, 4));
    assert.equal(dateOfDayIndex(dayNumber(1986, 9, 17)), '1986-09-17');
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1800, 1, 1), max: dayNumber(2100, 12, 31) }), (n) => {
        const date = dateOfDayIndex(n);
        assert.equal(isCalendarDate(date), true);
        assert.equal(dayIndex(date), n);
      }),
    );
  });

  it('runs from the earliest date of the corpus to today, or to a later date of the corpus', () => {
    assert.deepEqual(networkDateRange(['1961-07-06', '1949-04-04', '2024-06-19'], '2026-12-07'), { min: '1949-04-04', max: '2026-12-07' });
    assert.deepEqual(networkDateRange(['1961-07-06', '2030-01-01'], '2026-12-07'), { min: '1961-07-06', max: '2030-01-01' });
    assert.deepEqual(networkDateRange([], '2026-12-07'), { min: '2026-12-07', max: '2026-12-07' });
  });

  it('brings a day outside the range to its nearest end', () => {
    const range = { min: '1949-04-04', max: '2026-12-07' };
    assert.equal(clampDate('1900-01-01', range), '1949-04-04');
    assert.equal(clampDate('2030-01-01', range), '2026-12-07');
    assert.equal(clampDate('1985-01-01', range), '1985-01-01');
  });

  it('finds the dates of the corpus just before and after a day, none past either end', () => {
    const dates = ['1961-07-06', '1949-08-24', '1986-09-17', '1961-07-06', '1952-02-18'];
    assert.deepEqual(neighbourDates(dates, '1985-01-01'), { previous: '1961-07-06', next: '1986-09-17' });
    assert.deepEqual(neighbourDates(dates, '1961-07-06'), { previous: '1952-02-18', next: '1986-09-17' });
    assert.deepEqual(neighbourDates(dates, '1949-08-24'), { next: '1952-02-18' });
    assert.deepEqual(neighbourDates(dates, '2000-01-01'), { previous: '1986-09-17' });
  });
});

describe('treaty styles', () => {
  it('gives each treaty of the order its own colour, solid, in the order given', () => {
    const styles = treatyStyles(['north-atlantic-1949', 'anzus-1951', 'ussr-prk-1961']);
    assert.deepEqual(
      [...styles],
      [
        ['north-atlantic-1949', { colour: '#0072b2' }],
        ['anzus-1951', { colour: '#d55e00' }],
        ['ussr-prk-1961', { colour: '#009e73' }],
      ],
    );
  });

  it('comes round the palette again dashed, so no two treaties share a style', () => {
    const ids = Array.from({ length: 3 * TREATY_PALETTE.length }, (_, i) => `t${i}`);
    const styles = [...treatyStyles(ids).values()].map((s) => `${s.colour}/${s.dash ?? ''}`);
    assert.equal(new Set(styles).size, ids.length);
    assert.deepEqual(treatyStyles(ids).get(`t${TREATY_PALETTE.length}`), { colour: TREATY_PALETTE[0], dash: '6 3' });
  });
});

// Covers src/faces/web/lib/dates.ts: calendar dates ↔ chart times (UTC milliseconds), day steps and padded ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dayNumber, fromDayNumber } from '../../src/model/calendar-days.js';
import { addDays, axisTicks, chartTime, dateOfChartTime, paddedRange } from '../../src/faces/web/lib/dates.js';

const DAY = 86_400_000;

// The oracle: the model's day numbers (days since 1970-01-01, checked there against Temporal), which
// know nothing of Date.
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
function dateOfDayNumber(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
function dayNumberOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dayNumber(year, month, day);
}
const addCalendarDays = (date: string, days: number) => dateOfDayNumber(dayNumberOf(date) + days);

/** Any Pacta date between two dates. */
const dateFrom = (first: string, last: string) => fc.integer({ min: dayNumberOf(first), max: dayNumberOf(last) }).map(dateOfDayNumber);
const modernDate = dateFrom('0100-01-01', '9999-12-31');

describe('chartTime', () => {
  it('puts a date at the UTC midnight that starts it', () => {
    assert.equal(chartTime('1970-01-01'), 0);
    assert.equal(chartTime('1970-01-02'), DAY);
    assert.equal(chartTime('1969-12-31'), -DAY);
    // 1961-07-11 → 1962-01-01 is 174 days, then 8 years with two leap days (1964, 1968): 3096 days before 1970.
    assert.equal(chartTime('1961-07-11'), -3096 * DAY);
    assert.equal(chartTime('1961-07-11'), -267_494_400_000);
  });

  it('counts leap days: 29 February exists in 2000 and 2024, not in 1900 or 2100', () => {
    assert.equal(chartTime('2000-03-01') - chartTime('2000-02-28'), 2 * DAY);
    assert.equal(chartTime('2024-03-01') - chartTime('2024-02-28'), 2 * DAY);
    assert.equal(chartTime('1900-03-01') - chartTime('1900-02-28'), DAY);
    assert.equal(chartTime('2100-03-01') - chartTime('2100-02-28'), DAY);
  });

  it('agrees with the model calendar’s day numbers for every date of the years 0100–9999', () => {
    fc.assert(
      fc.property(modernDate, (date) => {
        assert.equal(chartTime(date), dayNumberOf(date) * DAY);
      }),
    );
  });

  it('places dates of the years 0000–0099 in those years (Pacta dates run from 0000-01-01)', () => {
    assert.equal(chartTime('0050-03-01'), dayNumberOf('0050-03-01') * DAY);
    assert.equal(dateOfChartTime(chartTime('0000-01-01')), '0000-01-01');
    fc.assert(
      fc.property(dateFrom('0000-01-01', '0099-12-31'), (date) => {
        assert.equal(dateOfChartTime(chartTime(date)), date);
      }),
    );
  });
});

describe('dateOfChartTime', () => {
  it('writes the UTC day as YYYY-MM-DD, zero-padded', () => {
    assert.equal(dateOfChartTime(0), '1970-01-01');
    assert.equal(dateOfChartTime(-267_494_400_000), '1961-07-11');
    assert.equal(dateOfChartTime(Date.UTC(2024, 1, 29)), '2024-02-29');
    assert.equal(dateOfChartTime(Date.UTC(999, 0, 5)), '0999-01-05');
  });

  it('gives the day a time falls in, however late in it (the slider shows times between midnights)', () => {
    assert.equal(dateOfChartTime(chartTime('2024-02-29') + DAY - 1), '2024-02-29');
    assert.equal(dateOfChartTime(chartTime('2024-02-29') + DAY), '2024-03-01');
    assert.equal(dateOfChartTime(chartTime('1961-07-11') + 14.4 * 3_600_000), '1961-07-11');
    assert.equal(dateOfChartTime(-1), '1969-12-31');
  });

  it('is the inverse of chartTime for every date of the years 0100–9999', () => {
    fc.assert(
      fc.property(modernDate, (date) => {
        assert.equal(dateOfChartTime(chartTime(date)), date);
      }),
    );
  });

  it('does not move a date with the process’s time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const [zone, hour] of [
        ['Pacific/Kiritimati', 14],
        ['Pacific/Pago_Pago', 13],
        ['Asia/Pyongyang', 9],
      ] as const) {
        process.env.TZ = zone;
        // The zone did change: UTC midnight of 2024-01-01 is some other hour there.
        assert.equal(new Date(Date.UTC(2024, 0, 1)).getHours(), hour, zone);
        assert.equal(chartTime('1961-07-11'), -267_494_400_000, zone);
        assert.equal(dateOfChartTime(-267_494_400_000), '1961-07-11', zone);
        assert.equal(dateOfChartTime(-267_494_400_000 + DAY - 1), '1961-07-11', zone);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('addDays', () => {
  it('steps whole days on the chart axis', () => {
    assert.equal(addDays(chartTime('2024-02-28'), 1), chartTime('2024-02-29'));
    assert.equal(addDays(chartTime('2024-03-01'), -1), chartTime('2024-02-29'));
    assert.equal(addDays(0, 365), chartTime('1971-01-01'));
    assert.equal(addDays(0, 0.5), DAY / 2);
  });

  it('agrees with the model calendar’s addDays', () => {
    fc.assert(
      fc.property(dateFrom('1800-01-01', '2199-12-31'), fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        assert.equal(addDays(chartTime(date), days), chartTime(addCalendarDays(date, days)));
      }),
    );
  });
});

describe('paddedRange', () => {
  it('widens the span by the fraction on each side when that is more than the minimum', () => {
    // 2000-01-01 → 2010-01-01 is 3653 days (leap days in 2000, 2004, 2008); a quarter of it is 913.25 days.
    const range = paddedRange([chartTime('2010-01-01'), chartTime('2000-01-01'), chartTime('2004-06-15')], 0.25, 30);
    assert.deepEqual(range, [chartTime('2000-01-01') - 913.25 * DAY, chartTime('2010-01-01') + 913.25 * DAY]);
    assert.deepEqual(range, [chartTime('1997-07-02') - 6 * 3_600_000, chartTime('2012-07-02') + 6 * 3_600_000]);
  });

  it('widens by the minimum number of days when the fraction gives less', () => {
    assert.deepEqual(paddedRange([chartTime('2015-05-05')], 0.03, 90), [chartTime('2015-02-04'), chartTime('2015-08-03')]);
    // 264 days × 3% is 7.92 days, less than 90.
    assert.deepEqual(paddedRange([chartTime('1961-09-10'), chartTime('1962-06-01')], 0.03, 90), [
      chartTime('1961-06-12'),
      chartTime('1962-08-30'),
    ]);
  });

  it('contains every time, with the same margin on both sides, at least the minimum and the fraction of the span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50_000, max: 50_000 }), { minLength: 1, maxLength: 20 }),
        // Sixteenths, so that the arithmetic is exact and the margins can be compared with ===.
        fc.integer({ min: 0, max: 32 }).map((n) => n / 16),
        fc.integer({ min: 0, max: 400 }),
        (days, fraction, minDays) => {
          const times = days.map((d) => d * DAY);
          const [low, high] = paddedRange(times, fraction, minDays);
          const min = Math.min(...times);
          const max = Math.max(...times);
          assert.equal(min - low, high - max);
          assert.ok(min - low >= minDays * DAY);
          assert.ok(min - low >= (max - min) * fraction);
          assert.ok(min - low === minDays * DAY || min - low === (max - min) * fraction);
        },
      ),
    );
  });
});

describe('axisTicks', () => {
  const labels = (from: string, to: string, width: number) => axisTicks(chartTime(from), chartTime(to), width).map((t) => t.label);

  it('ticks decades over 70 years in 1000 pixels, years in a narrow box get fewer', () => {
    assert.deepEqual(labels('1958-11-23', '2029-07-19', 1000), [
      '1960',
      '1965',
      '1970',
      '1975',
      '1980',
      '1985',
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
    ]);
    assert.deepEqual(labels('1958-11-23', '2029-07-19', 250), ['1960', '1980', '2000', '2020']);
  });

  it('ticks months, then days, as the window narrows', () => {
    assert.deepEqual(labels('1985-01-15', '1985-07-01', 800), ['Feb 1985', 'Mar 1985', 'Apr 1985', 'May 1985', 'Jun 1985', 'Jul 1985']);
    assert.deepEqual(labels('1985-02-27', '1985-03-06', 800), [
      '27 Feb 1985',
      '28 Feb 1985',
      '1 Mar 1985',
      '2 Mar 1985',
      '3 Mar 1985',
      '4 Mar 1985',
      '5 Mar 1985',
      '6 Mar 1985',
    ]);
  });

  it('puts each tick at the UTC midnight of its day, inside the window, in order (property)', () => {
    fc.assert(
      fc.property(modernDate, fc.integer({ min: 1, max: 40_000 }), fc.integer({ min: 120, max: 2000 }), (first, days, width) => {
        const from = chartTime(first);
        const to = from + days * DAY;
        const ticks = axisTicks(from, to, width);
        for (const [i, tick] of ticks.entries()) {
          assert.ok(tick.at % DAY === 0, `${tick.at} is not a midnight`);
          assert.ok(tick.at >= from && tick.at <= to);
          if (i > 0) assert.ok(tick.at > ticks[i - 1]!.at);
        }
        assert.ok(ticks.length <= Math.max(2, Math.floor(width / 60)) + 1, `${ticks.length} ticks in ${width} px`);
      }),
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  addDays,
  addDuration,
  addDurationTimes,
  addSpan,
  compareDates,
  contains,
  daysBetween,
  earlierOf,
  formatSpan,
  intersect,
  Interval,
  isAfter,
  isBefore,
  IsoDate,
  IsoDuration,
  isIsoDate,
  isOnOrAfter,
  isOnOrBefore,
  lastDayOf,
  laterOf,
  lengthInDays,
  overlaps,
  parseIsoDate,
  parseIsoDuration,
  scaleSpan,
  spanOf,
  subtractDuration,
  subtractSpan,
  formatDate,
  partsOf as readDate,
} from '../../src/model/calendar.js';
import { anyDate, anyDuration, anySpan, anyYearMonthDuration } from './calendar-arbitraries.js';

/** The Gregorian rule, written out independently of Temporal to check it. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function partsOf(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
}

function issueMessage(schema: typeof IsoDate | typeof IsoDuration, input: unknown): string {
  const result = schema.safeParse(input);
  assert.equal(result.success, false, `expected ${JSON.stringify(input)} to be rejected`);
  return result.error?.issues.map((issue) => issue.message).join('; ') ?? '';
}

describe('IsoDate', () => {
  it('accepts calendar dates YYYY-MM-DD, leap days included', () => {
    for (const date of ['1961-09-10', '2000-02-29', '2024-02-29', '1996-09-10', '0000-01-01', '9999-12-31']) {
      assert.equal(IsoDate.parse(date), date);
      assert.equal(parseIsoDate(date), date);
    }
  });

  it('rejects impossible days and says why', () => {
    assert.match(issueMessage(IsoDate, '1995-02-29'), /February 1995 has 28 days/);
    assert.match(issueMessage(IsoDate, '1900-02-29'), /February 1900 has 28 days/);
    assert.match(issueMessage(IsoDate, '2024-04-31'), /April 2024 has 30 days/);
    assert.match(issueMessage(IsoDate, '2024-01-00'), /January 2024 has 31 days/);
    assert.match(issueMessage(IsoDate, '2024-13-01'), /no month 13/);
    assert.match(issueMessage(IsoDate, '2024-00-10'), /no month 00/);
  });

  it('rejects other spellings, times and time zones, naming the expected form', () => {
    for (const text of ['1961-9-10', '19610910', '1961-09-10T00:00', '1961-09-10Z', '+001961-09-10', ' 1961-09-10', '10/09/1961', '']) {
      assert.match(issueMessage(IsoDate, text), /write it as YYYY-MM-DD/, text);
    }
    assert.match(issueMessage(IsoDate, 19610910), /expected string/);
  });

  it('parseIsoDate throws a RangeError with the same message', () => {
    assert.throws(() => parseIsoDate('1995-02-29'), { name: 'RangeError', message: /February 1995 has 28 days/ });
  });

  it('arithmetic refuses text that is not a Pacta date even where Temporal would accept it', () => {
    assert.throws(() => addDays('19610910', 1), /YYYY-MM-DD/);
    assert.throws(() => addDays('1995-02-29', 1), /February 1995 has 28 days/);
  });

  it('round-trips every valid date and rejects every day past the end of its month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const valid = day <= daysInMonth(year, month);
          assert.equal(IsoDate.safeParse(text).success, valid, text);
          if (valid) {
            assert.deepEqual(readDate(text), { year, month, day });
            assert.equal(formatDate(year, month, day), text);
          }
        },
      ),
    );
  });

  it('rejects every month outside 01–12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), (year, month) => {
        assert.equal(IsoDate.safeParse(`${pad(year, 4)}-${pad(month, 2)}-01`).success, false);
      }),
    );
  });
});

describe('comparing dates', () => {
  it('orders by calendar', () => {
    assert.equal(compareDates('1961-09-10', '1996-09-10'), -1);
    assert.equal(compareDates('1996-09-10', '1996-09-10'), 0);
    assert.equal(compareDates('1996-09-10', '1996-09-09'), 1);
    assert.ok(isBefore('1996-09-09', '1996-09-10') && !isBefore('1996-09-10', '1996-09-10'));
    assert.ok(isAfter('1996-09-11', '1996-09-10') && !isAfter('1996-09-10', '1996-09-10'));
    assert.ok(isOnOrBefore('1996-09-10', '1996-09-10') && isOnOrAfter('1996-09-10', '1996-09-10'));
    assert.equal(earlierOf('2000-01-01', '1999-12-31'), '1999-12-31');
    assert.equal(laterOf('2000-01-01', '1999-12-31'), '2000-01-01');
  });

  it('string order agrees with the day count', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        assert.equal(compareDates(a, b), Math.sign(daysBetween(b, a)));
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('cross month, year and leap-day boundaries', () => {
    assert.equal(addDays('1996-09-10', -1), '1996-09-09');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('1900-02-28', 1), '1900-03-01');
    assert.equal(addDays('2023-12-31', 1), '2024-01-01');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  });

  it('count days, negative backwards', () => {
    assert.equal(daysBetween('1961-09-10', '1971-09-10'), 3652);
    assert.equal(daysBetween('1961-09-10', '1996-09-10'), 12784);
    assert.equal(daysBetween('1996-09-10', '1996-09-09'), -1);
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
  });

  it('are inverse to each other', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        assert.equal(daysBetween(date, addDays(date, days)), days);
      }),
    );
  });

  it('refuse fractional days and dates beyond year 9999', () => {
    assert.throws(() => addDays('2000-01-01', 0.5), RangeError);
    assert.throws(() => addDays('9999-12-31', 1), /cannot be written as YYYY/);
    assert.throws(() => addDuration('9999-06-01', 'P1Y'), /cannot be written as YYYY/);
  });
});

describe('IsoDuration', () => {
  it('accepts positive calendar durations', () => {
    for (const text of ['P10Y', 'P5Y', 'P1Y', 'P6M', 'P30D', 'P1Y6M', 'P2W', 'P1Y2M3W4D', 'P0Y1D']) {
      assert.equal(IsoDuration.parse(text), text);
    }
  });

  it('rejects time parts, zero, negative and malformed durations, saying why', () => {
    assert.match(issueMessage(IsoDuration, 'PT12H'), /time part/);
    assert.match(issueMessage(IsoDuration, 'P1DT2H'), /time part/);
    assert.match(issueMessage(IsoDuration, '-P1Y'), /negative/);
    assert.match(issueMessage(IsoDuration, 'P0Y'), /zero/);
    assert.match(issueMessage(IsoDuration, 'P0Y0M0D'), /zero/);
    for (const text of ['P', 'P1.5Y', '10Y', 'p10y', 'P1M1Y', 'P1Y ', '', 'P-1Y', 'P12345678Y']) {
      assert.match(issueMessage(IsoDuration, text), /not an ISO 8601 calendar duration/, text);
    }
    assert.throws(() => parseIsoDuration('PT1H'), { name: 'RangeError', message: /time part/ });
  });

  it('round-trips through its parts', () => {
    fc.assert(
      fc.property(anySpan, (span) => {
        const text = formatSpan(span);
        assert.equal(parseIsoDuration(text), text);
        assert.deepEqual(spanOf(text), { ...span });
      }),
    );
  });
});

describe('adding durations: the constrain rule', () => {
  it('clamps to the end of a shorter month, and keeps 29 February where it exists', () => {
    assert.equal(addDuration('2000-02-29', 'P1Y'), '2001-02-28');
    assert.equal(addDuration('2024-01-31', 'P1M'), '2024-02-29');
    assert.equal(addDuration('2023-01-31', 'P1M'), '2023-02-28');
    assert.equal(addDuration('2024-02-29', 'P4Y'), '2028-02-29');
    assert.equal(addDuration('2000-02-29', 'P10Y'), '2010-02-28');
    assert.equal(addDuration('2000-02-29', 'P5Y'), '2005-02-28');
    assert.equal(addDuration('2024-03-31', 'P6M'), '2024-09-30');
    assert.equal(addDuration('2024-01-31', 'P1M1D'), '2024-03-01');
    assert.equal(addDuration('1961-09-10', 'P10Y'), '1971-09-10');
    assert.equal(addDuration('1961-09-10', 'P30D'), '1961-10-10');
    assert.equal(addDuration('1961-09-10', 'P2W'), '1961-09-24');
  });

  it('counts back with the same clamp', () => {
    assert.equal(subtractDuration('1996-09-10', 'P1Y'), '1995-09-10');
    assert.equal(subtractDuration('2024-02-29', 'P1Y'), '2023-02-28');
    assert.equal(subtractDuration('2025-02-28', 'P1Y'), '2024-02-28');
    assert.equal(subtractDuration('2024-03-31', 'P1M'), '2024-02-29');
  });

  it('repeats a duration from the original start, so 29 February comes back', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((times) => addDurationTimes('2000-02-29', 'P2Y', times)),
      ['2002-02-28', '2004-02-29', '2006-02-28', '2008-02-29'],
    );
    // Chaining would have stuck on the 28th after the first clamp.
    assert.equal(addDuration(addDuration('2000-02-29', 'P2Y'), 'P2Y'), '2004-02-28');
    assert.equal(addDurationTimes('2000-02-29', 'P5Y', 4), '2020-02-29');
    assert.equal(addDurationTimes('2024-01-31', 'P1M', 2), '2024-03-31');
    assert.equal(addDurationTimes('2024-01-31', 'P1M', 0), '2024-01-31');
  });

  it('P10Y and P5Y from any day keep the month and clamp the day', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom('P10Y', 'P5Y', 'P1Y', 'P4Y'), fc.integer({ min: 0, max: 12 }), (date, duration, times) => {
        const start = partsOf(date);
        const years = spanOf(duration).years * times;
        const expected = `${pad(start.year + years, 4)}-${pad(start.month, 2)}-${pad(Math.min(start.day, daysInMonth(start.year + years, start.month)), 2)}`;
        assert.equal(addDurationTimes(date, duration, times), expected);
      }),
    );
  });

  it('k repeats from the start never drift: the day is the start day, clamped only in that month', () => {
    fc.assert(
      fc.property(anyDate, anyYearMonthDuration, fc.integer({ min: 1, max: 20 }), (date, duration, times) => {
        const end = partsOf(addDurationTimes(date, duration, times));
        assert.equal(end.day, Math.min(partsOf(date).day, daysInMonth(end.year, end.month)));
      }),
    );
  });

  it('repeating is adding the multiplied duration', () => {
    fc.assert(
      fc.property(anyDate, anySpan, fc.integer({ min: 0, max: 10 }), (date, span, times) => {
        assert.equal(addDurationTimes(date, formatSpan(span), times), addSpan(date, scaleSpan(span, times)));
      }),
    );
  });

  it('is monotone and always moves forward', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDuration, (a, b, duration) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        assert.ok(addDuration(early, duration) <= addDuration(late, duration));
        assert.ok(addDuration(early, duration) > early);
        assert.ok(subtractDuration(early, duration) < early);
      }),
    );
  });
});

describe('Interval', () => {
  const term6: Interval = { from: '1991-09-10', to: '1996-09-10' };

  it('is half-open: contains its first day and not its end', () => {
    assert.ok(contains(term6, '1991-09-10'));
    assert.ok(contains(term6, '1996-09-09'));
    assert.ok(!contains(term6, '1996-09-10'));
    assert.ok(!contains(term6, '1991-09-09'));
    assert.ok(contains({ from: '2024-12-04', to: null }, '9999-12-31'));
    assert.equal(lastDayOf(term6), '1996-09-09');
    assert.equal(lastDayOf({ from: '2024-12-04', to: null }), null);
    assert.equal(lengthInDays(term6), 1827);
    assert.equal(lengthInDays({ from: '2024-12-04', to: null }), null);
  });

  it('intersects and detects overlap', () => {
    assert.deepEqual(intersect(term6, { from: '1995-09-10', to: null }), { from: '1995-09-10', to: '1996-09-10' });
    assert.equal(intersect(term6, { from: '1996-09-10', to: '2001-09-10' }), null);
    assert.ok(!overlaps({ from: '1986-09-10', to: '1991-09-10' }, term6));
    assert.deepEqual(intersect({ from: '2000-01-01', to: null }, { from: '1990-01-01', to: null }), { from: '2000-01-01', to: null });
  });

  it('schema refuses an interval with no day in it', () => {
    assert.ok(Interval.safeParse({ from: '1961-09-10', to: null }).success);
    const empty = Interval.safeParse({ from: '1996-09-10', to: '1996-09-10' });
    assert.equal(empty.success, false);
    assert.match(empty.error?.issues[0]?.message ?? '', /holds no day/);
    assert.equal(Interval.safeParse({ from: '1996-02-30', to: null }).success, false);
  });

  const anyInterval = fc
    .tuple(anyDate, fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }))
    .map(([from, length]): Interval => ({ from, to: length === null ? null : addDays(from, length) }));

  it('contains d iff from ≤ d < to', () => {
    fc.assert(
      fc.property(anyInterval, anyDate, (interval, date) => {
        const afterStart = daysBetween(interval.from, date) >= 0;
        const beforeEnd = interval.to === null || daysBetween(date, interval.to) > 0;
        assert.equal(contains(interval, date), afterStart && beforeEnd);
      }),
    );
  });

  it('an intersection holds exactly the days both hold', () => {
    fc.assert(
      fc.property(anyInterval, anyInterval, anyDate, (a, b, date) => {
        const common = intersect(a, b);
        assert.deepEqual(common, intersect(b, a));
        assert.equal(common !== null && contains(common, date), contains(a, date) && contains(b, date));
      }),
    );
  });

  it('the last day is in the interval and the day after it is not', () => {
    fc.assert(
      fc.property(anyInterval, (interval) => {
        const last = lastDayOf(interval);
        if (last === null) return;
        assert.ok(contains(interval, last));
        assert.ok(!contains(interval, addDays(last, 1)));
      }),
    );
  });
});

/**
 * Pacta does its calendar arithmetic on whole numbers for speed; Temporal (temporal-polyfill) is the
 * reference it must agree with, on any day of the years 0000–9999 and any span.
 */
describe('the arithmetic agrees with Temporal', () => {
  const anyDay = fc.oneof(
    fc
      .integer({ min: 0, max: 9999 })
      .chain((year) =>
        fc
          .integer({ min: 1, max: 12 })
          .chain((month) =>
            fc
              .integer({ min: 1, max: new Temporal.PlainYearMonth(year, month).daysInMonth })
              .map((day) => new Temporal.PlainDate(year, month, day)),
          ),
      ),
    // Month ends next to century years, where a wrong leap rule would show.
    fc
      .constantFrom('1900-01-31', '2100-01-31', '1700-03-31', '2000-01-31', '0000-02-29', '0000-01-01', '9999-12-31', '1899-02-28')
      .map((d) => Temporal.PlainDate.from(d)),
  );
  const text = (d: Temporal.PlainDate) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
  /** Temporal's answer as a Pacta date, or 'out of range' where it leaves 0000–9999 (or Temporal's own range). */
  const reference = (compute: () => Temporal.PlainDate) => {
    try {
      const d = compute();
      return d.year < 0 || d.year > 9999 ? 'out of range' : text(d);
    } catch {
      return 'out of range';
    }
  };
  const ours = (compute: () => string) => {
    try {
      return compute();
    } catch (error) {
      assert.match(String(error), /cannot be written as YYYY/);
      return 'out of range';
    }
  };
  const wideSpan = fc
    .record({
      years: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12000 })),
      months: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 200000 })),
      weeks: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600000 })),
      days: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4000000 })),
    })
    .filter((s) => s.years + s.months + s.weeks + s.days > 0);

  it('adding and subtracting spans, constrain included', () => {
    fc.assert(
      fc.property(anyDay, fc.oneof(anySpan, wideSpan), (day, span) => {
        assert.equal(
          ours(() => addSpan(text(day), span)),
          reference(() => day.add(span, { overflow: 'constrain' })),
        );
        assert.equal(
          ours(() => subtractSpan(text(day), span)),
          reference(() => day.subtract(span, { overflow: 'constrain' })),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('adding days and counting them', () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: -4_000_000, max: 4_000_000 }), (a, b, days) => {
        assert.equal(
          ours(() => addDays(text(a), days)),
          reference(() => a.add({ days })),
        );
        assert.equal(daysBetween(text(a), text(b)), a.until(b, { largestUnit: 'days' }).days);
      }),
      { numRuns: 3000 },
    );
  });

  it('month lengths and validity, every month of 0000–9999 at its edges', () => {
    for (let year = 0; year <= 9999; year += year < 2100 ? 1 : 7) {
      for (let month = 1; month <= 12; month++) {
        const length = new Temporal.PlainYearMonth(year, month).daysInMonth;
        assert.equal(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(length, 2)}`), true);
        assert.equal(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(length + 1, 2)}`), false);
      }
    }
  });
});

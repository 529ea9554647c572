/**
 * When an act takes effect (`delayWithin`, `describeDelay`): `offset` after it, then, with
 * `monthStart` N, the first day of the Nth month following the month that day falls in, whatever its
 * day (docs/lifecycle.md, "When an act takes effect"; src/model/calendar.ts, rule 8). The examples
 * are the page's; the properties hold the rule on any day of 0000–9999 and compare it with Temporal's
 * PlainDate arithmetic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { addDurationWithin, type DelayRule, delayWithin, describeDelay, type IsoDate } from '../../src/model/index.js';
import { anyDuration, anyYearMonthDuration } from './calendar-arbitraries.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const text = (d: Temporal.PlainDate) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
/** Months since 0000-01: the month a date falls in, as one number. */
const monthIndex = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

describe('delayWithin: the examples of docs/lifecycle.md', () => {
  it('monthStart 1 from 29, 30, 31 or 1 January 2023: 1 February 2023', () => {
    for (const day of ['2023-01-29', '2023-01-30', '2023-01-31', '2023-01-01'])
      assert.equal(delayWithin(day, { monthStart: 1 }), '2023-02-01', day);
  });

  it('monthStart 2 from 29 February 2024: 1 April 2024', () => {
    assert.equal(delayWithin('2024-02-29', { monthStart: 2 }), '2024-04-01');
  });

  it('monthStart 1 from 31 December 2023: 1 January 2024', () => {
    assert.equal(delayWithin('2023-12-31', { monthStart: 1 }), '2024-01-01');
  });

  it('offset P1M then monthStart 1 from 31 January 2024: 29 February 2024, then 1 March 2024', () => {
    assert.equal(delayWithin('2024-01-31', { offset: 'P1M' }), '2024-02-29');
    assert.equal(delayWithin('2024-01-31', { offset: 'P1M', monthStart: 1 }), '2024-03-01');
  });

  it('offset P30D: thirty days after the act; no rule: the day of the act', () => {
    assert.equal(delayWithin('2000-12-02', { offset: 'P30D' }), '2001-01-01');
    assert.equal(delayWithin('2021-01-29', { offset: 'P30D' }), '2021-02-28');
    assert.equal(delayWithin('2024-02-29', {}), '2024-02-29');
  });
});

describe('delayWithin: the clauses of the lifecycle fixtures', () => {
  const cases: [IsoDate, DelayRule, IsoDate][] = [
    // "the first day of the month following the expiration of a period of three months after"
    ['2023-11-30', { offset: 'P3M', monthStart: 1 }, '2024-03-01'], // 2024-02-29 (constrained), then March
    ['2024-01-31', { offset: 'P3M', monthStart: 1 }, '2024-05-01'], // 2024-04-30
    ['2024-12-31', { offset: 'P3M', monthStart: 1 }, '2025-04-01'], // 2025-03-31
    ['2023-04-01', { offset: 'P3M', monthStart: 1 }, '2023-08-01'], // 2023-07-01 is itself a first day: still the next month's
    // a denunciation "effective on the first day of the month following … six months after"
    ['2010-08-29', { offset: 'P6M', monthStart: 1 }, '2011-03-01'],
    ['2010-08-31', { offset: 'P6M', monthStart: 1 }, '2011-03-01'],
    ['2011-09-01', { offset: 'P6M', monthStart: 1 }, '2012-04-01'],
    ['2015-08-29', { offset: 'P6M', monthStart: 1 }, '2016-03-01'], // 2016-02-29, a leap day
    // "on the first day of the second month following the exchange"
    ['2004-02-29', { monthStart: 2 }, '2004-04-01'],
    ['2023-12-15', { monthStart: 12 }, '2024-12-01'],
    ['2000-01-31', { monthStart: 1200 }, '2100-01-01'],
    // offsets alone
    ['1990-01-30', { offset: 'P30D' }, '1990-03-01'],
    ['1998-01-16', { offset: 'P90D' }, '1998-04-16'],
    ['2010-01-31', { offset: 'P1M' }, '2010-02-28'],
    ['2023-08-31', { offset: 'P6M' }, '2024-02-29'],
  ];
  for (const [act, rule, effect] of cases)
    it(`${act} with ${JSON.stringify(rule)}: ${effect}`, () => {
      assert.equal(delayWithin(act, rule), effect);
    });
});

describe('delayWithin at the end of the calendar', () => {
  it('gives the day when it is 9999-12-31 or before, null past it', () => {
    assert.equal(delayWithin('9999-12-31', {}), '9999-12-31');
    assert.equal(delayWithin('9999-11-30', { monthStart: 1 }), '9999-12-01');
    assert.equal(delayWithin('9999-12-01', { offset: 'P30D' }), '9999-12-31');
    assert.equal(delayWithin('9999-12-31', { monthStart: 1 }), null);
    assert.equal(delayWithin('9999-12-01', { offset: 'P31D' }), null);
    assert.equal(delayWithin('9999-06-15', { offset: 'P6M', monthStart: 1 }), null);
    assert.equal(delayWithin('9999-06-15', { offset: 'P5M', monthStart: 1 }), '9999-12-01');
    assert.equal(delayWithin('9900-01-01', { monthStart: 1200 }), null);
    assert.equal(delayWithin('9899-12-31', { monthStart: 1200 }), '9999-12-01');
    assert.equal(delayWithin('8900-01-01', { monthStart: 1200 }), '9000-01-01');
  });
});

describe('describeDelay', () => {
  it('says the rule in words', () => {
    assert.equal(describeDelay({}), 'on the day of the act');
    assert.equal(describeDelay({ offset: 'P30D' }), 'P30D after the act');
    assert.equal(describeDelay({ monthStart: 3 }), 'on the first day of the 3rd month following the act');
    assert.equal(describeDelay({ offset: 'P3M', monthStart: 1 }), 'on the first day of the 1st month following P3M after the act');
  });

  it('names the act it is given', () => {
    assert.equal(describeDelay({}, 'the exchange'), 'on the day of the exchange');
    assert.equal(describeDelay({ offset: 'P6M' }, 'the notice'), 'P6M after the notice');
    assert.equal(describeDelay({ monthStart: 2 }, 'the deposit'), 'on the first day of the 2nd month following the deposit');
  });

  it('writes English ordinals, the teens included', () => {
    const ordinals: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [10, '10th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
      [113, '113th'],
      [1200, '1200th'],
    ];
    for (const [n, word] of ordinals)
      assert.equal(describeDelay({ monthStart: n }), `on the first day of the ${word} month following the act`);
  });
});

/** Any day of 0000–9999, the last years and month ends drawn often. */
const anyDay: fc.Arbitrary<Temporal.PlainDate> = fc.oneof(
  fc
    .tuple(fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 9890, max: 9999 })), fc.integer({ min: 1, max: 12 }))
    .chain(([year, month]) => {
      const last = new Temporal.PlainYearMonth(year, month).daysInMonth;
      return fc
        .oneof(fc.integer({ min: 1, max: last }), fc.integer({ min: Math.max(1, last - 3), max: last }))
        .map((day) => new Temporal.PlainDate(year, month, day));
    }),
  fc
    .constantFrom(
      '2024-02-29',
      '2000-02-29',
      '1900-02-28',
      '2023-12-31',
      '2024-01-31',
      '0000-01-01',
      '0000-02-29',
      '9999-12-31',
      '9999-12-01',
      '9999-11-30',
    )
    .map((d) => Temporal.PlainDate.from(d)),
);
const anyMonthStart = fc.oneof(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 1200 }));
const anyOffset = fc.option(anyDuration, { nil: undefined });

/** Temporal's answer: the act moved by the offset (constrained), then the first day N months on; null past 9999. */
function reference(day: Temporal.PlainDate, rule: DelayRule): IsoDate | null {
  let d = rule.offset === undefined ? day : day.add(Temporal.Duration.from(rule.offset), { overflow: 'constrain' });
  if (rule.monthStart !== undefined) d = d.with({ day: 1 }).add({ months: rule.monthStart });
  return d.year > 9999 ? null : text(d);
}

describe('delayWithin: properties', () => {
  it('with monthStart, always falls on the first day of a month', () => {
    fc.assert(
      fc.property(anyDay, anyOffset, anyMonthStart, (day, offset, monthStart) => {
        const effect = delayWithin(text(day), { offset, monthStart });
        if (effect !== null) assert.equal(effect.slice(8), '01');
      }),
      { numRuns: 2000 },
    );
  });

  it('with monthStart, falls strictly after the (offset) day, in the month exactly N months after its month', () => {
    fc.assert(
      fc.property(anyDay, anyOffset, anyMonthStart, (day, offset, monthStart) => {
        const shifted = delayWithin(text(day), { offset });
        const effect = delayWithin(text(day), { offset, monthStart });
        if (shifted === null) assert.equal(effect, null);
        else if (effect === null)
          assert.ok(monthIndex(shifted) + monthStart > 9999 * 12 + 11, `${shifted} + ${monthStart} months is past 9999-12`);
        else {
          assert.ok(effect > shifted, `${effect} after ${shifted}`);
          assert.equal(monthIndex(effect) - monthIndex(shifted), monthStart);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on the day within the month (without offset, or with whole years and months)', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: 1, max: 31 }),
        fc.option(anyYearMonthDuration, { nil: undefined }),
        anyMonthStart,
        (day, otherDay, offset, monthStart) => {
          const other = day.with({ day: otherDay }, { overflow: 'constrain' });
          assert.equal(delayWithin(text(day), { offset, monthStart }), delayWithin(text(other), { offset, monthStart }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with Temporal’s PlainDate arithmetic, and is null exactly past 9999-12-31', () => {
    fc.assert(
      fc.property(anyDay, anyOffset, fc.option(anyMonthStart, { nil: undefined }), (day, offset, monthStart) => {
        assert.equal(delayWithin(text(day), { offset, monthStart }), reference(day, { offset, monthStart }));
      }),
      { numRuns: 3000 },
    );
  });

  it('never lets a later act take effect earlier', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyOffset, fc.option(anyMonthStart, { nil: undefined }), (a, b, offset, monthStart) => {
        const [early, late] = Temporal.PlainDate.compare(a, b) <= 0 ? [a, b] : [b, a];
        const first = delayWithin(text(early), { offset, monthStart });
        const second = delayWithin(text(late), { offset, monthStart });
        if (first === null) assert.equal(second, null);
        else if (second !== null) assert.ok(first <= second, `${first} <= ${second}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('without monthStart is the offset alone (addDurationWithin), and without either the day itself', () => {
    fc.assert(
      fc.property(anyDay, anyDuration, (day, offset) => {
        assert.equal(delayWithin(text(day), { offset }), addDurationWithin(text(day), offset));
        assert.equal(delayWithin(text(day), {}), text(day));
      }),
      { numRuns: 1000 },
    );
  });
});

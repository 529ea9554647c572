/** Dates as documents write them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDates, findJucheDates, findNumericDates, findYearlessDates, resolveYearless } from '../../src/text/dates.js';

const values = (text: string) => findDates(text).map((d) => [d.value, text.slice(d.index, d.index + d.length)]);

describe('findDates', () => {
  it('reads day-month-year in English and French, any case', () => {
    assert.deepEqual(values('Signed at Moscow, on 6 July 1961'), [['1961-07-06', '6 July 1961']]);
    assert.deepEqual(values('SIGNED AT MOSCOW, ON 6 JULY 1961'), [['1961-07-06', '6 JULY 1961']]);
    assert.deepEqual(values('le 23 janvier 1962 et le 1er août 1990'), [
      ['1962-01-23', '23 janvier 1962'],
      ['1990-08-01', '1er août 1990'],
    ]);
  });
  it('reads month-day-year, with abbreviations', () => {
    assert.deepEqual(values('adopted on Nov. 28, 1996.'), [['1996-11-28', 'Nov. 28, 1996']]);
    assert.deepEqual(values('February 22, 2026Feb 22, 2026'), [
      ['2026-02-22', 'February 22, 2026'],
      ['2026-02-22', 'Feb 22, 2026'],
    ]);
  });
  it('reads "the 12th day of March 2001" and ISO dates', () => {
    assert.deepEqual(values('this 12th day of March 2001'), [['2001-03-12', '12th day of March 2001']]);
    assert.deepEqual(values('from 1991-12-25 on'), [['1991-12-25', '1991-12-25']]);
  });
  it('rejects impossible dates', () => {
    assert.deepEqual(values('31 June 1961, 29 February 1961, 29 February 1960'), [['1960-02-29', '29 February 1960']]);
  });
  it('ignores words that are not months', () => {
    assert.deepEqual(values('Article 6 1961, the 5 States 2000'), []);
  });
  it('stays fast on long runs of digits and spaces', () => {
    const started = performance.now();
    findDates('1 '.repeat(50_000) + ' x'.repeat(50_000));
    findDates('1' + ' '.repeat(100_000) + 'x');
    assert.ok(performance.now() - started < 2000);
  });
});

describe('numeric, yearless and Juche dates', () => {
  it('gives both readings of a numeric date', () => {
    assert.deepEqual(findNumericDates('Date: 20/06/2024 |'), [{ index: 6, length: 10, dayFirst: '2024-06-20', monthFirst: null }]);
    assert.deepEqual(findNumericDates('03/04/2024')[0], { index: 0, length: 10, dayFirst: '2024-04-03', monthFirst: '2024-03-04' });
  });
  it('finds month-day without a year', () => {
    assert.deepEqual(findYearlessDates('signed … on June 19.'), [{ index: 12, length: 7, month: 6, day: 19 }]);
  });
  it('resolves a month-day to the latest such date on or before the reference', () => {
    assert.equal(resolveYearless(6, 19, '2024-06-20'), '2024-06-19');
    assert.equal(resolveYearless(6, 20, '2024-06-20'), '2024-06-20');
    assert.equal(resolveYearless(12, 30, '2024-01-02'), '2023-12-30');
    assert.equal(resolveYearless(2, 29, '2023-06-01'), '2020-02-29');
  });
  it('never resolves to a date after the reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (month, day, when) => {
          const reference = when.toISOString().slice(0, 10);
          const resolved = resolveYearless(month, day, reference)!;
          assert.ok(resolved <= reference);
          assert.ok(Number(resolved.slice(0, 4)) >= Number(reference.slice(0, 4)) - 1);
        },
      ),
    );
  });
  it('converts Juche dates: Gregorian year = Juche year + 1911', () => {
    assert.deepEqual(findJucheDates('www.kcna.kp (Juche113.6.20.)'), [{ index: 13, length: 14, value: '2024-06-20' }]);
    assert.deepEqual(findJucheDates('Juche 1.4.15')[0]?.value, '1912-04-15');
  });
});

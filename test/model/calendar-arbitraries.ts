/** fast-check generators for calendar dates and durations, shared by the model and engine tests. */
import fc from 'fast-check';
import { addDays, formatSpan, type CalendarSpan, type IsoDate, type IsoDuration } from '../../src/model/calendar.js';

/** Days whose arithmetic is most often got wrong: leap days, month ends, year ends, century years. */
export const TRICKY_DATES: readonly IsoDate[] = [
  '2000-02-29',
  '2024-02-29',
  '1900-02-28',
  '2100-02-28',
  '1996-02-29',
  '2024-01-31',
  '2024-03-31',
  '2023-12-31',
  '2024-01-01',
  '2023-08-31',
  '1961-09-10',
];

/** Any day from 1800 to 2199, with the tricky ones drawn often. */
export const anyDate: fc.Arbitrary<IsoDate> = fc.oneof(
  fc.integer({ min: 0, max: 400 * 365 }).map((offset) => addDays('1800-01-01', offset)),
  fc.constantFrom(...TRICKY_DATES),
);

/** A positive calendar span with every field used sometimes. */
export const anySpan: fc.Arbitrary<CalendarSpan> = fc
  .record({
    years: fc.integer({ min: 0, max: 20 }),
    months: fc.integer({ min: 0, max: 30 }),
    weeks: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 })),
    days: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
  })
  .filter((span) => span.years + span.months + span.weeks + span.days > 0);

export const anyDuration: fc.Arbitrary<IsoDuration> = anySpan.map(formatSpan);

/** Durations of whole years and months only: the ones whose day of the month is clamped, never shifted. */
export const anyYearMonthDuration: fc.Arbitrary<IsoDuration> = fc
  .record({ years: fc.integer({ min: 0, max: 30 }), months: fc.integer({ min: 0, max: 30 }) })
  .filter(({ years, months }) => years + months > 0)
  .map(({ years, months }) => formatSpan({ years, months, weeks: 0, days: 0 }));

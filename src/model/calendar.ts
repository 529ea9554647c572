/**
 * Pacta's calendar: dates, durations and intervals, and the rules every date computation follows.
 * Import from here; the sibling `calendar-*.ts` files hold the parts.
 *
 * RULES
 *
 * 1. Dates are calendar dates `YYYY-MM-DD` (proleptic Gregorian, years 0000–9999), never instants:
 *    no time, no time zone, no JS `Date`, no UTC. A treaty "in force on 1961-09-10" is in force on
 *    that calendar day wherever the reader is. The arithmetic is that of Temporal's `PlainDate` in
 *    the ISO calendar, done on whole numbers for speed (`calendar-days.ts` says why) and tested
 *    against `temporal-polyfill` on random dates and spans.
 *
 * 2. Durations are ISO 8601 calendar durations of years, months, weeks and days (`P10Y`, `P6M`,
 *    `P30D`, `P1Y6M`), always positive. Time parts (`PT12H`) are refused: a treaty counts days.
 *
 * 3. Month ends and 29 February: "constrain". Adding (or subtracting) years and months moves the
 *    year and month first and then, if the day does not exist in the month reached, takes that
 *    month's last day; weeks and days are added after that:
 *      2000-02-29 + P1Y  = 2001-02-28        2024-01-31 + P1M = 2024-02-29
 *      2024-02-29 + P4Y  = 2028-02-29        2000-02-29 + P10Y = 2010-02-28
 *      2024-02-29 − P1Y  = 2023-02-28        2024-03-31 − P1M = 2024-02-29
 *    This is what "ten years from 29 February 2000" means in ordinary and legal usage (the term ends
 *    with February, not on 1 March), and it is Temporal's default; the tests hold our arithmetic to
 *    Temporal's results.
 *
 * 4. Repeated terms are counted from the original start, never chained. The end of the k-th of a
 *    series of terms is `start + k × term`, computed in one addition (`addDurationTimes`, or
 *    `addSpan` with summed spans for an initial term followed by renewals). Chaining would let one
 *    clamp (29 Feb → 28 Feb) stick forever: from 2000-02-29 in P2Y steps, chaining gives 2002-02-28,
 *    2004-02-28, …; counting from the start gives 2002-02-28, 2004-02-29, 2006-02-28, 2008-02-29.
 *
 * 5. Counting back: "at least a year before the end of the term" is `termEnd − P1Y` with the same
 *    clamp (a term ending 2025-02-28 has its one-year deadline on 2024-02-28, not 2024-02-29).
 *    Constrain is not reversible (d + P1Y − P1Y is not always d), so counting back is always done
 *    from the date the treaty names (the term end), never recovered from a forward addition.
 *
 * 6. Intervals are half-open, `[from, to)`, with `to: null` for an open one: in force for ten years
 *    from D means in force on D and on D + P10Y − 1 day, not on D + P10Y.
 *
 * 7. The calendar ends on 9999-12-31 (`LAST_DATE`): the engine answers for every day up to it, and
 *    a date it computes past it (a term end in year 10001, a notice that would take effect then, a
 *    deadline) is "beyond 9999-12-31", kept as null, an open end (`addSpanWithin`, `dateWithin`),
 *    never a RangeError. Counting back below 0000-01-01 stops at 0000-01-01.
 *
 * 8. Month-start rounding ("on the first day of the Nth month following the act"): the first day of
 *    the month N months after the month the act (or the act + an offset) falls in, whatever the
 *    act's day: an act of 29, 30 or 31 January and one of 1 January all give 1 February for N = 1;
 *    2024-01-31 + P1M = 2024-02-29, then N = 1 gives 2024-03-01 (`delayWithin`).
 *
 * Dates are compared as strings: with four-digit, zero-padded fields, string order is calendar order.
 */
export {
  addDays,
  compareDates,
  dateOfDayNumber,
  dayNumberOf,
  daysBetween,
  earlierOf,
  formatDate,
  isAfter,
  isBefore,
  IsoDate,
  isIsoDate,
  isoDateProblem,
  isOnOrAfter,
  isOnOrBefore,
  LAST_DATE,
  laterOf,
  nextDayWithin,
  parseIsoDate,
  partsOf,
} from './calendar-date.js';
export {
  addDuration,
  addDurationTimes,
  addDurationWithin,
  addSpan,
  addSpans,
  addSpanWithin,
  type CalendarSpan,
  dateWithin,
  delayWithin,
  type DelayRule,
  describeDelay,
  formatSpan,
  IsoDuration,
  isIsoDuration,
  isoDurationProblem,
  isZeroSpan,
  MonthStart,
  movePartsBySpan,
  parseIsoDuration,
  scaleSpan,
  spanOf,
  subtractDuration,
  subtractSpan,
  ZERO_SPAN,
} from './calendar-duration.js';
export { contains, intersect, Interval, isEmptyInterval, lastDayOf, lengthInDays, overlaps } from './calendar-interval.js';

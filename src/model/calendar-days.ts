/**
 * Calendar arithmetic on whole numbers: the proleptic Gregorian calendar's leap years and month
 * lengths, and day numbers (days since 1970-01-01) to step across months and years.
 *
 * Why not Temporal here: an engine run computes hundreds of thousands of term ends, notice deadlines
 * and day offsets, and the Temporal polyfill spends microseconds on each (it parses the date string,
 * builds objects, reads an options bag); on the benchmark of 10⁶ events and 10³ treaties that was a
 * fifth of the run. The rules are Temporal's own for the ISO calendar (years and months first, the
 * day constrained to the month reached, then weeks and days), and `test/model/calendar.test.ts`
 * checks every function built on these against `Temporal.PlainDate` on random dates and spans over
 * the years 0000–9999. Day numbers are Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Days from 1970-01-01 to the date (negative before it). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * `date` moved by whole months (negative: back), the day clamped to the last day of the month
 * reached when that month is shorter: Temporal's "constrain".
 */
export function addMonths(date: DateParts, months: number): DateParts {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * Calendar dates: `YYYY-MM-DD` strings in the proleptic Gregorian calendar, with no time and no time
 * zone. See `calendar.ts` for the rules every date computation in Pacta follows.
 *
 * A date stays a plain string everywhere (in YAML, JSON, the database and in memory) so that it is
 * printed exactly as it was written and compared without any conversion: with four-digit years,
 * string order is calendar order.
 */
import { z } from 'zod';
import { type DateParts, dayNumber, daysInMonth, fromDayNumber } from './calendar-days.js';

/** A valid calendar date `YYYY-MM-DD`; validate untrusted text with `IsoDate` or `parseIsoDate`. */
export type IsoDate = string;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The months' English names, January first: for messages that name a month. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Why `text` is not a calendar date `YYYY-MM-DD`, in words a treaty editor can act on; undefined if it is one. */
export function isoDateProblem(text: string): string | undefined {
  const shape = ISO_DATE_SHAPE.exec(text);
  if (!shape) {
    return `"${text}" is not a calendar date: write it as YYYY-MM-DD, e.g. 1961-09-10 (no time, no time zone)`;
  }
  const year = Number(shape[1]);
  const month = Number(shape[2]);
  const day = Number(shape[3]);
  if (month < 1 || month > 12) {
    return `"${text}" is not a calendar date: there is no month ${shape[2]} (months run from 01 to 12)`;
  }
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    const monthName = MONTH_NAMES[month - 1] ?? `month ${month}`;
    return `"${text}" is not a calendar date: ${monthName} ${shape[1]} has ${monthLength} days`;
  }
  return undefined;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isoDateProblem(value) === undefined;
}

/** The zod schema for a calendar date, for every format that holds one (treaty files, scenarios, API). */
export const IsoDate = z
  .string()
  .superRefine((text, ctx) => {
    const problem = isoDateProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ format: 'date', description: 'calendar date YYYY-MM-DD, no time, no time zone', examples: ['1961-09-10'] });

/** `text` as a calendar date, or a RangeError saying what is wrong with it. */
export function parseIsoDate(text: string): IsoDate {
  const problem = isoDateProblem(text);
  if (problem !== undefined) throw new RangeError(problem);
  return text;
}

/**
 * The year, month and day of a Pacta date, or a RangeError saying what is wrong with it. Only the
 * exact form `YYYY-MM-DD` is read: arithmetic must not let in what Temporal would also accept
 * (`19610910`, `1961-09-10T00:00`, `+001961-09-10`).
 */
export function partsOf(date: IsoDate): DateParts {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(isoDateProblem(date) ?? `"${date}" is not a calendar date`);
}

/** The number written by the ASCII digits text[from, to), or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The Pacta date of a year, month and day; a RangeError if arithmetic left the years 0000–9999 that `YYYY` can write. */
export function formatDate(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) {
    throw new RangeError(`date out of range: year ${year} cannot be written as YYYY (0000–9999)`);
  }
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days from 1970-01-01 to `date`. */
export function dayNumberOf(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  return dayNumber(year, month, day);
}

/** The date `n` days after 1970-01-01. */
export function dateOfDayNumber(n: number): IsoDate {
  const { year, month, day } = fromDayNumber(n);
  return formatDate(year, month, day);
}

/** Negative if a is earlier than b, 0 if the same day, positive if later. Safe for `Array.prototype.sort`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // Valid dates have four-digit years and zero-padded fields, so string order is calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b;
}

export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}

export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return a >= b;
}

export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The date `days` days after `date` (before it if negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/**
 * The last day the calendar holds: a date is written `YYYY-MM-DD`, four digits of year. The engine
 * answers for every day up to it; a date it computes past it (a term end, a notice's effect, a
 * deadline) is "beyond 9999-12-31", kept as null (an open end), never an error.
 */
export const LAST_DATE: IsoDate = '9999-12-31';

/** The day after `date`, or null after LAST_DATE. */
export function nextDayWithin(date: IsoDate): IsoDate | null {
  return date === LAST_DATE ? null : addDays(date, 1);
}

/** Days from `from` to `to`: 1 for consecutive days, negative if `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

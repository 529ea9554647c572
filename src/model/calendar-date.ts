/**
 * Calendar dates: `YYYY-MM-DD` strings in the proleptic Gregorian calendar, with no time and no time
 * zone. See `calendar.ts` for the rules every date computation in Pacta follows.
 *
 * A date stays a plain string everywhere (in YAML, JSON, the database and in memory) so that it is
 * printed exactly as it was written and compared without any conversion: with four-digit years,
 * string order is calendar order.
 */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/** A valid calendar date `YYYY-MM-DD`; validate untrusted text with `IsoDate` or `parseIsoDate`. */
export type IsoDate = string;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
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
  const daysInMonth = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
  if (day < 1 || day > daysInMonth) {
    const monthName = MONTH_NAMES[month - 1] ?? `month ${month}`;
    return `"${text}" is not a calendar date: ${monthName} ${shape[1]} has ${daysInMonth} days`;
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
 * The Temporal date for a Pacta date. The shape is checked first because Temporal also accepts
 * forms Pacta does not (`19610910`, `1961-09-10T00:00`, `+001961-09-10`), and those must not slip in
 * through arithmetic.
 */
export function toPlainDate(date: IsoDate): Temporal.PlainDate {
  const problem = ISO_DATE_SHAPE.test(date) ? undefined : isoDateProblem(date);
  if (problem === undefined) {
    try {
      return Temporal.PlainDate.from(date);
    } catch {
      // Right shape, impossible day (1995-02-29): fall through to Pacta's own wording of the problem.
    }
  }
  throw new RangeError(problem ?? isoDateProblem(date) ?? `"${date}" is not a calendar date`);
}

/** The Pacta date for a Temporal date; a RangeError if arithmetic left the years 0000–9999 that `YYYY` can write. */
export function fromPlainDate(date: Temporal.PlainDate): IsoDate {
  if (date.year < 0 || date.year > 9999) {
    throw new RangeError(`date out of range: year ${date.year} cannot be written as YYYY (0000–9999)`);
  }
  return date.toString();
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
  return fromPlainDate(toPlainDate(date).add({ days }));
}

/** Days from `from` to `to`: 1 for consecutive days, negative if `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toPlainDate(from).until(toPlainDate(to), { largestUnit: 'days' }).days;
}

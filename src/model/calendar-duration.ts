/**
 * Calendar durations: ISO 8601 durations made of years, months, weeks and days only (`P10Y`, `P5Y`,
 * `P1Y`, `P6M`, `P30D`, `P1Y6M`), and the arithmetic that adds them to calendar dates. See
 * `calendar.ts` for the month-end and 29 February rule ("constrain") and why repeated terms are
 * computed from their original start.
 */
import { z } from 'zod';
import { formatDate, partsOf, type IsoDate } from './calendar-date.js';
import { addMonths, type DateParts, dayNumber, fromDayNumber } from './calendar-days.js';

/** A valid, positive calendar duration such as `P10Y`; validate untrusted text with `IsoDuration`. */
export type IsoDuration = string;

/**
 * A duration taken apart, for arithmetic. Unlike an `IsoDuration` it may be zero, because
 * "start + 0 × term" is the start of the first term.
 */
export interface CalendarSpan {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

// Seven digits per field is far beyond any treaty term and keeps every value an exact integer.
const ISO_DURATION_SHAPE = /^P(?:(\d{1,7})Y)?(?:(\d{1,7})M)?(?:(\d{1,7})W)?(?:(\d{1,7})D)?$/;
const EXAMPLES = 'e.g. P10Y, P5Y, P6M, P30D or P1Y6M';

function matchSpan(text: string): CalendarSpan | undefined {
  const parts = ISO_DURATION_SHAPE.exec(text);
  if (!parts || text === 'P') return undefined;
  return {
    years: Number(parts[1] ?? 0),
    months: Number(parts[2] ?? 0),
    weeks: Number(parts[3] ?? 0),
    days: Number(parts[4] ?? 0),
  };
}

/** Why `text` is not a positive calendar duration, in words a treaty editor can act on; undefined if it is one. */
export function isoDurationProblem(text: string): string | undefined {
  if (/^[-−]/.test(text)) {
    return `"${text}" is negative: a duration here is a length of time, always positive (${EXAMPLES})`;
  }
  if (/^P[^T]*T/.test(text)) {
    return `"${text}" has a time part: treaty durations are whole years, months, weeks and days; drop the part from T on`;
  }
  const span = matchSpan(text);
  if (!span) {
    return `"${text}" is not an ISO 8601 calendar duration: write P then whole numbers with Y, M, W, D in that order (${EXAMPLES})`;
  }
  if (isZeroSpan(span)) return `"${text}" is zero: a duration must be at least one day`;
  return undefined;
}

export function isIsoDuration(value: unknown): value is IsoDuration {
  return typeof value === 'string' && isoDurationProblem(value) === undefined;
}

/** The zod schema for a treaty duration (term, renewal term, notice period…). */
export const IsoDuration = z
  .string()
  .superRefine((text, ctx) => {
    const problem = isoDurationProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: 'ISO 8601 calendar duration (years, months, weeks, days), positive',
    examples: ['P10Y', 'P5Y', 'P1Y', 'P6M', 'P30D', 'P1Y6M'],
  });

/** `text` as a duration, or a RangeError saying what is wrong with it. */
export function parseIsoDuration(text: string): IsoDuration {
  const problem = isoDurationProblem(text);
  if (problem !== undefined) throw new RangeError(problem);
  return text;
}

/** The parts of a duration. */
export function spanOf(duration: IsoDuration): CalendarSpan {
  const span = matchSpan(duration);
  if (!span || isZeroSpan(span)) throw new RangeError(isoDurationProblem(duration));
  return span;
}

export const ZERO_SPAN: CalendarSpan = { years: 0, months: 0, weeks: 0, days: 0 };

export function isZeroSpan(span: CalendarSpan): boolean {
  return span.years === 0 && span.months === 0 && span.weeks === 0 && span.days === 0;
}

/** Field by field: P10Y + P5Y = P15Y, P1Y + P6M = P1Y6M (months are not folded into years). */
export function addSpans(a: CalendarSpan, b: CalendarSpan): CalendarSpan {
  return { years: a.years + b.years, months: a.months + b.months, weeks: a.weeks + b.weeks, days: a.days + b.days };
}

/** Field by field: 3 × P5Y = P15Y. */
export function scaleSpan(span: CalendarSpan, times: number): CalendarSpan {
  if (!Number.isSafeInteger(times) || times < 0) {
    throw new RangeError(`a span can only be repeated a whole, non-negative number of times, got ${times}`);
  }
  return { years: span.years * times, months: span.months * times, weeks: span.weeks * times, days: span.days * times };
}

/** The ISO 8601 text of a span; `P0D` for the zero span. */
export function formatSpan(span: CalendarSpan): string {
  const fields: [number, string][] = [
    [span.years, 'Y'],
    [span.months, 'M'],
    [span.weeks, 'W'],
    [span.days, 'D'],
  ];
  const text = fields
    .filter(([value]) => value !== 0)
    .map(([value, unit]) => `${value}${unit}`)
    .join('');
  return `P${text || '0D'}`;
}

/**
 * `date` + `span` in one step: years and months first, the day clamped to the end of the month it
 * lands in ('constrain'), then weeks and days.
 */
export function addSpan(date: IsoDate, span: CalendarSpan): IsoDate {
  return moveBySpan(date, span, 1);
}

/** `date` − `span` in one step, with the same clamping as `addSpan`. */
export function subtractSpan(date: IsoDate, span: CalendarSpan): IsoDate {
  return moveBySpan(date, span, -1);
}

/** Forward (1) or back (−1) by a span: months first, constrained, then days (see calendar-days.ts). */
function moveBySpan(date: IsoDate, span: CalendarSpan, direction: 1 | -1): IsoDate {
  const { year, month, day } = movePartsBySpan(partsOf(date), span, direction);
  return formatDate(year, month, day);
}

/**
 * The same on a date taken apart, with no bound on the year: arithmetic past 9999-12-31 (a term
 * that ends in year 10001) is exact, only writing its result as `YYYY-MM-DD` is not possible.
 */
export function movePartsBySpan(date: DateParts, span: CalendarSpan, direction: 1 | -1): DateParts {
  const moved = addMonths(date, direction * (span.years * 12 + span.months));
  const days = span.weeks * 7 + span.days;
  if (days === 0) return moved;
  return fromDayNumber(dayNumber(moved.year, moved.month, moved.day) + direction * days);
}

/**
 * A computed date as Pacta writes it, or null if it falls after 9999-12-31. A date before
 * 0000-01-01 (counting back from a day in year 0000) is taken as 0000-01-01: the calendar starts there.
 */
export function dateWithin(parts: DateParts): IsoDate | null {
  if (parts.year > 9999) return null;
  if (parts.year < 0) return '0000-01-01';
  return formatDate(parts.year, parts.month, parts.day);
}

/** `date` + `span`, or null if that falls after 9999-12-31. */
export function addSpanWithin(date: IsoDate, span: CalendarSpan): IsoDate | null {
  return dateWithin(movePartsBySpan(partsOf(date), span, 1));
}

/** `date` + `duration`, or null if that falls after 9999-12-31. */
export function addDurationWithin(date: IsoDate, duration: IsoDuration): IsoDate | null {
  return addSpanWithin(date, spanOf(duration));
}

/** 2000-02-29 + P1Y = 2001-02-28; 2024-01-31 + P1M = 2024-02-29. */
export function addDuration(date: IsoDate, duration: IsoDuration): IsoDate {
  return addSpan(date, spanOf(duration));
}

/** 2024-02-29 − P1Y = 2023-02-28; 2024-03-31 − P1M = 2024-02-29. */
export function subtractDuration(date: IsoDate, duration: IsoDuration): IsoDate {
  return subtractSpan(date, spanOf(duration));
}

/**
 * `date` + `times` × `duration`, as one addition from `date` rather than `times` chained ones, so a
 * start on 29 February or a month's 31st comes back whenever the calendar has that day again:
 * 2000-02-29 + 2 × P2Y = 2004-02-29, where chaining would give 2002-02-28 and then 2004-02-28.
 */
export function addDurationTimes(date: IsoDate, duration: IsoDuration, times: number): IsoDate {
  return addSpan(date, scaleSpan(spanOf(duration), times));
}

/**
 * When an act takes effect under a clause: `offset` after it ("on the thirtieth day after"), then,
 * with `monthStart` N, on the first day of the Nth month following the month that day falls in
 * ("on the first day of the third month following the deposit"; "on the first day of the month
 * following the expiration of a period of three months after" is `offset: P3M, monthStart: 1`).
 * Neither: the day of the act itself.
 */
export interface DelayRule {
  readonly offset?: IsoDuration | undefined;
  readonly monthStart?: number | undefined;
}

/**
 * The zod schema for `monthStart` (a `DelayRule`'s N: "on the first day of the Nth month following
 * `after`"), a whole number of months from 1 to 1200; its messages name what the months follow.
 */
export function MonthStart(after: string) {
  return z
    .number()
    .int(`monthStart is a whole number of months: 1 for the month after ${after}`)
    .min(1, `monthStart counts months from 1 (the month after ${after})`)
    .max(1200, 'monthStart is at most 1200 months (a hundred years)');
}

/**
 * The day an act of `date` takes effect under `rule`, or null past 9999-12-31. The month-start
 * rounding counts whole calendar months from the month the (offset) day falls in, whatever its day:
 * an act of 29, 30 or 31 January with `monthStart: 1` takes effect on 1 February, one of 1 January
 * on 1 February too; 2024-01-31 + P1M is 2024-02-29 (constrained), and then `monthStart: 1` gives
 * 2024-03-01.
 */
export function delayWithin(date: IsoDate, rule: DelayRule): IsoDate | null {
  const shifted = rule.offset === undefined ? partsOf(date) : movePartsBySpan(partsOf(date), spanOf(rule.offset), 1);
  if (rule.monthStart === undefined) return dateWithin(shifted);
  return dateWithin(addMonths({ year: shifted.year, month: shifted.month, day: 1 }, rule.monthStart));
}

/** The rule in words: "on the day of the act", "P30D after the act", "on the first day of the 1st month following P3M after the act". */
export function describeDelay(rule: DelayRule, act = 'the act'): string {
  const base = rule.offset === undefined ? act : `${rule.offset} after ${act}`;
  if (rule.monthStart === undefined) return rule.offset === undefined ? `on the day of ${act}` : base;
  return `on the first day of the ${ordinal(rule.monthStart)} month following ${base}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

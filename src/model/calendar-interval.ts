/**
 * Half-open intervals of calendar days, `[from, to)`: `from` is the first day in the interval, `to`
 * the first day after it, and `to: null` means the interval has no end (yet). Half-open intervals
 * meet without overlapping: a term [1961-09-10, 1971-09-10) and the next [1971-09-10, 1976-09-10)
 * share no day and leave none out, and "in force for ten years from D" is [D, D + P10Y).
 */
import { z } from 'zod';
import { addDays, daysBetween, earlierOf, IsoDate, laterOf } from './calendar-date.js';

export interface Interval {
  from: IsoDate;
  /** The first day no longer in the interval; null for an open interval. */
  to: IsoDate | null;
}

/** The zod schema for an interval: `to`, when given, must come after `from` (an interval holds at least one day). */
export const Interval = z.object({ from: IsoDate, to: IsoDate.nullable() }).superRefine((interval, ctx) => {
  if (interval.to !== null && interval.to <= interval.from) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `interval [${interval.from}, ${interval.to}) holds no day: "to" is the first day after the interval and must come after "from"`,
    });
  }
});

/** from ≤ date < to; an open interval contains every day from `from` on. */
export function contains(interval: Interval, date: IsoDate): boolean {
  return interval.from <= date && (interval.to === null || date < interval.to);
}

export function isEmptyInterval(interval: Interval): boolean {
  return interval.to !== null && interval.to <= interval.from;
}

/** The days both intervals hold, or null if they share none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const from = laterOf(a.from, b.from);
  const to = a.to === null ? b.to : b.to === null ? a.to : earlierOf(a.to, b.to);
  const common = { from, to };
  return isEmptyInterval(common) ? null : common;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return intersect(a, b) !== null;
}

/** The last day the interval holds (`to` − 1 day), or null for an open interval. */
export function lastDayOf(interval: Interval): IsoDate | null {
  return interval.to === null ? null : addDays(interval.to, -1);
}

/** How many days the interval holds, or null for an open interval. */
export function lengthInDays(interval: Interval): number | null {
  if (interval.to === null) return null;
  return isEmptyInterval(interval) ? 0 : daysBetween(interval.from, interval.to);
}

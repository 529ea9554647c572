/**
 * The network page's days: the slider moves over whole days (day numbers since 1970-01-01, in UTC,
 * so no date moves with the viewer's time zone), between the corpus's first signature and today.
 */
import { chartTime, dateOfChartTime } from './dates.js';

const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a day of the calendar written YYYY-MM-DD (1985-02-29 is not). */
export function isCalendarDate(text: string): boolean {
  return ISO_DATE.test(text) && Number(text.slice(0, 4)) >= 1 && dateOfChartTime(chartTime(text)) === text;
}

/** Days since 1970-01-01 (negative before). */
export function dayIndex(date: string): number {
  return Math.round(chartTime(date) / DAY);
}

export function dateOfDayIndex(day: number): string {
  return dateOfChartTime(day * DAY);
}

export interface DateRange {
  min: string;
  max: string;
}

/**
 * The days the slider covers: from the earliest of the corpus's dates (its first signature) to the
 * latest of them or today, whichever is later (a date in the future is no fact yet).
 */
export function networkDateRange(corpusDates: readonly string[], today: string): DateRange {
  const sorted = [...corpusDates, today].sort();
  return { min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** A day inside the range: the nearest end for a day outside it. */
export function clampDate(date: string, range: DateRange): string {
  return date < range.min ? range.min : date > range.max ? range.max : date;
}

/** The days of the corpus just before and just after `date` (where the picture may change), if any. */
export function neighbourDates(dates: readonly string[], date: string): { previous?: string; next?: string } {
  const sorted = [...new Set(dates)].sort();
  const previous = sorted.filter((d) => d < date).pop();
  const next = sorted.find((d) => d > date);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** What the treaties' timelines say of when things change: status intervals, parties' intervals, pair suspensions. */
export interface TimelineDates {
  intervals: readonly { from: string | null; to: string | null }[];
  parties: readonly { intervals: readonly { from: string | null; to: string | null }[] }[];
  suspensions?: readonly { from: string; to: string | null }[] | undefined;
}

/** The days on which the network may change: every first day of a treaty's, a party's or a suspension's interval, and every first day after one. */
export function networkChangeDates(timelines: readonly TimelineDates[]): string[] {
  const days = new Set<string>();
  const add = (interval: { from: string | null; to: string | null }) => {
    if (interval.from) days.add(interval.from);
    if (interval.to) days.add(interval.to);
  };
  for (const t of timelines) {
    t.intervals.forEach(add);
    for (const p of t.parties) p.intervals.forEach(add);
    t.suspensions?.forEach(add);
  }
  return [...days].sort();
}

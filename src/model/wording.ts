/**
 * One wording of time for every face (issue 19): a span is said "from D1 to D2 (last day D3)", D2
 * being the first day it no longer holds and D3 the day before; a deadline is said by its last day.
 * The half-open notation `[from, to)` stays in JSON, never in prose. The web app has the same rules in
 * `src/faces/web/lib/wording.ts` (it may not import runtime code); a test keeps the two alike.
 */
import { addDays, type IsoDate } from './calendar-date.js';

/** The last day of a span whose first day out is `end` (half-open end); null if `end` is open. */
export function lastDayBefore(end: IsoDate | null): IsoDate | null {
  return end === null ? null : addDays(end, -1);
}

/** "from D1 to D2 (last day D3)", "from D1 (open-ended)", or "to D2 (last day D3)" when `from` is null. */
export function spanInWords(from: IsoDate | null, end: IsoDate | null): string {
  const tail = end === null ? '' : `to ${end} (last day ${lastDayBefore(end)})`;
  if (from === null) return tail || 'at no known time';
  return end === null ? `from ${from} (open-ended)` : `from ${from} ${tail}`;
}

/** "from D1" or "from D1 to D2 (last day D3)": a span whose end may not be known yet (no "open-ended" claimed). */
export function fromTo(from: IsoDate, to: IsoDate | null): string {
  return to === null ? `from ${from}` : spanInWords(from, to);
}

/** "to D2 (last day D3)": a span's end said with its last day. */
export function endInWords(end: IsoDate): string {
  return `to ${end} (last day ${lastDayBefore(end)})`;
}

/** "by D (last day)": a deadline said by its last day, the day a notice or an act is still in time. */
export function deadlineInWords(lastDay: IsoDate): string {
  return `by ${lastDay} (last day)`;
}

/**
 * One wording of time, as every face says it (src/model/wording.ts has the same rules; a test keeps
 * the two alike): "from D1 to D2 (last day D3)", "by D (last day)". The half-open `[from, to)` is for
 * JSON only. Plain calendar arithmetic on UTC days, so no date moves with the viewer's time zone.
 */
import { chartTime, dateOfChartTime } from './dates.js';

const DAY = 86_400_000;

/** The last day of a span whose first day out is `end`; null if `end` is open. */
export function lastDayBefore(end: string | null): string | null {
  return end === null ? null : dateOfChartTime(chartTime(end) - DAY);
}

/** "from D1 to D2 (last day D3)", "from D1 (open-ended)", or "to D2 (last day D3)" when `from` is null. */
export function spanInWords(from: string | null, end: string | null): string {
  const tail = end === null ? '' : `to ${end} (last day ${lastDayBefore(end)})`;
  if (from === null) return tail || 'at no known time';
  return end === null ? `from ${from} (open-ended)` : `from ${from} ${tail}`;
}

/** "to D2 (last day D3)": a span's end said with its last day. */
export function endInWords(end: string): string {
  return `to ${end} (last day ${lastDayBefore(end)})`;
}

/** "by D (last day)": a deadline said by its last day. */
export function deadlineInWords(lastDay: string): string {
  return `by ${lastDay} (last day)`;
}

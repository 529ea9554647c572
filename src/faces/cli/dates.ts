/**
 * Dates in the CLI's tables, by the one wording of time (model/wording.ts): an interval's end is shown
 * as its last day, never as the half-open `to` of the JSON, and a duty's deadline as the last day in time.
 */
import { lastDayBefore, type IsoDate } from '../../model/index.js';

/**
 * The last day before `to` (an interval's first day out, or a duty's first day late); for no end,
 * `open` ("…" by default: an open interval; '' for a duty without a deadline).
 */
export function lastDayCell(to: IsoDate | null, open = '…'): string {
  return to === null ? open : lastDayBefore(to)!;
}

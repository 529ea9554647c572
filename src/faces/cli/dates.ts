/**
 * Dates in the CLI's tables, by the one wording of time (model/wording.ts): an interval's end is shown
 * as its last day, never as the half-open `to` of the JSON, and a duty's deadline as the last day in time.
 */
import { lastDayBefore, type IsoDate } from '../../model/index.js';

/** The last day of an interval ending before `to` (its first day out); "…" for an open end. */
export function lastDayCell(to: IsoDate | null): string {
  return to === null ? '…' : lastDayBefore(to)!;
}

/** The last day to perform a duty whose first day late is `deadline`; '' for none. */
export function dueCell(deadline: IsoDate | null): string {
  return deadline === null ? '' : lastDayBefore(deadline)!;
}

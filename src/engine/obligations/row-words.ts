/**
 * A duty's row in words, by the one wording of time (model/wording.ts): a span "from D1 to D2 (last
 * day D3)", a deadline by its last day, and an outcome that happened on a day said on that day. A row's
 * `to` is the first day it no longer holds and an obligation's `deadline` the first day late, so
 * neither is said bare.
 */
import { deadlineInWords, fromTo, lastDayBefore, type IsoDate, type ObligationResult } from '../../model/index.js';

/** "by D (last day)" for an obligation whose first day late is `deadline`. */
export function byLastDay(deadline: IsoDate): string {
  return deadlineInWords(lastDayBefore(deadline)!);
}

/** "due by D (last day)" for an obligation whose first day late is `deadline`. */
export function dueInWords(deadline: IsoDate): string {
  return `due ${byLastDay(deadline)}`;
}

type Row = Pick<ObligationResult, 'outcome' | 'from' | 'to' | 'deadline'>;

/**
 * "discharged on 2025-03-01 (owed from 2025-02-20)", "breached: not performed by 2024-07-09 (last day)
 * (owed from 2024-07-02)", "active from 2024-07-02, due by 2024-07-09 (last day)", "kept from D1 to D2
 * (last day D3)", "breached on D" (a forbidden act), "not-triggered".
 */
export function rowInWords(row: Row): string {
  const { outcome, from, to, deadline } = row;
  if (from === null) return outcome;
  const owed = `owed from ${from}`;
  switch (outcome) {
    case 'discharged':
      return to === null ? `discharged (${owed})` : `discharged on ${to} (${owed})`;
    case 'breached':
      if (deadline !== null) return `breached: not performed ${byLastDay(deadline)} (${owed})`;
      return to === from ? `breached on ${from}` : `breached ${fromTo(from, to)}`;
    case 'lapsed':
      return to === null ? `lapsed (${owed})` : `lapsed on ${to} (${owed}, last day owed ${lastDayBefore(to)})`;
    case 'kept':
      return to === from ? `kept on ${from}` : `kept ${fromTo(from, to)}`;
    case 'active':
      return `active ${fromTo(from, to)}${deadline !== null ? `, ${dueInWords(deadline)}` : ''}`;
    default:
      return `${outcome} ${fromTo(from, to)}`;
  }
}

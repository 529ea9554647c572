/**
 * An obligation's outcome in plain dates (the one wording of time, lib/wording.ts): "discharged on D
 * by EVENT", "active from D, due by D' (last day)", "breached: deadline passed, last day D'", "lapsed
 * on D". An obligation's `deadline` is the first day late: it is said by its last day. The event named
 * is the one of the explanation dated the day said; none is named where none is dated so.
 */
import type { ObligationResult } from '../api/types.js';
import { whyNotReason } from './whyNot.js';
import { deadlineInWords, lastDayBefore, spanInWords } from './wording.js';

type Dated = Pick<ObligationResult, 'outcome' | 'from' | 'to' | 'deadline'>;
type Row = Dated & Pick<ObligationResult, 'explanation'>;

/** The id of the explanation's event dated `day` (the last such one), if any. */
function eventOn(o: Row, day: string | null): string | null {
  if (day === null) return null;
  const steps = o.explanation.filter((s) => s.step === 'event' && s.event?.date === day);
  return steps.at(-1)?.event?.id ?? null;
}

const arose = (o: Dated) => (o.from ? ` (arose on ${o.from})` : '');

/**
 * A duty that arose, in plain dates: discharged, breached, lapsed, active or kept; `eventOn(day)` names
 * the event of the day said, where the caller knows it. Null for unknown, not-triggered and
 * not-applicable, which their reason says (each caller words its reason). The workbench's rows and the
 * compare page's cells both say outcomes through it.
 */
export function datedOutcomeInWords(o: Dated, eventOn: (day: string | null) => string | null = () => null): string | null {
  const by = (day: string | null) => {
    const id = eventOn(day);
    return id ? ` by ${id}` : '';
  };
  switch (o.outcome) {
    case 'discharged':
      return `discharged on ${o.to ?? 'an unknown day'}${by(o.to)}${arose(o)}`;
    case 'breached':
      if (o.deadline) return `breached: deadline passed, last day ${lastDayBefore(o.deadline)}${arose(o)}`;
      return `breached on ${o.to ?? o.from ?? 'an unknown day'}${by(o.to ?? o.from)}`;
    case 'lapsed':
      return `lapsed on ${o.to ?? 'an unknown day'}${arose(o)}`;
    case 'active':
      return `active ${spanInWords(o.from, o.to)}${o.deadline ? `, due ${deadlineInWords(lastDayBefore(o.deadline)!)}` : ''}`;
    case 'kept':
      return `kept: no forbidden act ${spanInWords(o.from, o.to)}`;
    default:
      return null;
  }
}

export function outcomeInWords(o: Row): string {
  const dated = datedOutcomeInWords(o, (day) => eventOn(o, day));
  if (dated !== null) return dated;
  const reason = whyNotReason(o);
  if (o.outcome === 'unknown')
    return o.from ? `unknown, ${spanInWords(o.from, o.to)}: ${lowerFirst(reason)}` : `unknown: ${lowerFirst(reason)}`;
  return reason;
}

function lowerFirst(text: string): string {
  return text ? text[0]!.toLowerCase() + text.slice(1) : text;
}

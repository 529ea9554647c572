/**
 * An obligation's outcome in plain dates (the one wording of time, lib/wording.ts): "discharged on D
 * by EVENT", "active from D, due by D' (last day)", "breached: deadline passed, last day D'", "lapsed
 * on D". An obligation's `deadline` is the first day late: it is said by its last day. The event named
 * is the one of the explanation dated the day said; none is named where none is dated so.
 */
import type { ObligationResult } from '../api/types.js';
import { whyNotReason } from './whyNot.js';
import { lastDayBefore, spanInWords } from './wording.js';

type Row = Pick<ObligationResult, 'outcome' | 'from' | 'to' | 'deadline' | 'explanation'>;

/** The id of the explanation's event dated `day` (the last such one), if any. */
function eventOn(o: Row, day: string | null): string | null {
  if (day === null) return null;
  const steps = o.explanation.filter((s) => s.step === 'event' && s.event?.date === day);
  return steps.at(-1)?.event?.id ?? null;
}

const by = (id: string | null) => (id ? ` by ${id}` : '');
const arose = (o: Row) => (o.from ? ` (arose on ${o.from})` : '');

export function outcomeInWords(o: Row): string {
  const due = o.deadline ? `, due by ${lastDayBefore(o.deadline)} (last day)` : '';
  switch (o.outcome) {
    case 'discharged':
      return `discharged on ${o.to ?? 'an unknown day'}${by(eventOn(o, o.to))}${arose(o)}`;
    case 'breached':
      if (o.deadline) return `breached: deadline passed, last day ${lastDayBefore(o.deadline)}${arose(o)}`;
      return `breached on ${o.to ?? o.from ?? 'an unknown day'}${by(eventOn(o, o.to ?? o.from))}`;
    case 'lapsed':
      return `lapsed on ${o.to ?? 'an unknown day'}${arose(o)}`;
    case 'active':
      return `active ${spanInWords(o.from, o.to)}${due}`;
    case 'kept':
      return `kept: no forbidden act ${spanInWords(o.from, o.to)}`;
    case 'unknown':
      return o.from ? `unknown, ${spanInWords(o.from, o.to)}: ${lowerFirst(whyNotReason(o))}` : `unknown: ${lowerFirst(whyNotReason(o))}`;
    case 'not-triggered':
    case 'not-applicable':
      return whyNotReason(o);
  }
}

function lowerFirst(text: string): string {
  return text ? text[0]!.toLowerCase() + text.slice(1) : text;
}

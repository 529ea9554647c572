/**
 * Entry into force (docs/lifecycle.md): the day the treaty enters into force and, for each state
 * bound from the start or later (a threshold's later instruments, accessions), the day it is bound
 * and why. A missing act or an unknown clause is said, never assumed.
 */
import {
  type Citation,
  delayWithin,
  describeDelay,
  type DelayRule,
  type EntryIntoForce,
  type ExplanationStep,
  type IsoDate,
  LAST_DATE,
  laterOf,
} from '../../model/index.js';
import { describeEvent, eventStep, provisionStep } from '../explain.js';
import type { TimelineEvent } from '../event-index/index.js';
import { coversAllParties, firstActs, own, type LifecycleScope, type PartyAct } from './acts.js';

export interface PartyStart {
  from: IsoDate;
  steps: ExplanationStep[];
}

export type Entry =
  | { kind: 'unknown'; steps: ExplanationStep[] }
  /** No act puts it in force (none recorded, a threshold not reached, or past the calendar's end). */
  | { kind: 'none'; steps: ExplanationStep[]; warning: string }
  | { kind: 'in-force'; date: IsoDate; basis: ExplanationStep[]; starts: Map<string, PartyStart> };

const words = (type: string) => type.replace(/-/g, ' ');

/** The rule's own step: its provision and quote, or who attests it. */
export function entryRuleStep(scope: LifecycleScope): ExplanationStep {
  const t = scope.treaty.treaty;
  const clause = t.lifecycle.entryIntoForce;
  const provision = clause.provision ? t.provisions.find((p) => p.id === clause.provision) : undefined;
  if (provision)
    return provisionStep(scope.treaty, provision, `Entry into force rule, ${articleLabel(provision.article)}: "${provision.quote.text}"`);
  const what =
    clause.unknown !== undefined
      ? 'Entry into force'
      : clause.date !== undefined
        ? `Entry into force on ${clause.date}`
        : `Entry into force on the ${words(clause.event!)}`;
  const attested = clause.attestedBy ? attestation(clause.attestedBy) : 'no source';
  return { step: 'rule', text: `${what} (${attested})` };
}

/** Who reports a clause the source does not carry, with their note: "Interfax quoting KCNA: Article 22 …". */
export function attestation(citation: Citation): string {
  return `${citation.cite}${citation.note ? `: ${citation.note}` : ''}`;
}

/** The act takes effect on its own day: no offset, month-start rounding or "whichever is later". */
const onTheDay = (clause: EntryIntoForce): boolean =>
  clause.offset === undefined && clause.monthStart === undefined && clause.notBefore === undefined;

export function articleLabel(article: string): string {
  return article === 'unknown' ? 'unnumbered clause' : `Article ${article}`;
}

const delayOf = (clause: EntryIntoForce): DelayRule => ({ offset: clause.offset, monthStart: clause.monthStart });

/** The day an act puts the treaty in force under the clause (with notBefore), or null past the calendar. */
function effectOf(clause: EntryIntoForce, date: IsoDate): IsoDate | null {
  const moved = delayWithin(date, delayOf(clause));
  return moved === null ? null : clause.notBefore ? laterOf(moved, clause.notBefore) : moved;
}

function effectText(clause: EntryIntoForce, act: string, day: IsoDate): string {
  const rule = describeDelay(delayOf(clause), act);
  const notBefore = clause.notBefore ? `, or on ${clause.notBefore}, whichever is later` : '';
  return `${rule}${notBefore}: ${day}`;
}

export function computeEntry(scope: LifecycleScope): Entry {
  const t = scope.treaty.treaty;
  const clause = t.lifecycle.entryIntoForce;
  const rule = entryRuleStep(scope);
  if (clause.unknown !== undefined) {
    return { kind: 'unknown', steps: [rule, { step: 'missing-fact', text: `Entry into force unknown: ${clause.unknown}` }] };
  }
  if (clause.date !== undefined) {
    const basis = [rule, { step: 'lifecycle' as const, text: `In force from ${clause.date}, the date the clause fixes.` }];
    return { kind: 'in-force', date: clause.date, basis, starts: new Map(t.parties.map((p) => [p, { from: clause.date!, steps: basis }])) };
  }
  const type = clause.event!;
  if (clause.threshold) return thresholdEntry(scope, clause, rule);

  const act = own(scope, type).find((e) => coversAllParties(e, scope));
  if (!act) {
    const text = `No ${words(type)} event is recorded for ${t.id}: its entry into force is unknown, not assumed; it is treated as not in force.`;
    return {
      kind: 'none',
      steps: [rule, { step: 'missing-fact', text }],
      warning: `${t.id}: no recorded entry into force; treated as not in force (entry into force unknown, not assumed)`,
    };
  }
  const date = effectOf(clause, act.date);
  if (date === null) return beyondCalendar(scope, rule, act);
  const basis = [
    rule,
    eventStep(
      act,
      onTheDay(clause) ? `In force from ${date}: ${describeEvent(act)}` : `In force ${effectText(clause, describeEvent(act), date)}`,
    ),
  ];
  return { kind: 'in-force', date, basis, starts: new Map(t.parties.map((p) => [p, { from: date, steps: basis }])) };
}

function beyondCalendar(scope: LifecycleScope, rule: ExplanationStep, act: TimelineEvent): Entry {
  const steps = [
    rule,
    eventStep(act, `${describeEvent(act)}: the treaty would enter into force after ${LAST_DATE}, the last day of the calendar.`),
  ];
  return { kind: 'none', steps, warning: `${scope.treaty.treaty.id}: entry into force after ${LAST_DATE}; treated as not in force` };
}

/**
 * A threshold: in force once N states' instruments are in, the named ones among them, for those
 * states; each later one from its own instrument by the later-party rule.
 */
function thresholdEntry(scope: LifecycleScope, clause: EntryIntoForce, rule: ExplanationStep): Entry {
  const threshold = clause.threshold!;
  const instruments = firstActs(scope, clause.event);
  const counted = new Set<string>();
  let reached: PartyAct | undefined;
  let index = -1;
  for (const [i, act] of instruments.entries()) {
    counted.add(act.party);
    if (counted.size >= threshold.instruments && threshold.including.every((s) => counted.has(s))) {
      reached = act;
      index = i;
      break;
    }
  }
  const needs = `${threshold.instruments} instruments${threshold.including.length ? `, including those of ${threshold.including.join(', ')}` : ''}`;
  if (!reached) {
    const missing = threshold.including.filter((s) => !counted.has(s));
    const text = `The treaty enters into force when ${needs} have been deposited; ${instruments.length} recorded${missing.length ? `, none by ${missing.join(', ')}` : ''}: not in force.`;
    return {
      kind: 'none',
      steps: [rule, { step: 'missing-fact', text }],
      warning: `${scope.treaty.treaty.id}: threshold for entry into force not reached (${instruments.length} of ${needs}); treated as not in force`,
    };
  }
  const date = effectOf(clause, reached.event.date);
  if (date === null) return beyondCalendar(scope, rule, reached.event);
  const thresholdStep = eventStep(
    reached.event,
    `Threshold reached: ${describeEvent(reached.event)} made ${needs}; in force ${
      onTheDay(clause) ? `from that day, ${date}` : effectText(clause, 'that day', date)
    }`,
  );
  const basis = [rule, thresholdStep];
  const starts = new Map<string, PartyStart>();
  for (const [i, act] of instruments.entries()) {
    if (i <= index)
      starts.set(act.party, { from: date, steps: [...basis, eventStep(act.event, `Instrument: ${describeEvent(act.event)}`)] });
    else {
      const start = laterStart(clause, date, act.event, 'instrument', rule);
      if (start) starts.set(act.party, start);
    }
  }
  return { kind: 'in-force', date, basis, starts };
}

/** When a later instrument (a late ratification, an accession) binds its state: by the later-party rule, never before entry into force. */
export function laterStart(
  clause: EntryIntoForce,
  entry: IsoDate,
  event: TimelineEvent,
  what: string,
  rule: ExplanationStep,
): PartyStart | undefined {
  const laterRule: DelayRule = clause.laterParties ?? delayOf(clause);
  const moved = delayWithin(event.date, laterRule);
  if (moved === null) return undefined;
  const from = laterOf(moved, entry);
  const waits = from !== moved ? `, not before the treaty's entry into force on ${entry}` : '';
  return {
    from,
    steps: [
      rule,
      eventStep(
        event,
        `Bound from ${from}: ${what}, ${describeEvent(event)}; it takes effect ${describeDelay(laterRule, 'the instrument')}${waits}`,
      ),
    ],
  };
}

/**
 * A treaty's status over time in one run: entry into force derived from its clause and the events,
 * the terms and end from the duration clause and the notices, each with its explanation. A missing
 * fact (no exchange of ratifications) leaves the treaty not in force, and says so.
 */
import {
  addDurationWithin,
  type CompiledTreaty,
  type DurationClause,
  type ExplanationStep,
  type IsoDate,
  LAST_DATE,
  type LifecycleNotice,
  statesIn,
  type StatusIntervalJson,
} from '../model/index.js';
import {
  computeLifecycle,
  noticeDeadline,
  termRuleOf,
  type Lifecycle,
  type LifecycleInput,
  type TerminationCause,
} from './lifecycle/index.js';
import { describeEvent, eventStep, provisionStep } from './explain.js';
import type { Successions } from './succession.js';
import type { TimelineEvent, TreatyEvents } from './event-index/index.js';

export interface TreatyLifecycle {
  treatyId: string;
  entryEvent?: TimelineEvent;
  entryIntoForce?: IsoDate;
  input?: LifecycleInput;
  lifecycle?: Lifecycle;
  /** Half-open spans in which the treaty is in force, merged across terms. */
  inForce: { from: IsoDate; to: IsoDate | null }[];
  intervals: StatusIntervalJson[];
  /** Per party, for a treaty a party may leave alone (`lifecycle.perParty`). */
  parties?: { party: string; intervals: StatusIntervalJson[] }[];
  /** The same per party, as the spans in which it is a party, each with why it stopped being one (if it did). */
  participation?: Map<string, Participation[]>;
  /** Why it is in force at all: the entry-into-force facts, for every explanation that rests on them. */
  basis: ExplanationStep[];
  noticeEvents: Map<string, TimelineEvent>;
  /** Notices by a state that acted for no party on the day they were given: not counted. */
  ignoredNotices: TimelineEvent[];
}

/** Does this event concern this treaty? Recorded history says so; a scenario event says so or names its parties. */
function concerns(event: TimelineEvent, treaty: CompiledTreaty, successions: Successions): boolean {
  if (event.origin) return event.origin.treaty === treaty.treaty.id;
  if (event.treaty) return event.treaty === treaty.treaty.id;
  const parties = treaty.treaty.parties;
  const named = [...statesIn(event, 'by'), ...statesIn(event, 'parties'), ...statesIn(event, 'to')];
  return named.length > 0 && named.every((s) => successions.countsAs(s, parties, event.date) !== undefined);
}

/** A span in which a state is a party to a treaty it may leave alone, and why it ended. */
export interface Participation {
  from: IsoDate;
  to: IsoDate | null;
  /** The explanation of the status that followed (the withdrawal), when it ended. */
  endedBecause?: ExplanationStep[];
}

/** The in-force spans of a party's status intervals, merged across terms, each with the explanation of its end. */
function participationOf(intervals: readonly StatusIntervalJson[]): Participation[] {
  const spans: Participation[] = [];
  for (const i of intervals) {
    const last = spans[spans.length - 1];
    if (i.status === 'in-force' && i.from !== null) {
      if (last && last.to === i.from) last.to = i.to;
      else spans.push({ from: i.from, to: i.to });
    } else if (i.status === 'terminated' && last && last.to === i.from) last.endedBecause = i.explanation;
  }
  return spans;
}

export function treatyLifecycle(treaty: CompiledTreaty, events: TreatyEvents, successions: Successions, until: IsoDate): TreatyLifecycle {
  const t = treaty.treaty;
  const clause = t.lifecycle;
  // Only three kinds of event make a lifecycle: the entry-into-force act, notices, agreed ends.
  const own = (type: string | undefined) => (type === undefined ? [] : events.ofType(type).filter((e) => concerns(e, treaty, successions)));
  const entryEvent = own(clause.entryIntoForce.event).find((e) => coversAllParties(e, treaty, successions));
  const entryProvision = clause.entryIntoForce.provision ? t.provisions.find((p) => p.id === clause.entryIntoForce.provision) : undefined;
  const ruleStep: ExplanationStep = entryProvision
    ? provisionStep(treaty, entryProvision, `Entry into force rule, Article ${entryProvision.article}: "${entryProvision.quote.text}"`)
    : {
        step: 'rule',
        text: `Entry into force on the ${clause.entryIntoForce.event.replace(/-/g, ' ')} (${clause.entryIntoForce.attestedBy?.cite ?? 'no source'}${clause.entryIntoForce.attestedBy?.note ? `: ${clause.entryIntoForce.attestedBy.note}` : ''})`,
      };

  const noticeEvents = new Map<string, TimelineEvent>();
  if (!entryEvent) {
    const missing: ExplanationStep = {
      step: 'missing-fact',
      text: `No ${clause.entryIntoForce.event.replace(/-/g, ' ')} event is recorded for ${t.id}: its entry into force is unknown, not assumed; it is treated as not in force.`,
    };
    return {
      treatyId: t.id,
      inForce: [],
      intervals: [{ status: 'not-in-force', from: null, to: null, term: null, explanation: [ruleStep, missing] }],
      basis: [ruleStep, missing],
      noticeEvents,
      ignoredNotices: [],
    };
  }
  const entryIntoForce = clause.entryIntoForce.offset ? addDurationWithin(entryEvent.date, clause.entryIntoForce.offset) : entryEvent.date;
  if (entryIntoForce === null) {
    const beyond: ExplanationStep[] = [
      ruleStep,
      eventStep(
        entryEvent,
        `${describeEvent(entryEvent)}: the treaty would enter into force ${clause.entryIntoForce.offset} later, after ${LAST_DATE}, the last day of the calendar.`,
      ),
    ];
    return {
      treatyId: t.id,
      inForce: [],
      intervals: [{ status: 'not-in-force', from: null, to: null, term: null, explanation: beyond }],
      basis: beyond,
      noticeEvents,
      ignoredNotices: [],
    };
  }
  const basis: ExplanationStep[] = [ruleStep, eventStep(entryEvent, `In force from ${entryIntoForce}: ${describeEvent(entryEvent)}`)];

  // A notice counts for the party its author acts for on its day; one by a state acting for no party
  // (the Russian Federation before it continued the USSR) is no notice under this treaty.
  const ignoredNotices: TimelineEvent[] = [];
  const notices: LifecycleNotice[] = [];
  for (const e of clause.noticeEvent ? own(clause.noticeEvent) : []) {
    if (e.by === undefined) continue;
    const by = successions.countsAs(e.by, t.parties, e.date);
    if (by === undefined) {
      ignoredNotices.push(e);
      continue;
    }
    noticeEvents.set(e.id, e);
    notices.push({ id: e.id, date: e.date, by });
  }
  const agreementEvents = own(clause.terminationEvent);
  const agreements = agreementEvents.map((e) => ({ id: e.id, date: e.date }));
  const input: LifecycleInput = { clause: clause.duration, entryIntoForce, notices, agreements, perParty: clause.perParty };
  const lifecycle = computeLifecycle(input, { until: until < entryIntoForce ? entryIntoForce : until });

  const durationProvision = clause.durationProvision ? t.provisions.find((p) => p.id === clause.durationProvision) : undefined;
  const durationStep = durationProvision
    ? provisionStep(
        treaty,
        durationProvision,
        `Duration rule, ${durationProvision.article === 'unknown' ? 'unnumbered clause' : `Article ${durationProvision.article}`}: "${durationProvision.quote.text}"`,
      )
    : undefined;

  const toJson = (lc: Lifecycle) =>
    statusIntervals(lc, clause.duration, entryIntoForce, ruleStep, basis, durationStep, noticeEvents, agreementEvents);
  const intervals = toJson(lifecycle);
  // A treaty a party may leave alone has a status per party too: a withdrawal ends only its author's participation.
  const parties = clause.perParty
    ? t.parties.map((party) => ({
        party,
        intervals: toJson(computeLifecycle(input, { until: until < entryIntoForce ? entryIntoForce : until, party })),
      }))
    : undefined;
  const inForce: { from: IsoDate; to: IsoDate | null }[] = [];
  for (const i of lifecycle.intervals) {
    if (i.status !== 'in-force') continue;
    const last = inForce[inForce.length - 1];
    if (last && last.to === i.from) last.to = i.to;
    else inForce.push({ from: i.from, to: i.to });
  }
  const participation = parties ? new Map(parties.map((p) => [p.party, participationOf(p.intervals)])) : undefined;
  return {
    treatyId: t.id,
    entryEvent,
    entryIntoForce,
    input,
    lifecycle,
    inForce,
    intervals,
    parties,
    participation,
    basis,
    noticeEvents,
    ignoredNotices,
  };
}

function coversAllParties(e: TimelineEvent, treaty: CompiledTreaty, successions: Successions): boolean {
  if (e.origin || e.treaty) return true;
  const covered = new Set(statesIn(e, 'parties').map((s) => successions.countsAs(s, treaty.treaty.parties, e.date)));
  return treaty.treaty.parties.every((p) => covered.has(p));
}

export function causeText(cause: TerminationCause): string {
  switch (cause.kind) {
    case 'expiry':
      return `expired at the end of term ${cause.term}`;
    case 'notice':
      return `notice ${cause.noticeId} by ${cause.by} of ${cause.givenOn}, ${cause.onTime ? 'in time' : 'too late for the term in which it was given; in time'} for term ${cause.inTimeForTerm} (deadline ${cause.deadline})`;
    case 'withdrawal':
      return `withdrawal notice ${cause.noticeId} by ${cause.by} of ${cause.givenOn}`;
    case 'agreement':
      return `termination agreed on ${cause.concludedOn} (${cause.agreementId})`;
  }
}

function causeSteps(cause: TerminationCause, notices: Map<string, TimelineEvent>, own: readonly TimelineEvent[]): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  if (cause.kind === 'notice' || cause.kind === 'withdrawal') {
    const e = notices.get(cause.noticeId);
    if (e) {
      const acting = e.by !== cause.by ? `, acting for ${cause.by} as its continuator` : '';
      steps.push(eventStep(e, `Notice given by ${e.by}${acting} on ${e.date}`));
    }
  }
  if (cause.kind === 'agreement') {
    const e = own.find((x) => x.id === cause.agreementId);
    if (e) steps.push(eventStep(e, `Termination agreed: ${describeEvent(e)}`));
  }
  if (cause.kind === 'notice') {
    steps.push({
      step: 'lifecycle',
      text: cause.onTime
        ? `The notice met the deadline of ${cause.deadline} for term ${cause.inTimeForTerm}, so the treaty ended with that term.`
        : `The notice missed the deadline for the term in which it was given; the first term it was in time for is term ${cause.inTimeForTerm} (deadline ${cause.deadline}), so the treaty ended with that term.`,
    });
  } else if (cause.kind === 'withdrawal') {
    const { by, noticePeriodEnds: periodEnds, minimumInForceEnds: minimumEnds } = cause;
    steps.push({
      step: 'lifecycle',
      text:
        minimumEnds === null
          ? `The withdrawal by ${by} took effect on ${periodEnds}, at the end of the notice period.`
          : `The withdrawal by ${by} took effect on ${minimumEnds > periodEnds ? minimumEnds : periodEnds}, the later of the end of the notice period (${periodEnds}) and the end of the minimum time in force (${minimumEnds}).`,
    });
  } else steps.push({ step: 'lifecycle', text: `Terminated: ${causeText(cause)}.` });
  return steps;
}

/** The status intervals of a computed lifecycle, each with its explanation. */
function statusIntervals(
  lifecycle: Lifecycle,
  clause: DurationClause,
  entryIntoForce: IsoDate,
  ruleStep: ExplanationStep,
  basis: ExplanationStep[],
  durationStep: ExplanationStep | undefined,
  noticeEvents: Map<string, TimelineEvent>,
  agreementEvents: readonly TimelineEvent[],
): StatusIntervalJson[] {
  // The last day a notice ends the treaty with a term: for the treaty office's calendar.
  const rule = termRuleOf(clause, entryIntoForce);
  const deadlineOf = (term: number | null) => (rule?.noticeBefore && term ? noticeDeadline(rule, term) : undefined);
  const basisSteps = durationStep ? basis.concat(durationStep) : basis;
  const intervals: StatusIntervalJson[] = [
    {
      status: 'not-in-force',
      from: null,
      to: entryIntoForce,
      term: null,
      explanation: [ruleStep, { step: 'lifecycle', text: `Not in force before ${entryIntoForce}.` }],
    },
  ];
  for (const interval of lifecycle.intervals) {
    if (interval.status === 'in-force') {
      const deadline = deadlineOf(interval.term);
      const termText = interval.term
        ? `term ${interval.term}, [${interval.from}, ${interval.termEnd ?? `beyond ${LAST_DATE}`})`
        : interval.continuesByRenewal
          ? `renewing every ${interval.continuesByRenewal.renewalTerm} from term ${interval.continuesByRenewal.fromTerm} on, unless notice is given`
          : 'without a time limit';
      intervals.push({
        status: 'in-force',
        from: interval.from,
        to: interval.to,
        term: interval.term,
        termEnd: interval.termEnd,
        ...(deadline ? { noticeDeadline: deadline } : {}),
        explanation: basisSteps.concat({ step: 'lifecycle', text: `In force, ${termText}.` }),
      });
    } else {
      intervals.push({
        status: 'terminated',
        from: interval.from,
        to: null,
        term: null,
        cause: causeText(interval.cause),
        explanation: basisSteps.concat(causeSteps(interval.cause, noticeEvents, agreementEvents)),
      });
    }
  }
  return intervals;
}

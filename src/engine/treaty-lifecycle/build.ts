/**
 * A treaty's lifecycle in one run (docs/lifecycle.md): entry into force and each state's own start,
 * the terms and end from the duration clause and the acts, provisional application, suspension,
 * unknowns, and each party's status over time, each interval with its explanation.
 */
import {
  boundAs,
  type CompiledTreaty,
  type ExplanationStep,
  type IsoDate,
  type LifecycleNotice,
  type PlainDurationClause,
  type StatusIntervalJson,
} from '../../model/index.js';
import type { TimelineEvent, TreatyEvents } from '../event-index/index.js';
import {
  computeLifecycle,
  type ComputableClause,
  type ExternalEnd,
  type Lifecycle,
  type LifecycleInput,
  type NoticeAssessment,
} from '../lifecycle/index.js';
import type { Successions } from '../succession.js';
import { own, partyOf, type LifecycleScope } from './acts.js';
import { attestation, computeEntry, entryRuleStep, type PartyStart } from './entry.js';
import { endedOnWords, lifecycleIntervals, notInForce, type CauseContext } from './explain.js';
import { accessionStarts, clauseStep, outsideEnds, provisionalSpans, suspensions } from './membership.js';
import { paint } from './paint.js';
import { successionStep } from './parties.js';
import {
  applyingSpans,
  boundFrom,
  participationOf,
  splitBySuccession,
  unknownSpans,
  withProvisional,
  withSuspensions,
  withUnknown,
} from './parties.js';
import type { TreatyLifecycle, UnknownSpan } from './types.js';

export interface LifecycleContext {
  events: TreatyEvents;
  successions: Successions;
  /** Original parties, then the states that acceded (from the events), each once. */
  members: readonly string[];
  /** How far to spell out renewing terms. */
  until: IsoDate;
  /** The reading a run takes of a contested term, with its step; undefined if the vocabulary lacks it. */
  reading: (term: string) => { reading: string; step: ExplanationStep } | undefined;
  /** The lifecycle of another treaty, for a treaty tied to it (computed first). */
  lifecycleOf: (treatyId: string) => TreatyLifecycle | undefined;
}

/** The duration clause under the run's reading, and the reading's step. */
function durationOf(treaty: CompiledTreaty, ctx: LifecycleContext): { clause: PlainDurationClause; steps: ExplanationStep[] } {
  const duration = treaty.treaty.lifecycle.duration;
  if (duration.type !== 'by-reading') return { clause: duration, steps: [] };
  const chosen = ctx.reading(duration.term);
  const clause = chosen ? duration.readings[chosen.reading] : undefined;
  if (!chosen || !clause)
    return {
      clause: {
        type: 'unknown',
        reason: `the clause under the reading "${chosen?.reading ?? '?'}" of "${duration.term}" is not formalized`,
      },
      steps: [],
    };
  return { clause, steps: [chosen.step] };
}

export function treatyLifecycle(treaty: CompiledTreaty, ctx: LifecycleContext): TreatyLifecycle {
  const t = treaty.treaty;
  const clauseOf = t.lifecycle;
  const scope: LifecycleScope = { treaty, events: ctx.events, successions: ctx.successions, members: ctx.members };
  const warnings: string[] = [];
  const entry = computeEntry(scope);
  const provisional = provisionalSpans(scope);
  const { whole, pairs } = suspensions(scope);
  const noticeEvents = new Map<string, TimelineEvent>();
  const finish = (parts: {
    intervals: StatusIntervalJson[];
    partyIntervals: Map<string, StatusIntervalJson[]>;
    basis: ExplanationStep[];
    entryIntoForce?: IsoDate;
    input?: LifecycleInput;
    withdrawalEnd?: (party: string, date: IsoDate) => boolean;
  }): TreatyLifecycle => {
    const intervals = provisional.size ? treatyProvisional(parts.intervals, parts.partyIntervals) : parts.intervals;
    const parties = ctx.members.map((party) => ({
      party,
      intervals: splitBySuccession(party, parts.partyIntervals.get(party)!, ctx.successions),
    }));
    return {
      treatyId: t.id,
      ...(parts.entryIntoForce !== undefined ? { entryIntoForce: parts.entryIntoForce } : {}),
      ...(parts.input ? { input: parts.input } : {}),
      inForce: applyingSpans(intervals),
      unknown: unknownSpans(intervals),
      intervals,
      members: [...ctx.members],
      parties,
      participation: new Map(
        parties.map((p) => [p.party, participationOf(p.intervals, (date) => parts.withdrawalEnd?.(p.party, date) ?? false)]),
      ),
      suspensions: pairs,
      basis: parts.basis,
      warnings,
    };
  };

  if (entry.kind === 'unknown') {
    const unknown: StatusIntervalJson = { status: 'unknown', from: null, to: null, term: null, explanation: entry.steps };
    return finish({ intervals: [unknown], partyIntervals: new Map(ctx.members.map((p) => [p, [unknown]])), basis: entry.steps });
  }
  if (entry.kind === 'none') {
    warnings.push(entry.warning);
    const none: StatusIntervalJson = { status: 'not-in-force', from: null, to: null, term: null, explanation: entry.steps };
    const partyIntervals = new Map(ctx.members.map((p) => [p, withProvisional([none], provisional.get(p), null, p)]));
    return finish({ intervals: [none], partyIntervals, basis: entry.steps });
  }

  const entryIntoForce = entry.date;
  const starts = entry.starts;
  accessionStarts(scope, entryIntoForce, starts);
  const { clause, steps: readingSteps } = durationOf(treaty, ctx);
  const durationProvision = clauseStep(scope, clauseOf.durationProvision, 'Duration rule');
  const basis = [...entry.basis, ...readingSteps, ...durationProvision];
  if (durationProvision.length === 0 && clauseOf.durationAttestedBy)
    basis.push({
      step: 'rule',
      text: `Duration (${attestation(clauseOf.durationAttestedBy)})`,
    });
  const ruleStep = entryRuleStep(scope);
  const before = notInForce(null, entryIntoForce, [ruleStep], `Not in force before ${entryIntoForce}.`);

  if (clause.type === 'unknown') {
    const unknown: StatusIntervalJson = {
      status: 'unknown',
      from: entryIntoForce,
      to: null,
      term: null,
      explanation: basis.concat({ step: 'missing-fact', text: `In force from ${entryIntoForce}; how long is unknown: ${clause.reason}.` }),
    };
    const partyIntervals = new Map(
      ctx.members.map((p) => {
        const start = starts.get(p);
        const own = start ? boundFrom(p, [before, unknown], entryIntoForce, start, basis.length) : [notBound(p, [ruleStep])];
        return [p, withProvisional(own, provisional.get(p), start?.from ?? null, p)];
      }),
    );
    return finish({ intervals: [before, unknown], partyIntervals, basis, entryIntoForce });
  }

  // Notices count for the party their author acts for on their day; one by a state acting for no
  // party (the Russian Federation before it continued the USSR) is no notice under this treaty.
  const notices: LifecycleNotice[] = [];
  for (const e of own(scope, clauseOf.noticeEvent)) {
    const by = partyOf(scope, e.by, e.date);
    if (e.by === undefined) continue;
    if (by === undefined) {
      warnings.push(`${t.id}: notice ${e.id} of ${e.date} by ${e.by} not counted: ${e.by} acted for no party to the treaty on that day`);
      continue;
    }
    noticeEvents.set(e.id, e);
    notices.push({ id: e.id, date: e.date, by });
  }
  const agreementEvents = own(scope, clauseOf.terminationEvent);
  const outside = outsideEnds(scope);
  const externalEnds: ExternalEnd[] = [...outside.ends];
  let tiedUnknown: UnknownSpan | undefined;
  if (clause.type === 'tied') {
    const other = ctx.lifecycleOf(clause.treaty);
    const ended = other?.intervals.find((i) => i.status === 'terminated')?.from;
    if (ended)
      externalEnds.push({ id: `tied:${clause.treaty}`, date: ended, cause: { kind: 'tied', treaty: clause.treaty, treatyEnded: ended } });
    const unsure = other?.unknown[0];
    if (!other || unsure) {
      const from = unsure && unsure.from > entryIntoForce ? unsure.from : entryIntoForce;
      const why = other
        ? `the status of ${clause.treaty}, which it lasts as long as, is unknown from ${unsure!.from}`
        : `${clause.treaty}, which it lasts as long as, is not evaluated`;
      tiedUnknown = { from, to: null, steps: basis.concat(other ? unsure!.steps : [], { step: 'missing-fact', text: `Unknown: ${why}.` }) };
    }
  }
  const causeContext: CauseContext = {
    notices: noticeEvents,
    events: new Map([...agreementEvents.map((e) => [e.id, e] as const), ...outside.events]),
    succession: (party, date) => {
      const link = ctx.successions.link(party, date);
      return link ? successionStep(link) : undefined;
    },
  };
  const computable: ComputableClause = clause;
  const inputOf = (ends: ExternalEnd[]): LifecycleInput => ({
    clause: computable,
    entryIntoForce,
    notices,
    agreements: agreementEvents.map((e) => ({ id: e.id, date: e.date })),
    perParty: clauseOf.perParty,
    externalEnds: ends,
  });
  let input = inputOf(externalEnds);
  const compute = () => {
    const treatyLc = computeLifecycle(input, { until: ctx.until < entryIntoForce ? entryIntoForce : ctx.until });
    const byParty = new Map(
      ctx.members.map((p) => [
        p,
        clauseOf.perParty
          ? computeLifecycle(input, { until: ctx.until < entryIntoForce ? entryIntoForce : ctx.until, party: p })
          : treatyLc,
      ]),
    );
    return { treatyLc, byParty };
  };
  let { treatyLc, byParty } = compute();
  const fewer = clauseOf.minimumParties ? tooFewParties(clauseOf.minimumParties.count, entryIntoForce, starts, byParty) : undefined;
  if (fewer) {
    input = inputOf([
      ...externalEnds,
      {
        id: 'minimum-parties',
        date: fewer.date,
        cause: { kind: 'too-few-parties', minimum: clauseOf.minimumParties!.count, remaining: fewer.remaining },
      },
    ]);
    ({ treatyLc, byParty } = compute());
  }
  const treatyEnd = treatyLc.end?.date ?? null;
  for (const assessed of treatyLc.notices)
    if (assessed.kind === 'ineffective') warnings.push(ineffectiveNotice(t.id, assessed, noticeEvents));

  const treatyIntervals = lifecycleIntervals(treatyLc, computable, basis, causeContext);
  let intervals = [before, ...treatyIntervals];
  intervals = withUnknown(withSuspensions(intervals, whole), tiedUnknown);
  const partyIntervals = new Map<string, StatusIntervalJson[]>();
  for (const p of ctx.members) {
    const partyLc = byParty.get(p)!;
    let start: PartyStart | undefined = starts.get(p);
    const partyEnd = partyLc.end?.date ?? null;
    if (start && partyEnd !== null && start.from >= partyEnd) {
      warnings.push(
        `${t.id}: ${p} would be bound from ${start.from}, but the treaty ${partyEnd === treatyEnd ? 'had ended' : `had ended for it`} ${endedOnWords(partyEnd)}: no effect`,
      );
      start = undefined;
    }
    let own = start
      ? boundFrom(
          p,
          // A party shares the treaty's intervals unless it may leave alone (then its own lifecycle).
          [before, ...(partyLc === treatyLc ? treatyIntervals : lifecycleIntervals(partyLc, computable, basis, causeContext))],
          entryIntoForce,
          start,
          basis.length,
        )
      : [notBound(p, [ruleStep])];
    own = withProvisional(own, provisional.get(p), start?.from ?? treatyEnd, p);
    partyIntervals.set(p, withUnknown(withSuspensions(own, whole), tiedUnknown));
  }
  const withdrawalEnd = (party: string, date: IsoDate) => clauseOf.perParty && date !== treatyEnd && byParty.get(party)?.end?.date === date;
  return finish({ intervals, partyIntervals, basis, entryIntoForce, input, withdrawalEnd });
}

/** Why a notice did nothing, in a run's warnings (the status intervals do not mention an act that changed nothing). */
function ineffectiveNotice(
  treatyId: string,
  assessed: Extract<NoticeAssessment, { kind: 'ineffective' }>,
  events: ReadonlyMap<string, TimelineEvent>,
): string {
  const { notice } = assessed;
  const by = boundAs(notice.by, events.get(notice.id)?.by ?? notice.by);
  const head = `${treatyId}: notice ${notice.id} of ${notice.date} by ${by} has no effect`;
  switch (assessed.reason) {
    case 'before-entry-into-force':
      return `${head}: it was given before the treaty entered into force`;
    case 'no-notice-provision':
      return `${head}: the treaty makes no provision for leaving it by notice (VCLT Art. 56)`;
    case 'after-termination':
      return `${head}: it was given after the treaty had ended`;
    case 'too-early':
      return `${head}: it was given too early, before ${assessed.allowedFrom ?? 'the end of the calendar'}, the first day the treaty allows a notice`;
  }
}

function notBound(party: string, steps: ExplanationStep[]): StatusIntervalJson {
  return notInForce(
    null,
    null,
    steps,
    `${party} is not bound: no instrument of its by which the treaty entered into force for it is recorded.`,
  );
}

/** The first day a party's leaving left fewer than `minimum` bound, and how many remained. */
function tooFewParties(
  minimum: number,
  entry: IsoDate,
  starts: ReadonlyMap<string, PartyStart>,
  byParty: ReadonlyMap<string, Lifecycle>,
): { date: IsoDate; remaining: number } | undefined {
  const spans = [...starts.entries()].map(([p, s]) => ({ from: s.from, to: byParty.get(p)?.end?.date ?? null }));
  const days = [...new Set(spans.flatMap((s) => (s.to !== null && s.to >= entry ? [s.to] : [])))].sort();
  for (const day of days) {
    const remaining = spans.filter((s) => s.from <= day && (s.to === null || day < s.to)).length;
    if (remaining < minimum) return { date: day, remaining };
  }
  return undefined;
}

/** The treaty as a whole is provisionally applied before entry into force on the days any state applies it. */
function treatyProvisional(
  intervals: StatusIntervalJson[],
  partyIntervals: ReadonlyMap<string, StatusIntervalJson[]>,
): StatusIntervalJson[] {
  let out = intervals;
  for (const list of partyIntervals.values())
    for (const i of list)
      if (i.status === 'provisionally-applied')
        out = paint(out, i.from, i.to, (part) =>
          part.status === 'not-in-force' ? { ...part, status: 'provisionally-applied', explanation: i.explanation } : null,
        );
  return out;
}

/**
 * Outcomes of obligations and prohibitions for each binding of their roles to parties.
 *
 * Obligation with an act: `active` from its trigger; `discharged` by a matching act before the
 * deadline; `breached` when the deadline (given by the reading of its timing term) passes first;
 * `lapsed` when the trigger (or the treaty) ends first. A standing duty (`continuing`) is `active`
 * for as long as the treaty is in force. A prohibition is `breached` by each forbidden act on a day
 * it applies, and `kept` over the time it applied with none.
 *
 * Under a treaty a party may leave alone (`lifecycle.perParty`), a duty binds only parties: none
 * arises for or is owed to a state that has left, and one in course ends (lapses) the day its
 * bearer or beneficiary leaves; a joint duty is borne by the parties of the day it arises.
 *
 * Cost: the acts that can perform a duty are selected once per provision and binding from the
 * events of the act's type done by the bearer (TreatyEvents), then found by date.
 */
import type { IsoDate } from '../model/calendar.js';
import type { CompiledTreaty } from '../model/compiled.js';
import type { Provision } from '../model/provision.js';
import type { ExplanationStep, ObligationResult } from '../model/results.js';
import type { ReadingChoice, VocabularyFile } from '../model/vocabulary.js';
import { codeTest, type Side } from './act-codes.js';
import { StepCache } from './explain.js';
import { ANY_FIELD, COL, compareStrings, dayKey, eventKinds, MANY, NONE, type PositionTest, STRIDE, type Selection, type TimelineEvent, type TreatyEvents } from './timeline.js';
import type { Participation, TreatyLifecycle } from './treaty-lifecycle.js';
import { triggerEpisodes, type Binding, type Episode, type TriggerContext } from './triggers.js';

/** How many acts of performance of a standing duty its explanation cites one by one. */
export const PERFORMANCE_STEPS_SHOWN = 3;

export interface ObligationContext extends TriggerContext {
  treaty: CompiledTreaty;
  lifecycle: TreatyLifecycle;
  vocabulary: VocabularyFile;
  choice: ReadingChoice;
  /** Shared explanation steps (one per evaluation); a fresh one if absent. */
  steps?: StepCache;
}

interface Instance {
  bearers: string[];
  beneficiary: string | null;
  /** The positions of the acts that perform this instance's duty, once looked up (instances are shared by the episodes of one binding). */
  acts?: readonly number[];
}

/** The groups of parties a role stands for under a binding (null: no such role). */
function resolveRole(role: string | undefined, binding: Binding, parties: readonly string[]): string[][] | null {
  if (role === undefined) return null;
  if (role === 'each-party') return parties.map((p) => [p]);
  if (role === 'all-parties') return [[...parties]];
  if (role === 'other-party') return [];
  const bound = binding[role];
  return bound ? [[bound]] : [];
}

/** Which parties bear it and to whom, for one binding of the trigger's roles. */
export function resolveRoles(provision: Provision, binding: Binding, parties: readonly string[]): Instance[] {
  const bearers = resolveRole(provision.bearer, binding, parties);
  const beneficiaries = resolveRole(provision.beneficiary, binding, parties);
  const out: Instance[] = [];
  if (provision.bearer === 'other-party') {
    for (const [b] of beneficiaries ?? []) for (const p of parties) if (p !== b) out.push({ bearers: [p], beneficiary: b! });
  } else if (provision.beneficiary === 'other-party') {
    for (const group of bearers ?? []) for (const p of parties) if (!group.includes(p)) out.push({ bearers: group, beneficiary: p });
  } else {
    for (const group of bearers ?? []) {
      if (beneficiaries === null) out.push({ bearers: group, beneficiary: null });
      else for (const [b] of beneficiaries) out.push({ bearers: group, beneficiary: b! });
    }
  }
  return out;
}

/** What every result of one provision in one run shares: its timing reading and its trigger's readings. */
interface ProvisionFacts {
  /** The reading of the timing term, with its step and the time it allows (null: no deadline). */
  timing: { step: ExplanationStep; deadline: string | null } | null;
  /** Readings that decided which events started the fluents an episode rests on, by fluent id. */
  fluentReadings: Map<string, ExplanationStep[]>;
  /** What every explanation of this provision starts with: why the treaty is in force, then the provision. */
  opening: readonly ExplanationStep[];
}

export function evaluateProvision(provision: Provision, context: ObligationContext): ObligationResult[] {
  if (provision.kind !== 'obligation' && provision.kind !== 'prohibition') return [];
  const ctx = context.steps ? context : { ...context, steps: new StepCache() };
  const episodes: Episode[] = provision.trigger
    ? triggerEpisodes(provision.trigger, ctx)
    : ctx.inForce.map((s) => ({ binding: {}, bindingKey: '', from: s.from, to: s.to, instant: false, events: [], fluents: [] }));
  const results: ObligationResult[] = [];
  if (episodes.length === 0) return results;
  const facts = provisionFacts(provision, ctx);
  const instancesByBinding = new Map<string, Instance[]>();
  for (const episode of episodes) {
    const bound = episode.bindingKey;
    let instances = instancesByBinding.get(bound);
    if (!instances) instancesByBinding.set(bound, (instances = resolveRoles(provision, episode.binding, ctx.parties)));
    for (const instance of instances) {
      if (ctx.lifecycle.participation) {
        const scoped = withinParticipation(episode, instance, ctx.lifecycle.participation);
        if (scoped) outcomes(provision, scoped.episode, scoped.instance, ctx, facts, results, scoped.cut);
      } else outcomes(provision, episode, instance, ctx, facts, results);
    }
  }
  return results;
}

function outcomes(provision: Provision, episode: Episode, instance: Instance, ctx: ObligationContext, facts: ProvisionFacts, results: ObligationResult[], exit?: PartyExit): void {
  if (provision.kind === 'prohibition') prohibitionOutcomes(provision, episode, instance, ctx, facts, results, exit);
  else results.push(obligationOutcome(provision, episode, instance, ctx, facts, exit));
}

/** The day a party involved in a duty stopped being a party to a treaty it may leave alone, and why. */
interface PartyExit {
  party: string;
  date: IsoDate;
  steps: readonly ExplanationStep[];
}

/**
 * A duty under a treaty a party may leave alone binds only parties: none arises for, or is owed
 * to, a state that is not a party on the day it arises, and it ends on the day its bearer or its
 * beneficiary ceases to be one. A duty borne jointly (all-parties) is borne by those that are
 * parties on the day it arises. Undefined: no duty for this instance.
 */
function withinParticipation(episode: Episode, instance: Instance, participation: ReadonlyMap<string, readonly Participation[]>): { episode: Episode; instance: Instance; cut?: PartyExit } | undefined {
  const spanOn = (party: string) => participation.get(party)?.find((s) => s.from <= episode.from && (s.to === null || episode.from < s.to));
  let bearers = instance.bearers;
  if (bearers.length > 1) {
    bearers = bearers.filter((p) => spanOn(p) !== undefined);
    if (bearers.length === 0) return undefined;
  }
  let cut: PartyExit | undefined;
  for (const party of [...(bearers.length === 1 ? bearers : []), ...(instance.beneficiary ? [instance.beneficiary] : [])]) {
    const span = spanOn(party);
    if (!span) return undefined;
    if (span.to !== null && (episode.to === null || span.to < episode.to) && (!cut || span.to < cut.date)) cut = { party, date: span.to, steps: span.endedBecause ?? [] };
  }
  return {
    episode: cut ? { ...episode, to: cut.date } : episode,
    instance: bearers === instance.bearers ? instance : { bearers, beneficiary: instance.beneficiary },
    ...(cut ? { cut } : {}),
  };
}

/** The steps that say why a party left, less those the explanation already has (the lifecycle basis). */
function exitSteps(steps: ExplanationStep[], exit: PartyExit): void {
  for (const s of exit.steps) if (!steps.includes(s)) steps.push(s);
}

function provisionFacts(provision: Provision, ctx: ObligationContext): ProvisionFacts {
  const cache = ctx.steps!;
  let timing: ProvisionFacts['timing'] = null;
  const qualifier = provision.qualifiers.find((q) => q.type === 'timing' && q.term);
  if (qualifier?.term) {
    const term = ctx.vocabulary.terms.find((t) => t.id === qualifier.term);
    const readingId = ctx.choice[qualifier.term] ?? term?.default;
    const reading = term?.readings.find((r) => r.id === readingId);
    if (term && reading) timing = { step: cache.reading(term.id, reading.id, reading.description), deadline: reading.deadline ?? null };
  }
  return { timing, fluentReadings: new Map(), opening: [...ctx.lifecycle.basis, cache.provision(ctx.treaty, provision)] };
}

function label(parties: readonly string[], date: IsoDate, ctx: ObligationContext): string {
  if (parties.length === 1) return ctx.successions.actingFor(parties[0]!, date);
  return parties.map((p) => ctx.successions.actingFor(p, date)).join('+');
}

function baseSteps(facts: ProvisionFacts, episode: Episode, instance: Instance, ctx: ObligationContext): ExplanationStep[] {
  const cache = ctx.steps!;
  const steps = facts.opening.slice();
  const span = episode.fluents[0];
  const spanSteps = span ? cache.span(span) : undefined;
  for (const e of episode.events) {
    steps.push(e === span?.initiatedBy ? spanSteps!.initiatedBy : e === span?.terminatedBy ? spanSteps!.terminatedBy! : cache.event(e));
  }
  if (spanSteps) steps.push(spanSteps.fluent);
  // A trigger on several fluents rests on each of them.
  for (let f = 1; f < episode.fluents.length; f++) steps.push(cache.span(episode.fluents[f]!).fluent);
  for (const party of instance.bearers) successionStep(party, episode.from, steps, ctx);
  if (instance.beneficiary) successionStep(instance.beneficiary, episode.from, steps, ctx);
  return steps;
}

function successionStep(party: string, date: IsoDate, steps: ExplanationStep[], ctx: ObligationContext): void {
  const link = ctx.successions.link(party, date);
  if (link) steps.push(ctx.steps!.of(link, () => ({ step: 'succession', text: `${link.continuator} acts for ${party} as its continuator from ${link.from}.` })));
}

/** Readings that decided which events started the fluents this episode rests on. */
function triggerReadingSteps(episode: Episode, ctx: ObligationContext, facts: ProvisionFacts): readonly ExplanationStep[] {
  const [span, ...others] = episode.fluents;
  if (!span) return [];
  const steps = fluentReadingSteps(span.fluent, ctx, facts);
  if (others.length === 0) return steps;
  const all = [...steps];
  for (const other of others) for (const s of fluentReadingSteps(other.fluent, ctx, facts)) if (!all.includes(s)) all.push(s);
  return all;
}

/** Readings that decide which events start a fluent (memoized per provision and run). */
function fluentReadingSteps(fluentId: string, ctx: ObligationContext, facts: ProvisionFacts): readonly ExplanationStep[] {
  let steps = facts.fluentReadings.get(fluentId);
  if (steps) return steps;
  steps = [];
  const fluent = ctx.vocabulary.fluents.find((f) => f.id === fluentId);
  for (const effect of fluent?.initiatedBy ?? []) {
    for (const termId of Object.keys(effect.when ?? {})) {
      const term = ctx.vocabulary.terms.find((t) => t.id === termId);
      const reading = term?.readings.find((r) => r.id === ctx.choice[termId]);
      if (term && reading && !steps.some((s) => s.reading?.term === termId)) steps.push(ctx.steps!.reading(term.id, reading.id, reading.description));
    }
  }
  facts.fluentReadings.set(fluentId, steps);
  return steps;
}

/**
 * The positions of the treaty's events that perform (or commit) the provision's act for this
 * instance, in timeline order: selected from the events of the act's type that name both the first
 * bearer and the second bearer or the beneficiary (or no one the act is done to), acts between the
 * two parties rather than all of their acts; then tested on the pairs index's act codes, or on the
 * timeline's columns where a continuator acts for a party.
 */
function acts(provision: Provision, instance: Instance, ctx: ObligationContext): readonly number[] {
  if (instance.acts) return instance.acts;
  const act = provision.act;
  const first = instance.bearers[0];
  if (!act || first === undefined) return [];
  const other = instance.bearers[1] ?? instance.beneficiary ?? undefined;
  const selectionOf = (): Selection => {
    if (other === undefined || other === first) return { type: act.type, states: ctx.successions.actorsOf(first), fields: ANY_FIELD };
    // The two sides in a fixed order, so that both directions share one selection.
    const [a, b] = [ctx.successions.actorsOf(first), ctx.successions.actorsOf(other)].sort((x, y) => compareStrings(x[0]!, y[0]!)) as [readonly string[], readonly string[]];
    return { type: act.type, states: a, fields: ANY_FIELD, with: { states: b, fields: ANY_FIELD, orUntargeted: true } };
  };
  const beneficiary = instance.beneficiary;
  // One party's duty to another: the acts the other way round come from the same events, so both
  // directions are tested in one pass (each event's fields read once).
  const instances = instance.bearers.length === 1 && beneficiary !== null && beneficiary !== first ? [instance, { bearers: [beneficiary], beneficiary: first }] : [instance];
  return (instance.acts = ctx.events.positionLists(
    instances.map((i) => actKey(provision, i)),
    () =>
      (other !== undefined && pairActs(provision, instances, first, other, ctx)) ||
      ctx.events.filterEach(
        selectionOf(),
        instances.map((i) => actTest(provision, i, ctx)),
      ),
  ));
}

/**
 * The acts of a duty between two parties that no other state acts for (every bearer and the
 * beneficiary one of the two), found among the pair's events by their act codes, without reading
 * the timeline's columns; false where that does not apply (the test on the columns decides).
 */
function pairActs(provision: Provision, instances: readonly Instance[], x: string, y: string, ctx: ObligationContext): number[][] | false {
  const { successions } = ctx;
  if (x === y || successions.actorsOf(x).length !== 1 || successions.actorsOf(y).length !== 1) return false;
  if (!instances.every((i) => i.bearers.every((b) => b === x || b === y) && (i.beneficiary === null || i.beneficiary === x || i.beneficiary === y))) return false;
  const timeline = ctx.events.source;
  const found = timeline.pairActs(x, y, provision.act!.type);
  if (!found) return false;
  const sideOf = (state: string): Side => (state === x ? found.sideOfX : found.sideOfX === 0 ? 1 : 0);
  const kinds = provision.act?.kind;
  const kindIds = kinds ? new Set(kinds.map((k) => timeline.kindId(k))) : null;
  const severalMatch = (position: number) => kindsMatch(timeline.at(position), kinds!);
  const tests = instances.map((i) => codeTest(i.bearers.map(sideOf), i.beneficiary === null ? null : sideOf(i.beneficiary), kindIds, severalMatch));
  const out = instances.map((): number[] => []);
  const { positions, codes } = found;
  for (let j = 0; j < positions.length; j++) {
    for (let k = 0; k < tests.length; k++) if (tests[k]!(codes[j]!, positions[j]!)) out[k]!.push(positions[j]!);
  }
  return out;
}

function actKey(provision: Provision, instance: Instance): string {
  return `act:${provision.id}|${instance.bearers.join('+')}|${instance.beneficiary ?? ''}`;
}

/**
 * Does the event at a position perform the act for this instance? Its actor (`by`, else the states
 * acting jointly, `parties`) must count as every bearer; the state it is done to or against (`to`,
 * `against`, else `parties`) as the beneficiary; and its kind, where both give one, must be one the
 * act names. Read from the timeline's columns, not from the event.
 */
function actTest(provision: Provision, instance: Instance, ctx: ObligationContext): PositionTest {
  const timeline = ctx.events.source;
  const { fields, parties } = timeline.columns;
  const counts = actorTable(ctx);
  const bearers = instance.bearers.map((b) => timeline.stateId(b));
  const beneficiary = instance.beneficiary === null ? null : timeline.stateId(instance.beneficiary);
  const kinds = provision.act?.kind;
  const kindIds = new Set((kinds ?? []).map((k) => timeline.kindId(k)));
  const countsFor = (state: number, party: number, day: number) => {
    if (state === party) return true;
    const actor = state >= 0 ? counts.get(state) : undefined;
    return actor !== undefined && actor.party === party && day >= actor.from;
  };
  const anyFor = (start: number, end: number, party: number, day: number) => {
    for (let k = start; k < end; k++) if (countsFor(parties[k]!, party, day)) return true;
    return false;
  };
  return (position) => {
    const at = position * STRIDE;
    const day = fields[at + COL.day]!;
    const actor = fields[at + COL.by]!;
    const p0 = fields[at + COL.p0]!;
    const p1 = fields[at + COL.p1]!;
    for (const bearer of bearers) {
      if (actor !== NONE ? !countsFor(actor, bearer, day) : !anyFor(p0, p1, bearer, day)) return false;
    }
    if (beneficiary !== null) {
      const target = fields[at + COL.to]!;
      const victim = fields[at + COL.against]!;
      if (target !== NONE || victim !== NONE) {
        if (!(target !== NONE && countsFor(target, beneficiary, day)) && !(victim !== NONE && countsFor(victim, beneficiary, day))) return false;
      } else if (p1 > p0 && !anyFor(p0, p1, beneficiary, day)) return false;
    }
    if (kinds) {
      const k = fields[at + COL.kind]!;
      if (k === MANY) {
        if (!kindsMatch(timeline.at(position), kinds)) return false;
      } else if (k !== NONE && !kindIds.has(k)) return false;
    }
    return true;
  };
}

/** Does an event that lists its kinds give one of `kinds` (or none at all)? */
function kindsMatch(event: TimelineEvent, kinds: readonly string[]): boolean {
  const listed = eventKinds(event);
  return listed.length === 0 || listed.some((k) => kinds.includes(k));
}

/** For each state acting for one of the treaty's parties: the party, and the day it starts to. */
function actorTable(ctx: ObligationContext): Map<number, { party: number; from: number }> {
  const known = actorTables.get(ctx.events);
  if (known) return known;
  const timeline = ctx.events.source;
  const table = new Map<number, { party: number; from: number }>();
  for (const actor of ctx.events.actors) {
    const counted = ctx.successions.countsFrom(actor, ctx.parties, '0000-01-01', null);
    if (counted) table.set(timeline.stateId(actor), { party: timeline.stateId(counted.party), from: counted.from === '0000-01-01' ? -Infinity : dayKey(counted.from) });
  }
  actorTables.set(ctx.events, table);
  return table;
}

const actorTables = new WeakMap<TreatyEvents, Map<number, { party: number; from: number }>>();

/**
 * A result's steps at their exact length: a list grown step by step keeps room for twice as many,
 * and results keep their lists (tens of thousands of them) for as long as the run's output lives.
 */
function fitted(steps: ExplanationStep[]): ExplanationStep[] {
  return steps.slice();
}

/** Is `d` before `limit` (null: no limit)? */
function before(d: IsoDate, limit: IsoDate | null): boolean {
  return limit === null || d < limit;
}

function idsOf(events: readonly TimelineEvent[], extra?: readonly TimelineEvent[]): string[] {
  const ids = new Array<string>(events.length + (extra?.length ?? 0));
  let i = 0;
  for (const e of events) ids[i++] = e.id;
  if (extra) for (const e of extra) ids[i++] = e.id;
  return ids;
}

function obligationOutcome(provision: Provision, episode: Episode, instance: Instance, ctx: ObligationContext, facts: ProvisionFacts, exit?: PartyExit): ObligationResult {
  const steps = baseSteps(facts, episode, instance, ctx);
  for (const s of triggerReadingSteps(episode, ctx, facts)) steps.push(s);
  const treaty = ctx.treaty.treaty.id;
  const bearer = label(instance.bearers, episode.from, ctx);
  const beneficiary = instance.beneficiary ? label([instance.beneficiary], episode.from, ctx) : null;
  const from = episode.from;
  const end = episode.to;

  if (provision.continuing) {
    const performed = ctx.events.source.within(acts(provision, instance, ctx), from, end);
    // A standing duty may be performed thousands of times: cite the first few acts and count the
    // rest (every id stays in `events`), so an explanation stays readable.
    for (const e of performed.slice(0, PERFORMANCE_STEPS_SHOWN)) steps.push(ctx.steps!.eventAs('Performed in part: ', e));
    if (performed.length > PERFORMANCE_STEPS_SHOWN) {
      steps.push({ step: 'event', text: `… and ${performed.length - PERFORMANCE_STEPS_SHOWN} more acts of performance, the last on ${performed[performed.length - 1]!.date} (all listed under events)` });
    }
    if (exit) exitSteps(steps, exit);
    const untilText = end ? ` until ${end}${exit ? ` (${exit.party} ceased to be a party that day)` : ''}` : '';
    steps.push({ step: 'outcome', text: `A standing duty: active from ${from}${untilText} for as long as ${provision.trigger ? 'its trigger holds and ' : ''}the treaty is in force; no single act discharges it.` });
    return { treaty, provision: provision.id, article: provision.article, kind: 'obligation', bearer, beneficiary, from, to: end, deadline: null, outcome: 'active', events: idsOf(episode.events, performed), explanation: fitted(steps) };
  }

  let deadline: IsoDate | null = null;
  if (facts.timing) {
    if (facts.timing.deadline) deadline = ctx.steps!.addDuration(from, facts.timing.deadline);
    steps.push(facts.timing.step);
  }
  const act = ctx.events.source.firstFrom(acts(provision, instance, ctx), from);

  if (act && before(act.date, end) && before(act.date, deadline)) {
    steps.push(ctx.steps!.eventAs('Discharged: ', act));
    steps.push({ step: 'outcome', text: `Discharged on ${act.date}${deadline ? `, before the deadline of ${deadline}` : ''}.` });
    return { treaty, provision: provision.id, article: provision.article, kind: 'obligation', bearer, beneficiary, from, to: act.date, deadline, outcome: 'discharged', events: idsOf(episode.events, [act]), explanation: fitted(steps) };
  }
  if (deadline !== null && before(deadline, end)) {
    // An act after the deadline but while the duty still stood was performed late; one after that
    // has nothing to do with this duty.
    const late = act && before(act.date, end) ? act : undefined;
    if (late) steps.push(ctx.steps!.eventAs('Performed late: ', late));
    steps.push({ step: 'outcome', text: `Breached: not performed by the deadline of ${deadline}.` });
    return { treaty, provision: provision.id, article: provision.article, kind: 'obligation', bearer, beneficiary, from, to: deadline, deadline, outcome: 'breached', events: idsOf(episode.events, late ? [late] : undefined), explanation: fitted(steps) };
  }
  if (end !== null) {
    if (exit) exitSteps(steps, exit);
    const why = exit ? `${exit.party} ceased to be a party` : episode.instant || ctx.inForce.some((s) => s.to === end) ? 'the treaty ceased to be in force' : 'its trigger ended';
    steps.push({ step: 'outcome', text: `Lapsed on ${end}: ${why} before it was performed.` });
    return { treaty, provision: provision.id, article: provision.article, kind: 'obligation', bearer, beneficiary, from, to: end, deadline, outcome: 'lapsed', events: idsOf(episode.events), explanation: fitted(steps) };
  }
  steps.push({ step: 'outcome', text: `Active since ${from}: not yet performed${deadline ? `; due by ${deadline}` : ''}.` });
  return { treaty, provision: provision.id, article: provision.article, kind: 'obligation', bearer, beneficiary, from, to: null, deadline, outcome: 'active', events: idsOf(episode.events), explanation: fitted(steps) };
}

function prohibitionOutcomes(provision: Provision, episode: Episode, instance: Instance, ctx: ObligationContext, facts: ProvisionFacts, out: ObligationResult[], exit?: PartyExit): void {
  const treaty = ctx.treaty.treaty.id;
  const beneficiary = instance.beneficiary ? label([instance.beneficiary], episode.from, ctx) : null;
  const breaches = ctx.events.source.within(acts(provision, instance, ctx), episode.from, episode.to);
  if (breaches.length === 0) {
    const bearer = label(instance.bearers, episode.from, ctx);
    const steps = baseSteps(facts, episode, instance, ctx);
    if (exit) exitSteps(steps, exit);
    steps.push({ step: 'outcome', text: `Kept: no forbidden act by ${bearer} from ${episode.from}${episode.to ? ` until ${episode.to}${exit ? `, when ${exit.party} ceased to be a party` : ''}` : ''}.` });
    out.push({ treaty, provision: provision.id, article: provision.article, kind: 'prohibition', beneficiary, bearer, from: episode.from, to: episode.to, deadline: null, outcome: 'kept', events: idsOf(episode.events), explanation: fitted(steps) });
    return;
  }
  for (const e of breaches) {
    const steps = baseSteps(facts, { ...episode, from: e.date }, instance, ctx);
    steps.push(ctx.steps!.eventAs('Forbidden act: ', e));
    steps.push({ step: 'outcome', text: `Breached on ${e.date}, while the treaty was in force.` });
    out.push({ treaty, provision: provision.id, article: provision.article, kind: 'prohibition', beneficiary, bearer: label(instance.bearers, e.date, ctx), from: e.date, to: e.date, deadline: null, outcome: 'breached', events: idsOf(episode.events, [e]), explanation: fitted(steps) });
  }
}

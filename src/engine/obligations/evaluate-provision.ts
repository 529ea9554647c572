/** Evaluating one provision (an obligation or a prohibition): its trigger's episodes, who bears it under each binding, and an outcome for each. */
import {
  type CompiledTreaty,
  conditionsOf,
  type ExplanationStep,
  type IsoDate,
  type ObligationResult,
  placesOf,
  type Provision,
  type ReadingChoice,
  type Trigger,
  type VocabularyFile,
} from '../../model/index.js';
import { StepCache } from '../explain.js';
import type { Participation, TreatyLifecycle } from '../treaty-lifecycle/index.js';
import { triggerEpisodes, type Episode, type TriggerContext } from '../triggers.js';
import { outcomes } from './outcomes.js';
import { namedStates, resolveRoles, withinParticipation, type Instance } from './roles.js';
import { provisionFacts } from './steps.js';
import { instanceKey, possibleInstances, whyNotRow, type Blocked } from './why-not.js';
import { Places, scopeMatch, type ScopeMatch } from '../places.js';

export interface ObligationContext extends TriggerContext {
  treaty: CompiledTreaty;
  lifecycle: TreatyLifecycle;
  vocabulary: VocabularyFile;
  choice: ReadingChoice;
  /** Shared explanation steps (one per evaluation); a fresh one if absent. */
  steps?: StepCache;
  /** The corpus's gazetteer, for a provision's geographic scope. */
  places?: Places;
}

/**
 * Outcomes of obligations and prohibitions for each binding of their roles to parties.
 *
 * Obligation with an act: `active` from its trigger; `discharged` by a matching act before the
 * deadline; `breached` when the deadline (given by the reading of its timing term) passes first;
 * `lapsed` when the trigger (or the treaty) ends first. A standing duty (`continuing`) is `active`
 * for as long as the treaty is in force. A prohibition is `breached` by each forbidden act on a day
 * it applies, and `kept` over the time it applied with none.
 *
 * A duty binds only the parties of the day (docs/lifecycle.md): none arises for or is owed to a
 * state not bound that day (not yet a party, or one that has left), and one in course ends (lapses)
 * the day its bearer or beneficiary leaves, or the day the bearer's obligations towards the
 * beneficiary are suspended; a joint duty is borne by the parties of the day it arises.
 */
export function evaluateProvision(provision: Provision, context: ObligationContext): ObligationResult[] {
  if (provision.kind !== 'obligation' && provision.kind !== 'prohibition') return [];
  const ctx = context.steps ? context : { ...context, steps: new StepCache() };
  const episodes: Episode[] = afterTimeInForce(
    provision.trigger,
    provision.trigger && !onlyTimeInForce(provision.trigger)
      ? triggerEpisodes(provision.trigger, ctx)
      : ctx.inForce.map((s) => ({ binding: {}, bindingKey: '', from: s.from, to: s.to, instant: false, events: [], fluents: [] })),
    ctx,
  );
  const results: ObligationResult[] = [];
  const facts = provisionFacts(provision, ctx);
  const instancesByBinding = new Map<string, Instance[]>();
  const named = namedStates(provision);
  const standing = !provision.trigger || onlyTimeInForce(provision.trigger);
  // Which instances produced an outcome, and why an episode did not reach the others: for the why-not rows.
  const produced = new Set<string>();
  const blocked = new Map<string, Blocked>();
  for (const episode of episodes) {
    const bound = episode.bindingKey;
    let instances = instancesByBinding.get(bound);
    if (!instances) instancesByBinding.set(bound, (instances = resolveRoles(provision, episode.binding, ctx.parties)));
    for (const instance of instances) {
      for (const e of standing ? standingEpisodes(episode, instance, ctx.lifecycle.participation) : [episode]) {
        const place = provision.scope ? inScope(provision, e, ctx) : undefined;
        if (place?.match === 'out') {
          if (!blocked.has(instanceKey(instance))) blocked.set(instanceKey(instance), place.blocked);
          continue;
        }
        const scoped = withinParticipation(e, instance, ctx.lifecycle.participation, ctx.lifecycle.suspensions, named);
        if (scoped) {
          produced.add(instanceKey(scoped.instance));
          produced.add(instanceKey(instance));
          const start = results.length;
          outcomes(provision, scoped.episode, scoped.instance, ctx, facts, results, scoped.cut);
          // Where the event lies is not known: the duty may or may not have arisen.
          if (place?.match === 'unknown')
            for (let k = start; k < results.length; k++)
              results[k] = {
                ...results[k]!,
                outcome: 'unknown',
                to: null,
                explanation: [...results[k]!.explanation, ...place.blocked.steps!, { step: 'outcome', text: place.blocked.text }],
              };
        } else if (!blocked.has(instanceKey(instance))) blocked.set(instanceKey(instance), whyBlocked(e, instance, ctx));
      }
    }
  }
  for (const possible of possibleInstances(provision, ctx.parties)) {
    const key = possible.key;
    if (!produced.has(key)) results.push(whyNotRow(provision, possible, facts.opening, blocked.get(key), ctx));
  }
  return results;
}

/**
 * Whether an episode's triggering events lie within the provision's geographic scope: in if one of
 * them does, out if all lie outside it, unknown if a place is missing or the gazetteer cannot say.
 */
function inScope(provision: Provision, episode: Episode, ctx: ObligationContext): { match: ScopeMatch; blocked: Blocked } {
  const scope = provision.scope!;
  const events = episode.events.length ? episode.events : [];
  const matches = events.map((e) => scopeMatch(scope, placesOf(e), episode.binding, e.date, ctx.places ?? NO_PLACES));
  const match: ScopeMatch = matches.includes('in') ? 'in' : matches.length && matches.every((m) => m === 'out') ? 'out' : 'unknown';
  const where = scope
    .map((s) => (typeof s === 'string' ? s : 'all' in s ? s.all.join(' and ') : `the ${s.places} of ${s.of}${s.in ? ` in ${s.in}` : ''}`))
    .join(', or ');
  const named = events.map((e) => `${e.id}${placesOf(e) ? ` (at ${placesOf(e)!.join(', ')})` : ' (no place recorded)'}`).join(', ');
  const scopeStep: ExplanationStep = { step: 'rule', text: `Geographic scope: the provision applies to events in ${where}.` };
  return {
    match,
    blocked:
      match === 'out'
        ? {
            date: episode.from,
            reason: 'out-of-scope',
            text: `Not applicable: ${named} lay outside the provision's scope (${where}).`,
            steps: [scopeStep],
          }
        : {
            date: episode.from,
            reason: 'scope-unknown',
            text: `Unknown: whether ${named} lay within the provision's scope (${where}) is not known: record the event's place, or the gazetteer's.`,
            steps: [scopeStep],
          },
  };
}

const NO_PLACES = new Places(undefined);

/** A trigger that is only a time-in-force condition ("after ten years in force"): a standing duty from then. */
function onlyTimeInForce(trigger: Trigger): boolean {
  return conditionsOf(trigger).every((c) => 'inForceFor' in c);
}

/**
 * "After the Treaty has been in force for ten years": episodes from that day on only (an event
 * before it does not trigger; a situation that holds then is covered from it). Counted from the
 * treaty's entry into force.
 */
function afterTimeInForce(trigger: Trigger | undefined, episodes: Episode[], ctx: ObligationContext): Episode[] {
  if (!trigger) return episodes;
  const conditions = 'all' in trigger ? trigger.all : 'any' in trigger ? [] : [trigger];
  let threshold: IsoDate | null | undefined;
  for (const c of conditions) {
    if (!('inForceFor' in c)) continue;
    const entry = ctx.lifecycle.entryIntoForce;
    const day = entry === undefined ? null : ctx.steps!.addDuration(entry, c.inForceFor);
    if (day === null) return [];
    if (threshold === undefined || (threshold !== null && day > threshold)) threshold = day;
  }
  if (threshold === undefined || threshold === null) return threshold === null ? [] : episodes;
  const from = threshold;
  return episodes.flatMap((e) => {
    if (e.to !== null && e.to <= from) return [];
    if (e.from >= from) return [e];
    return e.instant ? [] : [{ ...e, from }];
  });
}

/** Why an episode did not reach an instance: its bearer or beneficiary not bound that day, or their obligations suspended. */
function whyBlocked(episode: Episode, instance: Instance, ctx: ObligationContext): Blocked {
  const on = episode.from;
  const bound = (party: string) =>
    ctx.lifecycle.participation.get(party)?.some((s) => s.from <= on && (s.to === null || on < s.to)) ?? true;
  for (const party of [...instance.bearers, ...(instance.beneficiary ? [instance.beneficiary] : [])])
    if (!bound(party))
      return {
        date: on,
        reason: 'not-bound',
        text: `Not applicable: the trigger held on ${on}, but ${party} was not bound by the treaty that day.`,
      };
  const suspension = ctx.lifecycle.suspensions.find(
    (s) => s.bearer === instance.bearers[0] && s.beneficiary === instance.beneficiary && s.from <= on && (s.to === null || on < s.to),
  );
  if (suspension)
    return {
      date: on,
      reason: 'suspended',
      text: `Not applicable: the trigger held on ${on}, but ${suspension.bearer}'s obligations towards ${suspension.beneficiary} were suspended.`,
      steps: suspension.explanation,
    };
  return {
    date: on,
    reason: 'not-bound',
    text: `Not applicable: the trigger held on ${on}, but the duty did not bind the parties that day.`,
  };
}

/**
 * A standing duty of one bearer (towards one beneficiary) applies from the day both are bound, not
 * from the treaty's entry into force: a state that accedes later bears it from its own date, and
 * one that leaves and comes back bears it again. The episode runs on until the first of them leaves
 * (`withinParticipation` ends it there and says why). A joint duty keeps the treaty's span.
 */
function standingEpisodes(episode: Episode, instance: Instance, participation: ReadonlyMap<string, readonly Participation[]>): Episode[] {
  const involved = [
    ...(instance.bearers.length === 1 ? instance.bearers : []),
    ...(instance.beneficiary ? [instance.beneficiary] : []),
  ].filter((p) => participation.has(p));
  if (involved.length === 0) return [episode];
  const within = (d: IsoDate) => d >= episode.from && (episode.to === null || d < episode.to);
  const days = [...new Set([episode.from, ...involved.flatMap((p) => participation.get(p)!.map((s) => s.from)).filter(within)])].sort();
  const out: Episode[] = [];
  let busyUntil: IsoDate | null | undefined;
  for (const day of days) {
    if (busyUntil === null || (busyUntil !== undefined && day < busyUntil)) continue;
    const spans = involved.map((p) => participation.get(p)!.find((s) => s.from <= day && (s.to === null || day < s.to)));
    if (spans.some((s) => s === undefined)) continue;
    out.push({ ...episode, from: day });
    const ends = spans.map((s) => s!.to).filter((to): to is IsoDate => to !== null);
    busyUntil = ends.length ? ends.sort()[0]! : null;
  }
  return out;
}

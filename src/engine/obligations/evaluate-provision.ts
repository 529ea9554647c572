/** Evaluating one provision (an obligation or a prohibition): its trigger's episodes, who bears it under each binding, and an outcome for each. */
import type { CompiledTreaty, IsoDate, ObligationResult, Provision, ReadingChoice, VocabularyFile } from '../../model/index.js';
import { StepCache } from '../explain.js';
import type { Participation, TreatyLifecycle } from '../treaty-lifecycle/index.js';
import { triggerEpisodes, type Episode, type TriggerContext } from '../triggers.js';
import { outcomes } from './outcomes.js';
import { namedStates, resolveRoles, withinParticipation, type Instance } from './roles.js';
import { provisionFacts } from './steps.js';

export interface ObligationContext extends TriggerContext {
  treaty: CompiledTreaty;
  lifecycle: TreatyLifecycle;
  vocabulary: VocabularyFile;
  choice: ReadingChoice;
  /** Shared explanation steps (one per evaluation); a fresh one if absent. */
  steps?: StepCache;
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
  const episodes: Episode[] = provision.trigger
    ? triggerEpisodes(provision.trigger, ctx)
    : ctx.inForce.map((s) => ({ binding: {}, bindingKey: '', from: s.from, to: s.to, instant: false, events: [], fluents: [] }));
  const results: ObligationResult[] = [];
  if (episodes.length === 0) return results;
  const facts = provisionFacts(provision, ctx);
  const instancesByBinding = new Map<string, Instance[]>();
  const named = namedStates(provision);
  for (const episode of episodes) {
    const bound = episode.bindingKey;
    let instances = instancesByBinding.get(bound);
    if (!instances) instancesByBinding.set(bound, (instances = resolveRoles(provision, episode.binding, ctx.parties)));
    for (const instance of instances) {
      for (const e of provision.trigger ? [episode] : standingEpisodes(episode, instance, ctx.lifecycle.participation)) {
        const scoped = withinParticipation(e, instance, ctx.lifecycle.participation, ctx.lifecycle.suspensions, named);
        if (scoped) outcomes(provision, scoped.episode, scoped.instance, ctx, facts, results, scoped.cut);
      }
    }
  }
  return results;
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

/** Evaluating one provision (an obligation or a prohibition): its trigger's episodes, who bears it under each binding, and an outcome for each. */
import type { CompiledTreaty, ObligationResult, Provision, ReadingChoice, VocabularyFile } from '../../model/index.js';
import { StepCache } from '../explain.js';
import type { TreatyLifecycle } from '../treaty-lifecycle/index.js';
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
      const scoped = withinParticipation(episode, instance, ctx.lifecycle.participation, ctx.lifecycle.suspensions, named);
      if (scoped) outcomes(provision, scoped.episode, scoped.instance, ctx, facts, results, scoped.cut);
    }
  }
  return results;
}

/** The steps an obligation's explanation is made of: what every result of a provision shares, the trigger's events and fluents, the readings and successions they rest on. */
import type { ExplanationStep, IsoDate, Provision } from '../../model/index.js';
import type { Episode } from '../triggers.js';
import type { ObligationContext } from './evaluate-provision.js';
import type { Instance, PartyExit } from './roles.js';

/** What every result of one provision in one run shares: its timing reading and its trigger's readings. */
export interface ProvisionFacts {
  /** The reading of the timing term, with its step and the time it allows (null: no deadline). */
  timing: { step: ExplanationStep; deadline: string | null } | null;
  /** Readings that decided which events started the fluents an episode rests on, by fluent id. */
  fluentReadings: Map<string, ExplanationStep[]>;
  /** What every explanation of this provision starts with: why the treaty is in force, then the provision. */
  opening: readonly ExplanationStep[];
}

/** The steps that say why a party left, less those the explanation already has (the lifecycle basis). */
export function exitSteps(steps: ExplanationStep[], exit: PartyExit): void {
  for (const s of exit.steps) if (!steps.includes(s)) steps.push(s);
}

export function provisionFacts(provision: Provision, ctx: ObligationContext): ProvisionFacts {
  const cache = ctx.steps!;
  let timing: ProvisionFacts['timing'] = null;
  const qualifier = provision.qualifiers.find((q) => q.type === 'timing' && q.term);
  if (qualifier?.term) {
    const term = ctx.vocabulary.terms.find((t) => t.id === qualifier.term);
    const readingId = ctx.choice[qualifier.term] ?? term?.default;
    const reading = term?.readings.find((r) => r.id === readingId);
    if (term && reading) timing = { step: cache.reading(term.id, reading.id, reading.description), deadline: reading.deadline ?? null };
  }
  const opening = [...ctx.lifecycle.basis, cache.provision(ctx.treaty, provision)];
  // Discretion: what counts as performance depends on the reading of a term.
  const byReading = provision.act?.kindByReading;
  if (byReading) {
    const term = ctx.vocabulary.terms.find((t) => t.id === byReading.term);
    const reading = term?.readings.find((r) => r.id === (ctx.choice[byReading.term] ?? term.default));
    if (term && reading) {
      const kinds = byReading.readings[reading.id];
      opening.push(cache.reading(term.id, reading.id, `${reading.description}${kinds ? ` (acts that count: ${kinds.join(', ')})` : ''}`));
    }
  }
  return { timing, fluentReadings: new Map(), opening };
}

export function baseSteps(facts: ProvisionFacts, episode: Episode, instance: Instance, ctx: ObligationContext): ExplanationStep[] {
  const cache = ctx.steps!;
  const steps = facts.opening.slice();
  const span = episode.fluents[0];
  const spanSteps = span ? cache.span(span) : undefined;
  for (const e of episode.events) {
    steps.push(e === span?.initiatedBy ? spanSteps!.initiatedBy : e === span?.terminatedBy ? spanSteps!.terminatedBy! : cache.event(e));
  }
  if (spanSteps) steps.push(spanSteps.fluent);
  // A situation that began before the treaty applied, and continued: covered from the day it did.
  if (span && span.from < episode.from && episode.events.some((e) => e.date < episode.from) && appliesFrom(ctx, episode.from))
    steps.push(
      cache.of(episode, () => ({
        step: 'rule',
        text: `The situation began on ${span.from}, before the treaty applied on ${episode.from}, and continued: a treaty does not bind as to acts or facts that took place, or situations that ceased to exist, before it applies (VCLT Art. 28), so this continuing situation is covered from ${episode.from}.`,
      })),
    );
  // A trigger on several fluents rests on each of them.
  for (let f = 1; f < episode.fluents.length; f++) steps.push(cache.span(episode.fluents[f]!).fluent);
  for (const party of instance.bearers) successionStep(party, episode.from, steps, ctx);
  if (instance.beneficiary) successionStep(instance.beneficiary, episode.from, steps, ctx);
  return steps;
}

/** Is `date` the first day of a span in which the treaty applies (for anyone, or for the parties concerned)? */
function appliesFrom(ctx: ObligationContext, date: IsoDate): boolean {
  if (ctx.inForce.some((s) => s.from === date)) return true;
  for (const spans of ctx.lifecycle.participation.values()) if (spans.some((s) => s.from === date)) return true;
  return false;
}

function successionStep(party: string, date: IsoDate, steps: ExplanationStep[], ctx: ObligationContext): void {
  const link = ctx.successions.link(party, date);
  if (link)
    steps.push(
      ctx.steps!.of(link, () => ({
        step: 'succession',
        text: `${link.continuator} acts for ${party} as its continuator from ${link.from}.`,
      })),
    );
}

/** Readings that decided which events started the fluents this episode rests on. */
export function triggerReadingSteps(episode: Episode, ctx: ObligationContext, facts: ProvisionFacts): readonly ExplanationStep[] {
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
      if (term && reading && !steps.some((s) => s.reading?.term === termId))
        steps.push(ctx.steps!.reading(term.id, reading.id, reading.description));
    }
  }
  facts.fluentReadings.set(fluentId, steps);
  return steps;
}

/**
 * A result's steps at their exact length: a list grown step by step keeps room for twice as many,
 * and results keep their lists (tens of thousands of them) for as long as the run's output lives.
 */
export function fitted(steps: ExplanationStep[]): ExplanationStep[] {
  return steps.slice();
}

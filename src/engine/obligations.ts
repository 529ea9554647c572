/**
 * Outcomes of obligations and prohibitions for each binding of their roles to parties.
 *
 * Obligation with an act: `active` from its trigger; `discharged` by a matching act before the
 * deadline; `breached` when the deadline (given by the reading of its timing term) passes first;
 * `lapsed` when the trigger (or the treaty) ends first. A standing duty (`continuing`) is `active`
 * for as long as the treaty is in force. A prohibition is `breached` by each forbidden act on a day
 * it applies, and `kept` over the time it applied with none.
 */
import { addDuration, type IsoDate } from '../model/calendar.js';
import type { CompiledTreaty, TimelineEvent } from '../model/compiled.js';
import { statesIn } from '../model/event.js';
import type { Provision } from '../model/provision.js';
import type { ExplanationStep, ObligationResult } from '../model/results.js';
import type { ReadingChoice, VocabularyFile } from '../model/vocabulary.js';
import { describeEvent, eventStep, provisionStep, readingStep } from './explain.js';
import type { Successions } from './succession.js';
import { eventKinds } from './timeline.js';
import type { TreatyLifecycle } from './treaty-lifecycle.js';
import { triggerEpisodes, type Binding, type Episode, type TriggerContext } from './triggers.js';

export interface ObligationContext extends TriggerContext {
  treaty: CompiledTreaty;
  lifecycle: TreatyLifecycle;
  vocabulary: VocabularyFile;
  choice: ReadingChoice;
}

interface Instance {
  bearers: string[];
  beneficiary: string | null;
}

/** Which parties bear it and to whom, for one binding of the trigger's roles. */
export function resolveRoles(provision: Provision, binding: Binding, parties: readonly string[]): Instance[] {
  const resolve = (role: string | undefined): string[][] | null => {
    if (role === undefined) return null;
    if (role === 'each-party') return parties.map((p) => [p]);
    if (role === 'all-parties') return [[...parties]];
    if (role === 'other-party') return [];
    const bound = binding[role];
    return bound ? [[bound]] : [];
  };
  const bearers = resolve(provision.bearer);
  const beneficiaries = resolve(provision.beneficiary);
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

export function evaluateProvision(provision: Provision, ctx: ObligationContext): ObligationResult[] {
  if (provision.kind !== 'obligation' && provision.kind !== 'prohibition') return [];
  const episodes: Episode[] = provision.trigger
    ? triggerEpisodes(provision.trigger, ctx)
    : ctx.inForce.map((s) => ({ binding: {}, from: s.from, to: s.to, instant: false, events: [], fluents: [] }));
  const results: ObligationResult[] = [];
  for (const episode of episodes) {
    for (const instance of resolveRoles(provision, episode.binding, ctx.parties)) {
      if (provision.kind === 'prohibition') results.push(...prohibitionOutcomes(provision, episode, instance, ctx));
      else results.push(obligationOutcome(provision, episode, instance, ctx));
    }
  }
  return results;
}

function label(parties: readonly string[], date: IsoDate, ctx: ObligationContext): string {
  return parties.map((p) => ctx.successions.actingFor(p, date)).join('+');
}

function baseSteps(provision: Provision, episode: Episode, instance: Instance, ctx: ObligationContext): ExplanationStep[] {
  const steps: ExplanationStep[] = [...ctx.lifecycle.basis, provisionStep(ctx.treaty, provision)];
  for (const e of episode.events) steps.push(eventStep(e, describeEvent(e)));
  for (const span of episode.fluents.slice(0, 1)) {
    steps.push({ step: 'fluent', text: `${span.subject} is in "${span.fluent}" from ${span.from}${span.to ? ` until ${span.to}` : ''} (started by ${span.initiatedBy.id}${span.terminatedBy ? `, ended by ${span.terminatedBy.id}` : ''})` });
  }
  for (const party of [...instance.bearers, ...(instance.beneficiary ? [instance.beneficiary] : [])]) {
    const link = ctx.successions.link(party, episode.from);
    if (link) steps.push({ step: 'succession', text: `${link.continuator} acts for ${party} as its continuator from ${link.from}.` });
  }
  return steps;
}

/** The reading of the provision's timing term, and the deadline it gives. */
function deadlineOf(provision: Provision, from: IsoDate, ctx: ObligationContext): { deadline: IsoDate | null; steps: ExplanationStep[] } {
  const timing = provision.qualifiers.find((q) => q.type === 'timing' && q.term);
  if (!timing?.term) return { deadline: null, steps: [] };
  const term = ctx.vocabulary.terms.find((t) => t.id === timing.term);
  const readingId = ctx.choice[timing.term] ?? term?.default;
  const reading = term?.readings.find((r) => r.id === readingId);
  if (!term || !reading) return { deadline: null, steps: [] };
  const deadline = reading.deadline ? addDuration(from, reading.deadline) : null;
  return { deadline, steps: [readingStep(term.id, reading.id, reading.description)] };
}

function triggerReadingSteps(episode: Episode, ctx: ObligationContext): ExplanationStep[] {
  // Readings that decided which events started the fluents this episode rests on.
  const steps: ExplanationStep[] = [];
  for (const span of episode.fluents.slice(0, 1)) {
    const fluent = ctx.vocabulary.fluents.find((f) => f.id === span.fluent);
    for (const effect of fluent?.initiatedBy ?? []) {
      for (const termId of Object.keys(effect.when ?? {})) {
        const term = ctx.vocabulary.terms.find((t) => t.id === termId);
        const reading = term?.readings.find((r) => r.id === ctx.choice[termId]);
        if (term && reading && !steps.some((s) => s.reading?.term === termId)) steps.push(readingStep(term.id, reading.id, reading.description));
      }
    }
  }
  return steps;
}

function performs(provision: Provision, event: TimelineEvent, instance: Instance, ctx: ObligationContext): boolean {
  const act = provision.act;
  if (!act || event.type !== act.type) return false;
  const countsAs = (s: string) => ctx.successions.countsAs(s, ctx.parties, event.date);
  const by = statesIn(event, 'by').map(countsAs);
  const jointly = statesIn(event, 'parties').map(countsAs);
  const actors = by.length ? by : jointly;
  if (!instance.bearers.every((b) => actors.includes(b))) return false;
  if (instance.beneficiary) {
    const to = [...statesIn(event, 'to'), ...statesIn(event, 'against')].map(countsAs);
    if (to.length && !to.includes(instance.beneficiary)) return false;
    if (!to.length && jointly.length && !jointly.includes(instance.beneficiary)) return false;
  }
  if (act.kind && eventKinds(event).length && !eventKinds(event).some((k) => act.kind!.includes(k))) return false;
  return true;
}

function obligationOutcome(provision: Provision, episode: Episode, instance: Instance, ctx: ObligationContext): ObligationResult {
  const steps = [...baseSteps(provision, episode, instance, ctx), ...triggerReadingSteps(episode, ctx)];
  const bearer = label(instance.bearers, episode.from, ctx);
  const beneficiary = instance.beneficiary ? label([instance.beneficiary], episode.from, ctx) : null;
  const base = { treaty: ctx.treaty.treaty.id, provision: provision.id, article: provision.article, kind: 'obligation' as const, bearer, beneficiary, from: episode.from };
  const eventIds = episode.events.map((e) => e.id);

  if (provision.continuing) {
    const performed = ctx.events.filter((e) => e.date >= episode.from && (episode.to === null || e.date < episode.to) && performs(provision, e, instance, ctx));
    for (const e of performed) steps.push(eventStep(e, `Performed in part: ${describeEvent(e)}`));
    steps.push({ step: 'outcome', text: `A standing duty: active from ${episode.from}${episode.to ? ` until ${episode.to}` : ''} for as long as ${provision.trigger ? 'its trigger holds and ' : ''}the treaty is in force; no single act discharges it.` });
    return { ...base, to: episode.to, deadline: null, outcome: 'active', events: [...eventIds, ...performed.map((e) => e.id)], explanation: steps };
  }

  const { deadline, steps: readingSteps } = deadlineOf(provision, episode.from, ctx);
  steps.push(...readingSteps);
  const end = episode.to;
  const act = ctx.events.find((e) => e.date >= episode.from && performs(provision, e, instance, ctx));
  const beforeEnd = (d: IsoDate) => end === null || d < end;
  const beforeDeadline = (d: IsoDate) => deadline === null || d < deadline;

  if (act && beforeEnd(act.date) && beforeDeadline(act.date)) {
    steps.push(eventStep(act, `Discharged: ${describeEvent(act)}`));
    steps.push({ step: 'outcome', text: `Discharged on ${act.date}${deadline ? `, before the deadline of ${deadline}` : ''}.` });
    return { ...base, to: act.date, deadline, outcome: 'discharged', events: [...eventIds, act.id], explanation: steps };
  }
  if (deadline !== null && beforeEnd(deadline)) {
    if (act && beforeEnd(act.date)) steps.push(eventStep(act, `Performed late: ${describeEvent(act)}`));
    steps.push({ step: 'outcome', text: `Breached: not performed by the deadline of ${deadline}.` });
    return { ...base, to: deadline, deadline, outcome: 'breached', events: [...eventIds, ...(act ? [act.id] : [])], explanation: steps };
  }
  if (end !== null) {
    const why = episode.instant ? 'the treaty ceased to be in force' : 'its trigger ended';
    steps.push({ step: 'outcome', text: `Lapsed on ${end}: ${why} before it was performed.` });
    return { ...base, to: end, deadline, outcome: 'lapsed', events: eventIds, explanation: steps };
  }
  steps.push({ step: 'outcome', text: `Active since ${episode.from}: not yet performed${deadline ? `; due by ${deadline}` : ''}.` });
  return { ...base, to: null, deadline, outcome: 'active', events: eventIds, explanation: steps };
}

function prohibitionOutcomes(provision: Provision, episode: Episode, instance: Instance, ctx: ObligationContext): ObligationResult[] {
  const bearer = label(instance.bearers, episode.from, ctx);
  const beneficiary = instance.beneficiary ? label([instance.beneficiary], episode.from, ctx) : null;
  const base = { treaty: ctx.treaty.treaty.id, provision: provision.id, article: provision.article, kind: 'prohibition' as const, beneficiary };
  const breaches = ctx.events.filter(
    (e) => e.date >= episode.from && (episode.to === null || e.date < episode.to) && performs(provision, e, instance, ctx),
  );
  if (breaches.length === 0) {
    const steps = [...baseSteps(provision, episode, instance, ctx), { step: 'outcome' as const, text: `Kept: no forbidden act by ${bearer} from ${episode.from}${episode.to ? ` until ${episode.to}` : ''}.` }];
    return [{ ...base, bearer, from: episode.from, to: episode.to, deadline: null, outcome: 'kept', events: episode.events.map((e) => e.id), explanation: steps }];
  }
  return breaches.map((e) => {
    const steps = [...baseSteps(provision, { ...episode, from: e.date }, instance, ctx), eventStep(e, `Forbidden act: ${describeEvent(e)}`), { step: 'outcome' as const, text: `Breached on ${e.date}, while the treaty was in force.` }];
    return { ...base, bearer: label(instance.bearers, e.date, ctx), from: e.date, to: e.date, deadline: null, outcome: 'breached' as const, events: [...episode.events.map((x) => x.id), e.id], explanation: steps };
  });
}


/** The outcome of a duty for one instance and episode: an obligation active, discharged, breached or lapsed; a prohibition kept or breached by each forbidden act. */
import { fromTo, lastDayBefore, type ExplanationStep, type IsoDate, type ObligationResult, type Provision } from '../../model/index.js';
import { eventKinds, type TimelineEvent } from '../event-index/index.js';
import type { Episode } from '../triggers.js';
import { acts } from './acts.js';
import type { ObligationContext } from './evaluate-provision.js';
import type { Instance, PartyExit } from './roles.js';
import { byLastDay, dueInWords } from './row-words.js';
import { baseSteps, exitSteps, fitted, triggerReadingSteps, type ProvisionFacts } from './steps.js';

/** How many acts of performance of a standing duty its explanation cites one by one. */
export const PERFORMANCE_STEPS_SHOWN = 3;

export function outcomes(
  provision: Provision,
  episode: Episode,
  instance: Instance,
  ctx: ObligationContext,
  facts: ProvisionFacts,
  results: ObligationResult[],
  exit?: PartyExit,
): void {
  if (provision.kind === 'prohibition') prohibitionOutcomes(provision, episode, instance, ctx, facts, results, exit);
  else results.push(obligationOutcome(provision, episode, instance, ctx, facts, exit));
}

function label(parties: readonly string[], date: IsoDate, ctx: ObligationContext): string {
  if (parties.length === 1) return ctx.successions.actingFor(parties[0]!, date);
  return parties.map((p) => ctx.successions.actingFor(p, date)).join('+');
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

function obligationOutcome(
  provision: Provision,
  episode: Episode,
  instance: Instance,
  ctx: ObligationContext,
  facts: ProvisionFacts,
  exit?: PartyExit,
): ObligationResult {
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
      steps.push({
        step: 'event',
        text: `… and ${performed.length - PERFORMANCE_STEPS_SHOWN} more acts of performance, the last on ${performed[performed.length - 1]!.date} (all listed under events)`,
      });
    }
    if (exit) exitSteps(steps, exit);
    const exitText = end && exit ? `, ${exit.party} having ${exit.why ?? 'ceased to be a party'} on ${end}` : '';
    steps.push({
      step: 'outcome',
      text: `A standing duty, active for as long as ${provision.trigger ? 'its trigger holds and ' : ''}the treaty is in force: ${fromTo(from, end)}${exitText}; no single act discharges it.`,
    });
    return {
      treaty,
      provision: provision.id,
      article: provision.article,
      kind: 'obligation',
      bearer,
      beneficiary,
      from,
      to: end,
      deadline: null,
      outcome: 'active',
      events: idsOf(episode.events, performed),
      explanation: fitted(steps),
    };
  }

  let deadline: IsoDate | null = null;
  if (facts.timing) {
    if (facts.timing.deadline) deadline = ctx.steps!.addDuration(from, facts.timing.deadline);
    steps.push(facts.timing.step);
  }
  const act = ctx.events.source.firstFrom(acts(provision, instance, ctx), from);

  if (act && before(act.date, end) && before(act.date, deadline)) {
    steps.push(ctx.steps!.eventAs('Discharged: ', act));
    steps.push({ step: 'outcome', text: `Discharged on ${act.date}${deadline ? `, in time: ${dueInWords(deadline)}` : ''}.` });
    return {
      treaty,
      provision: provision.id,
      article: provision.article,
      kind: 'obligation',
      bearer,
      beneficiary,
      from,
      to: act.date,
      deadline,
      outcome: 'discharged',
      events: idsOf(episode.events, [act]),
      explanation: fitted(steps),
    };
  }
  if (deadline !== null && before(deadline, end)) {
    // An act after the deadline but while the duty still stood was performed late; one after that
    // has nothing to do with this duty.
    const late = act && before(act.date, end) ? act : undefined;
    if (late) steps.push(ctx.steps!.eventAs('Performed late: ', late));
    steps.push({ step: 'outcome', text: `Breached: not performed ${byLastDay(deadline)}; late from ${deadline}.` });
    return {
      treaty,
      provision: provision.id,
      article: provision.article,
      kind: 'obligation',
      bearer,
      beneficiary,
      from,
      to: deadline,
      deadline,
      outcome: 'breached',
      events: idsOf(episode.events, late ? [late] : undefined),
      explanation: fitted(steps),
    };
  }
  if (end !== null) {
    if (exit) exitSteps(steps, exit);
    const why = exit
      ? `${exit.party} ${exit.why ?? 'ceased to be a party'}`
      : episode.instant || ctx.inForce.some((s) => s.to === end)
        ? 'the treaty ceased to be in force'
        : 'its trigger ended';
    steps.push({
      step: 'outcome',
      text: `Lapsed on ${end}: ${why} that day, before it was performed (last day owed ${lastDayBefore(end)}).`,
    });
    return {
      treaty,
      provision: provision.id,
      article: provision.article,
      kind: 'obligation',
      bearer,
      beneficiary,
      from,
      to: end,
      deadline,
      outcome: 'lapsed',
      events: idsOf(episode.events),
      explanation: fitted(steps),
    };
  }
  steps.push({
    step: 'outcome',
    text: `Active since ${from}: not yet performed${deadline ? `; ${dueInWords(deadline)}` : ''}.`,
  });
  return {
    treaty,
    provision: provision.id,
    article: provision.article,
    kind: 'obligation',
    bearer,
    beneficiary,
    from,
    to: null,
    deadline,
    outcome: 'active',
    events: idsOf(episode.events),
    explanation: fitted(steps),
  };
}

function prohibitionOutcomes(
  provision: Provision,
  episode: Episode,
  instance: Instance,
  ctx: ObligationContext,
  facts: ProvisionFacts,
  out: ObligationResult[],
  exit?: PartyExit,
): void {
  const treaty = ctx.treaty.treaty.id;
  const beneficiary = instance.beneficiary ? label([instance.beneficiary], episode.from, ctx) : null;
  const forbidden = ctx.events.source.within(acts(provision, instance, ctx), episode.from, episode.to);
  // An act an exception covers (self-defence reported to the Security Council) is no breach.
  const excused = new Map<TimelineEvent, ExplanationStep[]>();
  for (const e of forbidden) {
    const steps = excusedBy(provision, e, instance, ctx);
    if (steps) excused.set(e, steps);
  }
  const breaches = excused.size ? forbidden.filter((e) => !excused.has(e)) : forbidden;
  // One row for an act on its day: a breach, or (beside breaches) an act an exception excused.
  const actRow = (e: TimelineEvent, outcome: 'kept' | 'breached', why: readonly ExplanationStep[]): ObligationResult => {
    const steps = baseSteps(facts, { ...episode, from: e.date }, instance, ctx);
    for (const s of why) steps.push(s);
    return {
      treaty,
      provision: provision.id,
      article: provision.article,
      kind: 'prohibition',
      beneficiary,
      bearer: label(instance.bearers, e.date, ctx),
      from: e.date,
      to: e.date,
      deadline: null,
      outcome,
      events: idsOf(episode.events, [e]),
      explanation: fitted(steps),
    };
  };
  if (breaches.length > 0) for (const [e, why] of excused) out.push(actRow(e, 'kept', why));
  if (breaches.length === 0) {
    const bearer = label(instance.bearers, episode.from, ctx);
    const steps = baseSteps(facts, episode, instance, ctx);
    for (const why of excused.values()) for (const s of why) steps.push(s);
    if (exit) exitSteps(steps, exit);
    steps.push({
      step: 'outcome',
      text: `Kept: no forbidden act by ${bearer} ${fromTo(episode.from, episode.to)}${episode.to && exit ? `, ${exit.party} having ${exit.why ?? 'ceased to be a party'} on ${episode.to}` : ''}.`,
    });
    out.push({
      treaty,
      provision: provision.id,
      article: provision.article,
      kind: 'prohibition',
      beneficiary,
      bearer,
      from: episode.from,
      to: episode.to,
      deadline: null,
      outcome: 'kept',
      events: idsOf(episode.events, [...excused.keys()]),
      explanation: fitted(steps),
    });
    return;
  }
  for (const e of breaches)
    out.push(
      actRow(e, 'breached', [
        ctx.steps!.eventAs('Forbidden act: ', e),
        { step: 'outcome', text: `Breached on ${e.date}, while the treaty was in force.` },
      ]),
    );
}

/**
 * The steps that excuse a forbidden act under one of the provision's exceptions (default logic: the
 * rule holds unless an exception applies), or undefined if none does. An exception applies when the
 * act is of one of its kinds and, if it requires one, an accompanying act by the bearer follows on
 * the day or within the period it names (self-defence, reported to the Security Council).
 */
function excusedBy(provision: Provision, act: TimelineEvent, instance: Instance, ctx: ObligationContext): ExplanationStep[] | undefined {
  for (const exception of provision.exceptions ?? []) {
    if (exception.kind && !eventKinds(act).some((k) => exception.kind!.includes(k))) continue;
    let accompanied: TimelineEvent | undefined;
    if (exception.requires) {
      const { event: type, within } = exception.requires;
      const until = within ? ctx.steps!.addDuration(act.date, within) : null;
      const actors = new Set(instance.bearers.flatMap((b) => ctx.successions.actorsOf(b)));
      accompanied = ctx.events
        .ofType(type)
        .find((e) => e.date >= act.date && (until === null || e.date <= until) && e.by !== undefined && actors.has(e.by));
      if (!accompanied) continue;
    }
    const steps: ExplanationStep[] = [
      ctx.steps!.eventAs('Act that would be forbidden: ', act),
      { step: 'rule', text: `Exception ${exception.id}: ${exception.description} — "${exception.quote.text}"` },
    ];
    if (accompanied) steps.push(ctx.steps!.eventAs('As the exception requires: ', accompanied));
    steps.push({ step: 'outcome', text: `Not a breach: the act of ${act.date} falls under the exception ${exception.id}.` });
    return steps;
  }
  return undefined;
}

/**
 * What a run needs to know about lifecycles before and after computing them: which states may be
 * members of a treaty (to index their events), the order in which tied treaties are computed, and
 * the lifecycle a provision sees when it survives the treaty's end.
 */
import { addDurationWithin, type CompiledTreaty, type Event, type ExplanationStep, type IsoDate } from '../../model/index.js';
import type { Participation, Span, TreatyLifecycle } from './types.js';

/**
 * The original parties, then every state that deposits an accession (or, with a threshold, an
 * instrument) recorded for the treaty or, in a scenario, naming it (`treaty:`), in order of first
 * appearance. One pass over the scenario's events.
 */
export function potentialMembers(treaty: CompiledTreaty, scenarioEvents: readonly Event[], includeHistory: boolean): string[] {
  const lifecycle = treaty.treaty.lifecycle;
  const types = new Set<string>();
  if (lifecycle.accessionEvent) types.add(lifecycle.accessionEvent);
  if (lifecycle.entryIntoForce.threshold && lifecycle.entryIntoForce.event) types.add(lifecycle.entryIntoForce.event);
  const members = new Set(treaty.treaty.parties);
  if (types.size === 0) return [...members];
  if (includeHistory) for (const e of treaty.history) if (types.has(e.type) && e.by) members.add(e.by);
  for (const e of scenarioEvents) if (e.treaty === treaty.treaty.id && e.by && types.has(e.type)) members.add(e.by);
  return [...members];
}

/** The treaties a tied treaty depends on come first; every treaty once (check refuses cycles; one here is broken, not followed). */
export function lifecycleOrder(treaties: readonly CompiledTreaty[], all: readonly CompiledTreaty[]): CompiledTreaty[] {
  const byId = new Map(all.map((t) => [t.treaty.id, t]));
  const out: CompiledTreaty[] = [];
  const seen = new Set<string>();
  const visit = (t: CompiledTreaty) => {
    if (seen.has(t.treaty.id)) return;
    seen.add(t.treaty.id);
    const d = t.treaty.lifecycle.duration;
    const targets =
      d.type === 'tied'
        ? [d.treaty]
        : d.type === 'by-reading'
          ? Object.values(d.readings).flatMap((c) => (c.type === 'tied' ? [c.treaty] : []))
          : [];
    for (const id of targets) {
      const target = byId.get(id);
      if (target) visit(target);
    }
    out.push(t);
  };
  treaties.forEach(visit);
  return out;
}

/**
 * The lifecycle a provision sees: the treaty's own, or, for a provision that survives the end
 * (`lifecycle.survival`), one whose spans run on for the survival period after a termination or a
 * withdrawal, with the survival clause's step at their end.
 */
export function lifecycleForProvision(
  treaty: CompiledTreaty,
  lifecycle: TreatyLifecycle,
  provisionId: string,
  steps: (rule: number) => ExplanationStep,
): TreatyLifecycle {
  const rules = treaty.treaty.lifecycle.survival
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.provisions.includes(provisionId));
  if (rules.length === 0) return lifecycle;
  const extend = (to: IsoDate | null, endedBy: 'withdrawal' | 'termination' | undefined) => {
    let best: { to: IsoDate | null; step: ExplanationStep } | undefined;
    if (to === null || endedBy === undefined) return undefined;
    for (const { rule, index } of rules) {
      if (rule.after !== 'both' && rule.after !== endedBy) continue;
      const until = addDurationWithin(to, rule.period);
      if (!best || until === null || (best.to !== null && until > best.to)) best = { to: until, step: steps(index) };
    }
    return best;
  };
  const participation = new Map<string, Participation[]>();
  for (const [party, spans] of lifecycle.participation)
    participation.set(
      party,
      spans.map((s) => {
        const longer = extend(s.to, s.endedBy);
        return longer ? { from: s.from, to: longer.to, endedBecause: [...(s.endedBecause ?? []), longer.step] } : s;
      }),
    );
  const treatyEnd = lifecycle.intervals.find((i) => i.status === 'terminated')?.from ?? null;
  const inForce: Span[] = lifecycle.inForce.map((s) => {
    const longer = s.to !== null && s.to === treatyEnd ? extend(s.to, 'termination') : undefined;
    return longer ? { from: s.from, to: longer.to } : s;
  });
  // Withdrawals that a surviving provision outlives keep the treaty applying for that party: widen the treaty's spans to cover them.
  for (const spans of participation.values())
    for (const p of spans)
      if (!inForce.some((s) => s.from <= p.from && (s.to === null || (p.to !== null && p.to <= s.to))))
        inForce.push({ from: p.from, to: p.to });
  return { ...lifecycle, participation, inForce: mergeSpans(inForce) };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (last.to === null || s.from <= last.to)) {
      if (last.to !== null && (s.to === null || s.to > last.to)) last.to = s.to;
    } else out.push({ ...s });
  }
  return out;
}

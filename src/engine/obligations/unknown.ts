/**
 * Duties whose outcome rests on days whose treaty status is unknown (an unknown duration or entry
 * into force, a tied treaty's unknown status) are `unknown`, with the reason: never an outcome that
 * looks like knowledge. A duty decided before the unknown days begin keeps its outcome.
 */
import type { ObligationResult, Provision } from '../../model/index.js';
import type { UnknownSpan } from '../treaty-lifecycle/index.js';

export function markUnknown(results: ObligationResult[], unknown: readonly UnknownSpan[]): ObligationResult[] {
  if (unknown.length === 0) return results;
  return results.map((o) => {
    const span = unknown.find((u) => (o.from === null || u.to === null || o.from < u.to) && (o.to === null || o.to > u.from));
    if (!span || o.outcome === 'not-triggered') return o;
    const text =
      o.from !== null && o.from >= span.from
        ? `Unknown: the treaty's status on ${o.from}, the day this arose, is unknown.`
        : `Unknown: this was still open on ${span.from}, from which the treaty's status is unknown.`;
    return {
      ...o,
      outcome: 'unknown' as const,
      to: null,
      explanation: [...o.explanation, ...span.steps, { step: 'missing-fact' as const, text }],
    };
  });
}

/** A provision whose words are cut in the source: every outcome that rests on it is unknown, with the reason. */
export function markIncomplete(provision: Provision, results: ObligationResult[]): ObligationResult[] {
  const incomplete = provision.incomplete;
  if (!incomplete) return results;
  const text = `Unknown: the provision's words are cut in the source (${incomplete.reason}); what it requires, and so this outcome, cannot be said.`;
  return results.map((o) =>
    o.outcome === 'unknown'
      ? o
      : { ...o, outcome: 'unknown' as const, explanation: [...o.explanation, { step: 'missing-fact' as const, text }] },
  );
}

/**
 * Duties whose outcome rests on days whose treaty status is unknown (an unknown duration or entry
 * into force, a tied treaty's unknown status) are `unknown`, with the reason: never an outcome that
 * looks like knowledge. A duty decided before the unknown days begin keeps its outcome.
 */
import type { ObligationResult } from '../../model/index.js';
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

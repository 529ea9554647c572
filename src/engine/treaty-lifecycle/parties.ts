/**
 * Each party's status intervals: not bound before its own start, provisionally applying, bound
 * from its start (the treaty's terms, its own withdrawal), suspended, unknown; split where a
 * continuator takes its place, with the succession cited. And the spans in which it is bound.
 */
import { citationText, fromTo, type ExplanationStep, type IsoDate, type StatusIntervalJson, type Succession } from '../../model/index.js';
import type { Successions } from '../succession.js';
import type { PartyStart } from './entry.js';
import { notInForce } from './explain.js';
import type { ProvisionalSpan, WholeSuspension } from './membership.js';
import { paint, spansWhere } from './paint.js';
import type { Participation, Span, UnknownSpan } from './types.js';

/** Statuses in which a treaty's duties apply (or may: unknown), for triggers and participation. */
export const APPLYING = new Set(['in-force', 'provisionally-applied', 'unknown']);

/** A bound party's intervals from the lifecycle computed for it: not bound before its own start, and why it is bound. */
export function boundFrom(
  party: string,
  intervals: StatusIntervalJson[],
  entry: IsoDate,
  start: PartyStart,
  basisLength: number,
): StatusIntervalJson[] {
  let out = intervals;
  if (start.from > entry) {
    // One not-in-force interval up to its start, whatever the treaty's status was before it.
    const before = notInForce(null, start.from, start.steps, `${party} not yet bound: bound from ${start.from}.`);
    out = paint(out, null, start.from, (part) => ({ ...before, from: part.from, to: part.to }));
    out = paint(out, start.from, null, (part) =>
      part.status === 'in-force' ? { ...part, explanation: [...start.steps, ...part.explanation.slice(basisLength)] } : null,
    );
  }
  return out;
}

/** Provisional application over the days a state is not (yet) bound, and the days after it refused it. */
export function withProvisional(
  intervals: StatusIntervalJson[],
  span: ProvisionalSpan | undefined,
  until: IsoDate | null,
  party: string,
): StatusIntervalJson[] {
  if (!span) return intervals;
  const refused = span.refusedOn?.date ?? null;
  const end = refused !== null && (until === null || refused < until) ? refused : until;
  let out = paint(intervals, span.from, end, (part) =>
    part.status === 'not-in-force'
      ? {
          ...part,
          status: 'provisionally-applied',
          explanation: span.steps.concat({
            step: 'lifecycle',
            text: `${party} applies the treaty provisionally ${fromTo(span.from, end)}.`,
          }),
        }
      : null,
  );
  if (refused !== null && span.refusedOn) {
    const steps: ExplanationStep[] = [
      ...span.steps,
      {
        step: 'event',
        text: `${party} said on ${refused} that it will not become a party, which ends its provisional application (VCLT Art. 25(2)).`,
      },
    ];
    out = paint(out, refused, until, (part) =>
      part.status === 'not-in-force' ? notInForce(part.from, part.to, steps, `${party} no longer applies the treaty provisionally.`) : null,
    );
  }
  return out;
}

/** The whole treaty's operation suspended: in-force days become suspended. */
export function withSuspensions(intervals: StatusIntervalJson[], whole: readonly WholeSuspension[]): StatusIntervalJson[] {
  let out = intervals;
  for (const s of whole)
    out = paint(out, s.from, s.to, (part) =>
      part.status === 'in-force' ? { ...part, status: 'suspended', explanation: part.explanation.concat(s.steps) } : null,
    );
  return out;
}

/** Days whose status is unknown from a day on (an unknown duration, a tied treaty's unknown status). */
export function withUnknown(intervals: StatusIntervalJson[], unknown: UnknownSpan | undefined): StatusIntervalJson[] {
  if (!unknown) return intervals;
  return paint(intervals, unknown.from, unknown.to, (part) =>
    part.status === 'not-in-force' && part.from === null
      ? null
      : { status: 'unknown', from: part.from, to: part.to, term: null, explanation: unknown.steps },
  );
}

const BOUND = new Set(['in-force', 'provisionally-applied', 'suspended', 'unknown']);

/** A party's intervals split where a continuator takes its place: `state` names it, and a step cites the succession. */
export function splitBySuccession(party: string, intervals: StatusIntervalJson[], successions: Successions): StatusIntervalJson[] {
  let out = intervals;
  for (const s of successions.chainOf(party)) {
    const step = successionStep(s);
    const continued = (part: StatusIntervalJson) => ({ ...part, state: s.continuator, explanation: part.explanation.concat(step) });
    // Only the days the party is bound (or may be) are split: a treaty that ended, or had not begun, before the
    // succession is not the continuator's; one that ended, or had not begun, after it is.
    out = paint(out, s.from, null, (part) => (BOUND.has(part.status) ? continued(part) : null)).map((i) =>
      !BOUND.has(i.status) && i.from !== null && i.from >= s.from ? continued(i) : i,
    );
  }
  return out;
}

/** The step citing a succession record (states.yaml): who continues whom, from when, on whose word. */
export function successionStep(s: Succession): ExplanationStep {
  const cite = citationText(s.source);
  return {
    step: 'succession',
    text: `${s.continuator} continues ${s.predecessor} from ${s.from}, in its place under its treaties${cite ? ` (${cite})` : ''}.`,
  };
}

/** The spans in which the party is bound, merged, each with the explanation of what followed it. */
export function participationOf(intervals: readonly StatusIntervalJson[], withdrawalEnd: (date: IsoDate) => boolean): Participation[] {
  return spansWhere(intervals, APPLYING, '0000-01-01').map((s) => ({
    from: s.from,
    to: s.to,
    ...(s.next && s.to !== null
      ? { endedBecause: s.next.explanation, endedBy: withdrawalEnd(s.to) ? ('withdrawal' as const) : ('termination' as const) }
      : {}),
  }));
}

/** The treaty-level spans in which it applies (or may), merged. */
export function applyingSpans(intervals: readonly StatusIntervalJson[]): Span[] {
  return spansWhere(intervals, APPLYING, '0000-01-01').map(({ from, to }) => ({ from, to }));
}

export function unknownSpans(intervals: readonly StatusIntervalJson[]): UnknownSpan[] {
  return intervals.flatMap((i) => (i.status === 'unknown' ? [{ from: i.from ?? '0000-01-01', to: i.to, steps: i.explanation }] : []));
}

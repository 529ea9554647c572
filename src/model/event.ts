/**
 * An event on a timeline: a recorded fact in a treaty's `history.yaml` or a scenario's own.
 * Which fields an event type uses is declared in the vocabulary; `pacta check` enforces it.
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id, SourceRef, StateCode } from './common.js';

/** The event fields that name states: the ones roles bind to and successions apply to. */
export const STATE_FIELDS = ['by', 'against', 'to', 'parties'] as const;
export type StateField = (typeof STATE_FIELDS)[number];

export const Event = z
  .object({
    id: Id,
    date: IsoDate,
    type: Id.describe('an event type from vocabulary.yaml'),
    by: StateCode.optional().describe('the state that acts'),
    against: StateCode.optional().describe('the state acted against'),
    to: StateCode.optional().describe('the state acted towards (a notice given to, assistance provided to)'),
    parties: z.array(StateCode).optional().describe('the states taking part jointly (an exchange, an agreement)'),
    treaty: Id.optional().describe('the treaty the act concerns (a ratification, a notice); needed where it is ambiguous'),
    kind: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('a sub-kind, e.g. assistance "military"'),
    place: z.string().optional(),
    source: SourceRef.optional().describe('who reported it; required in history.yaml'),
    note: z.string().optional(),
  })
  .strict();
export type Event = z.infer<typeof Event>;

/** The states an event names in a field, as a list. */
export function statesIn(event: Event, field: StateField): string[] {
  const value = event[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

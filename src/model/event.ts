/**
 * An event on a timeline: a recorded fact in a treaty's `history.yaml` or a scenario's own.
 * Which fields an event type uses is declared in the vocabulary; `pacta check` enforces it.
 *
 * The state fields name a state (PRK) or a non-state actor of states.yaml (UNSC, ISIL). The place is
 * one place of the corpus's gazetteer, or several at once: `[usa-forces, pacific-area]` is "on
 * United States forces, in the Pacific area" (the event lies in every place listed).
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id, SourceRef, StateOrActorCode } from './common.js';

/** The event fields that name states: the ones roles bind to and successions apply to. */
export const STATE_FIELDS = ['by', 'against', 'to', 'parties'] as const;
export type StateField = (typeof STATE_FIELDS)[number];

export const Event = z
  .object({
    id: Id,
    date: IsoDate,
    type: Id.describe('an event type from vocabulary.yaml'),
    by: StateOrActorCode.optional().describe('the state (or non-state actor) that acts'),
    against: StateOrActorCode.optional().describe('the state (or actor) acted against'),
    to: StateOrActorCode.optional().describe(
      'the state or actor acted towards (a notice given to, assistance provided to, a report to UNSC)',
    ),
    parties: z.array(StateOrActorCode).optional().describe('the states (or actors) taking part jointly (an exchange, an agreement)'),
    treaty: Id.optional().describe('the treaty the act concerns (a ratification, a notice); needed where it is ambiguous'),
    article: z
      .string()
      .min(1)
      .optional()
      .describe('an invocation: the article of `treaty` the act invokes, as the treaty numbers it ("4")'),
    kind: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('a sub-kind, e.g. assistance "military"'),
    place: z
      .union([Id, z.array(Id).min(1)])
      .optional()
      .describe('where it happened: a place id of gazetteer.yaml, or several the event lies in at once ([usa-forces, pacific-area])'),
    uncertain: z
      .strictObject({
        earliest: IsoDate.optional().describe('not before this day; absent: no earlier bound is known'),
        latest: IsoDate.optional().describe('not after this day; absent: no later bound is known'),
      })
      .optional()
      .describe('the day is known only within bounds ("on or before" `date`: latest = date): outcomes that depend on it are unknown'),
    disputed: z
      .array(z.strictObject({ date: IsoDate, source: SourceRef.describe('who gives this other date') }))
      .min(1)
      .optional()
      .describe('other days that sources give for the same event: outcomes that depend on which is right are unknown'),
    source: SourceRef.optional().describe('who reported it; required in history.yaml'),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const u = e.uncertain;
    if (u?.earliest !== undefined && e.date < u.earliest)
      ctx.addIssue({
        code: 'custom',
        path: ['uncertain', 'earliest'],
        message: `the earliest day ${u.earliest} comes after the event's date ${e.date}: give date within the bounds`,
      });
    if (u?.latest !== undefined && e.date > u.latest)
      ctx.addIssue({
        code: 'custom',
        path: ['uncertain', 'latest'],
        message: `the latest day ${u.latest} comes before the event's date ${e.date}: give date within the bounds`,
      });
  });
export type Event = z.infer<typeof Event>;

/** The places an event lies in, as a list (undefined: no place given). */
export function placesOf(event: Pick<Event, 'place'>): string[] | undefined {
  const value = event.place;
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** The states (and actors) an event names in a field, as a list. */
export function statesIn(event: Event, field: StateField): string[] {
  const value = event[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The days an event may have been, ascending, each once: its recorded day and, where its day is
 * uncertain or disputed, its bounds (an open bound: the calendar's first or last day) and the days
 * in dispute. One day for an exact event.
 */
export function possibleDays(event: Pick<Event, 'date' | 'uncertain' | 'disputed'>): IsoDate[] {
  const days = new Set<IsoDate>([event.date]);
  if (event.uncertain) {
    days.add(event.uncertain.earliest ?? '0000-01-01');
    days.add(event.uncertain.latest ?? '9999-12-31');
  }
  for (const d of event.disputed ?? []) days.add(d.date);
  return [...days].sort();
}

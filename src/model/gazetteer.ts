/**
 * `corpus/gazetteer.yaml`: the places events happen in and provisions are bounded by — states'
 * territories and armed forces, regions, named treaty areas, seas and cities — and how they lie in
 * one another. Data, not code: the engine's `Places` (src/engine/places.ts) reads it.
 *
 * Two relations, both dated where they change (half-open `[from, to)`, like every interval):
 *   - `within`: wholly inside. Transitive: Kursk Oblast within Russia's territory, within the USSR's
 *     until 1991-12-26, so an event in Kursk in 1985 lies in the USSR's territory.
 *   - `partlyWithin`: partly inside (Russia's territory in Europe and in Asia). Not transitive: a
 *     place within Russia's territory is not thereby in Asia. An event placed only in a place that is
 *     partly in an area may or may not lie in it, so a scope test on it is `unknown`, never `in`.
 *
 * The gazetteer is optional: a corpus without one names no places (an event's place is then not
 * checked, and a provision's scope cannot be decided).
 */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id, SourceRef, StateCode } from './common.js';

export const PLACE_KINDS = [
  'territory', // a state's territory (state required)
  'island-territory', // island territories under a state's jurisdiction (state recommended)
  'region', // a region of a state (Kursk Oblast) or a continent-like region (Europe, the Far East, the world)
  'area', // a named treaty area: the North Atlantic area, the Pacific area
  'sea',
  'city',
  'forces', // a state's armed forces, public vessels and aircraft, wherever they are (state required)
] as const;
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** Kinds that belong to one state: `state` is required. */
export const STATE_PLACE_KINDS: readonly PlaceKind[] = ['territory', 'forces'];

/** A containment: a place id (always), or a place with the days it holds. */
export const Containment = z.union([
  Id.describe('a place id of this gazetteer'),
  z
    .object({
      place: Id.describe('a place id of this gazetteer'),
      from: IsoDate.optional().describe('first day it holds; absent: as far back as the place goes'),
      to: IsoDate.optional().describe('first day it no longer holds (half-open); absent: still holds'),
      note: z.string().optional(),
      source: SourceRef.optional().describe('where the change is attested'),
    })
    .strict(),
]);
export type Containment = z.infer<typeof Containment>;

export const Place = z
  .object({
    id: Id.describe('e.g. rus-territory, kursk-oblast, usa-forces, pacific-area'),
    name: z.string().min(1).describe('the name in English, as sources use it'),
    kind: PlaceKind,
    state: StateCode.optional().describe('the state whose territory or forces this is (required for territory and forces)'),
    within: z.array(Containment).default([]).describe('places it lies wholly inside (transitive)'),
    partlyWithin: z.array(Containment).default([]).describe('places it lies partly inside (not transitive)'),
    from: IsoDate.optional().describe('first day the place exists under this id'),
    to: IsoDate.optional().describe('first day it no longer exists (half-open)'),
    note: z.string().optional(),
    source: SourceRef.optional().describe('where its extent and relations are attested'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (STATE_PLACE_KINDS.includes(p.kind) && p.state === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: `a place of kind ${p.kind} needs the state it belongs to (state: its code)`,
      });
    if (p.from !== undefined && p.to !== undefined && p.to <= p.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${p.to}) must be after from (${p.from})` });
    for (const key of ['within', 'partlyWithin'] as const)
      p[key].forEach((c, i) => {
        if (typeof c !== 'string' && c.from !== undefined && c.to !== undefined && c.to <= c.from)
          ctx.addIssue({ code: 'custom', path: [key, i, 'to'], message: `to (${c.to}) must be after from (${c.from})` });
      });
  });
export type Place = z.infer<typeof Place>;

export const GazetteerFile = z
  .object({
    $schema: z.string().optional(),
    places: z.array(Place).min(1),
  })
  .strict();
export type GazetteerFile = z.infer<typeof GazetteerFile>;

/** A containment as `{ place, from?, to? }`, whichever way it was written. */
export function containmentOf(c: Containment): { place: string; from?: string; to?: string } {
  return typeof c === 'string' ? { place: c } : c;
}

/** Does a place (or a containment) hold on `date`: on or after its `from`, before its `to`? */
export function holdsOn(span: { from?: string; to?: string }, date: string): boolean {
  return (span.from === undefined || date >= span.from) && (span.to === undefined || date < span.to);
}

/**
 * Places (issue 15): where an event lies relative to a provision's geographic scope, from the
 * corpus's gazetteer. Pure: no I/O; the gazetteer is data handed over by the caller.
 *
 * `within` is the transitive, reflexive closure of the gazetteer's `within` entries that hold on the
 * day (a containment's own `from`/`to`, between two places that both exist on the day). Whether an event place
 * lies in an area is one of:
 *   - `in`: the place is within the area;
 *   - `maybe`: it may be, in part or not at all — the two share a place within both, one is partly
 *     within a place within the other (Russia's territory, partly in Europe, against Europe; Europe
 *     against Kursk Oblast), or the event place is a state's forces (they may be anywhere) and the
 *     area is not;
 *   - `out`: none of these. The gazetteer is read as closed: places not related by it are apart.
 * An event lies in every place it lists (`[usa-forces, pacific-area]`: on US forces, in the Pacific
 * area): it is in an area if one of them is, out if one of them is apart from it, else unknown.
 *
 * The relations change only on the dates the gazetteer names, so they are computed once for each
 * stretch between two such dates, and each answer is kept: a million events ask the same few
 * questions.
 */
import { containmentOf, type GazetteerFile, holdsOn, type IsoDate, type Place, type PlaceScope } from '../model/index.js';

export type ScopeMatch = 'in' | 'out' | 'unknown';

/** Where one place lies relative to an area on a day (see the file comment); `unknown`: the gazetteer lacks one of them. */
export type PlaceRelation = 'in' | 'maybe' | 'out' | 'unknown';

/** The relations over one stretch of days on which no containment or place begins or ends. */
interface Stretch {
  /** Place → the places it is directly within / partly within, on these days. */
  up: Map<string, string[]>;
  partly: Map<string, string[]>;
  /** Place → the places directly within it. */
  down: Map<string, string[]>;
  ancestors: Map<string, Set<string>>;
  descendants: Map<string, Set<string>>;
  /** Place → the places partly overlapping one of its descendants (itself included). */
  touching: Map<string, Set<string>>;
  relations: Map<string, PlaceRelation>;
}

export class Places {
  private readonly byId: Map<string, Place>;
  /** Every date a place or containment begins or ends, sorted, distinct. */
  private readonly breaks: IsoDate[];
  private readonly stretches = new Map<number, Stretch>();
  private readonly territories = new Map<string, string[]>();
  private readonly forces = new Map<string, string[]>();

  constructor(gazetteer: GazetteerFile | undefined) {
    const places = gazetteer?.places ?? [];
    this.byId = new Map(places.map((p) => [p.id, p]));
    const dates = new Set<IsoDate>();
    for (const p of places) {
      for (const d of [p.from, p.to]) if (d !== undefined) dates.add(d);
      for (const c of [...p.within, ...p.partlyWithin].map(containmentOf))
        for (const d of [c.from, c.to]) if (d !== undefined) dates.add(d);
      const map =
        p.kind === 'forces' ? this.forces : p.kind === 'territory' || p.kind === 'island-territory' ? this.territories : undefined;
      if (map && p.state !== undefined) map.set(p.state, [...(map.get(p.state) ?? []), p.id]);
    }
    this.breaks = [...dates].sort();
  }

  /** Is there a gazetteer at all? */
  get defined(): boolean {
    return this.byId.size > 0;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  place(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /** Does the place exist on `date` (between its `from` and `to`)? False for an unknown id. */
  existsOn(id: string, date: IsoDate): boolean {
    const p = this.byId.get(id);
    return p !== undefined && holdsOn(p, date);
  }

  /** Is `place` within `area` on `date`, directly or through other places? Every place is within itself. */
  within(place: string, area: string, date: IsoDate): boolean {
    if (place === area) return true;
    if (!this.byId.has(place) || !this.byId.has(area)) return false;
    return this.closure(this.stretchOf(date), place, 'ancestors').has(area);
  }

  /** Where `place` (an event's) lies relative to `area` on `date`. */
  relation(place: string, area: string, date: IsoDate): PlaceRelation {
    if (!this.byId.has(place) || !this.byId.has(area)) return 'unknown';
    if (place === area) return 'in';
    const stretch = this.stretchOf(date);
    const key = `${place}\u0000${area}`;
    const kept = stretch.relations.get(key);
    if (kept !== undefined) return kept;
    const relation = this.relate(stretch, place, area);
    stretch.relations.set(key, relation);
    return relation;
  }

  /** The state's territory: its places of kind territory and island-territory, in gazetteer order. */
  territoryOf(state: string): string[] {
    return this.territories.get(state) ?? [];
  }

  /** The state's armed forces, public vessels and aircraft: its places of kind forces. */
  forcesOf(state: string): string[] {
    return this.forces.get(state) ?? [];
  }

  private relate(stretch: Stretch, place: string, area: string): PlaceRelation {
    if (this.closure(stretch, place, 'ancestors').has(area)) return 'in';
    // A state's forces may be anywhere: only an area of forces can be ruled out.
    if (this.byId.get(place)!.kind === 'forces' && this.byId.get(area)!.kind !== 'forces') return 'maybe';
    const inArea = this.closure(stretch, area, 'descendants');
    for (const d of this.closure(stretch, place, 'descendants')) if (inArea.has(d)) return 'maybe';
    for (const t of this.touchingOf(stretch, place)) if (inArea.has(t)) return 'maybe';
    return 'out';
  }

  /** The stretch of days `date` falls in: stretch k runs from breaks[k-1] (inclusive) to breaks[k]. */
  private stretchOf(date: IsoDate): Stretch {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid]! <= date) lo = mid + 1;
      else hi = mid;
    }
    let stretch = this.stretches.get(lo);
    if (!stretch) {
      stretch = this.buildStretch(date);
      this.stretches.set(lo, stretch);
    }
    return stretch;
  }

  private buildStretch(date: IsoDate): Stretch {
    const up = new Map<string, string[]>();
    const partly = new Map<string, string[]>();
    const down = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
    for (const p of this.byId.values()) {
      if (!holdsOn(p, date)) continue;
      for (const c of p.within.map(containmentOf))
        if (c.place !== p.id && this.existsOn(c.place, date) && holdsOn(c, date)) {
          add(up, p.id, c.place);
          add(down, c.place, p.id);
        }
      for (const c of p.partlyWithin.map(containmentOf))
        if (c.place !== p.id && this.existsOn(c.place, date) && holdsOn(c, date)) {
          // Overlap is symmetric: each is partly within the other.
          add(partly, p.id, c.place);
          add(partly, c.place, p.id);
        }
    }
    return { up, partly, down, ancestors: new Map(), descendants: new Map(), touching: new Map(), relations: new Map() };
  }

  /** The places `id` is within (ancestors) or that are within it (descendants), itself included; cycles are harmless. */
  private closure(stretch: Stretch, id: string, which: 'ancestors' | 'descendants'): Set<string> {
    const cache = stretch[which];
    const kept = cache.get(id);
    if (kept) return kept;
    const edges = which === 'ancestors' ? stretch.up : stretch.down;
    const seen = new Set<string>([id]);
    const queue = [id];
    for (let i = 0; i < queue.length; i++)
      for (const next of edges.get(queue[i]!) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    cache.set(id, seen);
    return seen;
  }

  /** The places partly overlapping `id` or a place within it. */
  private touchingOf(stretch: Stretch, id: string): Set<string> {
    const kept = stretch.touching.get(id);
    if (kept) return kept;
    const touching = new Set<string>();
    for (const d of this.closure(stretch, id, 'descendants')) for (const t of stretch.partly.get(d) ?? []) touching.add(t);
    stretch.touching.set(id, touching);
    return touching;
  }
}

/**
 * Does an event lie within a provision's scope? `in` if it lies in one scope entry, `out` if it
 * lies outside every one, else `unknown` — also when the event has no place, or the gazetteer lacks
 * a place the answer needs (an id, a role's territory or forces), or a role is not bound.
 *
 * `binding` maps roles to the states they bind (`attacked-party` → `PRK`). An empty scope bounds
 * nothing: `in`.
 */
export function scopeMatch(
  scope: readonly PlaceScope[],
  eventPlaces: readonly string[] | undefined,
  binding: Readonly<Record<string, string>>,
  date: IsoDate,
  places: Places,
): ScopeMatch {
  if (scope.length === 0) return 'in';
  if (!eventPlaces || eventPlaces.length === 0) return 'unknown';
  return any(scope.map((entry) => entryMatch(entry, eventPlaces, binding, date, places)));
}

function entryMatch(
  entry: PlaceScope,
  eventPlaces: readonly string[],
  binding: Readonly<Record<string, string>>,
  date: IsoDate,
  places: Places,
): ScopeMatch {
  const lies = (area: string) => liesIn(eventPlaces, area, date, places);
  if (typeof entry === 'string') return lies(entry);
  if ('all' in entry) return all(entry.all.map(lies));
  const state = binding[entry.of];
  if (state === undefined) return 'unknown';
  const own = (entry.places === 'territory' ? places.territoryOf(state) : places.forcesOf(state)).filter((id) => places.existsOn(id, date));
  if (own.length === 0) return 'unknown';
  const inOwn = any(own.map(lies));
  return entry.in === undefined ? inOwn : all([inOwn, lies(entry.in)]);
}

/** The event lies in every place it lists: in the area if one of them is, out if one of them is apart from it. */
function liesIn(eventPlaces: readonly string[], area: string, date: IsoDate, places: Places): ScopeMatch {
  const relations = eventPlaces.map((p) => places.relation(p, area, date));
  if (relations.includes('in')) return 'in';
  if (relations.includes('out')) return 'out';
  return 'unknown';
}

function any(results: readonly ScopeMatch[]): ScopeMatch {
  if (results.includes('in')) return 'in';
  return results.every((r) => r === 'out') ? 'out' : 'unknown';
}

function all(results: readonly ScopeMatch[]): ScopeMatch {
  if (results.includes('out')) return 'out';
  return results.every((r) => r === 'in') ? 'in' : 'unknown';
}

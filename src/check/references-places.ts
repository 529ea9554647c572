/**
 * Reference checks of places and actors (issue 15): the gazetteer itself (unique ids, defined
 * states, containments that name places and do not go round), the places events lie in (defined,
 * existing on the event's day), provisions' scopes (places defined, roles bound, a place of the kind
 * for every party a role may bind to) and the non-state actors events and provisions name.
 *
 * Without a gazetteer.yaml an event's place is not checked (a corpus may record where things
 * happened before it has places), but a provision's scope is refused: it could never be decided.
 */
import { type Loaded, type PathKey } from '../corpus/index.js';
import {
  containmentOf,
  holdsOn,
  isActorCode,
  lastDayBefore,
  type Place,
  type PlaceScope,
  STANDARD_ROLES,
  STATE_PLACE_KINDS,
} from '../model/index.js';
import { type Context, duplicates, list, type Report, reportUnknownState } from './reference-context.js';

/** At most this many ids are suggested for an unknown one. */
const NEAR = 5;

/** The gazetteer: ids unique, `state` defined, every containment naming a place, none going round. */
export function checkGazetteer(loaded: Loaded<unknown>, ctx: Context, report: Report) {
  const places = ctx.corpus.gazetteer!.value.places;
  const known = ctx.places!;
  for (const i of duplicates(places, (p) => p.id))
    report(loaded, ['places', i, 'id'], 'duplicate-id', `place "${places[i]!.id}" is defined twice`, 'keep one definition, or rename one');
  places.forEach((place, i) => {
    if (place.state !== undefined && !ctx.states.has(place.state))
      reportUnknownState(loaded, ['places', i, 'state'], place.state, ctx, report);
    for (const key of ['within', 'partlyWithin'] as const)
      place[key].forEach((c, k) => {
        const { place: id } = containmentOf(c);
        const path: PathKey[] = typeof c === 'string' ? ['places', i, key, k] : ['places', i, key, k, 'place'];
        if (id === place.id)
          report(
            loaded,
            path,
            'place-cycle',
            `place "${id}" lies ${key === 'within' ? 'within' : 'partly within'} itself`,
            `remove this ${key} entry`,
          );
        else if (!known.has(id)) report(loaded, path, 'unknown-place', `unknown place "${id}"`, unknownPlaceHint(id, known));
      });
  });
  for (const cycle of withinCycles(places, known))
    report(
      loaded,
      cycle.path,
      'place-cycle',
      `place "${cycle.ids[0]}" lies within itself: ${cycle.ids.join(' → ')}`,
      'containment cannot go round: remove one of these within entries',
    );
}

/** Cycles of `within` through two places or more (a place within itself is reported apart), each once, at the entry that closes it. */
function withinCycles(places: readonly Place[], known: ReadonlyMap<string, Place>): { ids: string[]; path: PathKey[] }[] {
  const index = new Map(places.map((p, i) => [p.id, i]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: { ids: string[]; path: PathKey[] }[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    const i = index.get(id)!;
    places[i]!.within.forEach((c, k) => {
      const next = containmentOf(c).place;
      if (next === id || !known.has(next)) return;
      const seen = state.get(next);
      if (seen === 'open') {
        const ids = [...stack.slice(stack.indexOf(next)), next];
        found.push({ ids, path: typeof c === 'string' ? ['places', i, 'within', k] : ['places', i, 'within', k, 'place'] });
      } else if (seen === undefined) visit(next);
    });
    stack.pop();
    state.set(id, 'done');
  };
  for (const p of places) if (!state.has(p.id)) visit(p.id);
  return found;
}

/** Duplicate actor codes in states.yaml. */
export function checkActors(loaded: Loaded<unknown>, ctx: Context, report: Report) {
  const actors = ctx.corpus.states!.value.actors ?? [];
  for (const i of duplicates(actors, (a) => a.code))
    report(loaded, ['actors', i, 'code'], 'duplicate-id', `actor ${actors[i]!.code} is defined twice`, 'keep one definition');
}

/**
 * A code in a field that may name a state or a non-state actor: an actor-shaped code (four or more
 * characters) must be a defined actor; otherwise false, and the caller checks it as a state.
 */
export function checkActorRef(loaded: Loaded<unknown>, path: PathKey[], code: string, ctx: Context, report: Report): boolean {
  if (!isActorCode(code)) return false;
  if (!ctx.actors.has(code))
    report(
      loaded,
      path,
      'unknown-actor',
      `unknown actor "${code}"`,
      ctx.actors.size
        ? `define it under actors in states.yaml, or use one of: ${list(ctx.actors.keys())}`
        : 'define it under actors in states.yaml (it defines none yet)',
    );
  return true;
}

/** An event's place (one id or several): each defined, and existing on the event's day. Unchecked without a gazetteer. */
export function checkEventPlace(
  loaded: Loaded<unknown>,
  path: PathKey[],
  place: string | string[] | undefined,
  date: string,
  ctx: Context,
  report: Report,
) {
  if (place === undefined || !ctx.places) return;
  const ids = Array.isArray(place) ? place : [place];
  ids.forEach((id, j) => {
    const at = Array.isArray(place) ? [...path, j] : path;
    const found = ctx.places!.get(id);
    if (!found) {
      report(loaded, at, 'unknown-place', `unknown place "${id}"`, unknownPlaceHint(id, ctx.places!));
      return;
    }
    if (!holdsOn(found, date)) {
      const when =
        found.to !== undefined && date >= found.to ? `its last day was ${lastDayBefore(found.to)}` : `its first day was ${found.from!}`;
      report(loaded, at, 'place-not-existing', `place "${id}" did not exist on ${date} (${when})`, notExistingHint(found, date, ctx));
    }
  });
}

/** The territory or forces of the state continuing this place's state, if the gazetteer has it on the day. */
function notExistingHint(place: Place, date: string, ctx: Context): string {
  const continuator = place.state !== undefined ? ctx.continuatorOf.get(place.state) : undefined;
  if (continuator !== undefined && STATE_PLACE_KINDS.includes(place.kind)) {
    const successor = [...ctx.places!.values()].find((p) => p.kind === place.kind && p.state === continuator && holdsOn(p, date));
    if (successor) return `name ${successor.id} (${successor.name}): ${continuator} continues ${place.state!}`;
  }
  return 'name a place that existed on that day';
}

/** The hint for an unknown place id: the nearest ids of the gazetteer. */
export function unknownPlaceHint(id: string, places: ReadonlyMap<string, Place>): string {
  const near = nearestPlaces(id, places);
  return near.length ? `define it in gazetteer.yaml, or use one of the nearest: ${near.join(', ')}` : 'define it in gazetteer.yaml';
}

/**
 * The ids nearest `id`, at most NEAR: first those whose id or name contains it (or that it contains),
 * then by edit distance, ties in code-unit order.
 */
export function nearestPlaces(id: string, places: ReadonlyMap<string, Place>): string[] {
  const words = id.replace(/-/g, ' ');
  const rank = (p: Place) => {
    const name = p.name.toLowerCase();
    const contains = p.id.includes(id) || id.includes(p.id) || name.includes(words);
    return (contains ? 0 : 1_000_000) + editDistance(id, p.id);
  };
  return [...places.values()]
    .map((p) => ({ id: p.id, rank: rank(p) }))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, NEAR)
    .map((p) => p.id);
}

/** Levenshtein distance, two rows (ids are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A provision's scope: every place it names defined; an `of` role a standard role or one the
 * trigger binds; and, for `of`, a place of the kind (territory or forces) for every party the role
 * may bind to (the treaty's parties and their continuators), or the engine could only answer unknown.
 */
export function checkScope(
  loaded: Loaded<unknown>,
  at: PathKey[],
  scope: readonly PlaceScope[],
  bound: ReadonlySet<string>,
  parties: readonly string[],
  ctx: Context,
  report: Report,
) {
  if (!ctx.places) {
    report(
      loaded,
      at,
      'unknown-place',
      'scope names places, but the corpus has no gazetteer.yaml',
      'add gazetteer.yaml to the corpus folder, defining the places scopes and events name (schemas/gazetteer.schema.json)',
    );
    return;
  }
  const places = ctx.places;
  const ref = (path: PathKey[], id: string) => {
    if (!places.has(id)) report(loaded, path, 'unknown-place', `unknown place "${id}"`, unknownPlaceHint(id, places));
  };
  scope.forEach((entry, j) => {
    const path = [...at, j];
    if (typeof entry === 'string') ref(path, entry);
    else if ('all' in entry) entry.all.forEach((id, k) => ref([...path, 'all', k], id));
    else {
      if (!(STANDARD_ROLES as readonly string[]).includes(entry.of) && !bound.has(entry.of))
        report(
          loaded,
          [...path, 'of'],
          'unknown-role',
          `unknown role "${entry.of}"`,
          `use ${STANDARD_ROLES.join(', ')}${bound.size ? `, or a role the trigger binds: ${list(bound)}` : ', or bind it in the trigger'}`,
        );
      if (entry.in !== undefined) ref([...path, 'in'], entry.in);
      const kinds = entry.places === 'territory' ? ['territory', 'island-territory'] : ['forces'];
      const states = [...new Set(parties.flatMap((p) => [p, ...(ctx.continuatorOf.has(p) ? [ctx.continuatorOf.get(p)!] : [])]))];
      for (const state of states) {
        if (![...places.values()].some((p) => p.state === state && kinds.includes(p.kind)))
          report(
            loaded,
            [...path, 'places'],
            'missing-place',
            `the gazetteer has no ${entry.places} of ${state}, a party the role "${entry.of}" may bind to`,
            `add a place of kind ${entry.places === 'territory' ? 'territory' : 'forces'} with state: ${state} to gazetteer.yaml`,
          );
      }
    }
  });
}

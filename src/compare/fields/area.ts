/**
 * Area: where the triggering event must lie for a duty to arise (a provision's structured `scope`,
 * what the engine tests against the gazetteer). Each side is a list of entries, any one of which
 * suffices; an entry of B covers one of A when every event lying in A's lies in B's, read from the
 * gazetteer's containments that hold on every day (a dated containment proves nothing for all days).
 * Rule: area (see ../rules.ts).
 */
import { containmentOf, type GazetteerFile, type PlaceScope, type Provision } from '../../model/index.js';
import type { Grade } from '../schema.js';
import { describeRole } from './kind-roles.js';
import { difference, type FieldResult } from './difference.js';

/** Place id → every place it lies wholly within on every day (itself included). */
type Ancestors = (id: string) => ReadonlySet<string>;

function ancestorsOf(gazetteer: GazetteerFile | undefined): Ancestors {
  const up = new Map<string, string[]>();
  for (const p of gazetteer?.places ?? [])
    up.set(
      p.id,
      p.within
        .map(containmentOf)
        .filter((c) => c.from === undefined && c.to === undefined)
        .map((c) => c.place),
    );
  const kept = new Map<string, Set<string>>();
  return (id) => {
    const known = kept.get(id);
    if (known) return known;
    const seen = new Set([id]);
    const queue = [id];
    for (let i = 0; i < queue.length; i++)
      for (const next of up.get(queue[i]!) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    kept.set(id, seen);
    return seen;
  };
}

/** Does every event that lies in `inner` lie in `outer`? */
function covers(outer: PlaceScope, inner: PlaceScope, ancestors: Ancestors): boolean {
  if (JSON.stringify(outer) === JSON.stringify(inner)) return true;
  if (typeof outer !== 'string' && 'all' in outer) return outer.all.every((place) => covers(place, inner, ancestors));
  if (typeof outer === 'string') {
    if (typeof inner === 'string') return ancestors(inner).has(outer);
    if ('all' in inner) return inner.all.some((place) => ancestors(place).has(outer));
    return inner.in !== undefined && ancestors(inner.in).has(outer);
  }
  if (typeof inner === 'string' || 'all' in inner) return false;
  if (inner.of !== outer.of || inner.places !== outer.places) return false;
  return outer.in === undefined || (inner.in !== undefined && ancestors(inner.in).has(outer.in));
}

function describeEntry(entry: PlaceScope, gazetteer: GazetteerFile | undefined): string {
  const name = (id: string) => gazetteer?.places.find((p) => p.id === id)?.name ?? id;
  if (typeof entry === 'string') return `in ${name(entry)}`;
  if ('all' in entry) return `in ${entry.all.map(name).join(' and in ')}`;
  const own = `${describeRole(entry.of)}'s ${entry.places === 'territory' ? 'territory' : 'forces, vessels or aircraft'}`;
  return entry.in === undefined ? `on ${own}` : `on ${own} in ${name(entry.in)}`;
}

const describeArea = (list: readonly PlaceScope[] | undefined, gazetteer: GazetteerFile | undefined) =>
  list ? list.map((e) => describeEntry(e, gazetteer)).join('; or ') : null;

/** The words of a provision's geographic scope: its scope qualifiers that name regions. */
export function areaWords(p: Provision): string | null {
  const texts = p.qualifiers.filter((q) => q.type === 'scope' && q.regions?.length).map((q) => q.text);
  return texts.length ? texts.join('; ') : null;
}

export function compareArea(a: Provision, b: Provision, gazetteer: GazetteerFile | undefined): FieldResult {
  if (!a.scope && !b.scope) return null;
  const values = { a: describeArea(a.scope, gazetteer), b: describeArea(b.scope, gazetteer) };
  const words = { a: areaWords(a), b: areaWords(b) };
  if (!a.scope || !b.scope) {
    const added = !a.scope;
    return difference(
      'area',
      values,
      added ? 'narrows' : 'widens',
      'area',
      added
        ? 'B bounds the duty to an area (the places it lists): an event elsewhere gives rise to no duty'
        : "B drops A's area (the places it listed): the duty arises wherever the event lies",
      words,
    );
  }
  const ancestors = ancestorsOf(gazetteer);
  const aInB = a.scope.every((x) => b.scope!.some((y) => covers(y, x, ancestors)));
  const bInA = b.scope.every((y) => a.scope!.some((x) => covers(x, y, ancestors)));
  if (aInB && bInA) {
    if (values.a === values.b) return null;
    return difference('area', values, 'same', 'area', 'the same places, listed otherwise: each lies in the other', words);
  }
  const grade: Grade = aInB ? 'widens' : bInA ? 'narrows' : 'unclear';
  const reason =
    grade === 'widens'
      ? "B's area takes in all of A's and more"
      : grade === 'narrows'
        ? "A's area takes in all of B's and more"
        : 'each area has places the other lacks, as far as the gazetteer shows';
  return difference('area', values, grade, 'area', reason, words);
}

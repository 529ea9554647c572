/**
 * An event's place field holds one gazetteer id or several, written with commas. The choices a
 * field offers keep what is written before the last comma and complete the part after it, so that a
 * browser's list of suggestions (which matches the whole value) helps with each place in turn.
 */
import { commaList } from './commaList.js';

export interface PlaceEntry {
  id: string;
  name: string;
  kind: string;
}

/** The ids written, in order, without blanks. */
export function placeIds(value: string): string[] {
  return commaList(value);
}

/** What stays before the place being typed: the ids written before the last comma, each followed by ", ". */
function writtenBefore(value: string): string {
  const cut = value.lastIndexOf(',');
  if (cut < 0) return '';
  return placeIds(value.slice(0, cut))
    .map((p) => `${p}, `)
    .join('');
}

/** Each place not yet written, as the whole value it would make: "rus-territory, kursk-oblast". */
export function placeChoices(value: string, places: readonly PlaceEntry[]): { value: string; label: string }[] {
  const before = writtenBefore(value);
  const written = new Set(placeIds(before));
  return places.filter((p) => !written.has(p.id)).map((p) => ({ value: `${before}${p.id}`, label: `${p.name} (${p.kind})` }));
}

/** The places written, by name where the gazetteer knows the id; an id it does not know is left for the API to refuse. */
export function placesNamed(value: string, places: readonly PlaceEntry[]): { id: string; name: string | null }[] {
  return placeIds(value).map((id) => ({ id, name: places.find((p) => p.id === id)?.name ?? null }));
}

/**
 * The scenario being edited, in the shape the form needs (every field a string or a list), and the
 * conversions to and from the scenario file format the API takes (DESIGN.md §4). A field the event
 * type does not use is left out of what is sent, as the vocabulary says.
 */
import type { EventType, ProblemField, ScenarioEvent, ScenarioInput, ScenarioOutput } from '../../api/types.js';
import { commaList } from '../../lib/commaList.js';
import { placeIds } from '../../lib/placeChoice.js';

export interface EventDraft {
  /** Stable key for the form row (the id may be edited). */
  key: string;
  id: string;
  date: string;
  type: string;
  by: string;
  against: string;
  to: string;
  parties: string[];
  treaty: string;
  kind: string;
  place: string;
  source: string;
  /** A structured citation's note, kept as it was. */
  sourceNote: string;
  note: string;
}

export interface ScenarioDraft {
  title: string;
  description: string;
  treaties: string[];
  history: boolean;
  drop: string[];
  readings: Record<string, string[]>;
  until: string;
  events: EventDraft[];
  /** Expectations of a loaded scenario, kept as they were (the form does not edit them). */
  expect: NonNullable<ScenarioInput['expect']>;
}

export type StateField = 'by' | 'against' | 'to' | 'parties';
export const STATE_FIELDS: readonly StateField[] = ['by', 'against', 'to', 'parties'];

let counter = 0;
const newKey = () => `row-${++counter}`;

export function emptyDraft(treaties: string[] = []): ScenarioDraft {
  return { title: 'New scenario', description: '', treaties, history: true, drop: [], readings: {}, until: '', events: [], expect: [] };
}

export function newEvent(existing: readonly EventDraft[], date = ''): EventDraft {
  const used = new Set(existing.map((e) => e.id));
  let n = existing.length + 1;
  while (used.has(`e${n}`)) n++;
  return {
    key: newKey(),
    id: `e${n}`,
    date,
    type: '',
    by: '',
    against: '',
    to: '',
    parties: [],
    treaty: '',
    kind: '',
    place: '',
    source: 'hypothetical',
    sourceNote: '',
    note: '',
  };
}

function eventDraft(e: ScenarioEvent): EventDraft {
  const source =
    e.source === undefined
      ? { text: '', note: '' }
      : typeof e.source === 'string'
        ? { text: e.source, note: '' }
        : { text: e.source.cite, note: e.source.note ?? '' };
  return {
    key: newKey(),
    id: e.id,
    date: e.date,
    type: e.type,
    by: e.by ?? '',
    against: e.against ?? '',
    to: e.to ?? '',
    parties: e.parties ?? [],
    treaty: e.treaty ?? '',
    kind: Array.isArray(e.kind) ? e.kind.join(', ') : (e.kind ?? ''),
    place: Array.isArray(e.place) ? e.place.join(', ') : (e.place ?? ''),
    source: source.text,
    sourceNote: source.note,
    note: e.note ?? '',
  };
}

export function scenarioToDraft(s: ScenarioInput | ScenarioOutput): ScenarioDraft {
  return {
    title: s.title,
    description: s.description ?? '',
    treaties: s.treaties ?? [],
    history: s.history ?? true,
    drop: s.drop ?? [],
    readings: s.readings ?? {},
    until: s.until ?? '',
    events: (s.events ?? []).map(eventDraft),
    expect: s.expect ?? [],
  };
}

/** The state fields an event of this type may carry (all of them for a type the vocabulary lacks). */
export function fieldsOf(type: EventType | undefined): { field: StateField; required: boolean }[] {
  if (!type) return STATE_FIELDS.map((field) => ({ field, required: false }));
  return STATE_FIELDS.filter((f) => type.roles.includes(f) || type.optionalRoles.includes(f)).map((field) => ({
    field,
    required: type.roles.includes(field),
  }));
}

/** The fields under an event row's "More" (it opens by itself when one of them is refused). */
export const MORE_FIELDS: readonly string[] = ['treaty', 'place', 'note'];

/**
 * The fields an event row of this type shows. An error about any other field (one its type does not
 * take) is said on the row as a whole, never dropped.
 */
export function shownFields(type: EventType | undefined): ReadonlySet<string> {
  return new Set(['id', 'date', 'type', ...fieldsOf(type).map((f) => f.field), 'kind', 'source', ...MORE_FIELDS]);
}

/** The errors an event row shows at a field, or (field null) on the row: its own, and those of fields it does not show. */
export function errorsAt<E extends { field: string | null }>(errors: readonly E[], field: string | null, shown: ReadonlySet<string>): E[] {
  return errors.filter((e) => (field === null ? e.field === null || !shown.has(e.field) : e.field === field));
}

/** The kinds of a draft event ("military, other" → ["military", "other"]). */
export function kindsOf(kind: string): string[] {
  return commaList(kind);
}

/**
 * A change of an event's type: the kinds the new type does not list are dropped (the kind choice
 * offers only the listed ones; a type that lists none takes none).
 */
export function typePatch(e: Pick<EventDraft, 'kind'>, types: readonly EventType[], type: string): Partial<EventDraft> {
  const listed = types.find((t) => t.id === type)?.kinds ?? [];
  return {
    type,
    kind: kindsOf(e.kind)
      .filter((k) => listed.includes(k))
      .join(', '),
  };
}

function eventOf(e: EventDraft, types: readonly EventType[]): ScenarioEvent {
  const allowed = new Set(fieldsOf(types.find((t) => t.id === e.type)).map((f) => f.field));
  const kinds = kindsOf(e.kind);
  // A place is a gazetteer id, or several (the event lies in each), written with commas as kinds are.
  const places = placeIds(e.place);
  const source = e.source.trim();
  const event: ScenarioEvent = { id: e.id.trim(), date: e.date, type: e.type };
  if (allowed.has('by') && e.by) event.by = e.by;
  if (allowed.has('against') && e.against) event.against = e.against;
  if (allowed.has('to') && e.to) event.to = e.to;
  if (allowed.has('parties') && e.parties.length) event.parties = e.parties;
  if (e.treaty) event.treaty = e.treaty;
  if (kinds.length) event.kind = kinds.length === 1 ? kinds[0] : kinds;
  if (places.length) event.place = places.length === 1 ? places[0] : places;
  if (source) event.source = e.sourceNote ? { cite: source, note: e.sourceNote } : source;
  if (e.note.trim()) event.note = e.note.trim();
  return event;
}

export function draftToScenario(d: ScenarioDraft, types: readonly EventType[]): ScenarioInput {
  const readings = Object.fromEntries(Object.entries(d.readings).filter(([, chosen]) => chosen.length > 0));
  return {
    title: d.title,
    ...(d.description.trim() ? { description: d.description.trim() } : {}),
    ...(d.treaties.length ? { treaties: d.treaties } : {}),
    history: d.history,
    drop: d.drop,
    readings,
    ...(d.until ? { until: d.until } : {}),
    events: d.events.map((e) => eventOf(e, types)),
    expect: d.expect,
  };
}

/** The API's errors sorted by where the form shows them: an event's field, an event, or the scenario. */
export interface SortedErrors {
  byEvent: Map<number, { field: string | null; message: string; hint?: string }[]>;
  general: ProblemField[];
}

export function sortErrors(errors: readonly ProblemField[]): SortedErrors {
  const byEvent: SortedErrors['byEvent'] = new Map();
  const general: ProblemField[] = [];
  for (const e of errors) {
    const match = /^events\[(\d+)\](?:\.(\w+))?/.exec(e.field);
    if (!match) {
      general.push(e);
      continue;
    }
    const index = Number(match[1]);
    const list = byEvent.get(index) ?? [];
    list.push({ field: match[2] ?? null, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
    byEvent.set(index, list);
  }
  return { byEvent, general };
}

/**
 * A question's parts checked against the corpus: the event type is one of the vocabulary's, with the
 * state fields it needs and no other; each state is a state or actor of states.yaml, by code or by
 * any of its names; each place is a gazetteer place that exists on the day; the day is a date. Each
 * refusal names the part and what to give instead (the nearest names, where there are some).
 */
import {
  type CompiledCorpus,
  type Hypothesis,
  IsoDate,
  nearest,
  spanInWords,
  type StateField,
  stateNameIndexOf,
} from '../../model/index.js';
import { Places } from '../places.js';
import { HypothesisError } from './errors.js';

import { HYPOTHESIS_SYNTAX, type HypothesisText } from './parse.js';

/** The state fields a question may name (an event's `parties` list is not one). */
const QUESTION_FIELDS = ['by', 'against', 'to'] as const satisfies readonly StateField[];
type QuestionField = (typeof QUESTION_FIELDS)[number];

export function resolveHypothesis(corpus: CompiledCorpus, text: HypothesisText): Hypothesis {
  const type = corpus.vocabulary.eventTypes.find((t) => t.id === text.event);
  const askable = corpus.vocabulary.eventTypes
    .filter((t) => t.roles.every((r) => (QUESTION_FIELDS as readonly string[]).includes(r)))
    .map((t) => t.id);
  if (!type)
    throw new HypothesisError(
      'event',
      `"${text.event}" is not an event type of the vocabulary`,
      `give one of the event types of vocabulary.yaml: ${nearest(text.event, askable).join(', ')}`,
    );
  if (!askable.includes(type.id))
    throw new HypothesisError(
      'event',
      `an event of type ${type.id} names ${type.roles.join(', ')}, which a question cannot give (only by, against and to)`,
      `ask about an event type that names only by, against or to: ${askable.join(', ')}`,
    );
  const allowed = new Set<string>([...type.roles, ...type.optionalRoles]);
  for (const field of QUESTION_FIELDS) {
    if (text[field] !== undefined && !allowed.has(field))
      throw new HypothesisError(
        field,
        `an event of type ${type.id} names no "${field}" state`,
        `leave "${field}" out; ${type.id} names ${[...allowed].join(', ') || 'no state'}`,
      );
    if (text[field] === undefined && type.roles.includes(field))
      throw new HypothesisError(field, `an event of type ${type.id} must name "${field}"`, `add "${field} STATE": ${HYPOTHESIS_SYNTAX}`);
  }
  if (text.on === undefined)
    throw new HypothesisError('on', 'the day of the event is missing', `add "on YYYY-MM-DD": ${HYPOTHESIS_SYNTAX}`);
  const day = IsoDate.safeParse(text.on);
  if (!day.success)
    throw new HypothesisError(
      'on',
      `"${text.on}" is not a day: ${day.error.issues[0]?.message ?? 'not a date'}`,
      'give the day as YYYY-MM-DD',
    );
  const on = day.data;
  const out: Hypothesis = { event: type.id, on };
  for (const field of QUESTION_FIELDS) if (text[field] !== undefined) out[field] = resolveState(corpus, field, text[field], on);
  if (text.at !== undefined) out.at = resolvePlaces(corpus, text.at, on);
  return out;
}

/**
 * A state or actor by its code or any of its names (states.yaml, any case: `StateNameIndex`), with
 * the index's "did you mean" for a near miss. A territory another state administers (GUM, Guam) is
 * no party to treaties: the question names the state, and the territory as the place.
 */
function resolveState(corpus: CompiledCorpus, field: QuestionField, value: string, on: IsoDate): string {
  const index = stateNameIndexOf(corpus.states);
  const code = index.resolve(value.trim());
  if (code === undefined) {
    const unknown = index.unknown(value.trim());
    throw new HypothesisError(field, unknown.message, unknown.hint);
  }
  const entry = index.entry(code);
  if (entry?.kind === 'territory' && entry.administeredBy !== undefined) {
    const places = new Places(corpus.gazetteer);
    const place = (corpus.gazetteer?.places ?? []).find((p) => normalise(p.name) === normalise(entry.name) && places.existsOn(p.id, on));
    throw new HypothesisError(
      field,
      `${entry.code} (${entry.name}) is a territory administered by ${entry.administeredBy}, not a state party to treaties`,
      `name the state and the place: ${field} ${entry.administeredBy}${place ? ` at ${place.id}` : ' at a gazetteer place of the territory'}`,
    );
  }
  return code;
}

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function resolvePlaces(corpus: CompiledCorpus, ids: readonly string[], on: IsoDate): string[] {
  if (ids.length === 0) throw new HypothesisError('at', '"at" names no place', 'give a gazetteer place\'s id, or leave "at" out');
  const places = new Places(corpus.gazetteer);
  const all = (corpus.gazetteer?.places ?? []).map((p) => p.id);
  for (const id of ids) {
    if (!places.has(id))
      throw new HypothesisError(
        'at',
        `"${id}" is not a place of the gazetteer`,
        all.length ? `give a place id of gazetteer.yaml; did you mean: ${nearest(id, all).join(', ')}` : 'the corpus has no gazetteer.yaml',
      );
    if (!places.existsOn(id, on)) {
      const p = places.place(id)!;
      throw new HypothesisError(
        'at',
        `${id} (${p.name}) does not exist on ${on}: it exists ${spanInWords(p.from ?? null, p.to ?? null)}`,
        'name a place that exists on that day',
      );
    }
  }
  return [...new Set(ids)];
}

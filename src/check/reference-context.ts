/** What every reference check shares: the Report callback, the corpus's defined names (Context), and the list helpers. */
import { type Corpus, formatPath, type Loaded, type LoadedTreaty, locate, type PathKey, stateNamesOf } from '../corpus/index.js';
import {
  actsForPredecessor,
  type ActorEntry,
  type Condition,
  type Diagnostic,
  type DiagnosticCode,
  type EventType,
  isNear,
  nearest,
  type Place,
  StateNameIndex,
  type Trigger,
} from '../model/index.js';

export type Report = (loaded: Loaded<unknown>, path: PathKey[], code: DiagnosticCode, message: string, hint: string) => void;

/** A Report that adds each finding to `diagnostics`, located at the YAML node of `path`. */
export function reporterInto(diagnostics: Diagnostic[]): Report {
  return (loaded, path, code, message, hint) => {
    diagnostics.push({
      severity: 'error',
      file: loaded.yaml.file,
      ...locate(loaded.yaml, path),
      code,
      message,
      hint,
      path: formatPath(path),
    });
  };
}

export interface Context {
  corpus: Corpus;
  states: Map<string, { to: string | null }>;
  /** The states' codes, names and aliases, for "did you mean" and for what a code stands for. */
  stateNames: StateNameIndex;
  eventTypes: Map<string, EventType>;
  fluents: Set<string>;
  terms: Map<string, Set<string>>;
  continuatorOf: Map<string, string>;
  /** Every treaty of the corpus by id, the ones not asked for included (a tied duration may name any). */
  treaties: Map<string, LoadedTreaty>;
  /** Non-state actors (states.yaml `actors`) by code. */
  actors: Map<string, ActorEntry>;
  /** The gazetteer's places by id; undefined when the corpus has no gazetteer.yaml. */
  places: Map<string, Place> | undefined;
}

/** The names `corpus` defines; `others` are the corpus's treaties loaded but not asked for. */
export function buildContext(corpus: Corpus, others: readonly LoadedTreaty[] = []): Context {
  const states = new Map((corpus.states?.value.states ?? []).map((s) => [s.code, { to: s.to }]));
  const vocab = corpus.vocabulary?.value;
  return {
    corpus,
    states,
    stateNames: stateNamesOf(corpus) ?? new StateNameIndex({ states: [] }),
    eventTypes: new Map((vocab?.eventTypes ?? []).map((e) => [e.id, e])),
    fluents: new Set((vocab?.fluents ?? []).map((f) => f.id)),
    terms: new Map((vocab?.terms ?? []).map((t) => [t.id, new Set(t.readings.map((r) => r.id))])),
    continuatorOf: new Map((corpus.states?.value.successions ?? []).filter(actsForPredecessor).map((s) => [s.predecessor, s.continuator])),
    treaties: new Map([...others, ...corpus.treaties].map((t) => [t.treaty.value.id, t])),
    actors: new Map((corpus.states?.value.actors ?? []).map((a) => [a.code, a])),
    places: corpus.gazetteer ? new Map(corpus.gazetteer.value.places.map((p) => [p.id, p])) : undefined,
  };
}

/** Reports a code that states.yaml does not define: "unknown state "FNI": did you mean FIN (Finland)?". */
export function reportUnknownState(loaded: Loaded<unknown>, path: PathKey[], code: string, ctx: Context, report: Report) {
  const unknown = ctx.stateNames.unknown(code);
  report(loaded, path, 'unknown-state', unknown.message, unknown.hint);
}

/**
 * Reports an event type vocabulary.yaml does not define: "unknown event type "armed-atack": did you
 * mean armed-attack?", the hint `define` (what to do where it was written) then the known types.
 */
export function reportUnknownEventType(
  loaded: Loaded<unknown>,
  path: PathKey[],
  type: string,
  ctx: Context,
  report: Report,
  define = 'define it in vocabulary.yaml',
) {
  const known = [...ctx.eventTypes.keys()];
  report(
    loaded,
    path,
    'unknown-event-type',
    `unknown event type "${type}"${didYouMean(type, known)}`,
    `${define}, or use one of: ${list(known)}`,
  );
}

/**
 * Reports a territory (GUM) where a state that acts or is a party belongs: a territory is a place, not a
 * party; the state administering it is. Returns whether it did.
 */
export function reportTerritory(loaded: Loaded<unknown>, path: PathKey[], code: string, ctx: Context, report: Report): boolean {
  const entry = ctx.stateNames.entry(code);
  if (entry?.kind !== 'territory') return false;
  const by = entry.administeredBy;
  report(
    loaded,
    path,
    'territory-not-party',
    `${code} (${entry.name}) is a territory${by ? ` administered by ${by}` : ''}, not a state that can be a party or act`,
    by
      ? `name ${by} here, and the territory as a place (gazetteer.yaml)`
      : 'name a state here, and the territory as a place (gazetteer.yaml)',
  );
  return true;
}

/** A trigger's conditions with their paths (a bare condition at `at`, or each of its `all` or `any`). */
export function conditionsAt(trigger: Trigger | undefined, at: PathKey[]): [Condition, PathKey[]][] {
  if (!trigger) return [];
  if ('all' in trigger) return trigger.all.map((c, i) => [c, [...at, 'all', i]]);
  if ('any' in trigger) return trigger.any.map((c, i) => [c, [...at, 'any', i]]);
  return [[trigger, at]];
}

export function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

/** ": did you mean X?" when one of `names` is a slip of a few letters from `wanted` (model/nearest.ts's rule), else "". */
export function didYouMean(wanted: string, names: Iterable<string>): string {
  const near = nearest(wanted, [...names]).find((c) => isNear(wanted, c));
  return near ? `: did you mean ${near}?` : '';
}

export function list(names: Iterable<string>): string {
  const all = [...names].sort();
  return all.length > 12 ? `${all.slice(0, 12).join(', ')}, …` : all.join(', ');
}

export function checkReadingChoice(
  loaded: Loaded<unknown>,
  path: PathKey[],
  choice: Record<string, string> | undefined,
  ctx: Context,
  report: Report,
) {
  for (const [term, reading] of Object.entries(choice ?? {})) {
    const readings = termReadings(loaded, [...path, term], term, ctx, report);
    if (readings && !readings.has(reading))
      report(
        loaded,
        [...path, term],
        'unknown-reading',
        `term "${term}" has no reading "${reading}"${didYouMean(reading, readings)}`,
        `use one of: ${list(readings)}`,
      );
  }
}

/** The readings of the contested term named at `path`; undefined, reported (unknown-term), when vocabulary.yaml has no such term. */
export function termReadings(
  loaded: Loaded<unknown>,
  path: PathKey[],
  term: string,
  ctx: Context,
  report: Report,
): Set<string> | undefined {
  const readings = ctx.terms.get(term);
  if (!readings)
    report(
      loaded,
      path,
      'unknown-term',
      `unknown contested term "${term}"`,
      `define it under terms in vocabulary.yaml, or use one of: ${list(ctx.terms.keys())}`,
    );
  return readings;
}

/**
 * Something given per reading of a contested term (`{ term, readings: { <reading>: … } }` at `path`):
 * the term defined, and the readings exactly the term's: each one given (missing-reading, said by
 * `missing`: what a reading lacks and how to add it) and no other (unknown-reading).
 */
export function checkByReading(
  loaded: Loaded<unknown>,
  path: PathKey[],
  byReading: { term: string; readings: Record<string, unknown> },
  ctx: Context,
  report: Report,
  missing: { what: string; hint: (reading: string, readings: string) => string },
) {
  const { term } = byReading;
  const readings = termReadings(loaded, [...path, 'term'], term, ctx, report);
  if (!readings) return;
  for (const reading of readings)
    if (!Object.hasOwn(byReading.readings, reading))
      report(
        loaded,
        [...path, 'readings'],
        'missing-reading',
        `no ${missing.what} for reading "${reading}" of term "${term}"`,
        missing.hint(reading, list(readings)),
      );
  for (const key of Object.keys(byReading.readings))
    if (!readings.has(key))
      report(
        loaded,
        [...path, 'readings', key],
        'unknown-reading',
        `term "${term}" has no reading "${key}"${didYouMean(key, readings)}`,
        `use one of: ${list(readings)}`,
      );
}

/**
 * The kinds an event or a provision's act names must be kinds its event type lists, where it lists
 * any (vocabulary.yaml `kinds`): a misspelt kind would otherwise match no act and change an outcome
 * without a word.
 */
export function checkKinds(
  loaded: Loaded<unknown>,
  at: PathKey[],
  kind: string | readonly string[] | undefined,
  type: EventType,
  _ctx: Context,
  report: Report,
) {
  if (kind === undefined || type.kinds === undefined) return;
  const kinds = typeof kind === 'string' ? [kind] : kind;
  kinds.forEach((k, j) => {
    if (type.kinds!.includes(k)) return;
    report(
      loaded,
      typeof kind === 'string' ? at : [...at, j],
      'unknown-kind',
      `unknown kind "${k}" for an event of type "${type.id}"${didYouMean(k, type.kinds!)}`,
      `the kinds of ${type.id} are ${list(type.kinds!)} (vocabulary.yaml); leave kind out for none in particular`,
    );
  });
}

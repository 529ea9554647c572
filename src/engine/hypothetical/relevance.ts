/**
 * What one hypothetical event can concern: the treaties a state it names is a party to (an index by
 * party, made once per corpus), the provisions of a treaty its type can trigger (an event condition
 * of that type, or a situation it starts) and the roles it binds in them, the contested terms those
 * provisions are read by, and the recorded events to set aside so that the answer is about it alone.
 */
import {
  type CompiledCorpus,
  type CompiledTreaty,
  conditionsOf,
  type Event,
  type Hypothesis,
  type Provision,
  SCENARIO_LIMITS,
  type StateField,
  statesIn,
  type VocabularyFile,
} from '../../model/index.js';
import { statusAt } from '../status-at.js';
import type { Successions } from '../succession.js';
import { potentialMembers } from '../treaty-lifecycle/index.js';
import { readingTerms } from '../reading-terms.js';
import { rolesOf } from '../triggers.js';

/** The state fields a question names, in the order they are reported. */
export const NAMED_FIELDS = ['by', 'against', 'to'] as const satisfies readonly StateField[];

/** State → the treaties (ids) it may act for a party of: parties, acceding states in the history, and their continuators. */
export type PartyIndex = ReadonlyMap<string, ReadonlySet<string>>;

const indexes = new WeakMap<CompiledCorpus, PartyIndex>();

/** The corpus's treaties by party, computed once per corpus (the API asks many questions of one corpus). */
export function partyIndex(corpus: CompiledCorpus, successions: Successions): PartyIndex {
  let index = indexes.get(corpus);
  if (index) return index;
  const built = new Map<string, Set<string>>();
  for (const t of corpus.treaties)
    for (const party of potentialMembers(t, [], true))
      for (const state of successions.actorsOf(party)) {
        let set = built.get(state);
        if (!set) built.set(state, (set = new Set()));
        set.add(t.treaty.id);
      }
  indexes.set(corpus, (index = built));
  return index;
}

/** A provision the event's type can trigger, with the roles it binds there to the event's fields. */
export interface Triggered {
  provision: Provision;
  /** Role → the event field whose state it binds (attacked-party → against). */
  roles: ReadonlyMap<string, StateField>;
}

/** The obligations and prohibitions of a treaty whose trigger an event of `type` fires, or a situation it starts. */
export function triggeredBy(t: CompiledTreaty, type: string, vocabulary: VocabularyFile): Triggered[] {
  const out: Triggered[] = [];
  for (const provision of t.treaty.provisions) {
    if (provision.kind !== 'obligation' && provision.kind !== 'prohibition') continue;
    const roles = new Map<string, StateField>();
    let fired = false;
    for (const c of conditionsOf(provision.trigger)) {
      if ('event' in c && c.event === type) {
        fired = true;
        const bound = new Set(rolesOf(c));
        for (const [field, match] of Object.entries(c.where) as [StateField, string][]) if (bound.has(match)) roles.set(match, field);
      } else if ('fluent' in c) {
        const starts = vocabulary.fluents.find((f) => f.id === c.fluent)?.initiatedBy.filter((e) => e.event === type) ?? [];
        if (starts.length) fired = true;
        for (const e of starts) if (!roles.has(c.subject)) roles.set(c.subject, e.subject);
      }
    }
    if (fired) out.push({ provision, roles });
  }
  return out;
}

/**
 * The triggered provisions grouped by the terms they are read by (in treaty order); one empty group
 * where none is triggered. `skip`: terms to read at their default only.
 */
export function byTerms(
  t: CompiledTreaty,
  triggered: readonly Triggered[],
  vocabulary: VocabularyFile,
  skip: ReadonlySet<string> = new Set(),
): { terms: string[]; triggered: Triggered[] }[] {
  const groups = new Map<string, { terms: string[]; triggered: Triggered[] }>();
  for (const tr of triggered) {
    const terms = readingTerms(t, tr.provision, vocabulary).filter((term) => !skip.has(term));
    const key = terms.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { terms, triggered: [] }));
    group.triggered.push(tr);
  }
  return groups.size ? [...groups.values()] : [{ terms: [], triggered: [] }];
}

/**
 * A lifecycle clause read by a contested term (Article 13's "after twenty years in force") can
 * change who is a party on the day only if its readings give some party another status, or another
 * start or end, on that day. The lifecycle alone is computed under each reading (cheap beside a run);
 * where they all agree, the term need not multiply the runs: it is read at its default.
 */
export function lifecycleTermIdle(corpus: CompiledCorpus, t: CompiledTreaty, day: string, drop: readonly string[]): string | undefined {
  const duration = t.treaty.lifecycle.duration;
  if (duration.type !== 'by-reading') return undefined;
  const term = corpus.vocabulary.terms.find((x) => x.id === duration.term);
  if (!term) return undefined;
  const seen = new Set<string>();
  for (const reading of term.readings) {
    const status = statusAt(corpus, t.treaty.id, day, {
      title: 'lifecycle on the day',
      history: true,
      drop: [...drop],
      readings: { [term.id]: [reading.id] },
      events: [],
      expect: [],
    });
    seen.add(JSON.stringify([status.status, status.since, status.until, status.parties.map((p) => [p.party, p.status, p.since, p.until])]));
    if (seen.size > 1) return undefined;
  }
  return term.id;
}

/**
 * Every reading of each term, as long as the combinations stay within the scenario limit; a term
 * that would pass it is read at its default only (`left`, for a warning).
 */
export function everyReading(terms: readonly string[], vocabulary: VocabularyFile): { readings: Record<string, string[]>; left: string[] } {
  const readings: Record<string, string[]> = {};
  const left: string[] = [];
  let combinations = 1;
  for (const id of terms) {
    const term = vocabulary.terms.find((x) => x.id === id)!;
    if (combinations * term.readings.length > SCENARIO_LIMITS.maxCombinations) {
      left.push(id);
      continue;
    }
    combinations *= term.readings.length;
    readings[id] = term.readings.map((r) => r.id);
  }
  return { readings, left };
}

/** The event as the engine evaluates it. */
export function hypotheticalEvent(h: Hypothesis): Event {
  return {
    id: 'hypothesis',
    date: h.on,
    type: h.event,
    ...(h.by !== undefined ? { by: h.by } : {}),
    ...(h.against !== undefined ? { against: h.against } : {}),
    ...(h.to !== undefined ? { to: h.to } : {}),
    ...(h.at !== undefined ? { place: h.at.length === 1 ? h.at[0]! : h.at } : {}),
    source: 'hypothetical',
  };
}

/**
 * Recorded events of the question's type naming, in a field a triggered provision binds to a role,
 * a state the question names in that field (another attack on the same state): they would be
 * evaluated beside the hypothetical one, and a duty they gave rise to would hide why the
 * hypothetical event gives rise to none. Left out, and reported.
 */
export function eventsToSetAside(
  corpus: CompiledCorpus,
  h: Hypothesis,
  triggered: readonly Triggered[],
  successions: Successions,
): { treaty: string; events: string[] }[] {
  const fields = new Set<StateField>();
  for (const t of triggered) for (const field of t.roles.values()) fields.add(field);
  // The same party: the state itself, or one continuing it (an attack on SUN recorded, the question about RUS).
  const sameState = (recorded: string, asked: string) =>
    recorded === asked || successions.actorsOf(recorded).includes(asked) || successions.actorsOf(asked).includes(recorded);
  const out: { treaty: string; events: string[] }[] = [];
  for (const t of corpus.treaties) {
    const events = t.history
      .filter((e) => e.type === h.event)
      .filter((e) =>
        [...fields].some((field) => {
          const asked = field === 'by' || field === 'against' || field === 'to' ? h[field] : undefined;
          return asked !== undefined && statesIn(e, field).some((s) => sameState(s, asked));
        }),
      )
      .map((e) => e.id);
    if (events.length) out.push({ treaty: t.treaty.id, events });
  }
  return out;
}

const narrowed = new WeakMap<CompiledCorpus, Map<string, CompiledCorpus>>();

/**
 * The corpus with one treaty's duties narrowed to some of those the event's type triggers: the engine then
 * evaluates (and explains why not, for every pair of parties) only the duties the question is about.
 * Its other provisions stay (lifecycle clauses cite them; they bear no duty to evaluate), as does
 * every treaty's history. Kept per corpus, treaty and type, so that the engine's memos on provisions
 * hold across questions.
 */
export function narrowedCorpus(corpus: CompiledCorpus, t: CompiledTreaty, triggered: readonly Triggered[]): CompiledCorpus {
  let byKey = narrowed.get(corpus);
  if (!byKey) narrowed.set(corpus, (byKey = new Map()));
  const key = [t.treaty.id, ...triggered.map((x) => x.provision.id)].join('\u0000');
  let found = byKey.get(key);
  if (!found) {
    const keep = new Set(triggered.map((x) => x.provision));
    const provisions = t.treaty.provisions.filter((p) => (p.kind !== 'obligation' && p.kind !== 'prohibition') || keep.has(p));
    const treaty: CompiledTreaty = { ...t, treaty: { ...t.treaty, provisions } };
    byKey.set(key, (found = { ...corpus, treaties: corpus.treaties.map((x) => (x === t ? treaty : x)) }));
  }
  return found;
}

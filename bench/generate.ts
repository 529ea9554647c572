/**
 * Synthetic inputs for the engine benchmark: a corpus of N treaties between M states, cloned from
 * the real treaties' shapes (their provisions and lifecycle clauses, with random party pairs), and
 * a random timeline of E events drawn by a seeded PRNG. Same seed, same inputs, byte for byte.
 */
import { addDays, daysBetween, type IsoDate } from '../src/model/calendar.js';
import type { CompiledCorpus, CompiledTreaty } from '../src/model/compiled.js';
import type { Event } from '../src/model/event.js';
import type { GazetteerFile } from '../src/model/gazetteer.js';
import type { StateEntry, StatesFile, Succession } from '../src/model/states.js';
import type { ScenarioFile } from '../src/model/timeline.js';

/** mulberry32: a small, fast, seeded PRNG (32-bit state). Deterministic across platforms. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
}

export interface CorpusOptions {
  treaties: number;
  states: number;
  seed: number;
  /** Fraction of the fake states that are continued by another from some day (state succession). */
  successionRate?: number;
}

export interface SyntheticCorpus {
  corpus: CompiledCorpus;
  /** The fake state codes, in the order drawn. */
  states: string[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const territoryOf = (code: string) => `territory-${code.toLowerCase()}`;

/** M distinct fake three-letter codes, none of them a code the real states file uses. */
function fakeCodes(m: number, taken: ReadonlySet<string>, rng: Prng): string[] {
  if (m > 26 ** 3 - taken.size) throw new Error(`cannot draw ${m} distinct state codes`);
  const codes = new Set<string>();
  while (codes.size < m) {
    const code = LETTERS[rng.int(26)]! + LETTERS[rng.int(26)]! + LETTERS[rng.int(26)]!;
    if (!taken.has(code)) codes.add(code);
  }
  return [...codes];
}

/**
 * N treaties cloned from `base` (the real corpus): treaty i takes the provisions and lifecycle of
 * bilateral base treaty i mod |bilateral| and two random distinct parties. Only the bilateral
 * treaties serve as models: a clone has two parties, and a multilateral treaty's lifecycle names its
 * own states (the North Atlantic Treaty's threshold of seven named ratifications), so two fake states
 * could never put its clone in force and the bench would time treaties that never apply. The clones have no recorded history:
 * their ratification exchanges and notices are events of the random timeline. The states file is
 * the real one plus the fake states (and a few successions between fake states).
 */
export function syntheticCorpus(base: CompiledCorpus, options: CorpusOptions): SyntheticCorpus {
  const rng = new Prng(options.seed);
  const taken = new Set(base.states.states.map((s) => s.code));
  const codes = fakeCodes(options.states, taken, rng);
  const entries: StateEntry[] = codes.map((code) => ({ code, name: `Synthetic state ${code}`, aliases: [], historic: false, to: null }));
  const successions: Succession[] = [];
  const rate = options.successionRate ?? 0.02;
  for (let i = 0; i + 1 < codes.length && successions.length < Math.floor(codes.length * rate); i += 2) {
    successions.push({
      predecessor: codes[i]!,
      continuator: codes[i + 1]!,
      from: addDays('1960-01-01', rng.int(40 * 365)),
      kind: 'continuation',
      source: 'synthetic',
    });
  }
  const states: StatesFile = { states: [...base.states.states, ...entries], successions: [...base.states.successions, ...successions] };
  // Places: each fake state's territory lies in one of two regions; every other treaty bounds its
  // triggered duties to the first region, so that scope tests (and not-applicable rows) are part of the work.
  const gazetteer: GazetteerFile = {
    places: [
      { id: 'synthetic-north', name: 'Synthetic north', kind: 'region', within: [], partlyWithin: [] },
      { id: 'synthetic-south', name: 'Synthetic south', kind: 'region', within: [], partlyWithin: [] },
      ...codes.map((code, k) => ({
        id: territoryOf(code),
        name: `Territory of ${code}`,
        kind: 'territory' as const,
        state: code,
        within: [k % 2 === 0 ? 'synthetic-north' : 'synthetic-south'],
        partlyWithin: [],
      })),
    ],
  };
  const treaties: CompiledTreaty[] = [];
  const bilateral = base.treaties.filter((t) => t.treaty.parties.length === 2);
  const models = bilateral.length ? bilateral : base.treaties;
  for (let i = 0; i < options.treaties; i++) {
    const model = models[i % models.length]!;
    const a = rng.int(codes.length);
    let b = rng.int(codes.length - 1);
    if (b >= a) b++;
    const provisions =
      i % 2 === 0 ? model.treaty.provisions : model.treaty.provisions.map((p) => (p.trigger ? { ...p, scope: ['synthetic-north'] } : p));
    treaties.push({
      treaty: { ...model.treaty, id: `${model.treaty.id}-s${i}`, parties: [codes[a]!, codes[b]!], provisions },
      history: [],
      quoteSpans: model.quoteSpans,
    });
  }
  return { corpus: { states, vocabulary: base.vocabulary, treaties, gazetteer }, states: codes };
}

export interface TimelineOptions {
  events: number;
  seed: number;
  from?: IsoDate;
  to?: IsoDate;
  /** Relative frequencies by event type, instead of WEIGHTS. */
  weights?: Readonly<Record<string, number>>;
  /** `chronological` (default): listed by date, as a timeline is recorded; `shuffled`: in random order. */
  order?: 'chronological' | 'shuffled';
}

/**
 * Relative frequencies (per mille) of the event types of a random timeline: mostly the routine acts
 * of states (talks, assistance, requests, ratification steps), a few per cent of crises (attacks,
 * declarations of war, threats, sanctions) and of hostile acts. Every crisis starts or ends fluents
 * that trigger duties under each treaty of the states it names, so it is the crises that make the
 * results: about one obligation result per ten events.
 */
const WEIGHTS: readonly [string, number][] = [
  ['consultations-held', 200],
  ['assistance-provided', 200],
  ['consultation-requested', 150],
  ['measures-countered', 120],
  ['ratification-approved', 80],
  ['invasion-threat-created', 5],
  ['threat-removed', 5],
  ['armed-attack', 4],
  ['war-declared', 1],
  ['hostilities-ended', 5],
  ['unilateral-measures-imposed', 3],
  ['unilateral-measures-lifted', 3],
  ['hostile-alliance-joined', 2],
  ['hostile-agreement-concluded', 2],
  ['hostile-action-joined', 2],
];
function drawType(rng: Prng, weights: readonly [string, number][], total: number): string {
  let r = rng.next() * total;
  for (const [type, w] of weights) {
    if ((r -= w) < 0) return type;
  }
  return weights[weights.length - 1]![0];
}

/**
 * E events over [from, to): for each treaty an exchange of ratifications (and, for a renewing
 * treaty, sometimes a notice of denunciation), the rest drawn by type. Half of the acts between two
 * states are between the parties of a random treaty, so that duties are discharged and prohibitions
 * breached; the rest are between any two states. Events come in date order (ties in the order
 * drawn), unless `order: 'shuffled'`.
 */
export function randomScenario(synthetic: SyntheticCorpus, options: TimelineOptions): ScenarioFile {
  const rng = new Prng(options.seed ^ 0x9e3779b9);
  const from = options.from ?? '1950-01-01';
  const span = daysBetween(from, options.to ?? '2050-01-01');
  const { corpus, states } = synthetic;
  const dayCache = new Map<number, IsoDate>();
  const day = (offset: number): IsoDate => {
    let d = dayCache.get(offset);
    if (d === undefined) dayCache.set(offset, (d = addDays(from, offset)));
    return d;
  };
  const events: Event[] = [];
  let n = 0;
  const id = () => `e${n++}`;

  for (const t of corpus.treaties) {
    if (events.length >= options.events) break;
    const [a, b] = t.treaty.parties as [string, string];
    const entry = rng.int(Math.floor(span / 2));
    events.push({ id: id(), date: day(entry), type: 'ratifications-exchanged', parties: [a, b], treaty: t.treaty.id, source: 'synthetic' });
    if (t.treaty.lifecycle.noticeEvent && rng.next() < 0.3 && events.length < options.events) {
      const by = rng.next() < 0.5 ? a : b;
      events.push({
        id: id(),
        date: day(entry + rng.int(span - entry)),
        type: t.treaty.lifecycle.noticeEvent,
        by,
        to: by === a ? b : a,
        treaty: t.treaty.id,
        source: 'synthetic',
      });
    }
  }

  const pair = (): [string, string] => {
    if (corpus.treaties.length && rng.next() < 0.5) {
      const [a, b] = rng.pick(corpus.treaties).treaty.parties as [string, string];
      return rng.next() < 0.5 ? [a, b] : [b, a];
    }
    const a = rng.pick(states);
    let b = rng.pick(states);
    while (b === a && states.length > 1) b = rng.pick(states);
    return [a, b];
  };
  const other = (): [string, string] => {
    const a = rng.pick(states);
    let b = rng.pick(states);
    while (b === a && states.length > 1) b = rng.pick(states);
    return [a, b];
  };

  const weights: [string, number][] = options.weights ? Object.entries(options.weights) : [...WEIGHTS];
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  // Days first, in order, so that the events are made (and laid out in memory) in date order.
  const days = new Int32Array(Math.max(0, options.events - events.length));
  for (let i = 0; i < days.length; i++) days[i] = rng.int(span);
  days.sort();
  for (const offset of days) {
    const type = drawType(rng, weights, total);
    const date = day(offset);
    const e: Event = { id: id(), date, type, source: 'synthetic' };
    switch (type) {
      case 'armed-attack':
      case 'war-declared':
      case 'invasion-threat-created':
      case 'unilateral-measures-imposed': {
        const [by, against] = other();
        e.by = by;
        e.against = against;
        // Where it happened: on the territory of the state acted against.
        e.place = territoryOf(against);
        break;
      }
      case 'threat-removed':
      case 'unilateral-measures-lifted':
        e.against = rng.pick(states);
        break;
      case 'hostilities-ended':
        e.parties = other();
        break;
      case 'consultation-requested': {
        const [by, to] = pair();
        e.by = by;
        e.to = to;
        break;
      }
      case 'consultations-held':
      case 'measures-countered':
        e.parties = pair();
        break;
      case 'assistance-provided': {
        const [by, to] = pair();
        e.by = by;
        e.to = to;
        e.kind = rng.pick(['military', 'other', 'economic']);
        break;
      }
      case 'hostile-alliance-joined':
      case 'hostile-agreement-concluded':
      case 'hostile-action-joined': {
        const [by, against] = pair();
        e.by = by;
        e.against = against;
        break;
      }
      case 'ratification-approved':
        e.by = rng.pick(states);
        break;
      case 'denunciation-notice': {
        const [by, to] = pair();
        e.by = by;
        e.to = to;
        break;
      }
      case 'termination-agreed':
      case 'ratifications-exchanged':
        e.parties = pair();
        break;
    }
    events.push(e);
  }
  if (options.order === 'shuffled') {
    // Fisher–Yates: the engine must not rely on input order.
    for (let i = events.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [events[i], events[j]] = [events[j]!, events[i]!];
    }
    // Made anew in the order listed, as the HTTP API parses a request's events: what is listed
    // together lies together in memory, so that walking them by date is walking memory at random
    // (drawn in date order and only listed at random, they would still lie in date order).
    const CHUNK = 10_000;
    for (let start = 0; start < events.length; start += CHUNK) {
      const parsed = JSON.parse(JSON.stringify(events.slice(start, start + CHUNK))) as Event[];
      for (let i = 0; i < parsed.length; i++) events[start + i] = parsed[i]!;
    }
  } else events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    title: `synthetic: ${corpus.treaties.length} treaties, ${events.length} events`,
    history: true,
    drop: [],
    readings: {},
    events,
    expect: [],
  };
}

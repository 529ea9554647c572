/** The timeline a run evaluates (Timeline): its events in the canonical order, read into columns and indexed, and the queries on it by selection, position and date. */
import { compareStrings, type CompiledTreaty, type Event, type IsoDate } from '../../model/index.js';
import type { Side } from '../act-codes.js';
import { canonicalOrder, dayKey } from '../canonical-order.js';
import { buildIndex } from './build-index.js';
import { inOrder, NONE, OTHER, readEvents, reorderRows, type Columns } from './columns.js';
import { dayStarts, lowerBound } from './day-table.js';
import { Ids } from './ids.js';
import {
  ANY_FIELD,
  ENTRY,
  positionOf,
  SHIFT,
  UNTARGETED,
  type Entries,
  type EntrySource,
  type IndexRows,
  type Selection,
} from './index-rows.js';
import type { PairsIndex } from './pairs-index.js';
import { TreatyEvents } from './treaty-events.js';
import type { EventTest, HistoryOrigin, PositionTest, TimelineEvent } from './timeline-event.js';

export interface TimelineInput {
  treaties: readonly CompiledTreaty[];
  includeHistory: boolean;
  /** "treaty-id/event-id" of recorded events to leave out. */
  drop: readonly string[];
  events: readonly Event[];
  /** Index the events of these states (the actors of the treaties evaluated). */
  states: ReadonlySet<string>;
  /** Index the events of these types (the ones the treaties' provisions and lifecycles name). */
  types: ReadonlySet<string>;
  /** Keep every event of these types in order, whoever it names (the ones fluents need). */
  allOf?: ReadonlySet<string>;
  /** Pairs of indexed states whose shared events to index as such (the parties of each treaty, and the states acting for them). */
  pairs?: Iterable<readonly [string, string]>;
  /**
   * Days that replace events' own (one variant of uncertain or disputed dates), by "treaty-id/event-id"
   * for recorded events and "scenario/event-id" for the scenario's.
   */
  dates?: ReadonlyMap<string, IsoDate>;
}

/**
 * The timeline a run evaluates: the treaties' recorded history (less the events a scenario drops)
 * and the scenario's own events, in a canonical order, indexed by the states they name, by event
 * type and by the field that names them, so that each treaty looks only at the events of its
 * parties, one type at a time, and never at the whole timeline.
 *
 * Canonical order: by date; within a day, recorded history first (in corpus and file order), then
 * the scenario's events by id (then in the order given, for equal ids). The order in which a
 * scenario lists its events therefore never changes a result.
 *
 * The scenario's events are used as given (not copied): a million events cost no second million
 * objects. Recorded events are copied with their origin (the treaty whose history records them);
 * an event without an origin is the scenario's.
 *
 * The index is built in one pass into flat typed arrays (compressed rows: one row per state and
 * event type, listing `position × ENTRY + bits`), so that it costs the garbage collector nothing.
 */
export class Timeline implements EntrySource {
  readonly events: readonly TimelineEvent[];
  /** The day of each event (dayKey), by position: ascending. */
  private readonly days: Int32Array;
  /**
   * The position of the first event on or after each day from the first event's (by dayKey − the
   * first event's), so that finding a day's place costs one look-up rather than a binary search over
   * the whole timeline; absent when the events span too many days (then: the binary search).
   */
  private readonly dayStarts: Int32Array | undefined;
  /** The numbers of the states, event types and kinds indexed, and of the pairs of states indexed together. */
  private readonly ids: Ids;
  /** The index rows (index-rows.ts). */
  private readonly index: IndexRows;
  /** The pairs index (pairs-index.ts). */
  private readonly pairs: PairsIndex;
  /** Positions of every event of the `allOf` types, ascending, by type. */
  private readonly allOf = new Map<string, number[]>();
  /** The events' state fields and kinds as numbers, by position (see Columns). */
  readonly columns: Columns;

  constructor(input: TimelineInput) {
    const dropped = new Set(input.drop);
    const all: TimelineEvent[] = [];
    if (input.includeHistory) {
      for (const t of input.treaties) {
        const origin: HistoryOrigin = { kind: 'history', treaty: t.treaty.id };
        for (const e of t.history) {
          const key = `${t.treaty.id}/${e.id}`;
          if (dropped.has(key)) continue;
          const date = input.dates?.get(key);
          all.push(date === undefined ? { ...e, origin } : { ...e, date, origin });
        }
      }
    }
    const historyCount = all.length;
    // The scenario's list itself where no recorded event comes first (a million events: no copy).
    const dates = input.dates;
    const own: readonly Event[] =
      dates && dates.size
        ? input.events.map((e) => (dates.has(`scenario/${e.id}`) ? { ...e, date: dates.get(`scenario/${e.id}`)! } : e))
        : input.events;
    const given: readonly TimelineEvent[] = all.length ? all.concat(own) : own;

    this.ids = new Ids(input.states, input.types, input.pairs ?? []);
    // Each event is read once, in the order given (a parsed file's events lie in memory in that
    // order); the numbers read are then put in the canonical order, not the events read again.
    const allOf = [...(input.allOf ?? [])];
    const read = readEvents(given, historyCount, allOf, this.ids);
    const { order, moved } = canonicalOrder(read.days, read.sortKeys, (i) => given[i]!.id);
    this.events = moved ? inOrder(given, order) : given;
    if (moved) reorderRows(read.fields, read.days, order);
    this.days = read.days;
    this.dayStarts = dayStarts(read.days);
    const columns: Columns = { fields: read.fields, parties: read.parties };
    const kept = allOf.map((): number[] => []);
    for (let j = 0; j < given.length; j++) {
      const k = read.allOf[moved ? order[j]! : j]!;
      if (k >= 0) kept[k]!.push(j);
    }
    allOf.forEach((type, k) => this.allOf.set(type, kept[k]!));
    this.columns = columns;
    const { index, pairs } = buildIndex(columns, this.events.length, this.ids);
    this.index = index;
    this.pairs = pairs;
  }

  /** The id of an indexed state (OTHER if the state is not indexed: it names someone, not one of ours). */
  stateId(state: string): number {
    return this.ids.stateIds.get(state) ?? OTHER;
  }

  /** The id of a kind as the events give it (NONE if no event has it). */
  kindId(kind: string): number {
    return this.ids.kindIds.get(kind) ?? NONE;
  }

  /**
   * The events of `type` between states `x` and `y` (naming both, or naming only one of the two,
   * its actor), ascending, each with its act code (act-codes.ts), whose sides put the state with
   * the lower id first: `sideOfX` says where `x` is. Undefined if the pair is not indexed or the
   * codes are not kept.
   */
  pairActs(x: string, y: string, type: string): { positions: number[]; codes: number[]; sideOfX: Side } | undefined {
    return this.pairs.pairActs(x, y, type);
  }

  /** The entries of the events of `type` naming any of `states`, ascending, one per event (bits joined). */
  entries(states: readonly string[], type: string): Entries {
    return this.index.entries(states, type);
  }

  /** The positions of the selected events, ascending, each once. */
  positions(selection: Selection, source: EntrySource = this): number[] {
    const out: number[] = [];
    const fields = selection.fields;
    const other = selection.with;
    // Both sides, any fields, untargeted events included: the pairs index has the answer.
    if (other && fields === ANY_FIELD && other.fields === ANY_FIELD && other.orUntargeted) {
      const found = this.pairs.pairPositions(selection.states, other.states, selection.type);
      if (found) return found;
    }
    const first = source.entries(selection.states, selection.type);
    if (!other) {
      for (let i = 0; i < first.length; i++) {
        const entry = first[i]!;
        if ((entry & fields) !== 0) out.push(entry >>> SHIFT);
      }
      return out;
    }
    // Else walk the two ascending lists together, as in a merge.
    const second = source.entries(other.states, selection.type);
    const withFields = other.fields;
    const untargeted = other.orUntargeted === true ? UNTARGETED : 0;
    const n1 = first.length;
    const n2 = second.length;
    let i = 0;
    let j = 0;
    while (i < n1 && j < n2) {
      const a = first[i]!;
      const b = second[j]!;
      const pa = a >>> SHIFT;
      const pb = b >>> SHIFT;
      if (pa === pb) {
        if (((a & fields) !== 0 && (b & withFields) !== 0) || ((a | b) & untargeted) !== 0) out.push(pa);
        i++;
        j++;
      } else if (pa < pb) {
        if ((a & untargeted) !== 0) out.push(pa);
        i++;
      } else {
        if ((b & untargeted) !== 0) out.push(pb);
        j++;
      }
    }
    if (untargeted !== 0) {
      // The rest of either list: only untargeted events, in order (one of the two lists is done).
      for (; i < n1; i++) if ((first[i]! & untargeted) !== 0) out.push(first[i]! >>> SHIFT);
      for (; j < n2; j++) if ((second[j]! & untargeted) !== 0) out.push(second[j]! >>> SHIFT);
    }
    return out;
  }

  /** The selected events that pass `test`, in timeline order, each once. */
  select(selection: Selection, test?: EventTest, source: EntrySource = this): TimelineEvent[] {
    return this.pick(this.positions(selection, source), test);
  }

  /** The events at `positions` that pass `test`. */
  pick(positions: readonly number[], test?: EventTest): TimelineEvent[] {
    const events = this.events;
    const out: TimelineEvent[] = [];
    for (const position of positions) {
      const e = events[position]!;
      if (!test || test(e, position)) out.push(e);
    }
    return out;
  }

  /** For each test, the positions of `positions` that pass it: one pass, no event read unless a test reads it. */
  filterEach(positions: readonly number[], tests: readonly PositionTest[]): number[][] {
    const out = tests.map((): number[] => []);
    for (const position of positions) {
      for (let k = 0; k < tests.length; k++) if (tests[k]!(position)) out[k]!.push(position);
    }
    return out;
  }

  /** The event at a position. */
  at(position: number): TimelineEvent {
    return this.events[position]!;
  }

  /** The events of an ascending list of positions dated in [from, to) (to null: open). */
  within(positions: readonly number[], from: IsoDate, to: IsoDate | null): TimelineEvent[] {
    const start = lowerBound(positions, this.positionFrom(dayKey(from)));
    const end = to === null ? positions.length : lowerBound(positions, this.positionFrom(dayKey(to)));
    const out = new Array<TimelineEvent>(Math.max(0, end - start));
    for (let i = start; i < end; i++) out[i - start] = this.events[positions[i]!]!;
    return out;
  }

  /** The first event of an ascending list of positions dated on or after `from`, if any. */
  firstFrom(positions: readonly number[], from: IsoDate): TimelineEvent | undefined {
    const position = positions[lowerBound(positions, this.positionFrom(dayKey(from)))];
    return position === undefined ? undefined : this.events[position];
  }

  /**
   * The first selected event dated in [from, to) (to null: open) that passes `test`, or undefined:
   * a binary search for `from`, then a walk until a match or `to`.
   */
  first(
    selection: Selection,
    from: IsoDate,
    to: IsoDate | null,
    test: (e: TimelineEvent) => boolean,
    source: EntrySource = this,
  ): TimelineEvent | undefined {
    if (selection.with) return this.select(selection, (e) => e.date >= from && (to === null || e.date < to) && test(e), source)[0];
    const lo = this.positionFrom(dayKey(from));
    let hi = to === null ? this.days.length : this.positionFrom(dayKey(to));
    // State by state (no merging): the earliest of the first matches.
    let found = -1;
    for (const state of selection.states) {
      const position = this.firstIn(this.index.row(state, selection.type), selection.fields, lo, hi, test);
      if (position >= 0) hi = found = position;
    }
    return found < 0 ? undefined : this.events[found];
  }

  /** The position of the first entry of `list` at a position in [lo, hi) naming a field of `fields` whose event passes `test`, or -1. */
  private firstIn(list: Entries, fields: number, lo: number, hi: number, test: (e: TimelineEvent) => boolean): number {
    for (let i = lowerBound(list, lo * ENTRY); i < list.length; i++) {
      const entry = list[i]!;
      const position = positionOf(entry);
      if (position >= hi) return -1;
      if ((entry & fields) !== 0 && test(this.events[position]!)) return position;
    }
    return -1;
  }

  /** The position of the first event dated on or after `day` (a dayKey); the number of events if none is. */
  positionFrom(day: number): number {
    const days = this.days;
    if (days.length === 0 || day <= days[0]!) return 0;
    if (!this.dayStarts) return lowerBound(days, day);
    const k = day - days[0]!;
    return k < this.dayStarts.length ? this.dayStarts[k]! : days.length;
  }

  /** Every event of any of `types` (given as `allOf` when built), in timeline order. */
  ofTypes(types: readonly string[]): TimelineEvent[] {
    const lists: number[][] = [];
    for (const type of new Set(types)) {
      const list = this.allOf.get(type);
      if (!list) throw new Error(`events of type ${type} were not kept`);
      lists.push(list);
    }
    let positions: ArrayLike<number>;
    if (lists.length === 1) positions = lists[0]!;
    else {
      const all = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
      let k = 0;
      for (const l of lists) for (const x of l) all[k++] = x;
      positions = all.sort();
    }
    const out = new Array<TimelineEvent>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = this.events[positions[i]!]!;
    return out;
  }

  /** The events of a treaty's parties (and of the states acting for them), type by type. */
  view(actors: readonly string[]): TreatyEvents {
    return new TreatyEvents(this, [...new Set(actors)].sort(compareStrings));
  }

  lastDate(): string | undefined {
    return this.events[this.events.length - 1]?.date;
  }
}

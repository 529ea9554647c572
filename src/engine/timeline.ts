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
import type { IsoDate } from '../model/calendar.js';
import type { CompiledTreaty } from '../model/compiled.js';
import type { Event, StateField } from '../model/event.js';
import { compareStrings } from '../model/common.js';
import { KIND_CODE_LIMIT, pairCode, untargetedCode, withActor, type Side } from './act-codes.js';
import { canonicalOrder, dayKey, sortKey } from './canonical-order.js';

export interface HistoryOrigin {
  readonly kind: 'history';
  readonly treaty: string;
}

/** An event on an evaluated timeline: a scenario's event as given, or a recorded one with its origin. */
export type TimelineEvent = Event & { readonly origin?: HistoryOrigin };

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
}

export { compareStrings, dayKey };

/** Bits for the event fields that name states, in an index entry. */
export const FIELD_BITS: Readonly<Record<StateField, number>> = { by: 1, against: 2, to: 4, parties: 8 };
export const ANY_FIELD = 15;
/** Set on the entries of an event that names no state it is done to (no `to`, `against` or `parties`). */
const UNTARGETED = 16;
/** Entries are `position × ENTRY + bits`, unsigned 32-bit: `entry >>> SHIFT` is the position, `entry & BITS` the bits. */
const ENTRY = 32;
const SHIFT = 5;
const BITS = ENTRY - 1;

/** In the columns: no state (the field is absent), a state no treaty evaluated binds, several kinds. */
export const NONE = -1;
export const OTHER = -2;
export const MANY = -3;

/**
 * The events' state fields, kinds, days and types as numbers, by position, packed: the fields of the
 * event at position i are at `fields[i × STRIDE + COL.…]`, so that reading an event's fields costs
 * one cache line. A state is its id (Timeline.stateId), NONE or OTHER; a kind its id
 * (Timeline.kindId), NONE or MANY (a list of kinds: read the event); the type its id or NONE (not
 * indexed). The event's parties are parties[fields[… + P0] .. fields[… + P1]).
 */
export interface Columns {
  readonly fields: Int32Array;
  readonly parties: Int32Array;
}
export const STRIDE = 8;
export const COL = { by: 0, against: 1, to: 2, kind: 3, p0: 4, p1: 5, day: 6, type: 7 } as const;

/** An ascending list of index entries (always a Uint32Array: one element type keeps the walks fast). */
type Entries = Uint32Array;
const NO_ENTRIES: Entries = new Uint32Array(0);

/**
 * Which events to select: those of `type` naming one of `states` in one of `fields` (FIELD_BITS)
 * and, if `with` is given, also naming one of `with.states` in one of `with.fields`; with
 * `orUntargeted`, also the events that name no state they are done to (only an actor, `by`) when
 * that actor is one of `states` or of `with.states`.
 */
export interface Selection {
  type: string;
  states: readonly string[];
  fields: number;
  with?: { states: readonly string[]; fields: number; orUntargeted?: boolean };
}

/** A test on an event at a position of the timeline (reading the columns where it can). */
export type EventTest = (e: TimelineEvent, position: number) => boolean;

/** A test on the event at a position, from the timeline's columns (the event itself read only where a test must). */
export type PositionTest = (position: number) => boolean;

/** Where index entries come from: the timeline itself, or a treaty's view that keeps merged ones. */
interface EntrySource {
  entries(states: readonly string[], type: string): Entries;
}

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
  private readonly stateIds = new Map<string, number>();
  /** Ids of the indexed states with a three-capital-letter code, by (c0 × 26 + c1) × 26 + c2. */
  private readonly codeTable = new Int32Array(26 * 26 * 26);
  private readonly typeIds = new Map<string, number>();
  /** Row r = state id × types + type id holds data[rowStart[r] .. rowStart[r + 1]). */
  private readonly rowStart: Int32Array;
  private readonly data: Uint32Array;
  /** The rows as views of `data`, made on first use. */
  private readonly rows: (Entries | undefined)[] = [];
  /**
   * The pairs index: for each pair of interest (id in `pairIds`) and type, the positions of the
   * events naming both states; and for each state and type, the positions of its untargeted events.
   */
  private readonly pairIds = new Map<number, number>();
  private pairStart = new Int32Array(1);
  private pairData = new Uint32Array(0);
  private untargetedStart = new Int32Array(1);
  private untargetedData = new Uint32Array(0);
  /** Beside pairData and untargetedData: each entry's act code (act-codes.ts); absent if the events give too many kinds. */
  private pairCodes: Uint32Array | undefined;
  private untargetedCodes: Uint32Array | undefined;
  /** Positions of every event of the `allOf` types, ascending, by type. */
  private readonly allOf = new Map<string, number[]>();
  /** The events' state fields and kinds as numbers, by position (see Columns). */
  readonly columns: Columns;
  private readonly kindIds = new Map<string, number>();

  constructor(input: TimelineInput) {
    const dropped = new Set(input.drop);
    const all: TimelineEvent[] = [];
    if (input.includeHistory) {
      for (const t of input.treaties) {
        const origin: HistoryOrigin = { kind: 'history', treaty: t.treaty.id };
        for (const e of t.history) {
          if (!dropped.has(`${t.treaty.id}/${e.id}`)) all.push({ ...e, origin });
        }
      }
    }
    const historyCount = all.length;
    // The scenario's list itself where no recorded event comes first (a million events: no copy).
    const given: readonly TimelineEvent[] = all.length ? all.concat(input.events) : input.events;

    for (const type of input.types) this.typeIds.set(type, this.typeIds.size);
    this.codeTable.fill(OTHER);
    for (const state of input.states) {
      const id = this.stateIds.size;
      this.stateIds.set(state, id);
      if (/^[A-Z]{3}$/.test(state)) this.codeTable[((state.charCodeAt(0) - 65) * 26 + state.charCodeAt(1) - 65) * 26 + state.charCodeAt(2) - 65] = id;
    }
    for (const [a, b] of input.pairs ?? []) {
      const x = this.stateIds.get(a);
      const y = this.stateIds.get(b);
      if (x === undefined || y === undefined || x === y) continue;
      const key = pairKey(x, y);
      if (!this.pairIds.has(key)) this.pairIds.set(key, this.pairIds.size);
    }
    // Each event is read once, in the order given (a parsed file's events lie in memory in that
    // order); the numbers read are then put in the canonical order, not the events read again.
    const allOf = [...(input.allOf ?? [])];
    const read = this.readEvents(given, historyCount, allOf);
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
    const { rowStart, data } = this.buildIndex(columns);
    this.rowStart = rowStart;
    this.data = data;
  }

  /** The id of an indexed state (NONE if the state is not indexed). */
  stateId(state: string): number {
    return this.stateIds.get(state) ?? OTHER;
  }

  /** The id of a kind as the events give it (NONE if no event has it). */
  kindId(kind: string): number {
    return this.kindIds.get(kind) ?? NONE;
  }

  /**
   * A state's id (OTHER if not indexed). State codes are three capital letters, so a table of 26³
   * ids answers without hashing; anything else is looked up in the map.
   */
  private idOf(state: string): number {
    if (state.length === 3) {
      const a = state.charCodeAt(0) - 65;
      const b = state.charCodeAt(1) - 65;
      const c = state.charCodeAt(2) - 65;
      if (a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) return this.codeTable[(a * 26 + b) * 26 + c]!;
    }
    return this.stateIds.get(state) ?? OTHER;
  }

  /**
   * One pass over the events, in the order given: their state fields, type, kind and day as numbers
   * (the columns, in that order), what they sort by within a day, and which `allOf` type each is
   * (its index, or -1).
   */
  private readEvents(events: readonly TimelineEvent[], historyCount: number, allOf: readonly string[]): { fields: Int32Array; parties: Int32Array; days: Int32Array; sortKeys: Float64Array; allOf: Int8Array | Int32Array } {
    const n = events.length;
    const fields = new Int32Array(n * STRIDE);
    const days = new Int32Array(n);
    const sortKeys = new Float64Array(n);
    // Which allOf type (-1: none), in a byte where it fits: a million events, a megabyte.
    const kept = allOf.length < 127 ? new Int8Array(n) : new Int32Array(n);
    let partyIds = new Int32Array(Math.max(16, n));
    const types = new Map<string, { id: number; kept: number }>();
    let p = 0;
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      const at = i * STRIDE;
      const day = dayKey(e.date);
      days[i] = day;
      sortKeys[i] = sortKey(i, historyCount, e.id);
      let type = types.get(e.type);
      if (type === undefined) types.set(e.type, (type = { id: this.typeIds.get(e.type) ?? NONE, kept: allOf.indexOf(e.type) }));
      kept[i] = type.kept;
      fields[at + COL.type] = type.id;
      fields[at + COL.by] = e.by === undefined ? NONE : this.idOf(e.by);
      fields[at + COL.against] = e.against === undefined ? NONE : this.idOf(e.against);
      fields[at + COL.to] = e.to === undefined ? NONE : this.idOf(e.to);
      fields[at + COL.day] = day;
      fields[at + COL.p0] = p;
      const parties = e.parties;
      if (parties) {
        if (p + parties.length > partyIds.length) {
          const bigger = new Int32Array(Math.max(partyIds.length * 2, p + parties.length));
          bigger.set(partyIds);
          partyIds = bigger;
        }
        for (let k = 0; k < parties.length; k++) partyIds[p++] = this.idOf(parties[k]!);
      }
      fields[at + COL.p1] = p;
      const k = e.kind;
      if (k === undefined) fields[at + COL.kind] = NONE;
      else if (typeof k !== 'string') fields[at + COL.kind] = MANY;
      else {
        let kid = this.kindIds.get(k);
        if (kid === undefined) this.kindIds.set(k, (kid = this.kindIds.size));
        fields[at + COL.kind] = kid;
      }
    }
    return { fields, parties: partyIds.subarray(0, p), days, sortKeys, allOf: kept };
  }

  /**
   * The index from the columns, without touching an event: a counting pass sizes the rows (one per
   * indexed state and type), a second lays the entries out. An event is entered once per indexed
   * state it names, with the bits of every field naming it (and UNTARGETED on its actor's entry if
   * it names no state it is done to).
   */
  private buildIndex(columns: Columns): { rowStart: Int32Array; data: Uint32Array } {
    const n = this.events.length;
    if (n * ENTRY >= 2 ** 32) throw new RangeError(`a timeline of ${n} events is more than the engine indexes (at most ${2 ** 32 / ENTRY - 1})`);
    const typeCount = this.typeIds.size;
    const rowStart = new Int32Array(this.stateIds.size * typeCount + 1);
    const pairStart = new Int32Array(this.pairIds.size * typeCount + 1);
    const untargetedStart = new Int32Array(this.stateIds.size * typeCount + 1);
    const { fields, parties } = columns;
    // Pair ids by (lower id × states + higher id), in a table when it is small enough.
    const stateCount = this.stateIds.size;
    const table = this.pairIds.size > 0 && stateCount * stateCount <= 2 ** 22 ? new Int32Array(stateCount * stateCount).fill(-1) : undefined;
    if (table) for (const [key, id] of this.pairIds) table[Math.floor(key / 2 ** 26) * stateCount + (key % 2 ** 26)] = id;
    const pairIds = this.pairIds;
    let named = new Int32Array(64);
    let namedBits = new Int32Array(64);
    let data = new Uint32Array(0);
    let pairData = new Uint32Array(0);
    let untargetedData = new Uint32Array(0);
    const coded = this.kindIds.size < KIND_CODE_LIMIT;
    let pairCodes = new Uint32Array(0);
    let untargetedCodes = new Uint32Array(0);
    let cursor = rowStart;
    let pairCursor = pairStart;
    let untargetedCursor = untargetedStart;
    for (const pass of [0, 1]) {
      for (let i = 0; i < n; i++) {
        const at = i * STRIDE;
        const t = fields[at + COL.type]!;
        if (t < 0) continue;
        const b = fields[at + COL.by]!;
        const a = fields[at + COL.against]!;
        const o = fields[at + COL.to]!;
        const p0 = fields[at + COL.p0]!;
        const p1 = fields[at + COL.p1]!;
        const base = i * ENTRY;
        // Each indexed state it names once, with the bits of every field naming it.
        let m = 0;
        if (b >= 0) {
          named[0] = b;
          namedBits[0] = FIELD_BITS.by;
          m = 1;
        }
        for (let k = -2; k < p1 - p0; k++) {
          const s = k === -2 ? a : k === -1 ? o : parties[p0 + k]!;
          if (s < 0) continue;
          const bit = k === -2 ? FIELD_BITS.against : k === -1 ? FIELD_BITS.to : FIELD_BITS.parties;
          let j = 0;
          while (j < m && named[j] !== s) j++;
          if (j < m) namedBits[j]! |= bit;
          else {
            if (m === named.length) [named, namedBits] = [grow(named), grow(namedBits)];
            named[m] = s;
            namedBits[m++] = bit;
          }
        }
        // An event naming no state it is done to: its actor's entry says so.
        const untargeted = a === NONE && o === NONE && p1 === p0;
        for (let j = 0; j < m; j++) {
          const row = named[j]! * typeCount + t;
          if (untargeted) {
            if (pass === 0) untargetedStart[row + 1]!++;
            else {
              if (coded) untargetedCodes[untargetedCursor[row]!] = untargetedCode(fields[at + COL.kind]!);
              untargetedData[untargetedCursor[row]!++] = i;
            }
          }
          if (pass === 0) rowStart[row + 1]!++;
          else data[cursor[row]!++] = base + (untargeted ? namedBits[j]! | UNTARGETED : namedBits[j]!);
        }
        // Every pair of interest among the states it names.
        if (pairIds.size > 0) {
          for (let x = 0; x < m; x++) {
            for (let y = x + 1; y < m; y++) {
              const u = named[x]!;
              const v = named[y]!;
              const id = table ? table[u < v ? u * stateCount + v : v * stateCount + u]! : (pairIds.get(pairKey(u, v)) ?? -1);
              if (id < 0) continue;
              const row = id * typeCount + t;
              if (pass === 0) pairStart[row + 1]!++;
              else {
                if (coded) {
                  const lower = namedBits[u < v ? x : y]!;
                  const higher = namedBits[u < v ? y : x]!;
                  pairCodes[pairCursor[row]!] = pairCode(lower, higher, b !== NONE, o !== NONE, a !== NONE, p1 > p0, fields[at + COL.kind]!);
                }
                pairData[pairCursor[row]!++] = i;
              }
            }
          }
        }
      }
      if (pass === 0) {
        for (let r = 1; r < rowStart.length; r++) rowStart[r]! += rowStart[r - 1]!;
        for (let r = 1; r < pairStart.length; r++) pairStart[r]! += pairStart[r - 1]!;
        for (let r = 1; r < untargetedStart.length; r++) untargetedStart[r]! += untargetedStart[r - 1]!;
        data = new Uint32Array(rowStart[rowStart.length - 1]!);
        pairData = new Uint32Array(pairStart[pairStart.length - 1]!);
        untargetedData = new Uint32Array(untargetedStart[untargetedStart.length - 1]!);
        if (coded) {
          pairCodes = new Uint32Array(pairData.length);
          untargetedCodes = new Uint32Array(untargetedData.length);
        }
        cursor = rowStart.slice(0, -1);
        pairCursor = pairStart.slice(0, -1);
        untargetedCursor = untargetedStart.slice(0, -1);
      }
    }
    this.pairStart = pairStart;
    this.pairData = pairData;
    this.untargetedStart = untargetedStart;
    this.untargetedData = untargetedData;
    if (coded) {
      this.pairCodes = pairCodes;
      this.untargetedCodes = untargetedCodes;
    }
    return { rowStart, data };
  }

  /** Where the pairs index lists the events of a type naming both states of a pair: pairData[start .. end). */
  private pairRow(pairId: number, typeId: number): { start: number; end: number } {
    const r = pairId * this.typeIds.size + typeId;
    return { start: this.pairStart[r]!, end: this.pairStart[r + 1]! };
  }

  /** Where the pairs index lists a state's events of a type that name no one they are done to: untargetedData[start .. end). */
  private untargetedRow(stateId: number, typeId: number): { start: number; end: number } {
    const r = stateId * this.typeIds.size + typeId;
    return { start: this.untargetedStart[r]!, end: this.untargetedStart[r + 1]! };
  }

  /**
   * The events of `type` between states `x` and `y` (naming both, or naming only one of the two,
   * its actor), ascending, each with its act code (act-codes.ts), whose sides put the state with
   * the lower id first: `sideOfX` says where `x` is. Undefined if the pair is not indexed or the
   * codes are not kept.
   */
  pairActs(x: string, y: string, type: string): { positions: number[]; codes: number[]; sideOfX: Side } | undefined {
    const xi = this.stateIds.get(x);
    const yi = this.stateIds.get(y);
    if (xi === undefined || yi === undefined || xi === yi || !this.pairCodes || !this.untargetedCodes) return undefined;
    const id = this.pairIds.get(pairKey(xi, yi));
    if (id === undefined) return undefined;
    const sideOfX: Side = xi < yi ? 0 : 1;
    const typeId = this.typeIds.get(type);
    if (typeId === undefined) return { positions: [], codes: [], sideOfX };
    // Three ascending lists with no event in two of them: the pair's, and each state's untargeted.
    const pair = this.pairRow(id, typeId);
    const ofX = this.untargetedRow(xi, typeId);
    const ofY = this.untargetedRow(yi, typeId);
    const [iEnd, jEnd, kEnd] = [pair.end, ofX.end, ofY.end];
    let [i, j, k] = [pair.start, ofX.start, ofY.start];
    const positions: number[] = [];
    const codes: number[] = [];
    const sideOfY: Side = sideOfX === 0 ? 1 : 0;
    for (;;) {
      const p = i < iEnd ? this.pairData[i]! : Infinity;
      const q = j < jEnd ? this.untargetedData[j]! : Infinity;
      const w = k < kEnd ? this.untargetedData[k]! : Infinity;
      if (p < q && p < w) {
        positions.push(p);
        codes.push(this.pairCodes[i++]!);
      } else if (q < w) {
        positions.push(q);
        codes.push(withActor(this.untargetedCodes[j++]!, sideOfX));
      } else if (w !== Infinity) {
        positions.push(w);
        codes.push(withActor(this.untargetedCodes[k++]!, sideOfY));
      } else return { positions, codes, sideOfX };
    }
  }

  /**
   * The positions of the events of `type` naming a state of `a` and a state of `b`, and of the
   * untargeted events of a state of either, from the pairs index; undefined if a pair is not in it.
   */
  private pairPositions(a: readonly string[], b: readonly string[], type: string): number[] | undefined {
    const typeId = this.typeIds.get(type);
    if (typeId === undefined) return [];
    const lists: Uint32Array[] = [];
    for (const x of a) {
      const xi = this.stateIds.get(x);
      for (const y of b) {
        const yi = this.stateIds.get(y);
        if (xi === undefined || yi === undefined) continue;
        if (xi === yi) return undefined;
        const id = this.pairIds.get(pairKey(xi, yi));
        if (id === undefined) return undefined;
        const { start, end } = this.pairRow(id, typeId);
        lists.push(this.pairData.subarray(start, end));
      }
    }
    for (const x of new Set([...a, ...b])) {
      const xi = this.stateIds.get(x);
      if (xi === undefined) continue;
      const { start, end } = this.untargetedRow(xi, typeId);
      lists.push(this.untargetedData.subarray(start, end));
    }
    const nonEmpty = lists.filter((l) => l.length > 0);
    if (nonEmpty.length === 1) return plainArray(nonEmpty[0]!);
    let total = 0;
    for (const l of nonEmpty) total += l.length;
    const all = new Uint32Array(total);
    let k = 0;
    for (const l of nonEmpty) {
      all.set(l, k);
      k += l.length;
    }
    all.sort();
    const out: number[] = [];
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!);
    return out;
  }

  /** The entries of the events of `type` naming `state`, ascending. */
  private row(state: string, type: string): Entries {
    const id = this.stateIds.get(state);
    const typeId = this.typeIds.get(type);
    if (id === undefined || typeId === undefined) return NO_ENTRIES;
    const r = id * this.typeIds.size + typeId;
    let row = this.rows[r];
    if (row === undefined) {
      const start = this.rowStart[r]!;
      const end = this.rowStart[r + 1]!;
      this.rows[r] = row = start === end ? NO_ENTRIES : this.data.subarray(start, end);
    }
    return row;
  }

  /** The entries of the events of `type` naming any of `states`, ascending, one per event (bits joined). */
  entries(states: readonly string[], type: string): Entries {
    if (!this.typeIds.has(type)) throw new Error(`events of type ${type} were not indexed`);
    const lists: Entries[] = [];
    for (const s of states) {
      const list = this.row(s, type);
      if (list.length) lists.push(list);
    }
    if (lists.length === 0) return NO_ENTRIES;
    if (lists.length === 1) return lists[0]!;
    // k-way merge (k is the number of states acting for the treaty's parties, or for one party).
    let total = 0;
    for (const list of lists) total += list.length;
    const out = new Uint32Array(total);
    let n = 0;
    const heads = lists.map(() => 0);
    for (;;) {
      let position = Infinity;
      for (let k = 0; k < lists.length; k++) {
        const list = lists[k]!;
        if (heads[k]! < list.length) position = Math.min(position, positionOf(list[heads[k]!]!));
      }
      if (position === Infinity) return out.subarray(0, n);
      let bits = 0;
      for (let k = 0; k < lists.length; k++) {
        const list = lists[k]!;
        if (heads[k]! < list.length && positionOf(list[heads[k]!]!) === position) {
          bits |= list[heads[k]!]! & BITS;
          heads[k]!++;
        }
      }
      out[n++] = position * ENTRY + bits;
    }
  }

  /** The positions of the selected events, ascending, each once. */
  positions(selection: Selection, source: EntrySource = this): number[] {
    const out: number[] = [];
    const fields = selection.fields;
    const other = selection.with;
    // Both sides, any fields, untargeted events included: the pairs index has the answer.
    if (other && fields === ANY_FIELD && other.fields === ANY_FIELD && other.orUntargeted) {
      const found = this.pairPositions(selection.states, other.states, selection.type);
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
  first(selection: Selection, from: IsoDate, to: IsoDate | null, test: (e: TimelineEvent) => boolean, source: EntrySource = this): TimelineEvent | undefined {
    if (selection.with) return this.select(selection, (e) => e.date >= from && (to === null || e.date < to) && test(e), source)[0];
    const lo = this.positionFrom(dayKey(from));
    let hi = to === null ? this.days.length : this.positionFrom(dayKey(to));
    // State by state (no merging): the earliest of the first matches.
    let found = -1;
    for (const state of selection.states) {
      const position = this.firstIn(this.row(state, selection.type), selection.fields, lo, hi, test);
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

/** The most days a table of day starts covers (4 MB; dayKeys run 512 to a year: two thousand years). */
const DAY_STARTS_LIMIT = 2 ** 20;

/** For days (ascending dayKeys), the first position on or after each day from the first; undefined if they span too many. */
function dayStarts(days: Int32Array): Int32Array | undefined {
  const n = days.length;
  if (n === 0) return undefined;
  const first = days[0]!;
  const range = days[n - 1]! - first + 1;
  if (range > DAY_STARTS_LIMIT) return undefined;
  const starts = new Int32Array(range);
  let position = 0;
  for (let k = 0; k < range; k++) {
    while (position < n && days[position]! - first < k) position++;
    starts[k] = position;
  }
  return starts;
}

/** The index of the first element of an ascending list that is at least `value`. */
function lowerBound(list: ArrayLike<number>, value: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (list[mid]! < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The events at the positions `order` gives. */
function inOrder(events: readonly TimelineEvent[], order: Int32Array): TimelineEvent[] {
  const out = new Array<TimelineEvent>(order.length);
  for (let j = 0; j < order.length; j++) out[j] = events[order[j]!]!;
  return out;
}

/**
 * Puts the rows of columns (STRIDE numbers each) and the days in the order `order` gives (row j
 * becomes the row that was at order[j]), in place, one cycle of the permutation at a time: copies
 * would be another 36 MB outside the heap for a million events, enough to make the collector trace
 * the whole heap. A row's parties stay where they are: it points to them. `order` is left as it was.
 */
function reorderRows(fields: Int32Array, days: Int32Array, order: Int32Array): void {
  const row = new Int32Array(STRIDE);
  for (let start = 0; start < order.length; start++) {
    if (order[start]! < 0 || order[start] === start) continue;
    row.set(fields.subarray(start * STRIDE, start * STRIDE + STRIDE));
    const day = days[start]!;
    let j = start;
    for (;;) {
      const next = order[j]!;
      // Visited positions are marked by a negative order (~index), undone below.
      order[j] = ~next;
      if (next === start) break;
      for (let c = 0; c < STRIDE; c++) fields[j * STRIDE + c] = fields[next * STRIDE + c]!;
      days[j] = days[next]!;
      j = next;
    }
    fields.set(row, j * STRIDE);
    days[j] = day;
  }
  for (let j = 0; j < order.length; j++) if (order[j]! < 0) order[j] = ~order[j]!;
}

/** The numbers of a typed array as a plain array (without the iterator `Array.from` would use). */
function plainArray(list: Uint32Array | Int32Array): number[] {
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}

/** A copy twice as long. */
function grow(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** A key for an unordered pair of state ids. */
function pairKey(x: number, y: number): number {
  return x < y ? x * 2 ** 26 + y : y * 2 ** 26 + x;
}

function positionOf(entry: number): number {
  return entry >>> SHIFT;
}


/**
 * A treaty's view of the timeline: the events naming its actors (its parties and the states acting
 * for them), by type. Lists are selected from the timeline's index on demand and memoized; a view
 * lives for one treaty in one run.
 */
export class TreatyEvents implements EntrySource {
  private readonly selected = new Map<string, number[]>();
  private readonly filtered = new Map<string, readonly TimelineEvent[]>();
  private readonly passing = new Map<string, readonly number[]>();
  /** Index entries merged across several states. */
  private readonly merged = new Map<string, Entries>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    private readonly timeline: Timeline,
    /** The states whose events it holds, sorted, each once. */
    readonly actors: readonly string[],
  ) {}

  /** The timeline's entries for `states` and `type`, merged once where there are several states. */
  entries(states: readonly string[], type: string): Entries {
    if (states.length < 2) return this.timeline.entries(states, type);
    const key = `${type}\u0000${states.join(',')}`;
    let list = this.merged.get(key);
    if (!list) this.merged.set(key, (list = this.timeline.entries(states, type)));
    return list;
  }

  /** The treaty's events of `type`, in timeline order. */
  ofType(type: string): readonly TimelineEvent[] {
    return this.matching(`all:${type}`, () => ({ selection: { type, states: this.actors, fields: ANY_FIELD } }));
  }

  /** The positions of the selected events, ascending (memoized by selection). */
  private positions(selection: Selection): number[] {
    const w = selection.with;
    const key = `${selection.type}|${selection.states.join(',')}|${selection.fields}${w ? `|${w.states.join(',')}|${w.fields}|${w.orUntargeted ? 1 : 0}` : ''}`;
    let list = this.selected.get(key);
    if (!list) this.selected.set(key, (list = this.timeline.positions(selection, this)));
    return list;
  }

  /**
   * The selected events that pass the test, in timeline order, memoized under `key` (the caller
   * makes the key name everything the selection and the test depend on). `make` gives both, and is
   * called only the first time. The test is given each event's position, to read the timeline's
   * columns instead of the event where it can.
   */
  matching(key: string, make: () => { selection: Selection; test?: EventTest }): readonly TimelineEvent[] {
    let list = this.filtered.get(key);
    if (!list) {
      const { selection, test } = make();
      this.filtered.set(key, (list = this.timeline.pick(this.positions(selection), test)));
    }
    return list;
  }

  /**
   * Lists of positions computed together (`compute` gives one per key, in order) and memoized under
   * their keys; gives the list of the first key. `compute` is called only if that one is not known.
   */
  positionLists(keys: readonly string[], compute: () => readonly (readonly number[])[]): readonly number[] {
    let list = this.passing.get(keys[0]!);
    if (!list) {
      const lists = compute();
      keys.forEach((key, k) => {
        if (!this.passing.has(key)) this.passing.set(key, lists[k]!);
      });
      list = lists[0]!;
    }
    return list;
  }

  /** For each test, the positions of the selected events that pass it (one pass over the selection). */
  filterEach(selection: Selection, tests: readonly PositionTest[]): number[][] {
    return this.timeline.filterEach(this.positions(selection), tests);
  }

  /** A value computed once per view under `key`. */
  memo<T>(key: string, make: () => T): T {
    let value = this.memos.get(key) as T | undefined;
    if (value === undefined) this.memos.set(key, (value = make()));
    return value;
  }

  /** The timeline this view looks at. */
  get source(): Timeline {
    return this.timeline;
  }

  /** The first selected event in [from, to) that passes `test` (searched, not listed). */
  first(selection: Selection, from: IsoDate, to: IsoDate | null, test: (e: TimelineEvent) => boolean): TimelineEvent | undefined {
    return this.timeline.first(selection, from, to, test, this);
  }
}

export function eventKinds(e: Event): string[] {
  return e.kind === undefined ? [] : Array.isArray(e.kind) ? e.kind : [e.kind];
}

export function originLabel(e: TimelineEvent): string {
  return e.origin ? `recorded history of ${e.origin.treaty}` : 'scenario';
}

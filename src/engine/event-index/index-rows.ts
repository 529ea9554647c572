/** The index rows: the layout of an entry (a position and the bits of the fields naming a state), the rows of entries by state and event type, and a selection of events by them. */
import type { StateField } from '../../model/index.js';
import type { Ids } from './ids.js';

/** Bits for the event fields that name states, in an index entry. */
export const FIELD_BITS: Readonly<Record<StateField, number>> = { by: 1, against: 2, to: 4, parties: 8 };
export const ANY_FIELD = 15;
/** Set on the entries of an event that names no state it is done to (no `to`, `against` or `parties`). */
export const UNTARGETED = 16;
/** Entries are `position × ENTRY + bits`, unsigned 32-bit: `entry >>> SHIFT` is the position, `entry & BITS` the bits. */
export const ENTRY = 32;
export const SHIFT = 5;
export const BITS = ENTRY - 1;

/** An ascending list of index entries (always a Uint32Array: one element type keeps the walks fast). */
export type Entries = Uint32Array;
export const NO_ENTRIES: Entries = new Uint32Array(0);

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

/** Where index entries come from: the timeline itself, or a treaty's view that keeps merged ones. */
export interface EntrySource {
  entries(states: readonly string[], type: string): Entries;
}

/** The position an index entry stands for. */
export function positionOf(entry: number): number {
  return entry >>> SHIFT;
}

/** The rows of the index, one per indexed state and event type (built by build-index.ts). */
export class IndexRows {
  /** The rows as views of `data`, made on first use. */
  private readonly rows: (Entries | undefined)[] = [];

  constructor(
    private readonly ids: Ids,
    /** Row r = state id × types + type id holds data[rowStart[r] .. rowStart[r + 1]). */
    private readonly rowStart: Int32Array,
    private readonly data: Uint32Array,
  ) {}

  /** The entries of the events of `type` naming `state`, ascending. */
  row(state: string, type: string): Entries {
    const id = this.ids.stateIds.get(state);
    const typeId = this.ids.typeIds.get(type);
    if (id === undefined || typeId === undefined) return NO_ENTRIES;
    const r = id * this.ids.typeIds.size + typeId;
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
    if (!this.ids.typeIds.has(type)) throw new Error(`events of type ${type} were not indexed`);
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
}

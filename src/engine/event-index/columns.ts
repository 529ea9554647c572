/** The columns: each event's state fields, kind, parties, day and type as numbers, read once in the order given, then put in the canonical order in place. */
import { dayKey, sortKey } from '../canonical-order.js';
import type { Ids } from './ids.js';
import type { TimelineEvent } from './timeline-event.js';

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

/**
 * One pass over the events, in the order given: their state fields, type, kind and day as numbers
 * (the columns, in that order), what they sort by within a day, and which `allOf` type each is
 * (its index, or -1).
 */
export function readEvents(
  events: readonly TimelineEvent[],
  historyCount: number,
  allOf: readonly string[],
  ids: Ids,
): { fields: Int32Array; parties: Int32Array; days: Int32Array; sortKeys: Float64Array; allOf: Int8Array | Int32Array } {
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
    if (type === undefined) types.set(e.type, (type = { id: ids.typeIds.get(e.type) ?? NONE, kept: allOf.indexOf(e.type) }));
    kept[i] = type.kept;
    fields[at + COL.type] = type.id;
    fields[at + COL.by] = e.by === undefined ? NONE : ids.idOf(e.by);
    fields[at + COL.against] = e.against === undefined ? NONE : ids.idOf(e.against);
    fields[at + COL.to] = e.to === undefined ? NONE : ids.idOf(e.to);
    fields[at + COL.day] = day;
    fields[at + COL.p0] = p;
    const parties = e.parties;
    if (parties) {
      if (p + parties.length > partyIds.length) {
        const bigger = new Int32Array(Math.max(partyIds.length * 2, p + parties.length));
        bigger.set(partyIds);
        partyIds = bigger;
      }
      for (let k = 0; k < parties.length; k++) partyIds[p++] = ids.idOf(parties[k]!);
    }
    fields[at + COL.p1] = p;
    const k = e.kind;
    if (k === undefined) fields[at + COL.kind] = NONE;
    else if (typeof k !== 'string') fields[at + COL.kind] = MANY;
    else {
      let kid = ids.kindIds.get(k);
      if (kid === undefined) ids.kindIds.set(k, (kid = ids.kindIds.size));
      fields[at + COL.kind] = kid;
    }
  }
  return { fields, parties: partyIds.subarray(0, p), days, sortKeys, allOf: kept };
}

/** The events at the positions `order` gives. */
export function inOrder(events: readonly TimelineEvent[], order: Int32Array): TimelineEvent[] {
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
export function reorderRows(fields: Int32Array, days: Int32Array, order: Int32Array): void {
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

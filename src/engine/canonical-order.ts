/**
 * The canonical order of a timeline's events: by date; within a day, recorded history first (in
 * the order given), then the scenario's events by id (code-unit order), then in the order given for
 * equal ids. No result may depend on the order a scenario lists its events in, so this order is
 * part of the engine's semantics (see README.md, "Order within a day").
 *
 * Cost: the caller reads each event's date and the first characters of its id into numbers, in
 * the pass in which it reads the rest of the event (an event is read once, wherever it lies in
 * memory); the days are ordered by a counting sort, and a day's events by those numbers (an
 * insertion sort: a day holds a few dozen events), the id strings compared only where their first
 * characters tie. A timeline already in order (as recorded timelines are) is only checked.
 */
import { compareStrings } from '../model/index.js';

/** `YYYY-MM-DD` as a small integer with the same order (days need not be contiguous). */
export function dayKey(date: string): number {
  const year = ((date.charCodeAt(0) * 10 + date.charCodeAt(1)) * 10 + date.charCodeAt(2)) * 10 + date.charCodeAt(3) - 53328; // 48 × 1111
  const month = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528; // 48 × 11
  const day = date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528;
  return year * 512 + month * 32 + day;
}

/** Characters of an id that its key holds, at 7 bits each: 49 bits, exact in a double. */
const KEY_CHARS = 7;
/** The digit of a code unit that does not fit (126 and above): the key stops there. */
const BEYOND = 127;
/** A day with more events than this is sorted by a comparison sort rather than by insertion. */
const INSERTION_LIMIT = 64;

/**
 * A number whose order is the code-unit order of the ids' first KEY_CHARS characters: each code
 * unit below 126 is a base-128 digit one above its value (so that an absent character, 0, sorts
 * first, as a prefix sorts before a longer id); a larger one ends the key with digit 127. Equal
 * keys say nothing: compare the strings.
 */
export function idKey(id: string): number {
  let key = 0;
  let i = 0;
  for (; i < KEY_CHARS && i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c >= BEYOND - 1) {
      key = key * 128 + BEYOND;
      i++;
      break;
    }
    key = key * 128 + c + 1;
  }
  for (; i < KEY_CHARS; i++) key *= 128;
  return key;
}

/**
 * What an event sorts by within its day: recorded history (the first `historyCount` events) by
 * its index, before every scenario event; a scenario event by its id's key.
 */
export function sortKey(index: number, historyCount: number, id: string): number {
  return index < historyCount ? index - historyCount : idKey(id);
}

/**
 * The canonical order of events given with these days (dayKey) and sort keys (sortKey), as the
 * index of the event at each position; `idAt` gives an event's id where two keys tie. `moved` is
 * false if the order given is canonical already (`order` is then 0, 1, 2, …).
 */
export function canonicalOrder(
  days: Int32Array,
  keys: Float64Array,
  idAt: (index: number) => string,
): { order: Int32Array; moved: boolean } {
  const n = days.length;
  let min = Infinity;
  let max = -Infinity;
  let byDate = true;
  for (let i = 0; i < n; i++) {
    const d = days[i]!;
    if (d < max) byDate = false;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Int32Array(n);
  const range = max - min + 1;
  if (byDate) for (let i = 0; i < n; i++) order[i] = i;
  else if (range <= 4 * n + 1_000_000) {
    // Counting sort on the day: stable, so a day's events stay in the order given.
    const counts = new Int32Array(range + 1);
    for (let i = 0; i < n; i++) counts[days[i]! - min + 1]!++;
    for (let d = 1; d <= range; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < n; i++) order[counts[days[i]! - min]!++] = i;
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => days[a]! - days[b]! || a - b);
  }
  const sorted = sortDays(order, days, keys, idAt);
  return { order, moved: !byDate || sorted };
}

/**
 * Puts each day of `order` (already by day) in key order, ties by id, then by index; true if it
 * moved any event. A day's keys are copied out first, so that the sort reads them in one place
 * however scattered the day's events are.
 */
function sortDays(order: Int32Array, days: Int32Array, keys: Float64Array, idAt: (index: number) => string): boolean {
  const n = order.length;
  let moved = false;
  let dayKeys = new Float64Array(64);
  let dayIndexes = new Int32Array(64);
  let start = 0;
  while (start < n) {
    const day = days[order[start]!]!;
    let end = start + 1;
    while (end < n && days[order[end]!] === day) end++;
    const size = end - start;
    if (size > 1) {
      if (size > dayKeys.length) {
        dayKeys = new Float64Array(size * 2);
        dayIndexes = new Int32Array(size * 2);
      }
      let inOrder = true;
      for (let j = 0; j < size; j++) {
        const i = order[start + j]!;
        dayIndexes[j] = i;
        dayKeys[j] = keys[i]!;
        if (j > 0 && !precedes(dayKeys, dayIndexes, j - 1, j, idAt)) inOrder = false;
      }
      if (!inOrder) {
        moved = true;
        sortSlots(dayKeys, dayIndexes, size, idAt);
        order.set(dayIndexes.subarray(0, size), start);
      }
    }
    start = end;
  }
  return moved;
}

/**
 * Sorts the first `size` slots of a day (its events' keys and indexes) by `precedes`: by insertion,
 * or by a comparison sort for a day of more than INSERTION_LIMIT events.
 */
function sortSlots(keys: Float64Array, indexes: Int32Array, size: number, idAt: (index: number) => string): void {
  if (size > INSERTION_LIMIT) {
    const slots = Array.from({ length: size }, (_, j) => j);
    slots.sort((a, b) => (precedes(keys, indexes, a, b, idAt) ? -1 : 1));
    indexes.set(slots.map((slot) => indexes[slot]!));
    return;
  }
  for (let j = 1; j < size; j++) {
    const key = keys[j]!;
    const index = indexes[j]!;
    let k = j;
    while (k > 0 && (keys[k - 1]! > key || (keys[k - 1] === key && !precedesTie(indexes[k - 1]!, index, idAt)))) {
      keys[k] = keys[k - 1]!;
      indexes[k] = indexes[k - 1]!;
      k--;
    }
    keys[k] = key;
    indexes[k] = index;
  }
}

/** Does the event at day slot `a` come before the one at slot `b`? */
function precedes(keys: Float64Array, indexes: Int32Array, a: number, b: number, idAt: (index: number) => string): boolean {
  const ka = keys[a]!;
  const kb = keys[b]!;
  return ka !== kb ? ka < kb : precedesTie(indexes[a]!, indexes[b]!, idAt);
}

/** Of two events with equal keys (scenario events, whose ids begin alike), does the one given at `a` come first? */
function precedesTie(a: number, b: number, idAt: (index: number) => string): boolean {
  const c = compareStrings(idAt(a), idAt(b));
  return c !== 0 ? c < 0 : a < b;
}

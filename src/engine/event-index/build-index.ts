/** Building the index rows and the pairs index from the columns, without touching an event: one pass sizes them, a second fills them, in flat typed arrays. */
import { KIND_CODE_LIMIT, pairCode, untargetedCode } from '../act-codes.js';
import { COL, NONE, STRIDE, type Columns } from './columns.js';
import { pairKey, type Ids } from './ids.js';
import { ENTRY, FIELD_BITS, IndexRows, UNTARGETED } from './index-rows.js';
import { PairsIndex } from './pairs-index.js';

/**
 * The index from the columns, without touching an event: a counting pass sizes the rows (one per
 * indexed state and type), a second lays the entries out. An event is entered once per indexed
 * state it names, with the bits of every field naming it (and UNTARGETED on its actor's entry if
 * it names no state it is done to).
 */
export function buildIndex(columns: Columns, n: number, ids: Ids): { index: IndexRows; pairs: PairsIndex } {
  if (n * ENTRY >= 2 ** 32)
    throw new RangeError(`a timeline of ${n} events is more than the engine indexes (at most ${2 ** 32 / ENTRY - 1})`);
  const typeCount = ids.typeIds.size;
  const rowStart = new Int32Array(ids.stateIds.size * typeCount + 1);
  const pairStart = new Int32Array(ids.pairIds.size * typeCount + 1);
  const untargetedStart = new Int32Array(ids.stateIds.size * typeCount + 1);
  const { fields, parties } = columns;
  // Pair ids by (lower id × states + higher id), in a table when it is small enough.
  const stateCount = ids.stateIds.size;
  const table = ids.pairIds.size > 0 && stateCount * stateCount <= 2 ** 22 ? new Int32Array(stateCount * stateCount).fill(-1) : undefined;
  if (table) for (const [key, id] of ids.pairIds) table[Math.floor(key / 2 ** 26) * stateCount + (key % 2 ** 26)] = id;
  const pairIds = ids.pairIds;
  let named = new Int32Array(64);
  let namedBits = new Int32Array(64);
  let data = new Uint32Array(0);
  let pairData = new Uint32Array(0);
  let untargetedData = new Uint32Array(0);
  const coded = ids.kindIds.size < KIND_CODE_LIMIT;
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
  return {
    index: new IndexRows(ids, rowStart, data),
    pairs: new PairsIndex(
      ids,
      pairStart,
      pairData,
      untargetedStart,
      untargetedData,
      coded ? pairCodes : undefined,
      coded ? untargetedCodes : undefined,
    ),
  };
}

/** A copy twice as long. */
function grow(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

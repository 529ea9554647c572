/** The pairs index: for each pair of states indexed together and each event type, the events naming both (and each state's events naming no one they are done to), each with its act code. */
import { withActor, type Side } from '../act-codes.js';
import { pairKey, type Ids } from './ids.js';

/**
 * The pairs index: for each pair of interest (id in `Ids.pairIds`) and type, the positions of the
 * events naming both states; and for each state and type, the positions of its untargeted events
 * (built by build-index.ts).
 */
export class PairsIndex {
  constructor(
    private readonly ids: Ids,
    private readonly pairStart: Int32Array,
    private readonly pairData: Uint32Array,
    private readonly untargetedStart: Int32Array,
    private readonly untargetedData: Uint32Array,
    /** Beside pairData and untargetedData: each entry's act code (act-codes.ts); absent if the events give too many kinds. */
    private readonly pairCodes: Uint32Array | undefined,
    private readonly untargetedCodes: Uint32Array | undefined,
  ) {}

  /** Where the pairs index lists the events of a type naming both states of a pair: pairData[start .. end). */
  private pairRow(pairId: number, typeId: number): { start: number; end: number } {
    const r = pairId * this.ids.typeIds.size + typeId;
    return { start: this.pairStart[r]!, end: this.pairStart[r + 1]! };
  }

  /** Where the pairs index lists a state's events of a type that name no one they are done to: untargetedData[start .. end). */
  private untargetedRow(stateId: number, typeId: number): { start: number; end: number } {
    const r = stateId * this.ids.typeIds.size + typeId;
    return { start: this.untargetedStart[r]!, end: this.untargetedStart[r + 1]! };
  }

  /**
   * The events of `type` between states `x` and `y` (naming both, or naming only one of the two,
   * its actor), ascending, each with its act code (act-codes.ts), whose sides put the state with
   * the lower id first: `sideOfX` says where `x` is. Undefined if the pair is not indexed or the
   * codes are not kept.
   */
  pairActs(x: string, y: string, type: string): { positions: number[]; codes: number[]; sideOfX: Side } | undefined {
    const xi = this.ids.stateIds.get(x);
    const yi = this.ids.stateIds.get(y);
    if (xi === undefined || yi === undefined || xi === yi || !this.pairCodes || !this.untargetedCodes) return undefined;
    const id = this.ids.pairIds.get(pairKey(xi, yi));
    if (id === undefined) return undefined;
    const sideOfX: Side = xi < yi ? 0 : 1;
    const typeId = this.ids.typeIds.get(type);
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
  pairPositions(a: readonly string[], b: readonly string[], type: string): number[] | undefined {
    const typeId = this.ids.typeIds.get(type);
    if (typeId === undefined) return [];
    const lists: Uint32Array[] = [];
    for (const x of a) {
      const xi = this.ids.stateIds.get(x);
      for (const y of b) {
        const yi = this.ids.stateIds.get(y);
        if (xi === undefined || yi === undefined) continue;
        if (xi === yi) return undefined;
        const id = this.ids.pairIds.get(pairKey(xi, yi));
        if (id === undefined) return undefined;
        const { start, end } = this.pairRow(id, typeId);
        lists.push(this.pairData.subarray(start, end));
      }
    }
    for (const x of new Set([...a, ...b])) {
      const xi = this.ids.stateIds.get(x);
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
}

/** The numbers of a typed array as a plain array (without the iterator `Array.from` would use). */
function plainArray(list: Uint32Array | Int32Array): number[] {
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}

/** The numbers the index gives the states, event types and kinds it knows and the pairs of states it indexes together, and a state's number from its code. */
import { OTHER } from './columns.js';

export class Ids {
  readonly stateIds = new Map<string, number>();
  /** Ids of the indexed states with a three-capital-letter code, by (c0 × 26 + c1) × 26 + c2. */
  private readonly codeTable = new Int32Array(26 * 26 * 26);
  readonly typeIds = new Map<string, number>();
  /** The kinds the events give, numbered as the events are read (columns.ts). */
  readonly kindIds = new Map<string, number>();
  /** The pairs of indexed states whose shared events the pairs index lists, by pairKey. */
  readonly pairIds = new Map<number, number>();

  constructor(states: ReadonlySet<string>, types: ReadonlySet<string>, pairs: Iterable<readonly [string, string]>) {
    for (const type of types) this.typeIds.set(type, this.typeIds.size);
    this.codeTable.fill(OTHER);
    for (const state of states) {
      const id = this.stateIds.size;
      this.stateIds.set(state, id);
      if (/^[A-Z]{3}$/.test(state))
        this.codeTable[((state.charCodeAt(0) - 65) * 26 + state.charCodeAt(1) - 65) * 26 + state.charCodeAt(2) - 65] = id;
    }
    for (const [a, b] of pairs) {
      const x = this.stateIds.get(a);
      const y = this.stateIds.get(b);
      if (x === undefined || y === undefined || x === y) continue;
      const key = pairKey(x, y);
      if (!this.pairIds.has(key)) this.pairIds.set(key, this.pairIds.size);
    }
  }

  /**
   * A state's id (OTHER if not indexed). State codes are three capital letters, so a table of 26³
   * ids answers without hashing; anything else is looked up in the map.
   */
  idOf(state: string): number {
    if (state.length === 3) {
      const a = state.charCodeAt(0) - 65;
      const b = state.charCodeAt(1) - 65;
      const c = state.charCodeAt(2) - 65;
      if (a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) return this.codeTable[(a * 26 + b) * 26 + c]!;
    }
    return this.stateIds.get(state) ?? OTHER;
  }
}

/** A key for an unordered pair of state ids. */
export function pairKey(x: number, y: number): number {
  return x < y ? x * 2 ** 26 + y : y * 2 ** 26 + x;
}

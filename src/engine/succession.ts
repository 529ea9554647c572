/**
 * State succession as data: a continuator acts for its predecessor under the predecessor's treaties
 * from the day of succession. The engine maps every act to the party it counts for, and every party
 * to the state acting for it on a day.
 */
import { actsForPredecessor, type IsoDate, isOnOrAfter, type Succession } from '../model/index.js';

export class Successions {
  private readonly byPredecessor = new Map<string, Succession>();
  private readonly byContinuator = new Map<string, Succession[]>();
  private readonly continuatorsOf = new Map<string, string[]>();
  private readonly actors = new Map<string, string[]>();
  /** The days successions take effect, ascending. */
  private readonly days: IsoDate[];

  constructor(all: readonly Succession[]) {
    // An absorption (the GDR into the FRG) puts no state in the predecessor's place under its treaties.
    const successions = all.filter(actsForPredecessor);
    for (const s of successions) {
      this.byPredecessor.set(s.predecessor, s);
      this.byContinuator.set(s.continuator, [...(this.byContinuator.get(s.continuator) ?? []), s]);
      this.continuatorsOf.set(s.predecessor, [...(this.continuatorsOf.get(s.predecessor) ?? []), s.continuator]);
    }
    this.days = [...new Set(successions.map((s) => s.from))].sort();
  }

  /** The party of `parties` that an act of `state` on `date` counts for, or undefined. */
  countsAs(state: string, parties: readonly string[], date: IsoDate): string | undefined {
    if (parties.includes(state)) return state;
    const predecessors = this.byContinuator.get(state);
    if (predecessors === undefined) return undefined;
    for (const s of predecessors) {
      if (isOnOrAfter(date, s.from)) {
        const party = this.countsAs(s.predecessor, parties, date);
        if (party) return party;
      }
    }
    return undefined;
  }

  /**
   * The first day in [from, to) (to null: open) on which an act of `state` counts for a party, and
   * that party: `from` itself, or the first day of a succession that makes `state` act for one.
   */
  countsFrom(state: string, parties: readonly string[], from: IsoDate, to: IsoDate | null): { party: string; from: IsoDate } | undefined {
    const party = this.countsAs(state, parties, from);
    if (party) return { party, from };
    for (const day of this.days) {
      if (day <= from) continue;
      if (to !== null && day >= to) break;
      const later = this.countsAs(state, parties, day);
      if (later) return { party: later, from: day };
    }
    return undefined;
  }

  /** The state acting for `party` on `date`: the party itself, or its continuator after succession. */
  actingFor(party: string, date: IsoDate): string {
    const s = this.byPredecessor.get(party);
    return s && isOnOrAfter(date, s.from) ? this.actingFor(s.continuator, date) : party;
  }

  /** The successions that put another state in `party`'s place, in order of their days (a chain: SUN → RUS). */
  chainOf(party: string): Succession[] {
    const chain: Succession[] = [];
    const seen = new Set<string>([party]);
    for (let s = this.byPredecessor.get(party); s && !seen.has(s.continuator); s = this.byPredecessor.get(s.continuator)) {
      seen.add(s.continuator);
      chain.push(s);
    }
    return chain;
  }

  /** The succession through which `state` acts for `party` on `date`, if it does. */
  link(party: string, date: IsoDate): Succession | undefined {
    const s = this.byPredecessor.get(party);
    return s && isOnOrAfter(date, s.from) ? s : undefined;
  }

  /**
   * Every code that can act for `party` (itself and its continuators, theirs, and so on: every
   * state whose acts `countsAs` may count for it), for indexing. Memoized; do not modify.
   */
  actorsOf(party: string): readonly string[] {
    let list = this.actors.get(party);
    if (list) return list;
    const seen = new Set<string>([party]);
    const queue = [party];
    for (let i = 0; i < queue.length; i++) {
      for (const c of this.continuatorsOf.get(queue[i]!) ?? []) {
        if (!seen.has(c)) {
          seen.add(c);
          queue.push(c);
        }
      }
    }
    this.actors.set(party, (list = queue));
    return list;
  }
}

/**
 * State succession as data: a continuator acts for its predecessor under the predecessor's treaties
 * from the day of succession. The engine maps every act to the party it counts for, and every party
 * to the state acting for it on a day.
 */
import { isOnOrAfter, type IsoDate } from '../model/calendar.js';
import type { Succession } from '../model/states.js';

export class Successions {
  private readonly byPredecessor = new Map<string, Succession>();
  private readonly byContinuator = new Map<string, Succession[]>();

  constructor(successions: readonly Succession[]) {
    for (const s of successions) {
      this.byPredecessor.set(s.predecessor, s);
      this.byContinuator.set(s.continuator, [...(this.byContinuator.get(s.continuator) ?? []), s]);
    }
  }

  /** The party of `parties` that an act of `state` on `date` counts for, or undefined. */
  countsAs(state: string, parties: readonly string[], date: IsoDate): string | undefined {
    if (parties.includes(state)) return state;
    for (const s of this.byContinuator.get(state) ?? []) {
      if (isOnOrAfter(date, s.from)) {
        const party = this.countsAs(s.predecessor, parties, date);
        if (party) return party;
      }
    }
    return undefined;
  }

  /** The state acting for `party` on `date`: the party itself, or its continuator after succession. */
  actingFor(party: string, date: IsoDate): string {
    const s = this.byPredecessor.get(party);
    return s && isOnOrAfter(date, s.from) ? this.actingFor(s.continuator, date) : party;
  }

  /** The succession through which `state` acts for `party` on `date`, if it does. */
  link(party: string, date: IsoDate): Succession | undefined {
    const s = this.byPredecessor.get(party);
    return s && isOnOrAfter(date, s.from) ? s : undefined;
  }

  /** Every code that can act for `party` (itself and its continuators), for indexing. */
  actorsOf(party: string): string[] {
    const s = this.byPredecessor.get(party);
    return s ? [party, ...this.actorsOf(s.continuator)] : [party];
  }
}

/** What the engine computes of the directed dyads: the days one party owes another, and the provisions that run that way. */
import type { DyadStatus, IsoDate } from '../../model/index.js';

export type { DyadStatus };

/** A stretch [from, to) over which A owes B with the same states in their places and the same status. */
export interface DyadSpan {
  from: IsoDate | null;
  to: IsoDate | null;
  stateA: string;
  stateB: string;
  status: DyadStatus;
  /** Status unknown: why (the step that leaves it open). */
  reason?: string;
  /** Why it ended (the step of what followed), when it did. */
  endedBy?: string;
}

/** One ordered pair of parties of one treaty: the provisions A bears towards B, and the days it holds. */
export interface DirectedDyad {
  treaty: string;
  partyA: string;
  partyB: string;
  /** Provisions whose bearer and beneficiary roles bind A and B this way, in the treaty's order. */
  provisions: string[];
  spans: DyadSpan[];
}

export interface DirectedDyads {
  dyads: DirectedDyad[];
  /** The last day of the recorded history the lifecycles were computed from (null: none). */
  recordedUntil: IsoDate | null;
}

/** What a treaty's lifecycle is for the rest of the engine: its statuses over time, as a whole and per party, and the spans its duties apply in. */
import type { ExplanationStep, IsoDate, PairSuspension, PartyTimeline, StatusIntervalJson } from '../../model/index.js';
import type { LifecycleInput } from '../lifecycle/index.js';

export interface Span {
  from: IsoDate;
  to: IsoDate | null;
}

/** A span in which a state is bound by a treaty (in force or provisionally applied for it), and why it ended (if it did). */
export interface Participation extends Span {
  /** The explanation of the status that followed (a withdrawal, the treaty's end), when it ended. */
  endedBecause?: ExplanationStep[];
  /** What ended it: the party's own leaving (withdrawal, an outside end for it alone) or the treaty's end. */
  endedBy?: 'withdrawal' | 'termination';
}

/** A span whose status the formalization or the facts do not settle, and why. */
export interface UnknownSpan extends Span {
  steps: ExplanationStep[];
}

export interface TreatyLifecycle {
  treatyId: string;
  entryIntoForce?: IsoDate;
  /** What the term arithmetic was given, for the status on a day (`statusOn`). */
  input?: LifecycleInput;
  /** Spans in which the treaty applies for someone (in force, provisionally applied) or its status is unknown, merged. */
  inForce: Span[];
  /** Spans in which the treaty's status is unknown: duties arising in them are `unknown`. */
  unknown: UnknownSpan[];
  intervals: StatusIntervalJson[];
  /** Every state that is or was a party, or signed: original parties first, then acceders. */
  members: string[];
  parties: PartyTimeline[];
  /** Per party, the spans in which it is bound (as the party code, whoever acts for it). */
  participation: Map<string, Participation[]>;
  suspensions: PairSuspension[];
  /** Why it is in force at all: the entry-into-force facts, for every explanation that rests on them. */
  basis: ExplanationStep[];
  warnings: string[];
}

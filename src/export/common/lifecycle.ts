/**
 * A treaty's lifecycle in the terms exports state it: signature, entry into force, end and its
 * cause, terms, duration and renewal in months, and each party's membership. Everything is read
 * from the formalization and the engine's intervals; nothing is typed in.
 */
import {
  type IsoDate,
  type IsoDuration,
  type RecordedEvent,
  spanOf,
  type StateEntry,
  type StatusIntervalJson,
  type Succession,
  type TreatyStatus,
} from '../../model/index.js';
import type { TreatyExportInput } from './input.js';

export interface TermSummary {
  term: number;
  from: IsoDate;
  to: IsoDate | null;
}

export interface MemberSummary {
  party: string;
  name: string;
  /** First day in force for this party. */
  from: IsoDate | null;
  /** First day no longer in force for this party (half-open), null while in force. */
  to: IsoDate | null;
  /** The state that continues this party's treaties, and from when. */
  continuedBy: { state: string; from: IsoDate } | null;
}

export interface LifecycleSummary {
  signature: { date: IsoDate; place: string; event: string | null };
  entryIntoForce: IsoDate | null;
  end: IsoDate | null;
  endCause: string | null;
  /** The status at the end of the recorded history. */
  status: TreatyStatus;
  durationType: 'indefinite' | 'fixed' | 'renewing';
  durationMonths: number | null;
  renewalMonths: number | null;
  noticeMonths: number | null;
  terms: TermSummary[];
  members: MemberSummary[];
}

/** Whole months of a duration (P10Y → 120, P6M → 6); null when it has weeks or days. */
export function monthsOf(duration: IsoDuration | undefined): number | null {
  if (!duration) return null;
  const span = spanOf(duration);
  return span.weeks || span.days ? null : span.years * 12 + span.months;
}

function firstInForce(intervals: readonly StatusIntervalJson[]): IsoDate | null {
  return intervals.find((i) => i.status === 'in-force')?.from ?? null;
}

function termination(intervals: readonly StatusIntervalJson[]): StatusIntervalJson | undefined {
  return intervals.find((i) => i.status === 'terminated');
}

export function signatureEvent(history: readonly RecordedEvent[]): RecordedEvent | undefined {
  return history.find((e) => e.type === 'treaty-signed');
}

export function stateName(states: readonly StateEntry[], code: string): string {
  return states.find((s) => s.code === code)?.name ?? code;
}

export function continuatorOf(successions: readonly Succession[], party: string, before: IsoDate | null): Succession | undefined {
  return successions.find((s) => s.predecessor === party && (before === null || s.from < before));
}

export function lifecycleSummary(input: TreatyExportInput): LifecycleSummary {
  const { treaty, compiled, timeline, states } = input;
  const intervals = timeline.intervals;
  const signed = signatureEvent(compiled.history);
  const end = termination(intervals);
  const duration = treaty.lifecycle.duration;
  const entryIntoForce = firstInForce(intervals);
  const endDate = end?.from ?? null;
  const members = treaty.parties.map((party): MemberSummary => {
    const own = timeline.parties?.find((p) => p.party === party)?.intervals;
    const from = own ? firstInForce(own) : entryIntoForce;
    const to = own ? (termination(own)?.from ?? null) : endDate;
    const succession = continuatorOf(states.successions, party, to);
    return {
      party,
      name: stateName(states.states, party),
      from,
      to,
      continuedBy: succession ? { state: succession.continuator, from: succession.from } : null,
    };
  });
  return {
    signature: { date: signed?.date ?? treaty.signature.date, place: signed?.place ?? treaty.signature.place, event: signed?.id ?? null },
    entryIntoForce,
    end: endDate,
    endCause: end?.cause ?? null,
    status: intervals[intervals.length - 1]?.status ?? 'not-in-force',
    durationType: duration.type,
    durationMonths: monthsOf(duration.type === 'renewing' ? duration.initialTerm : duration.type === 'fixed' ? duration.term : undefined),
    renewalMonths: monthsOf(duration.type === 'renewing' ? duration.renewalTerm : undefined),
    noticeMonths: monthsOf(duration.type === 'renewing' ? duration.noticeBefore : duration.withdrawal?.noticePeriod),
    terms: intervals.flatMap((i) =>
      i.status === 'in-force' && i.term !== null && i.from !== null ? [{ term: i.term, from: i.from, to: i.to }] : [],
    ),
    members,
  };
}

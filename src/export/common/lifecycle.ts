/**
 * A treaty's lifecycle in the terms exports state it: signature, entry into force, end and its
 * cause, terms, duration and renewal in months, and each party's membership. Everything is read
 * from the formalization and the engine's intervals; nothing is typed in.
 */
import {
  type DurationClause,
  type IsoDate,
  type IsoDuration,
  type PlainDurationClause,
  type RecordedEvent,
  spanOf,
  type StateEntry,
  type StatusIntervalJson,
  type TreatyStatus,
  type VocabularyFile,
} from '../../model/index.js';
import type { TreatyExportInput } from './input.js';

export interface TermSummary {
  term: number;
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * One state's membership: a party, or the continuator bound in its place from a succession on
 * (RUS, continuing SUN, from 1991-12-25). A party a continuator takes the place of has one row up
 * to the succession, and the continuator one from it.
 */
export interface MemberSummary {
  /** The state bound: the party itself, or its continuator. */
  party: string;
  name: string;
  /** First day in force for this state. */
  from: IsoDate | null;
  /** First day no longer in force for this state (half-open), null while in force. */
  to: IsoDate | null;
  /** On a continuator's row: the party whose place it takes. */
  continuing: string | null;
  /** The state that continues this party's treaties, and from when. */
  continuedBy: { state: string; from: IsoDate } | null;
}

/** Every duration type a treaty may have (`lifecycle.duration.type`). */
export type DurationType = DurationClause['type'];

export interface LifecycleSummary {
  signature: { date: IsoDate; place: string; event: string | null };
  entryIntoForce: IsoDate | null;
  end: IsoDate | null;
  endCause: string | null;
  /** The status at the end of the recorded history. */
  status: TreatyStatus;
  durationType: DurationType;
  /** For a clause read by a contested term: the reading the computed lifecycle follows (the default) and its clause's type. */
  durationReading: { term: string; reading: string; type: PlainDurationClause['type'] } | null;
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

/** Bound by the treaty over the interval: in force, or in force with its operation suspended. */
const bound = (i: StatusIntervalJson) => i.status === 'in-force' || i.status === 'suspended';

function termination(intervals: readonly StatusIntervalJson[]): StatusIntervalJson | undefined {
  return intervals.find((i) => i.status === 'terminated');
}

export function signatureEvent(history: readonly RecordedEvent[]): RecordedEvent | undefined {
  return history.find((e) => e.type === 'treaty-signed');
}

export function stateName(states: readonly StateEntry[], code: string): string {
  return states.find((s) => s.code === code)?.name ?? code;
}

/**
 * A party's membership rows from its intervals: one per state bound in its place (the party, then
 * each continuator), from its first day bound to its first day no longer bound. A party never
 * bound has one row without dates.
 */
export function memberRows(party: string, intervals: readonly StatusIntervalJson[], states: readonly StateEntry[]): MemberSummary[] {
  const segments: { state: string; intervals: StatusIntervalJson[] }[] = [];
  for (const i of intervals) {
    const state = i.state ?? party;
    const last = segments[segments.length - 1];
    if (last?.state === state) last.intervals.push(i);
    else segments.push({ state, intervals: [i] });
  }
  const rows = segments.flatMap((segment, index) => {
    const held = segment.intervals.filter(bound);
    if (!held.length) return [];
    // The next state bound in the party's place, and from when.
    const next = segments.slice(index + 1).find((s) => s.intervals.some(bound));
    const nextFrom = next?.intervals.find(bound)?.from ?? null;
    return [
      {
        party: segment.state,
        name: stateName(states, segment.state),
        from: held[0]!.from,
        to: held[held.length - 1]!.to,
        continuing: segment.state === party ? null : party,
        continuedBy: next && nextFrom !== null ? { state: next.state, from: nextFrom } : null,
      },
    ];
  });
  return rows.length ? rows : [{ party, name: stateName(states, party), from: null, to: null, continuing: null, continuedBy: null }];
}

/** The clause the computed lifecycle follows: a clause read by a contested term, under its default reading. */
function readingOf(
  duration: DurationClause,
  vocabulary: VocabularyFile,
): { clause: PlainDurationClause; reading: LifecycleSummary['durationReading'] } {
  if (duration.type !== 'by-reading') return { clause: duration, reading: null };
  const term = vocabulary.terms.find((t) => t.id === duration.term);
  const reading = term?.default ?? Object.keys(duration.readings)[0] ?? '';
  const clause = duration.readings[reading] ?? Object.values(duration.readings)[0]!;
  return { clause, reading: { term: duration.term, reading, type: clause.type } };
}

export function lifecycleSummary(input: TreatyExportInput): LifecycleSummary {
  const { treaty, compiled, timeline, states } = input;
  const intervals = timeline.intervals;
  const signed = signatureEvent(compiled.history);
  const end = termination(intervals);
  const { clause, reading } = readingOf(treaty.lifecycle.duration, input.vocabulary);
  const entryIntoForce = firstInForce(intervals);
  const endDate = end?.from ?? null;
  const members = timeline.parties.flatMap((p) => memberRows(p.party, p.intervals, states.states));
  const initialTerm =
    clause.type === 'renewing' || clause.type === 'first-term-then-indefinite'
      ? clause.initialTerm
      : clause.type === 'fixed'
        ? clause.term
        : undefined;
  const withdrawal = 'withdrawal' in clause ? clause.withdrawal : undefined;
  return {
    // The place as the treaty states it ("Moscow"): the recorded event names it by its gazetteer id.
    signature: { date: signed?.date ?? treaty.signature.date, place: treaty.signature.place, event: signed?.id ?? null },
    entryIntoForce,
    end: endDate,
    endCause: end?.cause ?? null,
    status: intervals[intervals.length - 1]?.status ?? 'not-in-force',
    durationType: treaty.lifecycle.duration.type,
    durationReading: reading,
    durationMonths: monthsOf(initialTerm),
    renewalMonths: monthsOf(clause.type === 'renewing' ? clause.renewalTerm : undefined),
    noticeMonths: monthsOf(clause.type === 'renewing' ? clause.noticeBefore : withdrawal?.noticePeriod),
    terms: intervals.flatMap((i) =>
      i.status === 'in-force' && i.term !== null && i.from !== null ? [{ term: i.term, from: i.from, to: i.to }] : [],
    ),
    members,
  };
}

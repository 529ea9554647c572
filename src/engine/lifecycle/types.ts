/**
 * What the lifecycle computation takes and gives. Every date is a calendar date; every interval is
 * half-open `[from, to)` (see `src/model/calendar.ts`).
 */
import type { AgreedTermination, IsoDate, IsoDuration, LifecycleNotice, PlainDurationClause, UnknownDuration } from '../../model/index.js';

/** A duration clause the term arithmetic can compute: every plain clause but `unknown` (which has nothing to compute). */
export type ComputableClause = Exclude<PlainDurationClause, UnknownDuration>;

/**
 * An end that comes from outside the treaty's own acts: the treaty it is tied to ended, an outside
 * event (a party leaving another organisation), or too few parties left. `party`: it ends only
 * that party's participation (in a treaty a party may leave alone; otherwise the treaty).
 */
export interface ExternalEnd {
  readonly id: string;
  readonly date: IsoDate;
  readonly party?: string;
  readonly cause: TerminationCause;
}

export interface LifecycleInput {
  readonly clause: ComputableClause;
  /** Derived by the caller from the entry-into-force clause and the recorded events. */
  readonly entryIntoForce: IsoDate;
  /**
   * Notices of denunciation, non-renewal or withdrawal, each counted for its `by` party. State
   * succession is the caller's business: a continuator's notice (the Russian Federation's in 1995)
   * must arrive here as the notice of the party to the treaty it continues, or under the code the
   * caller uses for that party throughout.
   */
  readonly notices?: readonly LifecycleNotice[];
  readonly agreements?: readonly AgreedTermination[];
  /**
   * True where a notice ends only its author's participation (a multilateral treaty a party may
   * leave alone: `lifecycle.perParty` in treaty.yaml); false (the default) where any party's notice
   * ends the treaty, as in every bilateral treaty.
   */
  readonly perParty?: boolean;
  /** Ends from outside the treaty's own acts (see ExternalEnd). */
  readonly externalEnds?: readonly ExternalEnd[];
}

export interface LifecycleOptions {
  /**
   * How far to spell out the terms of a treaty that keeps renewing: every term up to the one that
   * contains `until` is listed, and one open interval stands for the renewals after it. Terms up to
   * the treaty's end are always listed, whatever `until` says.
   */
  readonly until: IsoDate;
  /** For a per-party treaty: the party whose participation to compute (its own notices count). */
  readonly party?: string;
}

export interface InForceInterval {
  readonly status: 'in-force';
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** 1 for the first term, 2 for the first renewal, …; null where there are no terms (indefinite). */
  readonly term: number | null;
  /** The end of that term as scheduled; `to` is earlier when a withdrawal or agreement cut it short. */
  readonly termEnd: IsoDate | null;
  /** Only on the open interval after the last listed term of a treaty that keeps renewing. */
  readonly continuesByRenewal?: { readonly fromTerm: number; readonly renewalTerm: IsoDuration };
}

export interface TerminatedInterval {
  readonly status: 'terminated';
  readonly from: IsoDate;
  readonly to: null;
  readonly cause: TerminationCause;
}

export type StatusInterval = InForceInterval | TerminatedInterval;

export type TerminationCause =
  | { readonly kind: 'expiry'; readonly term: number; readonly termEnd: IsoDate }
  | {
      readonly kind: 'notice';
      readonly noticeId: string;
      readonly by: string;
      readonly givenOn: IsoDate;
      /** The first term whose notice deadline the notice met: the treaty ended with that term. */
      readonly inTimeForTerm: number;
      readonly deadline: IsoDate;
      /** Whether it was in time for the term in which it was given (false: it took effect a term later or more). */
      readonly onTime: boolean;
    }
  | {
      readonly kind: 'withdrawal';
      readonly noticeId: string;
      readonly by: string;
      readonly givenOn: IsoDate;
      readonly noticePeriodEnds: IsoDate;
      readonly minimumInForceEnds: IsoDate | null;
      readonly firstTermEnds?: IsoDate | null;
    }
  | { readonly kind: 'tied'; readonly treaty: string; readonly treatyEnded: IsoDate }
  | {
      readonly kind: 'outside-event';
      readonly eventId: string;
      readonly eventType: string;
      readonly by: string | null;
      readonly on: IsoDate;
    }
  | { readonly kind: 'too-few-parties'; readonly minimum: number; readonly remaining: number }
  | {
      readonly kind: 'agreement';
      readonly agreementId: string;
      readonly concludedOn: IsoDate;
      /** Whether the treaty provides for it itself (VCLT Art. 54(a)) or the parties' consent alone ends it (Art. 54(b)). */
      readonly basis: 'treaty-provision' | 'consent-of-all-parties';
    };

/** What a notice given on a day would do under the clause, before weighing it against other ends. */
export type NoticeEffect =
  | {
      readonly kind: 'non-renewal';
      readonly givenInTerm: number;
      /** Null (here and below): past 9999-12-31, the last day of the calendar. */
      readonly givenInTermEnd: IsoDate | null;
      /** termEnd − noticeBefore for the term in which the notice was given. */
      readonly deadlineForTermGivenIn: IsoDate | null;
      /** Given on or before that deadline. */
      readonly onTime: boolean;
      /** The first term for which it was in time: the term it ends with. */
      readonly inTimeForTerm: number;
      readonly deadline: IsoDate | null;
      /** Null: past 9999-12-31, so the notice ends nothing within the calendar. */
      readonly takesEffect: IsoDate | null;
    }
  | {
      readonly kind: 'withdrawal';
      /** Null: past 9999-12-31. */
      readonly noticePeriodEnds: IsoDate | null;
      /** Null: no minimum time in force, or its end past 9999-12-31 (then `takesEffect` is null too). */
      readonly minimumInForceEnds: IsoDate | null;
      /** For a first term then indefinitely: the end of the first term, before which no notice takes effect. */
      readonly firstTermEnds?: IsoDate | null;
      /** The later of these; null past 9999-12-31, so the notice ends nothing within the calendar. */
      readonly takesEffect: IsoDate | null;
    };

/**
 * - `terminates`: this act ended the treaty (or, per party, its author's participation).
 * - `overtaken`: something else ended it first (or the same day and ranked first).
 * - `ends-only-its-party`: a per-party treaty, and this computation is for the treaty as a whole or
 *   for another party.
 */
export type ActOutcome = 'terminates' | 'overtaken' | 'ends-only-its-party';

export type NoticeAssessment =
  | (NoticeEffect & { readonly notice: LifecycleNotice; readonly outcome: ActOutcome })
  | {
      readonly kind: 'ineffective';
      readonly notice: LifecycleNotice;
      /**
       * - `before-entry-into-force`: there was no treaty in force to give notice under.
       * - `no-notice-provision`: the clause allows no leaving by notice (VCLT Art. 56 presumes none).
       * - `after-termination`: given on or after the day the treaty ended.
       * - `too-early`: given before the treaty had been in force as long as the clause requires
       *   before any notice (`noticeAllowedAfter`); `allowedFrom` is the first day one may be given.
       */
      readonly reason: 'before-entry-into-force' | 'no-notice-provision' | 'after-termination' | 'too-early';
      readonly allowedFrom?: IsoDate | null;
    };

export interface AgreementAssessment {
  readonly agreement: AgreedTermination;
  /** The agreed end, but not before entry into force. */
  readonly takesEffect: IsoDate;
  readonly outcome: Exclude<ActOutcome, 'ends-only-its-party'> | 'after-termination';
}

export interface Lifecycle {
  readonly entryIntoForce: IsoDate;
  /** The party whose participation this is, for a per-party treaty; null for the treaty as a whole. */
  readonly party: string | null;
  /** From entry into force on, in order, without gaps or overlaps; the last one is open (`to: null`). */
  readonly intervals: readonly StatusInterval[];
  readonly end: { readonly date: IsoDate; readonly cause: TerminationCause } | null;
  /** Every notice given, ordered by date then id, with what it did. */
  readonly notices: readonly NoticeAssessment[];
  readonly agreements: readonly AgreementAssessment[];
}

/** The treaty office's view of one day. */
export interface LifecycleStatus {
  readonly date: IsoDate;
  readonly status: 'not-in-force' | 'in-force' | 'terminated';
  /** In force: the entry into force; terminated: the day it ended; not yet in force: null. */
  readonly since: IsoDate | null;
  /** Not yet in force: the entry into force; in force: the day it ends, if recorded acts or a fixed term set one; else null. */
  readonly until: IsoDate | null;
  readonly term: number | null;
  readonly termStart: IsoDate | null;
  readonly termEnd: IsoDate | null;
  /** The last day to give notice of non-renewal for the current term (it may already be past). */
  readonly noticeDeadline: IsoDate | null;
  /** The next deadline still open on this day: the last day a notice ends the treaty at the earliest term end possible (null if past 9999-12-31). */
  readonly nextNoticeDeadline: { readonly date: IsoDate; readonly term: number; readonly termEnd: IsoDate } | null;
  /** The day a notice given on this day would take effect, other ends aside; null where the clause allows no notice, or past 9999-12-31. */
  readonly endIfNoticeGiven: IsoDate | null;
  readonly cause: TerminationCause | null;
}

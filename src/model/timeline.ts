/** `history.yaml` and scenario files: timelines of events, and what a scenario expects of them. */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id, SourceRef, StateCode, StateOrActorCode } from './common.js';
import { Event } from './event.js';
import { ReadingChoice } from './vocabulary.js';

/** A recorded event must cite where it was reported. */
export const RecordedEvent = Event.safeExtend({ source: SourceRef });
export type RecordedEvent = z.infer<typeof RecordedEvent>;

export const HistoryFile = z
  .object({
    $schema: z.string().optional(),
    events: z.array(RecordedEvent),
  })
  .strict();
export type HistoryFile = z.infer<typeof HistoryFile>;

/**
 * `provisionally-applied`: before entry into force, applied provisionally (VCLT Art. 25);
 * `suspended`: in force, its operation suspended; `unknown`: the formalization or the facts do not
 * settle it (the explanation says what is missing).
 */
export const TREATY_STATUSES = ['not-in-force', 'provisionally-applied', 'in-force', 'suspended', 'terminated', 'unknown'] as const;
export const TreatyStatus = z.enum(TREATY_STATUSES);
export type TreatyStatus = z.infer<typeof TreatyStatus>;

/**
 * `not-triggered`: the duty did not arise (the explanation names the condition that failed, and the
 * reading it failed under); `not-applicable`: it could not arise (the treaty not in force for the
 * bearer, the pair suspended, the event outside the provision's scope); `unknown`: the outcome rests
 * on what the sources leave open (an unknown status, an uncertain date, a text cut off).
 */
export const OUTCOMES = ['not-triggered', 'not-applicable', 'active', 'discharged', 'breached', 'lapsed', 'kept', 'unknown'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

export const StatusExpectation = z
  .object({
    at: IsoDate,
    treaty: Id,
    status: TreatyStatus,
    term: z.number().int().positive().optional(),
    party: StateCode.optional().describe('for a treaty a party can leave alone: the status for this party'),
    reading: ReadingChoice.optional(),
  })
  .strict();
export type StatusExpectation = z.infer<typeof StatusExpectation>;

export const ObligationExpectation = z
  .object({
    obligation: z
      .object({
        treaty: Id,
        provision: Id.optional(),
        article: z.string().optional(),
        bearer: StateOrActorCode.optional(),
        beneficiary: StateOrActorCode.optional().describe("a state's code, or an actor's (UNSC) for a duty owed to it"),
      })
      .strict(),
    from: IsoDate.optional().describe('the day the obligation became active (its trigger day)'),
    to: IsoDate.optional().describe('the day it ended: discharged, lapsed, breached (the deadline), or the end of a standing duty'),
    outcome: Outcome,
    reading: ReadingChoice.optional().describe('the run to check; default: every run'),
  })
  .strict();
export type ObligationExpectation = z.infer<typeof ObligationExpectation>;

export const Expectation = z.union([StatusExpectation, ObligationExpectation]);
export type Expectation = z.infer<typeof Expectation>;

/**
 * What one scenario may ask of the engine (issue 18: a 57 KB request once asked for 8,000 runs and
 * a 243 MB answer). Checked with the scenario's references (`src/check`), for a corpus scenario, a
 * scenario file and an API request alike; each is refused with a located error naming the limit.
 */
export const SCENARIO_LIMITS = {
  /** Readings asked for one contested term (each must be a different reading of the term). */
  maxReadingsPerTerm: 16,
  /** Combinations of readings, which is the number of runs: the product of the readings asked per term. */
  maxCombinations: 64,
  /** Events a scenario adds to the recorded history. */
  maxEvents: 50_000,
  /**
   * Variants of uncertain or disputed dates evaluated: the product, over the events whose date is
   * uncertain, of the days each may be (its bounds, its date, its disputed days).
   */
  maxDateVariants: 32,
} as const;

export const ScenarioFile = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1),
    description: z.string().optional(),
    treaties: z.array(Id).optional().describe('default: every treaty in the corpus'),
    history: z.boolean().default(true).describe("include the treaties' recorded history"),
    drop: z.array(z.string().regex(/^[a-z0-9-.]+\/[a-z0-9-.]+$/, 'drop names "treaty-id/event-id"')).default([]),
    readings: z.record(Id, z.array(Id).min(1)).default({}).describe('readings to evaluate, per contested term'),
    until: IsoDate.optional().describe('last day of interest (default: the day after the last event)'),
    events: z.array(Event).default([]),
    expect: z.array(Expectation).default([]),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioFile>;

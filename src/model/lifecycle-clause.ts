/**
 * A treaty's duration clause, as written in `treaty.yaml` (`lifecycle.duration`), and the acts that
 * can end a treaty under it: notices and agreed terminations. The engine's term arithmetic
 * (`src/engine/lifecycle`) gives these their meaning; the calendar rules are in `calendar.ts`.
 *
 * Examples:
 *   { type: indefinite }
 *   { type: indefinite, withdrawal: { noticePeriod: P1Y, minimumInForce: P5Y } }
 *   { type: fixed, term: P10Y }
 *   { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }
 *   { type: first-term-then-indefinite, initialTerm: P10Y, withdrawal: { noticePeriod: P1Y } }
 *   { type: tied, treaty: other-treaty-id }
 *   { type: unknown, reason: "the final clauses are not in the report" }
 *   { type: by-reading, term: twenty-years, readings: { notice-after: {…}, effect-after: {…} } }
 */
import { z } from 'zod';
import { IsoDate, IsoDuration, MonthStart } from './calendar.js';
import { Id } from './common.js';

/** A party may leave (denounce, withdraw) by notice. */
export const WithdrawalProvision = z
  .strictObject({
    noticePeriod: IsoDuration.optional().describe('the withdrawal takes effect this long after the notice is given'),
    monthStart: MonthStart('the notice')
      .optional()
      .describe('it takes effect on the first day of the Nth month following the notice (after noticePeriod, if any)'),
    minimumInForce: IsoDuration.optional().describe(
      'but not before the treaty has been in force this long: the effect is the later of notice + noticePeriod and entry into force + minimumInForce',
    ),
    noticeAllowedAfter: IsoDuration.optional().describe(
      'a notice may be given only once the treaty has been in force this long; an earlier one has no effect',
    ),
  })
  .refine((w) => w.noticePeriod !== undefined || w.monthStart !== undefined, {
    message: 'say when a withdrawal takes effect: noticePeriod (e.g. P1Y), monthStart (the first day of the Nth month after), or both',
    path: ['noticePeriod'],
  })
  .describe('withdrawal or denunciation by notice');
export type WithdrawalProvision = z.infer<typeof WithdrawalProvision>;

const terminationByAgreement = z
  .boolean()
  .optional()
  .describe(
    'the treaty itself provides for termination by agreement (VCLT Art. 54(a)); agreed terminations are honoured either way, since the parties may always end a treaty by consent (Art. 54(b))',
  );

export const IndefiniteDuration = z
  .strictObject({
    type: z.literal('indefinite'),
    withdrawal: WithdrawalProvision.optional().describe('absent: the treaty makes no provision for leaving it by notice'),
    terminationByAgreement,
  })
  .describe('in force without a time limit');
export type IndefiniteDuration = z.infer<typeof IndefiniteDuration>;

export const FixedDuration = z
  .strictObject({
    type: z.literal('fixed'),
    term: IsoDuration.describe('the treaty expires this long after entry into force'),
    withdrawal: WithdrawalProvision.optional().describe('absent: the treaty makes no provision for leaving it early by notice'),
    terminationByAgreement,
  })
  .describe('in force for one fixed term, then expires');
export type FixedDuration = z.infer<typeof FixedDuration>;

export const RenewingDuration = z
  .strictObject({
    type: z.literal('renewing'),
    initialTerm: IsoDuration.describe('length of the first term, from entry into force'),
    renewalTerm: IsoDuration.describe('length of each automatic renewal'),
    noticeBefore: IsoDuration.describe(
      'a notice of non-renewal must be given at least this long before the end of the current term; a later one takes effect at the end of the first term for which it is in time',
    ),
    terminationByAgreement,
  })
  .describe('a first term, then automatic renewals unless a party gives notice in time');
export type RenewingDuration = z.infer<typeof RenewingDuration>;

export const FirstTermThenIndefinite = z
  .strictObject({
    type: z.literal('first-term-then-indefinite'),
    initialTerm: IsoDuration.describe('the first term, from entry into force, during which no notice takes effect'),
    withdrawal: WithdrawalProvision.describe(
      'after it, in force until a notice takes effect; one given during the first term takes effect no earlier than its end',
    ),
    terminationByAgreement,
  })
  .describe('"in force for N years and thereafter until terminated by notice"');
export type FirstTermThenIndefinite = z.infer<typeof FirstTermThenIndefinite>;

export const TiedDuration = z
  .strictObject({
    type: z.literal('tied'),
    treaty: Id.describe('the id of the treaty in the corpus this one lasts as long as'),
    withdrawal: WithdrawalProvision.optional(),
    terminationByAgreement,
  })
  .describe('in force as long as another treaty is in force');
export type TiedDuration = z.infer<typeof TiedDuration>;

export const UnknownDuration = z
  .strictObject({
    type: z.literal('unknown'),
    reason: z.string().min(1).describe('why it is unknown: the clause is missing from the sources, or unverified'),
  })
  .describe('the duration clause is not known: from entry into force on, the status is "unknown", with this reason');
export type UnknownDuration = z.infer<typeof UnknownDuration>;

export const PlainDurationClause = z
  .discriminatedUnion('type', [IndefiniteDuration, FixedDuration, RenewingDuration, FirstTermThenIndefinite, TiedDuration, UnknownDuration])
  .describe('how long the treaty lasts and how it may end');
export type PlainDurationClause = z.infer<typeof PlainDurationClause>;

export const DurationByReading = z
  .strictObject({
    type: z.literal('by-reading'),
    term: Id.describe('the contested term (vocabulary.yaml) whose reading decides the clause'),
    readings: z.record(Id, PlainDurationClause).describe('the clause under each reading of the term'),
  })
  .describe('a lifecycle clause read in more than one way: the clause under each reading of a contested term');
export type DurationByReading = z.infer<typeof DurationByReading>;

// One discriminated union (not a union of unions), so that an error names the field it is about.
export const DurationClause = z
  .discriminatedUnion('type', [
    IndefiniteDuration,
    FixedDuration,
    RenewingDuration,
    FirstTermThenIndefinite,
    TiedDuration,
    UnknownDuration,
    DurationByReading,
  ])
  .describe('how long the treaty lasts and how it may end (or how it does under each reading of a contested term)');
export type DurationClause = z.infer<typeof DurationClause>;

/**
 * A notice of denunciation, non-renewal or withdrawal. The duration clause decides which of these it
 * is. `by` is the party the notice counts for: where a continuator state gives notice for its
 * predecessor's treaty (the Russian Federation for the USSR), the caller has already mapped it.
 */
export const LifecycleNotice = z.strictObject({
  id: z.string().min(1),
  date: IsoDate.describe('the day the notice was given'),
  by: z.string().min(1).describe('the party giving notice (a state code)'),
});
export type LifecycleNotice = z.infer<typeof LifecycleNotice>;

/** The parties' agreement to end the treaty: on the day it is concluded, or on the later day it names. */
export const AgreedTermination = z
  .strictObject({
    id: z.string().min(1),
    date: IsoDate.describe('the day the agreement was concluded'),
    effective: IsoDate.optional().describe('the first day the treaty is no longer in force; default: the day of the agreement'),
  })
  .superRefine((agreement, ctx) => {
    if (agreement.effective !== undefined && agreement.effective < agreement.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['effective'],
        message: `an agreement of ${agreement.date} cannot end the treaty earlier, on ${agreement.effective}: give the day it takes effect, on or after the agreement`,
      });
    }
  });
export type AgreedTermination = z.infer<typeof AgreedTermination>;

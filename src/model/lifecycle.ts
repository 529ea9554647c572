/**
 * `lifecycle` in `treaty.yaml`: when the treaty is in force and for whom. Entry into force and
 * provisional application are in `lifecycle-entry.ts`, the duration clause in `lifecycle-clause.ts`;
 * here are the membership pieces that make a treaty's parties change over time: accession,
 * withdrawal of one party, suspension, ending on an outside event or with too few parties left, and
 * provisions that survive the end.
 */
import { z } from 'zod';
import { IsoDuration } from './calendar.js';
import { Citation, Id } from './common.js';
import { DurationClause } from './lifecycle-clause.js';
import { EntryIntoForce, ProvisionalApplication } from './lifecycle-entry.js';

const source = {
  provision: Id.optional().describe('the provision whose words set this rule'),
  attestedBy: Citation.optional().describe('where the source does not carry the clause: who reports it'),
};

export const Suspension = z
  .strictObject({
    event: Id.describe(
      "event type of a suspension: with `by` and `to`, by's obligations towards `to` are suspended; with neither, the treaty's whole operation",
    ),
    endEvent: Id.optional().describe('event type that ends a suspension (naming the same states); absent: a suspension lasts'),
    ...source,
  })
  .describe('suspension of the operation of the treaty, or of the obligations of one party towards another');
export type Suspension = z.infer<typeof Suspension>;

export const OutsideEnd = z
  .strictObject({
    event: Id.describe('the outside event (e.g. a party leaving another organisation)'),
    scope: z.enum(['treaty', 'party']).describe('treaty: the treaty ends on it; party: the state it names in `by` ceases to be a party'),
    ...source,
  })
  .describe("the treaty (or a party's participation) ends by itself on an outside event");
export type OutsideEnd = z.infer<typeof OutsideEnd>;

export const MinimumParties = z
  .strictObject({
    count: z.number().int().min(1).max(1000).describe('the treaty ends on the day fewer than this many parties remain'),
    ...source,
  })
  .describe('the treaty ends when the number of parties falls below a number (only where it says so: VCLT Art. 55)');
export type MinimumParties = z.infer<typeof MinimumParties>;

export const Survival = z
  .strictObject({
    provisions: z.array(Id).min(1).describe('the provisions that continue to apply'),
    period: IsoDuration.describe('for this long after the end'),
    after: z
      .enum(['termination', 'withdrawal', 'both'])
      .default('both')
      .describe("after the treaty's termination, a party's withdrawal, or both"),
    ...source,
  })
  .describe('provisions that continue to apply for a period after termination or withdrawal');
export type Survival = z.infer<typeof Survival>;

export const Lifecycle = z
  .strictObject({
    entryIntoForce: EntryIntoForce,
    provisionalApplication: ProvisionalApplication.optional(),
    duration: DurationClause,
    durationProvision: Id.optional().describe('the procedural provision whose words set the duration'),
    durationAttestedBy: Citation.optional().describe('where the source does not carry the duration clause: who reports it'),
    noticeEvent: Id.optional().describe('event type of a notice of denunciation, non-renewal or withdrawal'),
    terminationEvent: Id.optional().describe('event type of a termination by agreement'),
    accessionEvent: Id.optional().describe("event type of a state's instrument of accession (`by` names the state): it becomes a party"),
    perParty: z.boolean().default(false).describe('whether a party may leave alone (withdrawal ends it for that party only)'),
    suspension: Suspension.optional(),
    endsOn: z.array(OutsideEnd).default([]),
    minimumParties: MinimumParties.optional(),
    survival: z.array(Survival).default([]),
  })
  .superRefine((l, ctx) => {
    if (l.entryIntoForce.laterParties !== undefined && l.entryIntoForce.threshold === undefined && l.accessionEvent === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForce', 'laterParties'],
        message:
          'laterParties says when a later instrument takes effect, but no state can come later: add a threshold or an accessionEvent, or drop it',
      });
  })
  .describe('when the treaty is in force, and for whom');
export type Lifecycle = z.infer<typeof Lifecycle>;

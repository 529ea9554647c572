/** `treaty.yaml`: a treaty's identity, its lifecycle clause and its provisions. */
import { z } from 'zod';
import { IsoDate, IsoDuration } from './calendar.js';
import { Citation, Id, StateCode } from './common.js';
import { DurationClause } from './lifecycle-clause.js';
import { NonOperative, Provision, Quote } from './provision.js';

/** BCP 47 primary language subtags: en, fr, ru, ko. */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'a language is an ISO 639 code such as "en" or "ru"');

export const TreatySource = z
  .object({
    id: Id,
    file: z.string().min(1).describe('path of the verbatim source, relative to the treaty folder'),
    language: LanguageCode.describe('language of this expression'),
    translation: z.boolean().describe('true if this text is a translation, not an authentic text'),
    publisher: z.string().min(1).describe('who published this expression: "United Nations Treaty Series", "KCNA"'),
    provenance: z.string().min(1).describe('where the copy came from and how it was captured'),
  })
  .strict();
export type TreatySource = z.infer<typeof TreatySource>;

export const EntryIntoForce = z
  .object({
    event: Id.describe('the event type whose recorded occurrence puts the treaty in force (e.g. ratifications-exchanged)'),
    offset: IsoDuration.optional().describe('time after that event, e.g. P30D for "on the thirtieth day after"'),
    provision: Id.optional().describe('the procedural provision whose words set this rule'),
    attestedBy: Citation.optional().describe('where the source does not carry the clause: who reports it'),
  })
  .strict()
  .refine((e) => e.provision !== undefined || e.attestedBy !== undefined, {
    message: 'say where the entry-into-force rule comes from: provision (its words in the source) or attestedBy (a report)',
    path: ['provision'],
  });
export type EntryIntoForce = z.infer<typeof EntryIntoForce>;

export const Lifecycle = z
  .object({
    entryIntoForce: EntryIntoForce,
    duration: DurationClause,
    durationProvision: Id.optional().describe('the procedural provision whose words set the duration'),
    durationAttestedBy: Citation.optional().describe('where the source does not carry the duration clause: who reports it'),
    noticeEvent: Id.optional().describe('event type of a notice of denunciation, non-renewal or withdrawal'),
    terminationEvent: Id.optional().describe('event type of a termination by agreement'),
    perParty: z.boolean().default(false).describe('whether a party may leave alone (withdrawal ends it for that party only)'),
  })
  .strict();
export type Lifecycle = z.infer<typeof Lifecycle>;

export const TreatyFile = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    titles: z.record(LanguageCode, z.string().min(1)).describe('title per language'),
    shortTitle: z.string().min(1),
    parties: z.array(StateCode).min(2).describe('the original parties'),
    signature: z
      .object({ place: z.string().min(1), date: IsoDate, quote: Quote.optional() })
      .strict()
      .describe('as the source states it; the event itself is in history.yaml'),
    registration: z
      .object({
        series: z.string().min(1).describe('e.g. "UNTS"'),
        number: z.string().min(1),
        by: StateCode,
        date: IsoDate,
      })
      .strict()
      .optional(),
    officialLanguages: z.array(LanguageCode).min(1).describe('languages of the authentic texts'),
    sources: z.array(TreatySource).min(1),
    lifecycle: Lifecycle,
    provisions: z.array(Provision).min(1),
    nonOperative: z.array(NonOperative).default([]),
  })
  .strict();
export type TreatyFile = z.infer<typeof TreatyFile>;

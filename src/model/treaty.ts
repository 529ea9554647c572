/** `treaty.yaml`: a treaty's identity, its lifecycle clause and its provisions. */
import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { Id, StateCode } from './common.js';
import { Lifecycle } from './lifecycle.js';
import { NonOperative, Provision, ProvisionKind, Quote } from './provision.js';

/** BCP 47 primary language subtags: en, fr, ru, ko. */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'a language is an ISO 639 code such as "en" or "ru"');

/**
 * Text missing from a source: a passage the copy lacks (articles not retrieved, a sentence cut off).
 * Where it stands is a marker the source shows in its place, or the words it follows, or (neither
 * given) not known: an article a report leaves out.
 */
export const SourceGap = z
  .object({
    marker: z
      .string()
      .min(1)
      .optional()
      .describe('the text that stands in the source where text is missing, verbatim: "[NOT RETRIEVED]", "…"'),
    after: z
      .string()
      .min(1)
      .optional()
      .describe("the verbatim words after which text is missing (with a marker: the marker's occurrence that follows them)"),
    what: z.string().min(1).describe('what is missing: "Articles 7–12", "the rest of the sentence"'),
    kinds: z
      .array(ProvisionKind)
      .min(1)
      .optional()
      .describe(
        'the kinds of provision the missing text is known (from another report) to hold, e.g. [procedural] for an entry-into-force clause; absent: not known, it could hold any',
      ),
  })
  .strict();
export type SourceGap = z.infer<typeof SourceGap>;

export const TreatySource = z
  .object({
    id: Id,
    file: z.string().min(1).describe('path of the verbatim source, relative to the treaty folder'),
    language: LanguageCode.describe('language of this expression'),
    translation: z.boolean().describe('true if this text is a translation, not an authentic text'),
    publisher: z.string().min(1).describe('who published this expression: "United Nations Treaty Series", "KCNA"'),
    provenance: z.string().min(1).describe('where the copy came from and how it was captured'),
    gaps: z
      .array(SourceGap)
      .min(1)
      .optional()
      .describe('text this copy lacks: pacta check finds each marker and each `after` in it, and counts the gaps apart in its coverage'),
  })
  .strict();
export type TreatySource = z.infer<typeof TreatySource>;

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
    atopId: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "the treaty's number in the ATOP data set (atopid), where the formalizer found it recorded (say where in a comment); never guessed",
      ),
    officialLanguages: z.array(LanguageCode).min(1).describe('languages of the authentic texts'),
    sources: z.array(TreatySource).min(1),
    lifecycle: Lifecycle,
    provisions: z.array(Provision).min(1),
    nonOperative: z.array(NonOperative).default([]),
  })
  .strict();
export type TreatyFile = z.infer<typeof TreatyFile>;

/**
 * The JSON export's format, version 1.2: one zod schema for the TypeScript type, the runtime check
 * in the tests and the published JSON Schema (`schemas/export.schema.json`, written by
 * `npm run schemas` and checked current by test/export/json.test.ts).
 *
 * Versioning: `formatVersion` is "MAJOR.MINOR". A new optional field raises MINOR; removing or
 * changing the meaning of a field raises MAJOR. Readers should accept any 1.x.
 */
import { z } from 'zod';
import {
  IsoDate,
  jsonSchemaOf,
  PairSuspension,
  PartyTimeline,
  RecordedEvent,
  SpanJson,
  StateEntry,
  StatusIntervalJson,
  Succession,
  TreatyFile,
  TreatyStatus,
} from '../../model/index.js';
import { ATOP_CODES } from '../atop/mapping.js';

/** Every duration type (`lifecycle.duration.type`; src/model/lifecycle-clause.ts), and those of a clause under one reading. */
const PLAIN_DURATION_TYPES = ['indefinite', 'fixed', 'renewing', 'first-term-then-indefinite', 'tied', 'unknown'] as const;
const DURATION_TYPES = [...PLAIN_DURATION_TYPES, 'by-reading'] as const;

/**
 * 1.1 (issue 14): every duration type; members split at a succession, `continuing`; `durationReading`; `suspensions`; the new statuses.
 * 1.2 (issue 15): incomplete sources: a source's `coverage.gaps`; an ATOP code's value may be null (unknown) with `reason`, `incomplete` and `gaps`.
 */
export const EXPORT_FORMAT_VERSION = '1.2';

const Months = z.number().int().nonnegative().nullable().describe('whole months; null when indefinite, absent or not whole months');

export const LifecycleExport = z
  .object({
    signature: z.object({ date: IsoDate, place: z.string(), event: z.string().nullable().describe('id of the recorded signature event') }),
    entryIntoForce: IsoDate.nullable().describe('computed from the entry-into-force rule and the recorded events; null if not recorded'),
    end: IsoDate.nullable().describe('first day no longer in force, computed; null while in force'),
    endCause: z.string().nullable(),
    status: TreatyStatus.describe('the status after the last recorded event'),
    durationType: z.enum(DURATION_TYPES),
    durationReading: z
      .object({ term: z.string(), reading: z.string(), type: z.enum(PLAIN_DURATION_TYPES) })
      .nullable()
      .optional()
      .describe(
        "for a clause read by a contested term (by-reading): the reading the computed lifecycle follows (the default) and its clause's type",
      ),
    durationMonths: Months.describe('fixed term, or first term of a renewing or first-term-then-indefinite treaty'),
    renewalMonths: Months,
    noticeMonths: Months.describe(
      'notice of non-renewal (at least this long before a term ends) or of withdrawal (takes effect this long after)',
    ),
    terms: z.array(z.object({ term: z.number().int().positive(), from: IsoDate, to: IsoDate.nullable() })),
    members: z
      .array(
        z.object({
          party: z.string().describe('the state bound: the party, or the continuator in its place from a succession on (see continuing)'),
          name: z.string(),
          from: IsoDate.nullable().describe('first day in force for this state'),
          to: IsoDate.nullable().describe('first day no longer in force for this state (a party continued by another: the succession)'),
          continuing: z
            .string()
            .nullable()
            .optional()
            .describe("on a continuator's row: the party whose place it takes (RUS continuing SUN from 1991-12-25); null otherwise"),
          continuedBy: z.object({ state: z.string(), from: IsoDate }).nullable(),
        }),
      )
      .describe('one row per state bound: a party, then the continuator bound in its place from the succession on'),
    intervals: z.array(StatusIntervalJson).describe('the status intervals, half-open [from, to), each with its explanation'),
    parties: z
      .array(PartyTimeline)
      .optional()
      .describe("each party's status intervals (state: the continuator bound in its place over an interval)"),
    suspensions: z.array(PairSuspension).optional().describe('obligations of one party towards another suspended (absent: none)'),
  })
  .describe('the lifecycle computed from the recorded history');

export const SourceGapExport = z.object({
  what: z.string().describe("what is missing: the gap's `what`, or the incomplete provision's reason"),
  provisions: z.array(z.string()).optional().describe('the incomplete provisions whose words it cuts'),
  marker: z.string().optional().describe('the text standing in the source where text is missing'),
  after: z.string().optional().describe('the words after which text is missing'),
  at: SpanJson.optional().describe(
    'where text is missing in the source (the marker, or an empty span); absent: the source does not show where',
  ),
});
export type SourceGapExport = z.infer<typeof SourceGapExport>;

export const SourceExport = z.object({
  id: z.string(),
  file: z.string().describe('path relative to the treaty folder'),
  language: z.string(),
  translation: z.boolean(),
  publisher: z.string(),
  kind: z.string().describe('what ingest recognised: unts-record, news-report, treaty-text'),
  sha256: z.string().describe('of the source bytes the quote spans index'),
  length: z.number().int().describe('in UTF-16 code units'),
  coverage: z.object({
    sentences: z.number().int(),
    percent: z.number().describe('of the text the source has (sentences that are only a gap marker left out); see gaps'),
    gaps: z
      .array(SourceGapExport)
      .optional()
      .describe(
        'text the source lacks: its listed gaps, and incomplete provisions no listed gap cuts (absent: none known; the coverage is then complete)',
      ),
  }),
});

export const LocatedQuoteExport = z.object({ source: z.string(), file: z.string(), spans: z.array(SpanJson) });

const AtopEvidenceExport = z.object({ provision: z.string(), article: z.string(), rule: z.string() });

export const AtopExport = z.object({
  code: z.enum(ATOP_CODES),
  value: z
    .union([z.literal(0), z.literal(1), z.null()])
    .describe('1: earned by a complete provision; 0: not earned; null: unknown, the text being incomplete (see reason)'),
  provisions: z.array(AtopEvidenceExport).describe('the complete provisions that earned the code, and the rule they matched'),
  reason: z.string().optional().describe('value null: why the code is unknown'),
  incomplete: z
    .array(AtopEvidenceExport)
    .optional()
    .describe('value null: the incomplete provisions that might earn it, and the rule they match as far as their words go'),
  gaps: z
    .array(z.object({ source: z.string(), gap: z.number().int().nonnegative(), what: z.string() }))
    .optional()
    .describe("value null: the sources' gaps that could hold a clause earning it (gap: its index in the source's gaps)"),
});
export type AtopCodeExport = z.infer<typeof AtopExport>;

export const TreatyExport = z
  .object({
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    treaty: TreatyFile.describe('the formalization, as treaty.yaml holds it (defaults filled in)'),
    history: z.array(RecordedEvent).describe('the recorded events, each cited'),
    states: z.array(StateEntry).describe('the states the treaty and its history name'),
    successions: z.array(Succession).describe('successions that concern the parties'),
    lifecycle: LifecycleExport,
    sources: z.array(SourceExport),
    quotes: z.record(z.string(), LocatedQuoteExport).describe('provision id → where its quote stands in its source'),
    atop: z.array(AtopExport).describe('the ATOP obligation codes, derived from the provisions'),
    warnings: z.array(z.string()),
  })
  .describe('A Pacta treaty export');
export type TreatyExport = z.infer<typeof TreatyExport>;

/** The JSON Schema of the export (draft 2020-12). */
export function exportJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(TreatyExport, `Pacta treaty export, format ${EXPORT_FORMAT_VERSION}`, 'output');
}

/** The text of `schemas/export.schema.json`, byte for byte. */
export function exportJsonSchemaText(): string {
  return JSON.stringify(exportJsonSchema(), null, 2) + '\n';
}

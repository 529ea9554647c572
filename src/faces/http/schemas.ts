/**
 * The HTTP API's bodies as zod schemas: what each route accepts (parameters, query, JSON bodies) and
 * what it answers. The routes (routes.ts) validate with them, `/api/openapi.json` is generated from
 * them, and the web client's types are inferred from them. The library's own schemas (treaty,
 * scenario, results, comparison, export) are used as they are, named as components of the document.
 */
import { z } from '@hono/zod-openapi';
import { TreatyComparison as TreatyComparisonModel } from '../../compare/index.js';
import { TreatyExport as TreatyExportModel } from '../../export/index.js';
import {
  DocumentKind,
  Id,
  GazetteerFile,
  IsoDate,
  NonOperative,
  ObligationResult,
  RecordedEvent as RecordedEventModel,
  RunResult as RunResultModel,
  ScenarioFile,
  Span,
  StateEntry as StateEntryModel,
  StatesFile,
  StatusResult as StatusResultModel,
  StructuredDocument as StructuredDocumentModel,
  TreatyFile,
  TreatySource,
  TreatyStatus,
  TreatyTimeline as TreatyTimelineModel,
  VocabularyFile,
} from '../../model/index.js';
import {
  SavedDocumentRecord,
  SavedDocumentSummaryRecord,
  SavedScenarioRecord,
  SavedScenarioSummaryRecord,
  queryWordCount,
  SEARCH_LIMITS,
  SearchHitRecord,
} from '../../store/index.js';

/**
 * `schema`, named as a component of the document (`.openapi(name)`). Zod gives a schema the methods
 * of its prototype when the schema is built, so one built before zod-openapi was loaded (the
 * library's schemas, the store's) has no `.openapi` of its own: it is called from the prototype.
 */
export function named<T extends z.ZodType>(schema: T, name: string): T {
  return z.ZodType.prototype.openapi.call(schema, name) as T;
}

/** `schema` or null. (`.nullable()` of a named schema would make the component itself nullable.) */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

// The library's schemas, as components of the document.
export const Treaty = named(TreatyFile, 'Treaty');
export const Scenario = named(ScenarioFile, 'Scenario');
export const RunResult = named(RunResultModel, 'RunResult');
/** A status on a day; asked with `provision`, also that duty's rows on the day (what `pacta status --provision --json` prints). */
export const StatusResult = named(
  StatusResultModel.extend({
    obligations: z
      .array(ObligationResult)
      .optional()
      .describe(
        'only when a provision is asked about: its rows on the day, the duties active or decided that day, else why none arose (rows with from null: not-triggered, not-applicable or unknown, the last step saying why)',
      ),
  }),
  'StatusResult',
);
export const StructuredDocument = named(StructuredDocumentModel, 'StructuredDocument');
export const Vocabulary = named(VocabularyFile, 'Vocabulary');
export const States = named(StatesFile, 'States');
export const Gazetteer = named(GazetteerFile, 'Gazetteer');
export const TreatyComparison = named(TreatyComparisonModel, 'TreatyComparison');
export const TreatyExport = named(TreatyExportModel, 'TreatyExport');
export const TreatyTimeline = named(TreatyTimelineModel, 'TreatyTimeline');
export const RecordedEvent = named(RecordedEventModel, 'RecordedEvent');
export const StateEntry = named(StateEntryModel, 'StateEntry');

// ---- Answers ----

export const Health = z
  .strictObject({
    ok: z.literal(true),
    schema: z.array(z.number().int().positive()).describe('the database migrations applied, in order'),
  })
  .openapi('Health');

export const TreatySummary = TreatyFile.pick({ id: true, shortTitle: true, titles: true, parties: true, signature: true })
  .extend({
    status: z
      .strictObject({
        date: IsoDate,
        status: TreatyStatus,
        since: IsoDate.nullable(),
        until: IsoDate.nullable(),
        term: z.number().int().nullable(),
      })
      .describe('the status on `date` (today where the server runs)'),
    provisions: z.number().int().nonnegative().describe('how many provisions encode it'),
  })
  .openapi('TreatySummary');

export const TreatyList = z
  .strictObject({
    date: IsoDate.describe('today where the server runs'),
    treaties: z.array(TreatySummary),
  })
  .openapi('TreatyList');

export const LocatedQuote = z
  .strictObject({
    source: z.string().describe('the source id'),
    file: z.string().describe('path of the source file, relative to the corpus root'),
    spans: z.array(Span),
  })
  .describe('where a quote stands in its source')
  .openapi('LocatedQuote');

const QuoteSpans = z.record(z.string(), LocatedQuote).describe('provision id → where its quote stands');

export const TreatyDetail = z
  .strictObject({
    treaty: Treaty,
    history: z.array(RecordedEvent).describe('the recorded events, each cited'),
    lifecycle: TreatyTimeline.describe('the status intervals computed from the recorded history'),
    quoteSpans: QuoteSpans,
    states: z.array(StateEntry).describe('every state of the corpus'),
    readingTerms: z
      .array(z.string())
      .describe(
        "the contested terms of the vocabulary this treaty is read by (its provisions' triggers, acts and qualifiers, its lifecycle clause), sorted: the readings worth offering for a run of it",
      ),
  })
  .openapi('TreatyDetail');

const CoverageStatus = z.enum(['covered', 'non-operative', 'gap', 'partial', 'uncovered']);

export const SourceCoverage = z
  .strictObject({
    source: z.string(),
    file: z.string(),
    sentences: z.array(
      z.strictObject({
        unit: z.string().describe('which part of the document: preamble, article 1 paragraph 2, closing …'),
        text: z.string(),
        spans: z.array(Span),
        status: CoverageStatus,
        by: z.array(z.string()).describe('the provisions or non-operative marks that cover it'),
        uncoveredText: z.string().optional().describe('for a partial sentence: the words no quote covers'),
      }),
    ),
    totals: z.strictObject({
      sentences: z.number().int().nonnegative(),
      covered: z.number().int().nonnegative(),
      'non-operative': z.number().int().nonnegative(),
      gap: z.number().int().nonnegative().describe('sentences that are only a gap marker ("[NOT RETRIEVED]")'),
      partial: z.number().int().nonnegative(),
      uncovered: z.number().int().nonnegative(),
      percent: z.number().min(0).max(100).describe('of the text the source has: (covered + non-operative) / (sentences − gap)'),
      gaps: z.number().int().nonnegative().describe('text the source lacks: its listed gaps and incomplete provisions'),
    }),
    complete: z.boolean().describe('false when the source lacks text (gaps): the coverage is then of the text present only'),
    gaps: z.array(
      z.strictObject({
        kind: z
          .enum(['source', 'provision'])
          .describe("source: listed under the source's gaps; provision: an incomplete provision no listed gap cuts"),
        what: z.string().describe("what is missing: the gap's what, or the incomplete provision's reason"),
        gap: z.number().int().nonnegative().optional().describe("its index in the source's gaps"),
        provisions: z.array(z.string()).optional().describe('the incomplete provisions whose words it cuts'),
        marker: z.string().optional(),
        after: z.string().optional(),
        at: Span.optional().describe('where text is missing (the marker, or an empty span); absent: the source does not show where'),
      }),
    ),
  })
  .describe('is every operative sentence encoded by a provision or marked non-operative?')
  .openapi('SourceCoverage');

export const SourceText = TreatySource.extend({
  text: z.string().describe('the verbatim source text'),
  document: orNull(StructuredDocument).describe('its ingested structure'),
  coverage: orNull(SourceCoverage),
}).openapi('SourceText');

export const TreatyText = z
  .strictObject({
    sources: z.array(SourceText),
    quoteSpans: QuoteSpans,
    nonOperative: z.array(NonOperative.extend({ spans: z.array(Span).describe('where its quote stands in its source') })),
  })
  .openapi('TreatyText');

export const CorpusScenario = z
  .strictObject({
    treaty: Id,
    file: z.string().describe('the scenario file, relative to the corpus root'),
    title: z.string(),
    scenario: Scenario,
  })
  .openapi('CorpusScenario');

export const SavedScenario = SavedScenarioRecord.extend({ scenario: Scenario }).openapi('SavedScenario');
export const SavedScenarioSummary = named(SavedScenarioSummaryRecord, 'SavedScenarioSummary');
export const SavedDocument = SavedDocumentRecord.extend({ kind: DocumentKind, structured: StructuredDocument }).openapi('SavedDocument');
export const SavedDocumentSummary = SavedDocumentSummaryRecord.extend({ kind: DocumentKind }).openapi('SavedDocumentSummary');

export const SearchResult = z
  .strictObject({
    query: z.string().describe('the words asked for, as given'),
    terms: z
      .array(z.string())
      .describe(
        'what was searched for: `word…` for a word and the words it begins (attack… finds attacks), `word… (or other…)` for a word whose related forms begin otherwise (denounce… (or denunciation…): the list is in the README), `"two words"` for a phrase given in double quotes, taken as written; empty when the query holds no word (letters or digits)',
      ),
    total: z.number().int().nonnegative().describe('how many provisions and passages matched (the hits are the best of them)'),
    hits: z
      .array(named(SearchHitRecord, 'SearchHit'))
      .describe(
        `the best matches first, at most ${SEARCH_LIMITS.hits}: provisions, passages of corpus sources, passages of imported documents`,
      ),
  })
  .openapi('SearchResult');

export const OpenApiDocument = z
  .looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  })
  .describe('an OpenAPI 3.1 document')
  .openapi('OpenApiDocument');

// ---- Requests ----

/**
 * What a request part answers when it is not valid: the problem's detail (its `errors` are the zod
 * issues). Registered on the request schemas below; `requestProblem` in routes.ts reads it.
 */
export const invalidRequest = z.registry<{ detail: (input: Record<string, unknown>, issues: readonly { message: string }[]) => string }>();

/** A query parameter given twice counts once, as its first value. */
export const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const query = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema);

export const TreatyIdParams = z.object({ id: z.string().describe('a treaty id') });
export const ScenarioIdParams = z.object({ id: z.string().describe('a saved scenario id') });
export const DocumentIdParams = z.object({ id: z.string().describe('an imported document id') });

export const RenderQuery = z
  .object({ format: query(z.enum(['md', 'html'], { error: 'use md or html' }).default('html')) })
  .register(invalidRequest, { detail: (input) => `unknown format "${String(firstValue(input.format))}"` });

export const ExportQuery = z
  .object({ format: query(z.enum(['akn', 'json', 'csv'], { error: 'use akn, json or csv' }).default('json')) })
  .register(invalidRequest, { detail: (input) => `unknown format "${String(firstValue(input.format))}"` });

/** A provision asked about (`provision=ID`): an id, checked against the treaties by the route (400 naming `provision`). */
const ProvisionId = (description: string) => query(Id.optional().describe(description));

export const StatusQuery = z
  .object({
    at: query(IsoDate.optional().describe('the day (default: today where the server runs)')),
    party: query(
      z
        .string()
        .min(1)
        .max(200)
        .optional()
        .describe(
          "that party's status: a party's code, name or alias (FIN, Finland), or the state acting for it on the day (RUS for SUN from 1991-12-25); not a party or no state: 400",
        ),
    ),
    provision: ProvisionId(
      "also that duty's rows on the day (`obligations`): the duties active or decided that day, else why none arose; not an obligation or a prohibition of the treaty: 400",
    ),
  })
  .register(invalidRequest, {
    detail: (_, issues) => {
      const first = issues[0] as { message: string; path?: readonly PropertyKey[] } | undefined;
      const field = first?.path?.[0] === 'party' || first?.path?.[0] === 'provision' ? first.path[0] : 'at';
      return `${field}: ${first?.message ?? (field === 'at' ? 'not a date' : field === 'party' ? 'not a state code' : 'not an id')}`;
    },
  });

export const RunQuery = z
  .object({
    provision: ProvisionId(
      "only that duty: its rows in each run (every binding, those where no duty arose saying why not), the differences that concern it and the treaties that have it; not an obligation or a prohibition of the scenario's treaties: 400",
    ),
  })
  .register(invalidRequest, {
    detail: (_, issues) => `provision: ${issues[0]?.message ?? 'not an id'}`,
  });

const TreatyId = query(z.string({ error: 'a treaty id' }).min(1, 'a treaty id').describe('a treaty id'));
export const DiffQuery = z
  .object({
    a: TreatyId,
    b: TreatyId,
    scenario: query(
      z
        .string()
        .min(1, 'a corpus scenario file or a saved scenario id')
        .optional()
        .describe(
          "run this scenario against both treaties, each as if in force from the scenario's first day: a corpus scenario's file (as /api/corpus-scenarios gives it) or a saved scenario's id; unknown: 400",
        ),
    ),
  })
  .register(invalidRequest, {
    detail: (_, issues) =>
      (issues[0] as { path?: readonly PropertyKey[] } | undefined)?.path?.[0] === 'scenario'
        ? 'scenario: give a corpus scenario file or a saved scenario id'
        : 'give the two treaties to compare as ?a=ID&b=ID',
  });

export const SearchQuery = z
  .object({
    q: query(
      z
        .string({ error: 'give words to search for' })
        .refine((q) => q.trim() !== '', 'give words to search for')
        .superRefine((q, ctx) => {
          const words = queryWordCount(q);
          if (q.length > SEARCH_LIMITS.queryCharacters)
            ctx.addIssue({
              code: 'custom',
              message: `at most ${SEARCH_LIMITS.queryCharacters} characters (this query has ${q.length}): search for fewer words`,
            });
          else if (words > SEARCH_LIMITS.words)
            ctx.addIssue({
              code: 'custom',
              message: `at most ${SEARCH_LIMITS.words} words (this query has ${words}): search for fewer words`,
            });
        })
        .describe(
          `words to search for, at most ${SEARCH_LIMITS.queryCharacters} characters and ${SEARCH_LIMITS.words} words. Each word finds itself and the words it begins, with English endings (attack finds attacks, attacked); all words must be in the hit; words in double quotes are a phrase. Punctuation, brackets and operators are read as plain separators, never as query syntax`,
        ),
    ),
  })
  .register(invalidRequest, { detail: (_, issues) => `q: ${issues[0]?.message ?? 'give words to search for'}` });

export const IngestBody = z
  .strictObject({
    name: z.string().min(1).max(300).describe('a file name, for messages and the document record'),
    text: z.string().describe('the text to ingest'),
  })
  .openapi('IngestBody')
  .register(invalidRequest, { detail: () => 'expected {"name", "text"}' });

export const SavedScenarioBody = z
  .strictObject({
    title: z.string().min(1).max(300),
    // Checked as a scenario after the envelope, with positions in its own text (as /api/run does).
    scenario: z
      .unknown()
      .nonoptional()
      .openapi({ allOf: [{ $ref: '#/components/schemas/Scenario' }] }),
  })
  .openapi('SavedScenarioBody')
  .register(invalidRequest, { detail: () => 'expected {"title", "scenario"}' });

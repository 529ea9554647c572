/**
 * The structured document: what `text` (ingest) makes of a raw source document (a UN Treaty Series
 * record, a news page, a plain treaty text). This schema is the single source of truth for the
 * TypeScript types (z.infer), the runtime validation and the published JSON Schema.
 *
 * Offsets. Every span `{start, end}` is half-open and counts UTF-16 code units of the decoded text
 * (what a JavaScript string indexes). A leading byte-order mark is kept as character 0 of that text,
 * so offsets do not shift whether or not a file has one; line breaks (LF, CRLF, CR) are kept as they
 * are, so CRLF files have the same pieces at different offsets, never rewritten text.
 *
 * Text. A piece's `text` is derived from its spans by one documented rule (see `textOfSpans` in
 * src/text/spans.ts): concatenate the slices, putting one space between two slices when the raw text
 * between them contains whitespace, then collapse every run of whitespace to one space and trim.
 * Inline markup that is not text (a footnote marker `<sup>1</sup>`, a Markdown `**`) lies outside the
 * spans, which is why one piece may have several spans.
 *
 * Leaves and containers. The pieces that quote the source (title, metadata lines, preamble parts,
 * article labels, headings and paragraphs, document paragraphs, footnote texts and anchors, closing,
 * signature parts, removed spans) never overlap one another. Containers (an article, a signature, a
 * footnote's placement) hold leaves; values in `metadata` are evidence pointers into leaves.
 */
import { z } from 'zod';
import { IngestWarningCode } from './diagnostic-codes.js';

export const Span = z
  .object({
    start: z.number().int().nonnegative().describe('offset of the first character (UTF-16 code units)'),
    end: z.number().int().nonnegative().describe('offset just after the last character'),
  })
  .refine((span) => span.start <= span.end, { message: 'a span must not end before it starts' })
  .describe('half-open character range [start, end) in the decoded raw text');
export type Span = z.infer<typeof Span>;

const Spans = z.array(Span).min(1);

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('calendar date YYYY-MM-DD, no time zone');

/** A piece of the source: its normalised text and where it is. */
export const Piece = z.object({
  text: z.string().describe('the spans’ text, whitespace-normalised'),
  spans: Spans,
});
export type Piece = z.infer<typeof Piece>;

/** A value read from the source, with the words it was read from. */
export const TextValue = z.object({
  value: z.string(),
  text: z.string(),
  spans: Spans,
});
export type TextValue = z.infer<typeof TextValue>;

export const DateValue = z.object({
  value: IsoDate,
  text: z.string().describe('the date as written'),
  spans: Spans,
  calendar: z
    .enum(['juche'])
    .optional()
    .describe('the calendar the date was written in, when not the Gregorian one (value is always Gregorian)'),
});
export type DateValue = z.infer<typeof DateValue>;

export const NumberValue = z.object({
  value: z.number().int(),
  text: z.string(),
  spans: Spans,
});
export type NumberValue = z.infer<typeof NumberValue>;

export const BooleanValue = z.object({
  value: z.boolean(),
  text: z.string(),
  spans: Spans,
});
export type BooleanValue = z.infer<typeof BooleanValue>;

/** A JSON Pointer (RFC 6901) to a piece of this document, e.g. `/title`, `/articles/0/paragraphs/0`. */
const PiecePointer = z.string().describe('JSON Pointer to a piece of this document');

export const DocumentKind = z.enum(['unts-record', 'news-report', 'treaty-text']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const LineEndings = z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']);

export const SourceInfo = z.object({
  file: z.string().describe('the file name as given to ingest'),
  length: z.number().int().nonnegative().describe('length of the decoded text in UTF-16 code units'),
  bytes: z.number().int().nonnegative().describe('size of the input in bytes (UTF-8)'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the input bytes'),
  bom: z.boolean().describe('whether the text starts with a byte-order mark (kept as character 0)'),
  lineEndings: LineEndings,
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const MetadataLineRole = z.enum([
  'registration-number',
  'parties',
  'title',
  'signed',
  'official-languages',
  'registration',
  'translation-notice',
  'captured-on',
  'source-info',
  'dateline',
  'end-mark',
  'source-line',
  'front-matter',
  'other',
]);
export type MetadataLineRole = z.infer<typeof MetadataLineRole>;

/** A line (or part of a line) of the source that carries metadata rather than treaty text. */
export const MetadataLine = z.object({
  role: MetadataLineRole,
  language: z.string().optional().describe('ISO 639-1 code, when the line’s language was recognised'),
  text: z.string(),
  spans: Spans,
});
export type MetadataLine = z.infer<typeof MetadataLine>;

export const LanguageTitle = TextValue.extend({
  language: z.string().describe('ISO 639-1 code, or "und" when not recognised'),
});

export const Metadata = z
  .object({
    registrationNumber: TextValue.optional().describe('UN Treaty Series registration number'),
    parties: z
      .array(
        TextValue.extend({
          code: z
            .string()
            .optional()
            .describe('the state’s code (ISO 3166-1 alpha-3, or the corpus’s own), when the name is one the caller’s state list knows'),
        }),
      )
      .optional()
      .describe('the parties as the title or the preamble names them'),
    titles: z.array(LanguageTitle).optional().describe('the treaty’s title in each language given'),
    signature: z
      .object({ place: TextValue.optional(), date: DateValue.optional() })
      .optional()
      .describe('where and when the treaty was signed'),
    officialLanguages: z.array(TextValue).optional(),
    registration: z
      .object({ by: TextValue.optional(), date: DateValue.optional() })
      .optional()
      .describe('who registered the treaty with the UN Secretariat, and when'),
    translation: BooleanValue.optional().describe('true when the text is a translation, per its notice'),
    entryIntoForce: DateValue.optional().describe('as reported by the record’s footnote to the title'),
    publisher: TextValue.optional().describe('the news agency that published the report'),
    feed: TextValue.optional().describe('the aggregator’s name for the feed the page was captured from'),
    capturedOn: DateValue.optional().describe('when the aggregator captured the page (not the report’s date)'),
    date: DateValue.optional().describe('the report’s own publication date'),
    dateline: z
      .object({
        place: TextValue,
        date: DateValue.optional(),
        agency: TextValue.optional(),
        text: z.string(),
        spans: Spans,
      })
      .optional(),
    signatories: z
      .array(z.object({ name: TextValue, office: TextValue.optional() }))
      .optional()
      .describe('who signed, as the report says'),
    endMark: TextValue.optional().describe('the wire service’s end-of-story mark, e.g. -0-'),
    sourceLine: z.object({ url: TextValue, date: DateValue.optional(), text: z.string(), spans: Spans }).optional(),
  })
  .describe('values read from the document; absent when the document does not state them');
export type Metadata = z.infer<typeof Metadata>;

export const Plenipotentiary = Piece.extend({
  appointedBy: TextValue.nullable(),
  party: TextValue.nullable(),
  name: TextValue.nullable(),
  office: TextValue.nullable(),
});
export type Plenipotentiary = z.infer<typeof Plenipotentiary>;

export const Preamble = z.object({
  heading: Piece.optional().describe('a heading printed above the preamble, e.g. "PREAMBLE"'),
  parties: Piece.nullable().describe('the opening naming the parties, e.g. "The Presidium of … and …,"'),
  recitals: z.array(Piece),
  plenipotentiaries: z.array(Plenipotentiary),
  agreement: Piece.nullable().describe('the formula before the articles, e.g. "… have agreed as follows:"'),
});
export type Preamble = z.infer<typeof Preamble>;

export const ArticleParagraph = Piece.extend({
  number: z.string().nullable().describe('the paragraph’s own number as printed, without punctuation: "1", "a", "ii"'),
  level: z.number().int().min(1).describe('1 for the outermost numbering style in the article, 2 for the next…'),
});
export type ArticleParagraph = z.infer<typeof ArticleParagraph>;

export const Article = z.object({
  number: z.string().describe('as printed: "1", "V", "3 bis", "1.1", "C-01", "ONE", "25 BIS"'),
  arabic: z
    .number()
    .int()
    .nullable()
    .describe('the number in arabic numerals, for a simple number (with or without a suffix); null for a compound one ("1.1")'),
  sortKey: z
    .string()
    .describe(
      'the number normalised for sorting and comparing: each part as a zero-padded arabic number or a lower-case letter, a suffix as ".bis"/".ter"/".a" — "0001", "0003.bis", "0001.0001", "c.0001"',
    ),
  division: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('index in `divisions` of the innermost part, chapter, section, annex… holding the article; null at the top level'),
  label: Piece.describe('the words that open the article, e.g. "Article 1"'),
  heading: Piece.nullable(),
  paragraphs: z.array(ArticleParagraph),
  text: z.string().describe('the article’s body (paragraph numbers included), whitespace-normalised'),
  spans: z.array(Span).describe('the body’s spans; empty for an article with no text'),
});
export type Article = z.infer<typeof Article>;

export const DivisionKind = z.enum([
  'part',
  'chapter',
  'section',
  'sub-section',
  'title',
  'sub-title',
  'annex',
  'protocol',
  'schedule',
  'appendix',
]);
export type DivisionKind = z.infer<typeof DivisionKind>;

/** The divisions that are documents of their own (attachments), whose articles are numbered on their own. */
export const ATTACHMENT_KINDS = ['annex', 'protocol', 'schedule', 'appendix'] as const satisfies readonly DivisionKind[];
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Whether a division of this kind is an attachment (annex, protocol, schedule, appendix). */
export function isAttachmentKind(kind: DivisionKind): kind is AttachmentKind {
  return (ATTACHMENT_KINDS as readonly DivisionKind[]).includes(kind);
}

/**
 * A unit above the articles: a part, chapter, section, title, sub-section, or an annex, protocol,
 * schedule or appendix (whose articles are numbered on their own). Divisions are listed in document
 * order; `parent` makes the tree (no recursion in the schema, so no depth limit to name).
 */
export const Division = z.object({
  kind: DivisionKind,
  number: z.string().nullable().describe('as printed: "II", "3", "ONE", "A"; null for an unnumbered annex'),
  label: Piece.describe('the words that open the division, e.g. "PART II", "Chapter 3", "ANNEX"'),
  heading: Piece.nullable().describe('its heading, e.g. "General provisions"'),
  parent: z.number().int().nonnegative().nullable().describe('index in `divisions` of the division holding this one'),
  level: z.number().int().min(1).describe('1 for a top-level division, 2 for one inside it, …'),
  paragraphs: z.array(Piece).describe('text of the division that is not in an article (an annex written as paragraphs), in order'),
});
export type Division = z.infer<typeof Division>;

export const DocumentParagraph = Piece.extend({
  role: z.enum(['lead', 'body']),
});
export type DocumentParagraph = z.infer<typeof DocumentParagraph>;

export const Footnote = Piece.extend({
  marker: z.string().describe('the footnote’s label, e.g. "1"'),
  anchor: z
    .object({ piece: PiecePointer.nullable(), spans: Spans })
    .nullable()
    .describe('where the marker stands in the text, and the piece it annotates'),
  placement: z
    .object({ spans: Spans, interrupts: PiecePointer.nullable() })
    .describe('where the footnote itself stands, and the piece whose text it interrupts (page-break footnote)'),
});
export type Footnote = z.infer<typeof Footnote>;

export const Closing = Piece.extend({
  place: TextValue.nullable(),
  date: DateValue.nullable(),
  dateLeftBlank: TextValue.nullable()
    .optional()
    .describe('the words where the date is left blank to be filled in ("..this..day of 1951"): the date is unknown, not guessed'),
  copies: NumberValue.nullable(),
  languages: z.array(TextValue),
});
export type Closing = z.infer<typeof Closing>;

export const Signature = z.object({
  forWhom: Piece.nullable().describe('the words before the signature, e.g. "For the Government of …:"'),
  name: Piece.nullable().describe('the signatory as printed'),
  party: TextValue.nullable().describe('the party the signature is for'),
  text: z.string(),
  spans: Spans,
});
export type Signature = z.infer<typeof Signature>;

export const RemovedReason = z.enum([
  'page-number',
  'running-header',
  'separator',
  'aggregator-header',
  'site-navigation',
  'related-article',
  'html-markup',
]);
export type RemovedReason = z.infer<typeof RemovedReason>;

export const Removed = Piece.extend({ reason: RemovedReason });
export type Removed = z.infer<typeof Removed>;

export const IngestWarning = z.object({
  code: IngestWarningCode,
  message: z.string(),
  spans: z.array(Span),
});
export type IngestWarning = z.infer<typeof IngestWarning>;

/**
 * The same treaty in another language within the same file (a translation printed after the text,
 * or the second column of a bilingual edition): kept whole and apart, never read as recitals or
 * signatures of the first.
 */
export const Expression = z.object({
  language: z.string().describe('ISO 639-1 code, or "und" when not recognised'),
  title: Piece.nullable(),
  preamble: Preamble.nullable(),
  divisions: z.array(Division),
  articles: z.array(Article),
  closing: Closing.nullable(),
  signatures: z.array(Signature),
  text: z.string().describe('the whole expression, whitespace-normalised'),
  spans: Spans,
});
export type Expression = z.infer<typeof Expression>;

export const StructuredDocument = z.object({
  kind: DocumentKind,
  source: SourceInfo,
  language: z.string().nullable().describe('ISO 639-1 code of the main text, when recognised'),
  title: Piece.nullable(),
  metadata: Metadata,
  metadataLines: z.array(MetadataLine),
  preamble: Preamble.nullable(),
  divisions: z.array(Division).describe('parts, chapters, sections, annexes… in document order'),
  articles: z.array(Article),
  paragraphs: z.array(DocumentParagraph).describe('the text of a document without articles, e.g. a news report'),
  footnotes: z.array(Footnote),
  closing: Closing.nullable(),
  signatures: z.array(Signature),
  otherExpressions: z.array(Expression).describe('the same treaty in other languages, in the order printed'),
  removed: z.array(Removed).describe('boilerplate left out of the text, with the reason'),
  warnings: z.array(IngestWarning),
});
export type StructuredDocument = z.infer<typeof StructuredDocument>;

/** The published JSON Schema of the structured document (draft 2020-12). */
export function structuredDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(StructuredDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

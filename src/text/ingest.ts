/**
 * Ingest: a raw document (UN Treaty Series record, news page, plain treaty text) becomes a structured
 * document whose every piece keeps its spans in the raw text. The steps, each in its own file:
 * decode (bytes → checked text) · lines (markup and footnote markers) · layout (page furniture,
 * footnotes, sentences rejoined across page breaks) · detect (the kind) · unts / news / treaty (the
 * parts) · footnotes (anchors and placement). No file I/O here: callers hand over the bytes.
 */
import { inSchemaOrder, type IngestWarning, StructuredDocument } from '../model/index.js';
import { decodeInput } from './decode.js';
import { detectKind } from './detect.js';
import { attachFootnotes, entryIntoForceOf } from './footnotes.js';
import { layout } from './layout.js';
import { splitLines } from './lines.js';
import { parseNews } from './news.js';
import { readTreatyText } from './plain.js';
import { parseUntsFront } from './unts.js';
import { markdownFrame } from './markdown.js';
import type { StateNames } from './state-names.js';
import { limitWarnings } from './warnings.js';

type Parsed = Omit<StructuredDocument, 'kind' | 'source' | 'warnings' | 'footnotes'>;

function emptyParts(): Parsed {
  return {
    language: null,
    title: null,
    metadata: {},
    metadataLines: [],
    preamble: null,
    divisions: [],
    articles: [],
    paragraphs: [],
    closing: null,
    signatures: [],
    otherExpressions: [],
    removed: [],
  };
}

function byPosition<T extends { spans: { start: number }[] }>(a: T, b: T): number {
  return (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0);
}

/**
 * Ingests one document. Throws InputError (from model/diagnostic) for input that is not a text
 * document at all: too large, empty, binary, not UTF-8. Anything that decodes is ingested, with
 * warnings where its structure was not recognised.
 */
export interface IngestOptions {
  /** States the caller knows (codes with their names), to give the parties the text names their codes. */
  states?: StateNames;
}

export function ingest(bytes: Uint8Array | string, fileName: string, options: IngestOptions = {}): StructuredDocument {
  const { text: raw, source } = decodeInput(bytes, fileName);
  const frame = markdownFrame(raw, splitLines(raw));
  const page = layout(raw, frame.lines);
  const kind = detectKind(page.flow);
  const warnings: IngestWarning[] = [];
  let parts = emptyParts();
  if (kind === 'unts-record') {
    const front = parseUntsFront(raw, page.flow, warnings);
    parts = { ...parts, title: front.title, metadata: front.metadata, metadataLines: front.metadataLines };
    const text = readTreatyText(
      raw,
      page.flow.slice(front.bodyStart),
      { withTitle: !front.hasHeading, metadata: front.metadata, states: options.states },
      warnings,
    );
    parts = { ...parts, ...text, metadataLines: [...parts.metadataLines, ...(text.metadataLines ?? [])] };
  } else if (kind === 'news-report') {
    const news = parseNews(raw, page.flow, warnings);
    parts = { ...parts, ...news };
  } else {
    parts = {
      ...parts,
      ...readTreatyText(raw, page.flow, { withTitle: true, metadata: {}, givenTitle: frame.title, states: options.states }, warnings),
    };
  }
  parts.removed = [...parts.removed, ...frame.removed, ...page.removed].sort(byPosition);
  parts.metadataLines = [...parts.metadataLines, ...frame.metadataLines, ...page.metadataLines].sort(byPosition);
  const footnotes = attachFootnotes(raw, parts, page.flow, page.footnotes, warnings, frame.markers);
  const entryIntoForce = entryIntoForceOf(raw, footnotes);
  if (entryIntoForce) parts.metadata = { ...parts.metadata, entryIntoForce };
  // Keys in the schema's order (stable JSON). Not a full parse: the result's validity is the ingester's
  // guarantee, checked against the schema by the tests (every corpus and fuzz document is parsed),
  // and a parse here was a second deep walk with every check, a quarter of the time on large inputs.
  return inSchemaOrder(StructuredDocument, { kind, source, ...parts, footnotes, warnings: limitWarnings(warnings) });
}

/**
 * Ingest: a raw document (UN Treaty Series record, news page, plain treaty text) becomes a structured
 * document whose every piece keeps its spans in the raw text. The steps, each in its own file:
 * decode (bytes → checked text) · lines (markup and footnote markers) · layout (page furniture,
 * footnotes, sentences rejoined across page breaks) · detect (the kind) · unts / news / treaty (the
 * parts) · footnotes (anchors and placement). No file I/O here: callers hand over the bytes.
 */
import { StructuredDocument, type DocumentParagraph, type IngestWarning, type Metadata } from '../model/document.js';
import { pieceOf, segmentsOfLines } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { decodeInput } from './decode.js';
import { detectKind } from './detect.js';
import { attachFootnotes, entryIntoForceOf } from './footnotes.js';
import { layout, type FlowLine } from './layout.js';
import { splitLines } from './lines.js';
import { parseNews } from './news.js';
import { parseTreaty } from './treaty.js';
import { parseUntsFront } from './unts.js';

export { MAX_INPUT_BYTES } from './limits.js';
export { tooLargeError } from './decode.js';
export { leafPieces } from './pieces.js';
export { textOfSpans } from './spans.js';

type Parsed = Omit<StructuredDocument, 'kind' | 'source' | 'warnings' | 'footnotes'>;

function emptyParts(): Parsed {
  return { title: null, metadata: {}, metadataLines: [], preamble: null, articles: [], paragraphs: [], closing: null, signatures: [], removed: [] };
}

/** Every block as an unnumbered paragraph: the reading of a text without recognisable structure. */
function plainParagraphs(raw: string, flow: readonly FlowLine[]): DocumentParagraph[] {
  return blocksOfFlow(flow)
    .map((block) => pieceOf(raw, segmentsOfLines(block.map((f) => f.line))))
    .filter((piece) => piece !== null)
    .map((piece) => ({ role: 'body' as const, ...piece }));
}

function treatyParts(raw: string, flow: readonly FlowLine[], withTitle: boolean, metadata: Metadata, warnings: IngestWarning[]): Partial<Parsed> {
  const parts = parseTreaty(raw, flow, { withTitle, parties: metadata.parties ?? [] }, warnings);
  if (!parts) {
    const paragraphs = plainParagraphs(raw, flow);
    warnings.push({
      code: 'no-structure',
      message: `no recognisable structure: no article headings${withTitle ? ', no UN Treaty Series registration marks, no news dateline' : ''}; the text is kept as ${paragraphs.length} unnumbered paragraph${paragraphs.length === 1 ? '' : 's'}`,
      spans: [],
    });
    return { paragraphs };
  }
  const signature = parts.closing && !metadata.signature ? { ...(parts.closing.place ? { place: parts.closing.place } : {}), ...(parts.closing.date ? { date: parts.closing.date } : {}) } : null;
  return {
    ...(withTitle ? { title: parts.title } : {}),
    metadata: {
      ...metadata,
      ...(!metadata.parties && parts.titleParties.length > 0 ? { parties: parts.titleParties } : {}),
      ...(signature && Object.keys(signature).length > 0 ? { signature } : {}),
    },
    preamble: parts.preamble,
    articles: parts.articles,
    closing: parts.closing,
    signatures: parts.signatures,
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
export function ingest(bytes: Uint8Array | string, fileName: string): StructuredDocument {
  const { text: raw, source } = decodeInput(bytes, fileName);
  const lines = splitLines(raw);
  const page = layout(raw, lines);
  const kind = detectKind(page.flow);
  const warnings: IngestWarning[] = [];
  let parts = emptyParts();
  if (kind === 'unts-record') {
    const front = parseUntsFront(raw, page.flow, warnings);
    parts = { ...parts, title: front.title, metadata: front.metadata, metadataLines: front.metadataLines };
    parts = { ...parts, ...treatyParts(raw, page.flow.slice(front.bodyStart), !front.hasHeading, front.metadata, warnings) };
  } else if (kind === 'news-report') {
    const news = parseNews(raw, page.flow, warnings);
    parts = { ...parts, ...news };
  } else {
    parts = { ...parts, ...treatyParts(raw, page.flow, true, {}, warnings) };
  }
  parts.removed = [...parts.removed, ...page.removed].sort(byPosition);
  parts.metadataLines = [...parts.metadataLines].sort(byPosition);
  const footnotes = attachFootnotes(raw, parts, page.flow, page.footnotes, warnings);
  const entryIntoForce = entryIntoForceOf(raw, footnotes);
  if (entryIntoForce) parts.metadata = { ...parts.metadata, entryIntoForce };
  // Parsing through the schema checks the result and fixes the key order of every object.
  return StructuredDocument.parse({ kind, source, ...parts, footnotes, warnings });
}

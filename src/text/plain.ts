/**
 * The text of a treaty (a plain treaty text, or what follows a UNTS record's front matter): its parts
 * when it has articles, and otherwise its blocks as unnumbered paragraphs with a `no-structure`
 * warning. Metadata the front matter did not give is taken from the text: parties from a title
 * "… between X and Y …", place and date of signature from the closing formula.
 */
import type { Closing, DocumentParagraph, IngestWarning, Metadata, StructuredDocument } from '../model/index.js';
import { pieceOf, segmentsOfLines } from './build.js';
import { blocksOfFlow } from './blocks.js';
import type { FlowLine } from './layout.js';
import { parseTreaty } from './treaty.js';

type TreatyText = Partial<
  Pick<StructuredDocument, 'title' | 'metadata' | 'preamble' | 'articles' | 'paragraphs' | 'closing' | 'signatures'>
>;

/** Every block as an unnumbered paragraph: the reading of a text without recognisable structure. */
function plainParagraphs(raw: string, flow: readonly FlowLine[]): DocumentParagraph[] {
  return blocksOfFlow(flow)
    .map((block) => pieceOf(raw, segmentsOfLines(block.map((f) => f.line))))
    .filter((piece) => piece !== null)
    .map((piece) => ({ role: 'body' as const, text: piece.text, spans: piece.spans }));
}

function signatureOfClosing(closing: Closing | null): Metadata['signature'] {
  if (!closing || (!closing.place && !closing.date)) return undefined;
  return { ...(closing.place ? { place: closing.place } : {}), ...(closing.date ? { date: closing.date } : {}) };
}

export function readTreatyText(
  raw: string,
  flow: readonly FlowLine[],
  withTitle: boolean,
  metadata: Metadata,
  warnings: IngestWarning[],
): TreatyText {
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
  const parties = metadata.parties ?? (parts.titleParties.length > 0 ? parts.titleParties : undefined);
  const signature = metadata.signature ?? signatureOfClosing(parts.closing);
  return {
    ...(withTitle ? { title: parts.title } : {}),
    metadata: { ...metadata, ...(parties ? { parties } : {}), ...(signature ? { signature } : {}) },
    preamble: parts.preamble,
    articles: parts.articles,
    closing: parts.closing,
    signatures: parts.signatures,
  };
}

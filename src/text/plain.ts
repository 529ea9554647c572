/**
 * The text of a treaty (a plain treaty text, or what follows a UNTS record's front matter): its parts
 * when it has articles, and otherwise its blocks as unnumbered paragraphs with a `no-structure`
 * warning. A file holding the treaty in two languages gives the first as the document and each further
 * one as another expression. Metadata the front matter did not give is taken from the text: parties
 * from the title ("… between X and Y …") or the preamble's opening, named by their codes when the
 * caller's state list knows them; place and date of signature from the closing formula.
 */
import type {
  Closing,
  DocumentParagraph,
  Expression,
  IngestWarning,
  Metadata,
  MetadataLine,
  Piece,
  StructuredDocument,
} from '../model/index.js';
import { pieceOf, segmentsOfLines } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { expressionStarts } from './expressions.js';
import { guessLanguage } from './language.js';
import type { FlowLine } from './layout.js';
import { withStateCodes, type StateNames } from './state-names.js';
import { parseTreaty } from './treaty.js';

type TreatyText = Partial<
  Pick<
    StructuredDocument,
    | 'language'
    | 'title'
    | 'metadata'
    | 'metadataLines'
    | 'preamble'
    | 'divisions'
    | 'articles'
    | 'paragraphs'
    | 'closing'
    | 'signatures'
    | 'otherExpressions'
  >
>;

export interface TreatyTextOptions {
  withTitle: boolean;
  metadata: Metadata;
  /** A title given outside the text (a Markdown file's front matter): the line and its value. */
  givenTitle?: { line: Piece; value: Piece } | null;
  states?: StateNames;
}

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

/** Another expression of the treaty: flow[from, to) parsed as a treaty of its own. */
function otherExpression(raw: string, flow: readonly FlowLine[], warnings: IngestWarning[]): Expression | null {
  const whole = pieceOf(raw, segmentsOfLines(flow.map((f) => f.line)));
  const parts = parseTreaty(raw, flow, { withTitle: true, parties: [] }, warnings);
  if (!whole || !parts) return null;
  return {
    language: parts.language,
    title: parts.title,
    preamble: parts.preamble,
    divisions: parts.divisions,
    articles: parts.articles,
    closing: parts.closing,
    signatures: parts.signatures,
    text: whole.text,
    spans: whole.spans,
  };
}

export function readTreatyText(raw: string, flow: readonly FlowLine[], options: TreatyTextOptions, warnings: IngestWarning[]): TreatyText {
  const { withTitle, metadata } = options;
  const starts = expressionStarts(flow);
  const own = starts.length > 0 ? flow.slice(0, starts[0]) : flow;
  const given = options.givenTitle ?? null;
  const parts = parseTreaty(
    raw,
    own,
    { withTitle, parties: metadata.parties ?? [], states: options.states, givenTitle: given?.value ?? null },
    warnings,
  );
  if (!parts) {
    const paragraphs = plainParagraphs(raw, flow);
    warnings.push({
      code: 'no-structure',
      message: `no recognisable structure: no article headings${withTitle ? ', no UN Treaty Series registration marks, no news dateline' : ''}; the text is kept as ${paragraphs.length} unnumbered paragraph${paragraphs.length === 1 ? '' : 's'}`,
      spans: [],
    });
    const titleLine: MetadataLine[] = given ? [{ role: 'title', ...given.line }] : [];
    const language = guessLanguage(
      paragraphs
        .slice(0, 12)
        .map((p) => p.text)
        .join(' '),
    );
    return { paragraphs, metadataLines: titleLine, language: language === 'und' ? null : language };
  }
  const otherExpressions: Expression[] = [];
  starts.forEach((start, i) => {
    const expression = otherExpression(raw, flow.slice(start, starts[i + 1] ?? flow.length), warnings);
    if (expression) otherExpressions.push(expression);
  });
  // The text's own title wins; a title given outside it (front matter) is then kept as a metadata line.
  const title = withTitle ? (parts.title ?? given?.value ?? null) : null;
  const metadataLines = [...parts.metadataLines];
  if (given && title !== given.value) metadataLines.push({ role: 'title', ...given.line });
  const named = metadata.parties ?? parts.titleParties;
  const parties = withStateCodes(named, options.states);
  const signature = metadata.signature ?? signatureOfClosing(parts.closing);
  return {
    language: parts.language === 'und' ? null : parts.language,
    ...(withTitle ? { title } : {}),
    metadata: { ...metadata, ...(parties.length > 0 ? { parties } : {}), ...(signature ? { signature } : {}) },
    metadataLines,
    preamble: parts.preamble,
    divisions: parts.divisions,
    articles: parts.articles,
    closing: parts.closing,
    signatures: parts.signatures,
    otherExpressions,
  };
}

/**
 * A treaty's text in its usual order: [title] preamble, articles, closing formula, signatures. Used
 * for plain treaty texts (with the title) and for the text part of a UNTS record (whose title is read
 * from the record's own heading).
 */
import {
  type Article,
  type Closing,
  type Division,
  type IngestWarning,
  isAttachmentKind,
  type MetadataLine,
  type Piece,
  type Preamble,
  type Signature,
  type TextValue,
} from '../model/index.js';
import { pieceOf } from './build.js';
import { languageAt } from './expressions.js';
import { partiesOfPreamble, type StateNames } from './state-names.js';
import { isPreambleHeading, parseTitle, partiesOfTitle } from './title.js';
import { blocksOfFlow } from './blocks.js';
import { firstArticleStart } from './articles.js';
import { checkBodySequence, isDivisionStart, parseBody, type Body } from './body.js';
import { parseClosing, parseSignatures } from './closing.js';
import type { FlowLine } from './layout.js';
import { parsePreamble } from './preamble.js';
import { isCaptionLine, isClosingStart } from './patterns.js';
import { opensClosing } from './closing-formulas.js';

export interface TreatyParts {
  /** ISO 639-1 code of the text, from its first article on ("und" when not recognised). */
  language: string;
  title: Piece | null;
  /** Titles in other languages and datelines printed with the title. */
  metadataLines: MetadataLine[];
  /** Parties named by a title of the form "… between X and Y …", or else by the preamble's opening. */
  titleParties: TextValue[];
  preamble: Preamble | null;
  divisions: Division[];
  articles: Article[];
  closing: Closing | null;
  signatures: Signature[];
}

/** The parts of a treaty text, or null when it has no article to anchor them. */
export function parseTreaty(
  raw: string,
  flow: readonly FlowLine[],
  options: {
    withTitle: boolean;
    parties: readonly TextValue[];
    states?: StateNames;
    /** A title given outside the text (a Markdown file's front matter): the title when the text has none. */
    givenTitle?: Piece | null;
  },
  warnings: IngestWarning[],
): TreatyParts | null {
  const firstArticle = firstArticleStart(flow);
  if (firstArticle < 0) return null;
  const language = languageAt(flow, firstArticle);
  let preambleStart = 0;
  let title: Piece | null = null;
  let titleParties: TextValue[] = [];
  let metadataLines: MetadataLine[] = [];
  let preambleHeading: Piece | null = null;
  if (options.withTitle) {
    const parts = parseTitle(raw, flow.slice(0, firstArticle), language);
    ({ title, metadataLines, preambleHeading } = parts);
    preambleStart = parts.consumed;
    if (title) titleParties = partiesOfTitle(raw, title, options.states);
  } else if (flow[0] && isPreambleHeading(flow[0].line.text)) {
    preambleHeading = pieceOf(raw, flow[0].line.segments);
    preambleStart = 1;
  }
  let parties = options.parties.length > 0 ? options.parties : titleParties;
  // A part, chapter or section heading before the first article ends the preamble.
  let bodyStart = firstArticle;
  for (let i = preambleStart; i < firstArticle; i++) {
    const division = isDivisionStart(flow, i);
    if (division && !isAttachmentKind(division.kind)) {
      bodyStart = i;
      break;
    }
  }
  let parsedPreamble = parsePreamble(raw, flow.slice(preambleStart, bodyStart), parties);
  if (parties.length === 0) {
    // No parties from outside or from the title: those the preamble's opening names, else those of a
    // title given outside the text (front matter).
    let named = partiesOfPreamble(raw, parsedPreamble, options.states);
    if (named.length === 0 && options.givenTitle) named = partiesOfTitle(raw, options.givenTitle, options.states);
    if (named.length > 0) {
      titleParties = named;
      parties = named;
      parsedPreamble = parsePreamble(raw, flow.slice(preambleStart, bodyStart), parties);
    }
  }
  const preamble =
    preambleHeading === null
      ? parsedPreamble
      : { ...(parsedPreamble ?? { parties: null, recitals: [], plenipotentiaries: [], agreement: null }), heading: preambleHeading };
  let closingStart = flow.length;
  for (let i = firstArticle + 1; i < flow.length; i++) {
    if (opensClosing(flow[i]!.line.text, flow[i]!.newBlock, flow[i - 1]?.line.text)) {
      closingStart = i;
      break;
    }
  }
  let closingEnd = closingStart;
  for (const block of blocksOfFlow(flow.slice(closingStart))) {
    if (!isClosingStart(block[0]!.line.text)) break;
    // Signatures set right under the closing without a blank line start at their first caption.
    const caption = block.findIndex((f, k) => k > 0 && isCaptionLine(f.line.text));
    if (caption > 0) {
      closingEnd += caption;
      break;
    }
    closingEnd += block.length;
  }
  // Annexes and protocols printed after the signatures, with their own articles.
  let attachmentsStart = flow.length;
  for (let i = closingEnd; i < flow.length; i++) {
    const division = isDivisionStart(flow, i);
    if (division && isAttachmentKind(division.kind) && flow[i]!.newBlock) {
      attachmentsStart = i;
      break;
    }
  }
  const body: Body = { divisions: [], articles: [] };
  parseBody(raw, flow, bodyStart, closingStart, body, warnings);
  const closing = parseClosing(raw, flow.slice(closingStart, closingEnd), warnings);
  const signatures = parseSignatures(raw, flow.slice(closingEnd, attachmentsStart), parties);
  parseBody(raw, flow, attachmentsStart, flow.length, body, warnings);
  checkBodySequence(body, warnings);
  return {
    language,
    title,
    titleParties,
    metadataLines,
    preamble,
    divisions: body.divisions,
    articles: body.articles,
    closing,
    signatures,
  };
}

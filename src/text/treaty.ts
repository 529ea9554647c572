/**
 * A treaty's text in its usual order: [title] preamble, articles, closing formula, signatures. Used
 * for plain treaty texts (with the title) and for the text part of a UNTS record (whose title is read
 * from the record's own heading).
 */
import type { Article, Closing, IngestWarning, Piece, Preamble, Signature, TextValue } from '../model/index.js';
import { mapPiece, pieceOf, segmentsOfLines, textValue } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { isArticleStart, parseArticles } from './articles.js';
import { parseClosing, parseSignatures } from './closing.js';
import type { FlowLine } from './layout.js';
import { parsePreamble } from './preamble.js';
import { isClosingStart, paragraphLabel } from './patterns.js';

export interface TreatyParts {
  title: Piece | null;
  /** Parties named by a title of the form "… between X and Y …". */
  titleParties: TextValue[];
  preamble: Preamble | null;
  articles: Article[];
  closing: Closing | null;
  signatures: Signature[];
}

const MAX_TITLE_BLOCKS = 3;

/** A title block: no clause punctuation at its end, in capitals or without a final stop. */
function isTitleBlock(text: string): boolean {
  if (/[,;:]$/.test(text) || paragraphLabel(text) || text.length > 400) return false;
  return !/\p{Ll}/u.test(text) || !text.endsWith('.');
}

const BETWEEN = /\bbetween (.{3,300}?)(?: on | concerning | regarding | relating to | for the | with respect to |\. |$)/i;

/** "AGREEMENT BETWEEN THE REPUBLIC OF A AND THE KINGDOM OF B ON …" → the two parties. */
function partiesOfTitle(raw: string, title: Piece): TextValue[] {
  const mapped = mapPiece(raw, title);
  const match = BETWEEN.exec(mapped.text);
  if (!match) return [];
  const listStart = match.index + match[0].indexOf(match[1]!);
  const list = match[1]!.replace(/[.\s]+$/, '');
  // "… AND THE …" separates parties even when a name has an "and" of its own.
  const separator = / and the /i.test(list) ? / and the /gi : / and /gi;
  const names: { from: number; to: number }[] = [];
  let cursor = 0;
  for (const sep of list.matchAll(separator)) {
    names.push({ from: cursor, to: sep.index });
    cursor = sep.index + sep[0].length - (/the $/i.test(sep[0]) ? 4 : 0);
  }
  names.push({ from: cursor, to: list.length });
  if (names.length < 2) return [];
  return names
    .map(({ from, to }) => {
      const leadingThe = /^the /i.test(list.slice(from, to)) ? 4 : 0;
      return textValue(raw, mapped, listStart + from + leadingThe, listStart + to);
    })
    .filter((value): value is TextValue => value !== null);
}

/** The parts of a treaty text, or null when it has no article to anchor them. */
export function parseTreaty(
  raw: string,
  flow: readonly FlowLine[],
  options: { withTitle: boolean; parties: readonly TextValue[] },
  warnings: IngestWarning[],
): TreatyParts | null {
  const firstArticle = flow.findIndex((_, i) => isArticleStart(flow, i));
  if (firstArticle < 0) return null;
  let preambleStart = 0;
  let title: Piece | null = null;
  let titleParties: TextValue[] = [];
  if (options.withTitle) {
    const blocks = blocksOfFlow(flow.slice(0, firstArticle));
    const titleBlocks: FlowLine[][] = [];
    for (const block of blocks.slice(0, MAX_TITLE_BLOCKS)) {
      const piece = pieceOf(raw, segmentsOfLines(block.map((f) => f.line)));
      if (!piece || !isTitleBlock(piece.text)) break;
      titleBlocks.push(block);
    }
    title = pieceOf(raw, segmentsOfLines(titleBlocks.flat().map((f) => f.line)));
    preambleStart = titleBlocks.flat().length;
    if (title) titleParties = partiesOfTitle(raw, title);
  }
  const parties = options.parties.length > 0 ? options.parties : titleParties;
  const preamble = parsePreamble(raw, flow.slice(preambleStart, firstArticle), parties);
  let closingStart = flow.length;
  for (let i = firstArticle + 1; i < flow.length; i++) {
    if (flow[i]!.newBlock && isClosingStart(flow[i]!.line.text)) {
      closingStart = i;
      break;
    }
  }
  let closingEnd = closingStart;
  for (const block of blocksOfFlow(flow.slice(closingStart))) {
    if (!isClosingStart(block[0]!.line.text)) break;
    closingEnd += block.length;
  }
  return {
    title,
    titleParties,
    preamble,
    articles: parseArticles(raw, flow, firstArticle, closingStart, warnings),
    closing: parseClosing(raw, flow.slice(closingStart, closingEnd)),
    signatures: parseSignatures(raw, flow.slice(closingEnd), parties),
  };
}

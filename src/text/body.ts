/**
 * The body of a treaty between its preamble and its closing (or an attachment after the signatures):
 * division headings open divisions (nested by rank, see divisions.ts), articles go into the innermost
 * open division, and text of a division that stands before its first article (an annex written as
 * paragraphs, an introductory sentence) is kept as the division's paragraphs.
 */
import type { Article, Division, IngestWarning, Piece } from '../model/index.js';
import { pieceIn, pieceOf, segmentsOfLines } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { checkSequence, isArticleStart, lineHeading, parseArticles } from './articles.js';
import { divisionHeading, divisionRank, type DivisionHeading } from './divisions.js';
import type { FlowLine } from './layout.js';
import { mapLine } from './lines.js';
import { looksLikeHeading } from './patterns.js';

/** Whether flow[i] opens a division: a division heading at a paragraph break or after a finished line. */
export function isDivisionStart(flow: readonly FlowLine[], i: number): DivisionHeading | null {
  const current = flow[i];
  if (!current || lineHeading(current.line)) return null;
  const heading = divisionHeading(current.line.text);
  if (!heading) return null;
  const previous = flow[i - 1];
  const afterBreak =
    current.newBlock ||
    !previous ||
    /[.:;]$/.test(previous.line.text) ||
    divisionHeading(previous.line.text) !== null ||
    lineHeading(previous.line) !== null;
  return afterBreak ? heading : null;
}

/** A heading on the line after a bare division label: short, heading-like, ending its block. */
function headingOnNextLine(flow: readonly FlowLine[], i: number, end: number): boolean {
  const next = flow[i + 1];
  if (!next || i + 1 >= end || isArticleStart(flow, i + 1) || isDivisionStart(flow, i + 1)) return false;
  const text = next.line.text;
  if (!looksLikeHeading(text) && !(text.length <= 120 && !/\p{Ll}/u.test(text))) return false;
  const after = flow[i + 2];
  return i + 2 >= end || !after || after.newBlock || isArticleStart(flow, i + 2) || isDivisionStart(flow, i + 2) !== null;
}

export interface Body {
  divisions: Division[];
  articles: Article[];
}

/**
 * Parses flow[start, end) into divisions and articles, appending to `into` (whose division indexes
 * the articles use). flow[start] opens an article or a division (treaty.ts starts a body at the first
 * of them, and attachments at their heading), so every text before an article has a division to hold it.
 */
export function parseBody(raw: string, flow: readonly FlowLine[], start: number, end: number, into: Body, warnings: IngestWarning[]): void {
  const open: number[] = [];
  const current = (): number | null => (open.length > 0 ? open[open.length - 1]! : null);
  const flush = (from: number, to: number): void => {
    let firstArticle = from;
    while (firstArticle < to && !isArticleStart(flow, firstArticle)) firstArticle++;
    const holder = current();
    if (holder !== null) {
      for (const block of blocksOfFlow(flow.slice(from, firstArticle))) {
        const piece = pieceOf(raw, segmentsOfLines(block.map((f) => f.line)));
        if (piece) into.divisions[holder]!.paragraphs.push(piece);
      }
    }
    if (firstArticle >= to) return;
    for (const article of parseArticles(raw, flow, firstArticle, to, warnings)) into.articles.push({ ...article, division: holder });
  };
  let runStart = start;
  for (let i = start; i < end; i++) {
    const heading = isDivisionStart(flow, i);
    if (!heading) continue;
    flush(runStart, i);
    const line = flow[i]!.line;
    const mapped = mapLine(raw, line);
    const label = pieceIn(raw, mapped, 0, heading.labelEnd)!;
    let headingPiece: Piece | null = heading.restStart !== null ? pieceIn(raw, mapped, heading.restStart, mapped.text.length) : null;
    let next = i + 1;
    if (heading.restStart === null && headingOnNextLine(flow, i, end)) {
      headingPiece = pieceOf(raw, flow[i + 1]!.line.segments);
      next = i + 2;
    }
    const rank = divisionRank(heading.kind);
    while (open.length > 0 && divisionRank(into.divisions[open[open.length - 1]!]!.kind) >= rank) open.pop();
    const parent = current();
    into.divisions.push({
      kind: heading.kind,
      number: heading.number,
      label,
      heading: headingPiece,
      parent,
      level: open.length + 1,
      paragraphs: [],
    });
    open.push(into.divisions.length - 1);
    runStart = next;
    i = next - 1;
  }
  flush(runStart, end);
}

/** The body's articles checked for their sequence once, across divisions (where numbering may restart). */
export function checkBodySequence(body: Body, warnings: IngestWarning[]): void {
  checkSequence(body.articles, warnings);
}

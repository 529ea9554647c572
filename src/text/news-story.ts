/**
 * The story of a news report: its paragraphs from the dateline to the wire's end mark ("-0-", "-30-",
 * "###", "(END)"), which belongs to no paragraph; without an end mark, to the first line of page
 * furniture (a source line, navigation, a bare date, a headline repeated).
 */
import type { DocumentParagraph, Piece } from '../model/index.js';
import { pieceIn, pieceOf, segmentsOfLines } from './build.js';
import type { FlowLine } from './layout.js';
import { mapLine } from './lines.js';
import { isTrailerStart } from './news-trailer.js';

const END_MARK = /(?:^|\s)(-0-|-30-|###|\(END\))$/;

export interface Story {
  paragraphs: DocumentParagraph[];
  endMark: Piece | null;
  /** The blocks after the story. */
  rest: FlowLine[][];
}

/** The story in `blocks` (the first opens with the dateline; its words start at leadFrom). */
export function readStory(raw: string, blocks: readonly FlowLine[][], leadFrom: number): Story {
  let lastBlock = blocks.length - 1;
  let endMark: { from: number; piece: Piece } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const lastLine = block[block.length - 1]!.line;
    const mark = END_MARK.exec(lastLine.text);
    if (mark) {
      const mapped = mapLine(raw, lastLine);
      const markStart = mark.index + mark[0].length - mark[1]!.length;
      endMark = { from: mapped.origin[markStart]!, piece: pieceIn(raw, mapped, markStart, mapped.text.length)! };
      lastBlock = b;
      break;
    }
    if (b > 0 && isTrailerStart(block[0]!.line.text, blocks[b + 1]?.[0]?.line.text)) {
      lastBlock = b - 1;
      break;
    }
  }
  const paragraphs: DocumentParagraph[] = [];
  blocks.slice(0, lastBlock + 1).forEach((block, b) => {
    const from = b === 0 ? leadFrom : 0;
    const to = b === lastBlock && endMark ? endMark.from : Infinity;
    const piece = pieceOf(
      raw,
      segmentsOfLines(
        block.map((f) => f.line),
        from,
        to,
      ),
    );
    if (piece) paragraphs.push({ role: paragraphs.length === 0 ? 'lead' : 'body', text: piece.text, spans: piece.spans });
  });
  return { paragraphs, endMark: endMark?.piece ?? null, rest: blocks.slice(lastBlock + 1) };
}

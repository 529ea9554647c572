/**
 * The page layout pass: separates what the printed page put around the text from the text itself.
 *
 * Lines are grouped into blocks (runs of non-blank lines). Page furniture blocks (a page number, a
 * UNTS running header), Markdown rules and footnote blocks are taken out of the flow; footnotes are
 * kept with where they stand. When furniture or a footnote stands between two blocks of text and the
 * first breaks off mid-sentence (it ends with a letter or digit, or the second goes on in lower case),
 * the second block continues the first: that is how a page break splits a sentence, and the sentence
 * is rejoined, keeping both spans. A blank line holding a form feed counts as such a page break.
 */
import type { MetadataLine, Removed, Span } from '../model/index.js';
import type { InlineMarker, Line } from './lines.js';
import { pieceOf } from './build.js';
import { isPageNumber, isRunningHeader, opensUnit } from './patterns.js';

export interface FlowLine {
  line: Line;
  /** True when a paragraph break comes before this line (a blank line, or the start). */
  newBlock: boolean;
}

export interface FootnoteDraft {
  label: string;
  /** The footnote's own marker at its start. */
  marker: Span;
  /** The footnote's text segments. */
  segments: Span[];
  /** Where the whole footnote (marker and text) stands. */
  placement: Span;
  /** When the footnote stands inside a rejoined sentence: the lines on either side of it. */
  between: { before: Line; after: Line } | null;
}

export interface Layout {
  flow: FlowLine[];
  footnotes: FootnoteDraft[];
  removed: Removed[];
  /** The editors' source reference after their notes ("[NAA : A1838, TS686/1, ii]"): `source-line`. */
  metadataLines: MetadataLine[];
}

/**
 * A line that is a reference in square brackets, as editions print the archive's reference of a
 * document after its notes. Only right after footnotes is it read so: elsewhere brackets are text.
 */
const BRACKETED_REFERENCE = /^\[[^[\]]{1,200}\]$/;

function leadingMarker(line: Line): InlineMarker | null {
  const first = line.markers[0];
  return first && first.span.start === line.content.start ? first : null;
}

/** Blocks of non-blank lines; a separator line is a block of its own. */
function blocksOf(lines: readonly Line[]): { lines: Line[]; pageBreakBefore: boolean }[] {
  const blocks: { lines: Line[]; pageBreakBefore: boolean }[] = [];
  let current: Line[] = [];
  let pageBreak = false;
  let pageBreakBeforeCurrent = false;
  const flush = (): void => {
    if (current.length > 0) blocks.push({ lines: current, pageBreakBefore: pageBreakBeforeCurrent });
    current = [];
  };
  for (const line of lines) {
    if (line.blank || line.separator) {
      flush();
      if (line.pageBreak) pageBreak = true;
      if (line.separator) {
        blocks.push({ lines: [line], pageBreakBefore: pageBreak });
        pageBreak = false;
      }
      continue;
    }
    if (current.length === 0) {
      pageBreakBeforeCurrent = pageBreak || line.pageBreak;
      pageBreak = false;
    }
    current.push(line);
  }
  flush();
  return blocks;
}

function footnotesOf(raw: string, lines: readonly Line[]): FootnoteDraft[] {
  const drafts: FootnoteDraft[] = [];
  for (const line of lines) {
    const marker = leadingMarker(line);
    // A Markdown definition "[^1]: text" leaves its colon in the text: not part of the note.
    const segments = line.segments.map((segment, i) =>
      i === 0 && marker && raw[segment.start] === ':' ? { start: segment.start + 1, end: segment.end } : segment,
    );
    const current = drafts[drafts.length - 1];
    if (marker) {
      drafts.push({
        label: marker.label,
        marker: marker.span,
        segments,
        placement: { start: marker.span.start, end: line.content.end },
        between: null,
      });
    } else if (current) {
      for (const segment of segments) current.segments.push(segment);
      current.placement.end = line.content.end;
    }
  }
  return drafts;
}

/** Whether the text after a page break goes on with the sentence before it. */
function continues(before: Line, after: Line): boolean {
  if (opensUnit(before.text) || opensUnit(after.text)) return false;
  if (!/\p{Ll}/u.test(before.text)) return false; // a title or caption in capitals ends there
  if (/[\p{L}\p{N}]$/u.test(before.text)) return true;
  return /[,;–—-]$/.test(before.text) && /^\p{Ll}/u.test(after.text);
}

export function layout(raw: string, lines: readonly Line[]): Layout {
  const flow: FlowLine[] = [];
  const footnotes: FootnoteDraft[] = [];
  const removed: Removed[] = [];
  const metadataLines: MetadataLine[] = [];
  let interrupted = false;
  let footnotesSinceText: FootnoteDraft[] = [];
  const remove = (reason: Removed['reason'], blockLines: readonly Line[]): void => {
    const piece = pieceOf(
      raw,
      blockLines.map((line) => line.content),
    );
    if (piece) removed.push({ reason, text: piece.text, spans: piece.spans });
  };
  for (const block of blocksOf(lines)) {
    const first = block.lines[0]!;
    if (block.pageBreakBefore) interrupted = true;
    if (first.separator) {
      remove('separator', block.lines);
      continue;
    }
    if (block.lines.length === 1 && isPageNumber(first.text)) {
      remove('page-number', block.lines);
      interrupted = true;
      continue;
    }
    if (block.lines.length === 1 && isRunningHeader(first.text)) {
      remove('running-header', block.lines);
      interrupted = true;
      continue;
    }
    if (leadingMarker(first)) {
      // One push per draft, never push(...drafts): a block of 130 000 footnote lines would pass
      // 130 000 arguments and overflow the stack.
      for (const draft of footnotesOf(raw, block.lines)) {
        footnotes.push(draft);
        footnotesSinceText.push(draft);
      }
      interrupted = true;
      continue;
    }
    if (footnotesSinceText.length > 0 && block.lines.length === 1 && BRACKETED_REFERENCE.test(first.text)) {
      const piece = pieceOf(raw, first.segments);
      if (piece) metadataLines.push({ role: 'source-line', ...piece });
      continue;
    }
    const previous = flow[flow.length - 1]?.line;
    const joined = interrupted && previous !== undefined && continues(previous, first);
    if (joined) for (const draft of footnotesSinceText) draft.between = { before: previous, after: first };
    block.lines.forEach((line, i) => flow.push({ line, newBlock: i === 0 && !joined }));
    interrupted = false;
    footnotesSinceText = [];
  }
  return { flow, footnotes, removed, metadataLines };
}

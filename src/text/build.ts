/**
 * Making pieces and values. A piece is made from raw segments (trimmed, merged, text by the one
 * rule of spans.ts); a value is a stretch of a piece's text, mapped back to its own raw spans.
 */
import type { DateValue, NumberValue, Piece, Span, TextValue } from '../model/index.js';
import type { Line } from './lines.js';
import { mapSpans, mergeSpans, spansOf, textOfSpans, type MappedText } from './spans.js';

/** The piece made of these segments, or null when they hold no text. */
export function pieceOf(raw: string, segments: readonly Span[]): Piece | null {
  const spans = mergeSpans(raw, segments);
  if (spans.length === 0) return null;
  return { text: textOfSpans(raw, spans), spans };
}

/** The segments of the lines, cut to the raw range [from, to). */
export function segmentsOfLines(lines: readonly Line[], from = 0, to = Infinity): Span[] {
  const segments: Span[] = [];
  for (const line of lines) {
    for (const segment of line.segments) {
      const start = Math.max(segment.start, from);
      const end = Math.min(segment.end, to);
      // The segment itself when the range does not cut it (spans are never changed in place).
      if (start < end) segments.push(start === segment.start && end === segment.end ? segment : { start, end });
    }
  }
  return segments;
}

/** A piece's text with its map to raw offsets, for finding values inside it. */
export function mapPiece(raw: string, piece: Piece): MappedText {
  return mapSpans(raw, piece.spans);
}

/** The value written at [from, to) of a mapped text (the value defaults to the words themselves). */
export function textValue(raw: string, mapped: MappedText, from: number, to: number, value?: string): TextValue | null {
  const spans = spansOf(mapped, from, to);
  if (spans.length === 0) return null;
  const text = textOfSpans(raw, spans);
  return { value: value ?? text, text, spans };
}

export function dateValue(raw: string, mapped: MappedText, from: number, to: number, value: string, calendar?: 'juche'): DateValue | null {
  const found = textValue(raw, mapped, from, to, value);
  if (!found) return null;
  return calendar ? { ...found, calendar } : found;
}

export function numberValue(raw: string, mapped: MappedText, from: number, to: number, value: number): NumberValue | null {
  const found = textValue(raw, mapped, from, to);
  return found ? { value, text: found.text, spans: found.spans } : null;
}

/** A piece and its spans for a stretch [from, to) of a mapped text. */
export function pieceIn(raw: string, mapped: MappedText, from: number, to: number): Piece | null {
  const spans = spansOf(mapped, from, to);
  return spans.length === 0 ? null : { text: textOfSpans(raw, spans), spans };
}

/** The stretches [from, to) of `text` between the matches of `separator` (a global pattern): the items of a list. */
export function rangesBetween(text: string, separator: RegExp): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  let cursor = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push({ from: cursor, to: match.index });
    cursor = match.index + match[0].length;
  }
  ranges.push({ from: cursor, to: text.length });
  return ranges;
}

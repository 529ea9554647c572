/**
 * Spans and the one rule that turns spans into text.
 *
 * textOfSpans(raw, spans): concatenate the slices, putting one space between two consecutive slices
 * when the raw text between them contains whitespace (so "Far" + footnote + "East" reads "Far East",
 * while "Parties" + "<sup>2</sup>" + ", and" reads "Parties, and"), then collapse every whitespace run
 * (line breaks included) to one space and trim. Every piece's `text` is exactly that; a consumer with
 * the raw text and a piece's spans can always recompute it.
 *
 * MappedText keeps, for each character of such a text, the raw offset it came from, so that a value
 * found in a piece's text (a date, a name) gets exact spans of its own.
 */
import type { Span } from '../model/index.js';

/** Whether a UTF-16 code unit is whitespace in the sense of JavaScript's \s (checked without a regex: this runs per character). */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function gapHasWhitespace(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWhitespaceCode(raw.charCodeAt(i))) return true;
  return false;
}

function gapIsWhitespace(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(raw.charCodeAt(i))) return false;
  return true;
}

/** Whitespace that the text rule rewrites inside a text: any but a lone space. */
const UNNORMALISED = /[^\S ]| {2}/;

/** Whether the text is already what the rule makes of it: no whitespace at its ends, none but lone spaces inside. */
function isNormalised(text: string): boolean {
  if (text.length === 0) return true;
  return !isWhitespaceCode(text.charCodeAt(0)) && !isWhitespaceCode(text.charCodeAt(text.length - 1)) && !UNNORMALISED.test(text);
}

/** The text with every whitespace run collapsed to one space, trimmed (untouched, not copied, when it already is). */
function normalised(text: string): string {
  return isNormalised(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** The documented text of a list of spans (see the module comment). */
export function textOfSpans(raw: string, spans: readonly Span[]): string {
  // One span (most lines and pieces): its slice, often already normalised.
  if (spans.length === 1) return normalised(raw.slice(spans[0]!.start, spans[0]!.end));
  let joined = '';
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (i > 0 && gapHasWhitespace(raw, spans[i - 1]!.end, span.start)) joined += ' ';
    joined += raw.slice(span.start, span.end);
  }
  return normalised(joined);
}

/** The range without whitespace at either end (empty ranges collapse to their start). */
export function trimSpan(raw: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isWhitespaceCode(raw.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(raw.charCodeAt(end - 1))) end--;
  // Spans are never changed in place, so one already trimmed is returned as it is (no copy).
  return start === span.start && end === span.end ? span : { start, end };
}

/**
 * Tidy spans: trim each, drop empty ones, and merge neighbours separated only by whitespace (one
 * span then reads the same as two). The result is what pieces store.
 */
export function mergeSpans(raw: string, segments: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const segment of segments) {
    const trimmed = trimSpan(raw, segment);
    if (trimmed.start === trimmed.end) continue;
    const last = merged[merged.length - 1];
    if (last && last.end <= trimmed.start && gapIsWhitespace(raw, last.end, trimmed.start)) {
      // A new span, never the old one changed: spans are shared between lines and pieces.
      merged[merged.length - 1] = { start: last.start, end: trimmed.end };
    } else {
      merged.push(trimmed);
    }
  }
  return merged;
}

/** Smallest range containing all the spans. */
export function envelope(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/** A normalised text with, for each character, its raw offset and which span it came from. */
export interface MappedText {
  readonly text: string;
  /** Raw offset of each character (for a collapsed whitespace run, its first character). */
  readonly origin: Int32Array;
  /** Index of the span each character came from; -1 for a space put between two spans. */
  readonly segment: Int32Array;
}

/** The text of the spans (exactly textOfSpans) with its map back to raw offsets. */
export function mapSpans(raw: string, spans: readonly Span[]): MappedText {
  // One span already normalised (most lines): the slice, each character at its own offset.
  if (spans.length === 1) {
    const { start, end } = spans[0]!;
    const text = raw.slice(start, end);
    if (isNormalised(text)) {
      const origin = new Int32Array(text.length);
      for (let k = 0; k < origin.length; k++) origin[k] = start + k;
      return { text, origin, segment: new Int32Array(text.length) };
    }
  }
  let capacity = spans.length;
  for (const span of spans) capacity += Math.max(0, span.end - span.start);
  const origin = new Int32Array(capacity);
  const segment = new Int32Array(capacity);
  const parts: string[] = [];
  let length = 0;
  // A whitespace run is written as one space, only once a non-space follows (which also trims).
  let pendingOrigin = -1;
  let pendingSegment = 0;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (index > 0 && length > 0 && pendingOrigin < 0 && gapHasWhitespace(raw, spans[index - 1]!.end, span.start)) {
      pendingOrigin = spans[index - 1]!.end;
      pendingSegment = -1;
    }
    let runStart = -1;
    for (let i = span.start; i < span.end; i++) {
      if (isWhitespaceCode(raw.charCodeAt(i))) {
        if (runStart >= 0) {
          parts.push(raw.slice(runStart, i));
          runStart = -1;
        }
        if (length > 0 && pendingOrigin < 0) {
          pendingOrigin = i;
          pendingSegment = index;
        }
        continue;
      }
      if (pendingOrigin >= 0) {
        parts.push(' ');
        origin[length] = pendingOrigin;
        segment[length] = pendingSegment;
        length++;
        pendingOrigin = -1;
      }
      if (runStart < 0) runStart = i;
      origin[length] = i;
      segment[length] = index;
      length++;
    }
    if (runStart >= 0) parts.push(raw.slice(runStart, span.end));
  }
  return { text: parts.join(''), origin: origin.subarray(0, length), segment: segment.subarray(0, length) };
}

/**
 * Raw spans of the characters [from, to) of a mapped text, spaces at either end left out. A range
 * that crosses from one source span to the next gets one span per source span.
 */
export function spansOf(mapped: MappedText, from: number, to: number): Span[] {
  let start = Math.max(0, from);
  let end = Math.min(mapped.text.length, to);
  while (start < end && mapped.text[start] === ' ') start++;
  while (end > start && mapped.text[end - 1] === ' ') end--;
  const spans: Span[] = [];
  let groupFirst = -1;
  for (let k = start; k <= end; k++) {
    const boundary = k === end || mapped.segment[k] === -1 || (groupFirst >= 0 && mapped.segment[k] !== mapped.segment[groupFirst]);
    if (boundary && groupFirst >= 0) {
      // The group's last character is the one before k that is not a space put between spans.
      let last = k - 1;
      while (last > groupFirst && mapped.text[last] === ' ') last--;
      spans.push({ start: mapped.origin[groupFirst]!, end: mapped.origin[last]! + 1 });
      groupFirst = -1;
    }
    if (k < end && groupFirst < 0 && mapped.segment[k] !== -1) groupFirst = k;
  }
  return spans;
}

/**
 * The source as lines. Each line keeps its raw range and the range of its content: the text without
 * surrounding whitespace and without the Markdown that converters put around whole lines (`#### `,
 * `*…*`, `**…**`, a trailing hard-break backslash). Inline footnote markers (`<sup>1</sup>`, `¹`,
 * `[^1]`) are cut out of the content's segments and kept as markers. Line breaks may be LF, CRLF or
 * CR; they are never part of a line, so offsets always index the raw text as decoded.
 */
import type { Span } from '../model/index.js';
import { mapSpans, textOfSpans, trimSpan, type MappedText } from './spans.js';

export interface InlineMarker {
  /** The marker's label, e.g. "1" (superscript digits are given as ASCII digits). */
  label: string;
  span: Span;
}

export interface Line {
  index: number;
  /** Raw range of the line, without its line break. */
  start: number;
  end: number;
  /** The content's range: markup at the edges and surrounding whitespace left out. */
  content: Span;
  /** The content minus inline markers: the ranges that are text. Empty for a blank line. */
  segments: Span[];
  markers: InlineMarker[];
  /** textOfSpans of the segments: what structural rules look at. */
  text: string;
  /** True when the line has no text (whitespace or markup only). */
  blank: boolean;
  /** True when the line holds a form feed: a page break in text extracted from print. */
  pageBreak: boolean;
  /** True when the line is a horizontal rule (`---`, `***`, `___`, `* * *`). */
  separator: boolean;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Inline footnote markers: HTML superscripts, Unicode superscript digits, Markdown footnote refs.
 * Superscript digits also write units ("km²"), so they count as markers only when some line of the
 * document starts with the same superscript label (a footnote for them to refer to).
 */
const MARKER_PATTERN = /<sup>\s*(\d{1,3}|[*†‡§]{1,3}|[a-z])\s*<\/sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^(\w{1,4})\]/gi;
const SUPERSCRIPT_FOOTNOTE_START = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s/;

function markerLabel(match: RegExpExecArray): string {
  if (match[1] !== undefined) return match[1];
  if (match[2] !== undefined) return [...match[2]].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
  return match[3] ?? '';
}

function isSeparator(raw: string): boolean {
  // Most lines are text: the first non-blank character settles it without building a string.
  const first = raw.trimStart().charCodeAt(0);
  if (first !== 0x2d && first !== 0x2a && first !== 0x5f && first !== 0x3d) return false; // - * _ =
  const compact = raw.replace(/\s/g, '');
  return compact.length >= 3 && /^(?:-+|\*+|_+|=+)$/.test(compact);
}

/** The content range of a raw line: edge whitespace and whole-line Markdown left out. */
function contentOf(raw: string, start: number, end: number): Span {
  let range = trimSpan(raw, { start, end });
  // `##Title` without the space is how some converters write a heading; one `#` needs the space ("#5" is text).
  const heading = /^(?:#{1,6}[ \t]+|#{2,6}(?=[^#\s]))/.exec(raw.slice(range.start, Math.min(range.end, range.start + 8)));
  if (heading) range = trimSpan(raw, { start: range.start + heading[0].length, end: range.end });
  if (raw[range.end - 1] === '\\') range = trimSpan(raw, { start: range.start, end: range.end - 1 });
  // Emphasis around the whole line (or opening on the first line of a block, closing on the last).
  const lead = /^[*_]{1,3}(?=[^\s*_])/.exec(raw.slice(range.start, Math.min(range.end, range.start + 4)));
  if (lead) range = { start: range.start + lead[0].length, end: range.end };
  const tailText = raw.slice(Math.max(range.start, range.end - 4), range.end);
  const tail = /(?<=[^\s*_])[*_]{1,3}$/.exec(tailText);
  if (tail) range = { start: range.start, end: range.end - tail[0].length };
  range = trimSpan(raw, range);
  // What is left may be markup alone (a stray `**`): no content.
  if (/^[*_#\s]*$/.test(raw.slice(range.start, range.end))) return { start: range.start, end: range.start };
  return range;
}

function segmentsOf(raw: string, content: Span, superscriptLabels: ReadonlySet<string>): { segments: Span[]; markers: InlineMarker[] } {
  const text = raw.slice(content.start, content.end);
  const markers: InlineMarker[] = [];
  const segments: Span[] = [];
  let cursor = content.start;
  MARKER_PATTERN.lastIndex = 0;
  for (let match = MARKER_PATTERN.exec(text); match; match = MARKER_PATTERN.exec(text)) {
    if (match[2] !== undefined && !superscriptLabels.has(markerLabel(match))) continue;
    const span = { start: content.start + match.index, end: content.start + match.index + match[0].length };
    markers.push({ label: markerLabel(match), span });
    segments.push({ start: cursor, end: span.start });
    cursor = span.end;
  }
  segments.push({ start: cursor, end: content.end });
  return { segments: segments.map((s) => trimSpan(raw, s)).filter((s) => s.end > s.start), markers };
}

/** Splits the raw text into lines (LF, CRLF or CR), each with its content, segments and markers. */
export function splitLines(raw: string): Line[] {
  const ranges: Span[] = [];
  for (let start = 0; ;) {
    let end = start;
    for (let code = raw.charCodeAt(end); end < raw.length && code !== 0x0a && code !== 0x0d; code = raw.charCodeAt(++end));
    ranges.push({ start, end });
    if (end >= raw.length) break;
    start = raw.charCodeAt(end) === 0x0d && raw.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  const superscriptLabels = new Set<string>();
  for (const { start, end } of ranges) {
    const match = SUPERSCRIPT_FOOTNOTE_START.exec(raw.slice(start, Math.min(end, start + 16)));
    if (match) superscriptLabels.add([...match[1]!].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join(''));
  }
  const lines: Line[] = [];
  for (const { start, end } of ranges) {
    const rawLine = raw.slice(start, end);
    const separator = isSeparator(rawLine);
    const content = separator ? trimSpan(raw, { start, end }) : contentOf(raw, start, end);
    const { segments, markers } = separator ? { segments: [], markers: [] } : segmentsOf(raw, content, superscriptLabels);
    const text = textOfSpans(raw, segments);
    lines.push({
      index: lines.length,
      start,
      end,
      content,
      segments,
      markers,
      text,
      blank: !separator && text === '',
      pageBreak: rawLine.includes('\f'),
      separator,
    });
  }
  return lines;
}

/** The line's text with its map to raw offsets (computed when asked: keeping maps for every line costs more memory than recomputing). */
export function mapLine(raw: string, line: Line): MappedText {
  return mapSpans(raw, line.segments);
}

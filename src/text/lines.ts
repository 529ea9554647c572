/**
 * The source as lines. Each line keeps its raw range and the range of its content: the text without
 * surrounding whitespace and without the Markdown that converters put around whole lines (`#### `,
 * `*…*`, `**…**`, a trailing hard-break backslash). Inline footnote markers (`<sup>1</sup>`, `¹`,
 * `[^1]`) are cut out of the content's segments and kept as markers. Line breaks may be LF, CRLF or
 * CR; they are never part of a line, so offsets always index the raw text as decoded.
 */
import type { Span } from '../model/index.js';
import type { ArticleHeading } from './patterns.js';
import { isWhitespaceCode, mapSpans, textOfSpans, trimSpan, type MappedText } from './spans.js';

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
  /**
   * The line's article heading once asked for (articles.ts `lineHeading`): several passes ask about
   * the same lines, and a field is cheaper than a map from line to answer. Undefined until asked.
   */
  heading: ArticleHeading | null | undefined;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Inline footnote markers: HTML superscripts, Unicode superscript digits, Markdown footnote refs,
 * bracketed digits. Superscript digits also write units ("km²"), so they count as markers only when
 * some line of the document starts with the same superscript label (a footnote for them to refer
 * to). Bracketed digits ("[1]") also write citations and list numbers, so they count only when an
 * editors' note with that label (a line "1 …" or "[1] …") comes after the first of them.
 */
const MARKER_PATTERN = /<sup>\s*(\d{1,3}|[*†‡§]{1,3}|[a-z])\s*<\/sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^(\w{1,4})\]|\[(\d{1,3})\]/gi;
const SUPERSCRIPT_FOOTNOTE_START = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s/;
/** Every bracketed number in a line, for finding which labels have notes. */
const BRACKETED = /\[(\d{1,3})\]/g;
/** An editors' note: its label, bare ("1 Spender reported …") or bracketed ("[1] Spender …"), then text. */
const NOTE_START = /^(?:(\d{1,3})[ \t]+|\[(\d{1,3})\][ \t]*)(?=\S)/;

function superscriptLabel(digits: string): string {
  let label = '';
  for (const c of digits) label += String(SUPERSCRIPT_DIGITS.indexOf(c));
  return label;
}

function markerLabel(match: RegExpExecArray): string {
  if (match[1] !== undefined) return match[1];
  if (match[2] !== undefined) return superscriptLabel(match[2]);
  return match[3] ?? match[4] ?? '';
}

/** Whether a code unit can begin an inline marker: `<`, `[` or a superscript digit. */
function opensMarker(code: number): boolean {
  return code === 0x3c || code === 0x5b || isSuperscriptDigit(code);
}

/** Whether the range holds a character that may begin a marker (most lines hold none: no regex for them). */
function mayHoldMarker(raw: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (opensMarker(raw.charCodeAt(i))) return true;
  return false;
}

/** `#`, `*`, `_`, `\`: the characters whole-line Markdown starts or ends with. */
function isMarkupCode(code: number): boolean {
  return code === 0x23 || code === 0x2a || code === 0x5f || code === 0x5c;
}

/** The content range of a raw line: edge whitespace and whole-line Markdown left out. */
function contentOf(raw: string, start: number, end: number): Span {
  let range = trimSpan(raw, { start, end });
  // Most lines neither start nor end with markup: their content is the trimmed line.
  if (range.end > range.start && !isMarkupCode(raw.charCodeAt(range.start)) && !isMarkupCode(raw.charCodeAt(range.end - 1))) return range;
  // `##Title` without the space is how some converters write a heading; one `#` needs the space ("#5" is text).
  const heading = /^(?:#{1,6}[ \t]+|#{2,6}(?=[^#\s]))/.exec(raw.slice(range.start, Math.min(range.end, range.start + 8)));
  if (heading) range = trimSpan(raw, { start: range.start + heading[0].length, end: range.end });
  if (raw[range.end - 1] === '\\') range = trimSpan(raw, { start: range.start, end: range.end - 1 });
  // Emphasis around the whole line (or opening on the first line of a block, closing on the last).
  const lead = /^[*_]{1,3}(?=[^\s*_])/.exec(raw.slice(range.start, Math.min(range.end, range.start + 4)));
  if (lead) range = { start: range.start + lead[0].length, end: range.end };
  const tailText = raw.slice(Math.max(range.start, range.end - 4), range.end);
  // Underscores right after a digit are a blank to fill in ("… day of ________ 19__"), not emphasis.
  const tail = /(?<=[^\s*_\d])[*_]{1,3}$|(?<=\d)\*{1,3}$/.exec(tailText);
  if (tail) range = { start: range.start, end: range.end - tail[0].length };
  range = trimSpan(raw, range);
  // What is left may be markup alone (a stray `**`): no content.
  if (/^[*_#\s]*$/.test(raw.slice(range.start, range.end))) return { start: range.start, end: range.start };
  return range;
}

/** Labels whose markers count (see MARKER_PATTERN), and the editors' notes that start lines. */
interface MarkerLabels {
  superscript: ReadonlySet<string>;
  /** Bracketed labels with a note after their first marker. */
  bracketed: ReadonlySet<string>;
  /** Offset of the first bracketed marker of each label (a note must come after it). */
  firstBracketed: ReadonlyMap<string, number>;
}

/** The line's editors' note label ("1 …", "[1] …"), when it starts with one (the bare digits give the marker's span). */
function noteStart(raw: string, content: Span): { label: string; span: Span } | null {
  const first = raw.charCodeAt(content.start);
  if (first !== 0x5b && !(first >= 0x30 && first <= 0x39)) return null;
  const match = NOTE_START.exec(raw.slice(content.start, Math.min(content.end, content.start + 8)));
  if (!match) return null;
  const label = match[1] ?? match[2]!;
  const length = match[1] !== undefined ? match[1].length : label.length + 2;
  return { label, span: { start: content.start, end: content.start + length } };
}

function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);
}

function markerLabels(raw: string, starts: readonly number[], ends: readonly number[], contents: readonly Span[]): MarkerLabels {
  const superscript = new Set<string>();
  const firstBracketed = new Map<string, number>();
  const lastNote = new Map<string, number>();
  for (let i = 0; i < contents.length; i++) {
    // A footnote "¹ text": the raw line (not its content) starts with superscript digits.
    const start = starts[i]!;
    const lineStart = trimSpan(raw, { start, end: ends[i]! }).start;
    if (isSuperscriptDigit(raw.charCodeAt(lineStart))) {
      const match = SUPERSCRIPT_FOOTNOTE_START.exec(raw.slice(start, Math.min(ends[i]!, start + 16)));
      if (match) superscript.add(superscriptLabel(match[1]!));
    }
    const content = contents[i]!;
    if (content.end === content.start) continue;
    const note = noteStart(raw, content);
    if (note) lastNote.set(note.label, content.start);
    if (!holdsCode(raw, content.start, content.end, 0x5b /* [ */)) continue;
    const text = raw.slice(content.start, content.end);
    BRACKETED.lastIndex = 0;
    for (let match = BRACKETED.exec(text); match; match = BRACKETED.exec(text)) {
      // A note's own leading label is not a marker in the text.
      if (match.index === 0 && note) continue;
      if (!firstBracketed.has(match[1]!)) firstBracketed.set(match[1]!, content.start + match.index);
    }
  }
  const bracketed = new Set<string>();
  for (const [label, at] of firstBracketed) if ((lastNote.get(label) ?? -1) > at) bracketed.add(label);
  return { superscript, bracketed, firstBracketed };
}

/** The markers of a line without any: one frozen list shared by all such lines (never added to). */
const NO_MARKERS = Object.freeze([]) as unknown as InlineMarker[];

function segmentsOf(raw: string, content: Span, labels: MarkerLabels): { segments: Span[]; markers: InlineMarker[] } {
  if (content.end === content.start) return { segments: [], markers: [] };
  const markers: InlineMarker[] = [];
  let cursor = content.start;
  // An editors' note written "1 Spender reported …": its bare label is its marker.
  const note = labels.bracketed.size > 0 ? noteStart(raw, content) : null;
  if (note && labels.bracketed.has(note.label) && content.start > labels.firstBracketed.get(note.label)!) {
    markers.push({ label: note.label, span: note.span });
    cursor = note.span.end;
  }
  if (mayHoldMarker(raw, cursor, content.end)) {
    const text = raw.slice(cursor, content.end);
    MARKER_PATTERN.lastIndex = 0;
    for (let match = MARKER_PATTERN.exec(text); match; match = MARKER_PATTERN.exec(text)) {
      const label = markerLabel(match);
      if (match[2] !== undefined && !labels.superscript.has(label)) continue;
      if (match[4] !== undefined && !labels.bracketed.has(label)) continue;
      const at = cursor + match.index;
      markers.push({ label, span: { start: at, end: at + match[0].length } });
    }
  }
  // Most lines have no marker: one segment, the content (already trimmed).
  if (markers.length === 0) return { segments: [content], markers: NO_MARKERS };
  const segments: Span[] = [];
  let from = content.start;
  for (const marker of markers) {
    const segment = trimSpan(raw, { start: from, end: marker.span.start });
    if (segment.end > segment.start) segments.push(segment);
    from = marker.span.end;
  }
  const last = trimSpan(raw, { start: from, end: content.end });
  if (last.end > last.start) segments.push(last);
  return { segments, markers };
}

/** Whether the raw range is a horizontal rule: nothing but three or more of one of - * _ = (spaces between allowed). */
function isSeparatorRange(raw: string, start: number, end: number): boolean {
  let mark = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = raw.charCodeAt(i);
    if (isWhitespaceCode(code)) continue;
    if (mark === 0) {
      if (code !== 0x2d && code !== 0x2a && code !== 0x5f && code !== 0x3d) return false; // - * _ =
      mark = code;
    } else if (code !== mark) return false;
    count++;
  }
  return count >= 3;
}

function holdsCode(raw: string, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (raw.charCodeAt(i) === code) return true;
  return false;
}

/** Splits the raw text into lines (LF, CRLF or CR), each with its content, segments and markers. */
export function splitLines(raw: string): Line[] {
  // Line ranges and contents first (plain number arrays, no object per range): which labels are
  // markers depends on the whole document.
  const starts: number[] = [];
  const ends: number[] = [];
  // Without a CR in the text, the native search for LF finds each line's end.
  const lfOnly = raw.indexOf('\r') < 0;
  for (let start = 0; ;) {
    let end = start;
    if (lfOnly) {
      end = raw.indexOf('\n', start);
      if (end < 0) end = raw.length;
    } else for (let code = raw.charCodeAt(end); end < raw.length && code !== 0x0a && code !== 0x0d; code = raw.charCodeAt(++end));
    starts.push(start);
    ends.push(end);
    if (end >= raw.length) break;
    start = raw.charCodeAt(end) === 0x0d && raw.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  const separators: boolean[] = new Array<boolean>(starts.length);
  const contents: Span[] = new Array<Span>(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const separator = isSeparatorRange(raw, starts[i]!, ends[i]!);
    separators[i] = separator;
    contents[i] = separator ? trimSpan(raw, { start: starts[i]!, end: ends[i]! }) : contentOf(raw, starts[i]!, ends[i]!);
  }
  const labels = markerLabels(raw, starts, ends, contents);
  const formFeeds = raw.indexOf('\f') >= 0;
  const lines: Line[] = new Array<Line>(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const separator = separators[i]!;
    const content = contents[i]!;
    const { segments, markers } = separator ? { segments: [], markers: [] } : segmentsOf(raw, content, labels);
    const text = textOfSpans(raw, segments);
    lines[i] = {
      index: i,
      start,
      end,
      content,
      segments,
      markers,
      text,
      blank: !separator && text === '',
      pageBreak: formFeeds && holdsCode(raw, start, end, 0x0c /* form feed */),
      separator,
      heading: undefined,
    };
  }
  return lines;
}

/** The line's text with its map to raw offsets (computed when asked: keeping maps for every line costs more memory than recomputing). */
export function mapLine(raw: string, line: Line): MappedText {
  return mapSpans(raw, line.segments);
}

/**
 * The raw offset of character k of the line's text. A line that is one segment whose text is its
 * slice (nothing collapsed: same length) maps k to segment start + k without building the whole map.
 */
export function lineOffset(raw: string, line: Line, k: number): number {
  const only = line.segments.length === 1 ? line.segments[0]! : null;
  if (only && only.end - only.start === line.text.length) return only.start + k;
  return mapLine(raw, line).origin[k]!;
}

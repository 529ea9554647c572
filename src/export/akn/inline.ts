/**
 * The text of one piece of the source as mixed XML content, with inline markup placed by character
 * offsets into the raw source: `wraps` put words inside an element (a `<party>`, a `<docDate>`, a
 * `<span>` linking words to a rule), `inserts` put an element at a point (an `<authorialNote>` where
 * its marker stands).
 *
 * The text follows the structured document's rule (src/text/spans.ts `textOfSpans`): the spans'
 * slices joined, with one space where the raw text between two spans holds whitespace, every run of
 * whitespace collapsed to one space, trimmed. So a sentence split by a page-break footnote reads as
 * one sentence, and markup outside the spans (`<sup>1</sup>`, `**`) is left out.
 */
import type { SourceSpan } from '../../model/index.js';
import type { XmlElement, XmlNode } from './xml.js';

export interface Wrap {
  start: number;
  end: number;
  make: (children: XmlNode[]) => XmlElement;
}

export interface Insert {
  at: number;
  node: XmlElement;
}

interface Char {
  c: string;
  /** The raw offset this character stands for (for a joining space: where the gap begins). */
  at: number;
}

interface PlacedWrap {
  s: number;
  e: number;
  make: Wrap['make'];
  children: PlacedWrap[];
  inserts: PlacedInsert[];
}

interface PlacedInsert {
  i: number;
  node: XmlElement;
}

const isSpace = (c: string) => /\s/.test(c);

/** The normalised characters of the spans, each with the raw offset it comes from. */
export function normalisedChars(raw: string, spans: readonly SourceSpan[]): Char[] {
  const chars: Char[] = [];
  spans.forEach((span, k) => {
    const previous = spans[k - 1];
    if (previous && /\s/.test(raw.slice(previous.end, span.start))) chars.push({ c: ' ', at: previous.end });
    for (let i = span.start; i < span.end; i++) chars.push({ c: raw[i]!, at: i });
  });
  const out: Char[] = [];
  let pendingSpace: number | null = null;
  for (const ch of chars) {
    if (isSpace(ch.c)) {
      if (out.length && pendingSpace === null) pendingSpace = ch.at;
      continue;
    }
    if (pendingSpace !== null) out.push({ c: ' ', at: pendingSpace });
    pendingSpace = null;
    out.push(ch);
  }
  return out;
}

/** The text of the spans, as the structured document gives it. */
export function spansText(raw: string, spans: readonly SourceSpan[]): string {
  return normalisedChars(raw, spans)
    .map((ch) => ch.c)
    .join('');
}

/** Whether a wrap would cover all of the text (so it adds nothing as an inline element). */
export function coversAll(raw: string, spans: readonly SourceSpan[], start: number, end: number): boolean {
  const chars = normalisedChars(raw, spans);
  const range = placeRange(chars, start, end);
  return range !== null && range.s === 0 && range.e === chars.length;
}

function placeRange(chars: readonly Char[], start: number, end: number): { s: number; e: number } | null {
  let s = chars.findIndex((ch) => ch.at >= start && ch.at < end);
  if (s < 0) return null;
  let e = s;
  for (let i = s; i < chars.length && chars[i]!.at < end; i++) e = i + 1;
  while (s < e && chars[s]!.c === ' ') s++;
  while (e > s && chars[e - 1]!.c === ' ') e--;
  return s < e ? { s, e } : null;
}

export function inlineContent(
  raw: string,
  spans: readonly SourceSpan[],
  wraps: readonly Wrap[] = [],
  inserts: readonly Insert[] = [],
): XmlNode[] {
  const chars = normalisedChars(raw, spans);
  // Place wraps, outermost first; a wrap that crosses another's edge is left out.
  const placed = wraps
    .flatMap((w) => {
      const r = placeRange(chars, w.start, w.end);
      return r ? [{ ...r, make: w.make, children: [], inserts: [] } as PlacedWrap] : [];
    })
    .sort((a, b) => a.s - b.s || b.e - a.e);
  const top: PlacedWrap[] = [];
  const stack: PlacedWrap[] = [];
  for (const w of placed) {
    while (stack.length && stack[stack.length - 1]!.e <= w.s) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && w.e > parent.e) continue;
    (parent ? parent.children : top).push(w);
    stack.push(w);
  }
  const topInserts: PlacedInsert[] = [];
  for (const ins of inserts) {
    let i = chars.findIndex((ch) => ch.at >= ins.at);
    if (i < 0) i = chars.length;
    const owner = innermost(top, i);
    (owner ? owner.inserts : topInserts).push({ i, node: ins.node });
  }
  return build(chars, 0, chars.length, top, topInserts);
}

function innermost(wraps: readonly PlacedWrap[], i: number): PlacedWrap | undefined {
  for (const w of wraps) if (w.s < i && i < w.e) return innermost(w.children, i) ?? w;
  return undefined;
}

function build(chars: readonly Char[], a: number, b: number, wraps: readonly PlacedWrap[], inserts: readonly PlacedInsert[]): XmlNode[] {
  const out: XmlNode[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(text);
    text = '';
  };
  const pending = [...inserts].sort((x, y) => x.i - y.i);
  let wi = 0;
  let i = a;
  for (;;) {
    if (pending.length && pending[0]!.i <= i) {
      flush();
      out.push(pending.shift()!.node);
      continue;
    }
    if (i >= b) break;
    const w = wraps[wi];
    if (w && w.s === i) {
      flush();
      out.push(w.make(build(chars, w.s, w.e, w.children, w.inserts)));
      i = w.e;
      wi++;
      continue;
    }
    text += chars[i]!.c;
    i++;
  }
  flush();
  return out;
}

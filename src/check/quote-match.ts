/**
 * Finding a quote in its source: verbatim, insensitive only to whitespace (runs of spaces, line
 * breaks) and to passages the source interleaves with the text (a footnote at a page break, a
 * removed page number). Everything else — letters, case, punctuation, quotation marks — must match.
 * A match maps back to spans of the raw text, several when it crosses a skipped passage.
 */
export interface Span {
  start: number;
  end: number;
}

/** The source as a searchable stream: whitespace collapsed, skipped passages left out. */
export interface SearchableText {
  raw: string;
  /** The normalised characters. */
  chars: string;
  /** For each normalised character, its offset in the raw text. */
  offsets: number[];
}

const isSpace = (c: string) => /\s/.test(c);

export function makeSearchable(raw: string, skip: readonly Span[] = []): SearchableText {
  const skipped = [...skip].sort((a, b) => a.start - b.start);
  let chars = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  let k = 0;
  for (let i = 0; i < raw.length; i++) {
    while (k < skipped.length && skipped[k]!.end <= i) k++;
    if (k < skipped.length && skipped[k]!.start <= i && i < skipped[k]!.end) {
      // A skipped passage counts as whitespace: the words on either side stay apart.
      if (chars.length > 0 && pendingSpace < 0) pendingSpace = i;
      i = skipped[k]!.end - 1;
      continue;
    }
    const c = raw[i]!;
    if (isSpace(c)) {
      if (chars.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      chars += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    chars += c;
    offsets.push(i);
  }
  return { raw, chars, offsets };
}

export function normaliseQuote(quote: string): string {
  return quote.trim().replace(/\s+/g, ' ');
}

/** Raw spans covered by normalised characters [from, to), split where the raw text jumps (a skip). */
export function rawSpans(text: SearchableText, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let current: Span | undefined;
  for (let i = from; i < to; i++) {
    const offset = text.offsets[i]!;
    const isSeparator = text.chars[i] === ' ';
    if (current && !isSeparator && /\S/.test(text.raw.slice(current.end, offset))) {
      spans.push(current);
      current = undefined;
    }
    if (isSeparator) continue;
    if (!current) current = { start: offset, end: offset + 1 };
    else current.end = offset + 1;
  }
  if (current) spans.push(current);
  return spans;
}

export type QuoteMatch =
  { found: true; spans: Span[]; occurrences: number } | { found: false; closest?: { spans: Span[]; text: string; agreesUpTo: string } };

export function findQuote(text: SearchableText, quote: string): QuoteMatch {
  const needle = normaliseQuote(quote);
  if (!needle) return { found: false };
  const at = text.chars.indexOf(needle);
  if (at >= 0) {
    let occurrences = 0;
    for (let i = at; i >= 0; i = text.chars.indexOf(needle, i + 1)) occurrences++;
    return { found: true, spans: rawSpans(text, at, at + needle.length), occurrences };
  }
  return { found: false, closest: closestPassage(text, needle) };
}

/**
 * The passage most like the quote, to show the author what the source says instead: the window of
 * the quote's length (in words) sharing most words with it, and how far the quote agrees verbatim.
 */
function closestPassage(text: SearchableText, needle: string): { spans: Span[]; text: string; agreesUpTo: string } | undefined {
  const words = wordsWithOffsets(text.chars);
  const quoteWords = needle.split(' ');
  if (words.length === 0) return undefined;
  const want = new Map<string, number>();
  for (const w of quoteWords) want.set(w, (want.get(w) ?? 0) + 1);
  const window = Math.min(quoteWords.length, words.length);
  const have = new Map<string, number>();
  let shared = 0;
  const add = (w: string, delta: number) => {
    const before = have.get(w) ?? 0;
    const after = before + delta;
    have.set(w, after);
    const cap = want.get(w) ?? 0;
    shared += Math.min(after, cap) - Math.min(before, cap);
  };
  for (let i = 0; i < window; i++) add(words[i]!.word, 1);
  let best = { start: 0, shared };
  for (let i = window; i < words.length; i++) {
    add(words[i - window]!.word, -1);
    add(words[i]!.word, 1);
    if (shared > best.shared) best = { start: i - window + 1, shared };
  }
  if (best.shared === 0) return undefined;
  const first = words[best.start]!;
  const last = words[best.start + window - 1]!;
  const from = first.at;
  const to = last.at + last.word.length;
  const passage = text.chars.slice(from, to);
  let agree = 0;
  while (agree < needle.length && agree < passage.length && needle[agree] === passage[agree]) agree++;
  return { spans: rawSpans(text, from, to), text: passage, agreesUpTo: needle.slice(0, agree) };
}

function wordsWithOffsets(chars: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(chars); m; m = re.exec(chars)) out.push({ word: m[0], at: m.index });
  return out;
}

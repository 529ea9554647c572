/**
 * Splitting a passage of source text into sentences, keeping raw spans. A sentence ends at ".", "!"
 * or "?" followed by whitespace and a capital or the end, except after a known abbreviation or a
 * single capital initial ("N. KHRUSHCHEV", "Nov. 28", "Art. 3").
 */
import type { Span } from './quote-match.js';

const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'art',
  'arts',
  'nov',
  'dec',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'para',
  'paras',
  'mr',
  'mrs',
  'dr',
  'st',
  'e.g',
  'i.e',
  'etc',
  'vol',
  'p',
  'pp',
  'u.n',
  'u.s',
]);

export interface Sentence {
  text: string;
  spans: Span[];
}

/** Sentences of the text covered by `spans` (the pieces of one paragraph, in order). */
export function splitSentences(raw: string, spans: readonly Span[]): Sentence[] {
  // Work on the paragraph's characters with their raw offsets, so a sentence may cross a span gap.
  const offsets: number[] = [];
  for (const span of spans) for (let i = span.start; i < span.end; i++) offsets.push(i);
  const chars = offsets.map((o) => raw[o]!).join('');
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const rest = chars.slice(i + 1);
    const next = /^["'”’)\]]*(\s+)(\S)?/.exec(rest);
    const atEnd = /^["'”’)\]]*\s*$/.test(rest);
    if (!atEnd && !(next && next[2] && /[A-Z"“(]/.test(next[2]))) continue;
    const word = /([A-Za-z.]+)$/.exec(chars.slice(start, i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) continue;
    const end = i + 1 + (atEnd ? rest.length : (/^["'”’)\]]*/.exec(rest)?.[0].length ?? 0));
    pushSentence(sentences, chars, offsets, start, end);
    start = end;
  }
  pushSentence(sentences, chars, offsets, start, chars.length);
  return sentences;
}

function pushSentence(out: Sentence[], chars: string, offsets: number[], from: number, to: number) {
  while (from < to && /\s/.test(chars[from]!)) from++;
  while (to > from && /\s/.test(chars[to - 1]!)) to--;
  if (from >= to) return;
  const spans: Span[] = [];
  for (let i = from; i < to; i++) {
    const o = offsets[i]!;
    const last = spans[spans.length - 1];
    if (last && last.end === o) last.end = o + 1;
    else spans.push({ start: o, end: o + 1 });
  }
  out.push({ text: chars.slice(from, to).replace(/\s+/g, ' '), spans });
}

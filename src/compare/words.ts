/**
 * Words as the comparison sees them: lower-case tokens without punctuation, a crude stem, and the
 * drafting words that carry no difference of commitment (party designations, connectives,
 * articles). Used for the text-similarity half of the alignment and by the wording table.
 */

/** Lower-case words, in order; apostrophes and hyphens kept inside words ("other's", "cross-border"). */
export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
  ).map((t) => t.replace(/’/g, "'"));
}

/**
 * Words that say who and how a sentence is put together, not what is owed: the drafting of
 * "Should either of the Contracting Parties …" and "In case any one of the two sides …" differs
 * only in these.
 */
export const DRAFTING_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'from',
  'with',
  'for',
  'and',
  'or',
  'as',
  'is',
  'are',
  'be',
  'been',
  'shall',
  'should',
  'will',
  'would',
  'may',
  'must',
  'case',
  'if',
  'where',
  'when',
  'either',
  'any',
  'one',
  'two',
  'both',
  'each',
  'other',
  'another',
  'such',
  'this',
  'that',
  'these',
  'those',
  'contracting',
  'high',
  'party',
  'parties',
  'side',
  'sides',
  'it',
  'its',
  'itself',
  'they',
  'their',
  'them',
  'themselves',
  'undertake',
  'undertakes',
  'obliged',
  'which',
  'who',
  'whose',
]);

/** A crude English stem: enough for "States"/"state", "measures"/"measure", "parties"/"party". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that carry meaning, stemmed, as a set. */
export function contentWords(text: string): Set<string> {
  return new Set(
    tokens(text)
      .filter((t) => !DRAFTING_WORDS.has(t))
      .map(stem),
  );
}

/** Dice's coefficient of two texts' content words: 0 (nothing shared) to 1 (the same words). */
export function textSimilarity(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** Two texts with the same words in the same order, punctuation and case aside. */
export function sameWords(a: string, b: string): boolean {
  return tokens(a).join(' ') === tokens(b).join(' ');
}

/** Jaccard similarity of two sets: 1 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A word of a text as written (`surface`, at `start`–`end`) and as compared (`key`: lower case, stemmed). */
export interface Word {
  surface: string;
  key: string;
  start: number;
  end: number;
}

/** The words of a text where they stand, each with the key `tokens` and `stem` compare it by. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({
    surface: m[0],
    key: stem(m[0].toLowerCase().normalize('NFKC').replace(/’/g, "'")),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Is this word one that carries meaning (not a drafting word)? */
export const isContent = (w: Word) => !DRAFTING_WORDS.has(w.key) && !DRAFTING_WORDS.has(w.surface.toLowerCase());

/**
 * The passages of `text` made of the chosen words, as written: each run of chosen words, with the
 * drafting words between them, is cut from the text itself (its punctuation and capitals kept);
 * another content word ends the run. Repeats (the same words, stems alike) are given once.
 */
export function phrasesOf(text: string, words: readonly Word[], chosen: (w: Word, i: number) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let first: Word | null = null;
  let last: Word | null = null;
  let keys: string[] = [];
  const close = () => {
    // The same words again ("State", "States": one key) are given once, as first written.
    if (first && last && !seen.has(keys.join(' '))) {
      seen.add(keys.join(' '));
      out.push(text.slice(first.start, last.end).replace(/\s+/g, ' '));
    }
    first = last = null;
    keys = [];
  };
  words.forEach((w, i) => {
    if (chosen(w, i)) {
      first ??= w;
      last = w;
      keys.push(w.key);
    } else if (isContent(w)) close();
  });
  close();
  return out;
}

/** Phrases quoted in a list: `"a", "b" and "c"`, at most `max` of them, then how many more. */
export function quotedList(phrases: readonly string[], max = 6): string {
  const shown = phrases.slice(0, max).map((p) => `"${p}"`);
  const more = phrases.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

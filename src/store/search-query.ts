/**
 * A user's search words as an FTS5 query that no input can break: each word (a run of letters and
 * digits, as the index's tokenizer cuts them) becomes a quoted prefix term, and words between double
 * quotes a quoted phrase; everything else (brackets, parentheses, `*`, `NEAR`, a lone `"`) is only a
 * separator or a plain word, never syntax. A word of a word family (word-families.ts: "denounce",
 * "denunciation") finds the family's other words too, as prefix terms joined by OR; a phrase is taken
 * as written. The limits are named here and in the API's description.
 */
import { wordFamilies, type WordFamilies } from './word-families.js';

export const SEARCH_LIMITS = {
  /** Characters of a query, at most (longer queries are refused with a 400 naming `q`). */
  queryCharacters: 300,
  /** Words of a query, at most (counting the words of quoted phrases). */
  words: 20,
  /** Hits returned, at most, best first (the answer's `total` says how many matched). */
  hits: 20,
} as const;

/** A word as the index's tokenizer (unicode61) reads one: letters, digits, private-use characters. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

export interface ParsedQuery {
  /** The FTS5 MATCH expression; '' when the query holds no word. */
  match: string;
  /**
   * What is searched for, in words: `armed…` for a word and what begins with it, `"armed attack"` for
   * a phrase, `denounce… (or denunciation…)` for a word of a family.
   */
  terms: string[];
}

function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** How many words a query has (the limit counts these). */
export function queryWordCount(query: string): number {
  return wordsOf(query).length;
}

export function parseQuery(query: string, families: WordFamilies = wordFamilies()): ParsedQuery {
  const match: string[] = [];
  const terms: string[] = [];
  // Quoted parts are phrases; an unmatched quote is only a separator.
  const parts = query.split('"');
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  parts.forEach((part, i) => {
    const words = wordsOf(part);
    if (words.length === 0) return;
    if (i % 2 === 1 && i < closed && words.length > 1) {
      match.push(`"${words.join(' ')}"`);
      terms.push(`"${words.join(' ')}"`);
      return;
    }
    for (const word of words) {
      const others = families.get(word.toLowerCase())?.words.filter((w) => w !== word.toLowerCase()) ?? [];
      if (others.length === 0) {
        match.push(`"${word}"*`);
        terms.push(`${word}…`);
      } else {
        match.push(`(${[word, ...others].map((w) => `"${w}"*`).join(' OR ')})`);
        terms.push(`${word}… (or ${others.map((w) => `${w}…`).join(', ')})`);
      }
    }
  });
  // AND said, not implied: FTS5 takes no implicit AND after a parenthesised group.
  return { match: match.join(' AND '), terms };
}

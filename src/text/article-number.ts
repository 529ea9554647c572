/**
 * An article's number as printed, read into parts, and its sort key: the number normalised so that
 * articles compare and sort as a reader expects ("2" before "10", "3" before "3 bis" before "4",
 * "1.2" before "1.10").
 *
 * The numbers treaties print: digits ("12", "01"), Roman numerals ("XIV"), English words ("ONE",
 * "Twenty-five", "FIRST", French "premier"), compounds joined by "." or "-" ("1.1", "1-1", "I.1",
 * "C-01", "2.3.1"), each optionally followed by a suffix: a Latin one ("25 bis", "25 BIS", "25bis",
 * "ter", "quater" …), a letter ("3A", "3a", "3 A") or a French ordinal mark ("1er", left out of the key).
 *
 * One-letter parts that are also Roman numerals (I, V, X, L, C, D, M) are read by this rule:
 * - joined by a dash to another part ("C-01", "1-C"), the part is a LETTER: series lettered A-01,
 *   B-01, C-01 … are what dashes join (annex C's first article), and reading C as 100 would sort
 *   C-01 before A-01;
 * - otherwise it is a Roman numeral: "I.1" is part I's first article, "C" alone is Article 100 (as a
 *   Roman-numbered treaty prints it). Parts of two or more letters are Roman whenever well formed
 *   ("II-1"), letters otherwise ("AB").
 *
 * Sort key: each part a zero-padded arabic number ("0012") or its lower-case letters ("c"), a suffix
 * a further part ("bis", "a"); parts joined by ".". Plain string order is numeric order except among
 * Latin suffixes past "ter" ("quater" < "ter" alphabetically): `compareSortKeys` orders those too.
 */
import { CARDINALS, ORDINALS } from './english-numbers.js';
import { romanToArabic } from './roman.js';

/** Latin suffixes in their order: "bis" is the 2nd article of that number, "ter" the 3rd … */
export const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'nonies', 'decies'] as const;

/** A number word (lower case) and its value; `unit` words may follow a tens word ("twenty-five"). */
const NUMBER_WORDS = new Map<string, { value: number; tens: boolean; unit: boolean }>();
for (const words of [CARDINALS, ORDINALS]) {
  words.units.forEach((w, i) => NUMBER_WORDS.set(w, { value: i + 1, tens: false, unit: true }));
  words.teens.forEach((w, i) => NUMBER_WORDS.set(w, { value: i + 10, tens: false, unit: false }));
  // A cardinal tens word may take a unit after it ("twenty-five"); an ordinal one ends the number.
  words.tens.forEach((w, i) => NUMBER_WORDS.set(w, { value: (i + 2) * 10, tens: words === CARDINALS, unit: false }));
}
// French "Article premier" is how French texts number their first article.
for (const w of ['premier', 'première']) NUMBER_WORDS.set(w, { value: 1, tens: false, unit: false });

export interface NumberPart {
  /** "number" for digits, Roman numerals and words; "letter" for a letter part ("C" of "C-01"). */
  kind: 'number' | 'letter';
  /** The number's value, or the letters' place in the alphabet (A = 1, Z = 26, AA = 27). */
  value: number;
  key: string;
}

export interface ArticleNumber {
  /** End of the number (with its suffix) in the text it was read from. */
  end: number;
  parts: NumberPart[];
  /** The suffix's rank (bis = 1, ter = 2 …; A = 1, B = 2 …), 0 without one. */
  suffixRank: number;
  /** The suffix as it goes into the sort key ("bis", "a"), or null. */
  suffixKey: string | null;
  /** The value of a simple number (one part that is a number), whatever its suffix; else null. */
  arabic: number | null;
  /** "number" or "letter" per part, joined by "." ("number.number" for "1.1"): the numbering style. */
  shape: string;
}

const DIGITS = /\d{1,4}(?!\d)/y;
const LETTERS = /[A-Z]{1,15}(?![A-Za-z])/y; // MMMDCCCLXXXVIII (3888) has 15
const WORD = /\p{L}{3,12}(?!\p{L})/uy;
const JOINER = /[.\-–](?=[0-9A-Z])/y;
const LATIN = /[ -]?(bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)(?![\p{L}\p{N}])/iuy;
const ATTACHED_LETTER = /[A-Za-z](?![\p{L}\p{N}])/uy;
/** "3 A" only when nothing but the end, a stop, a colon, a dash or a bracket follows ("3 A Party" is a sentence). */
const SPACED_LETTER = /\s[A-Z](?=$|\s?[.:–—([-])/y;
/** "1er" (French), "1st", "3.º" (Portuguese): an ordinal mark, part of the number as printed, not of its key. */
const ORDINAL_MARK = /(?:(?:er|re|st|nd|rd|th)(?![\p{L}\p{N}])|\.?[º°ª])/uy;

function sticky(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

const pad = (value: number): string => String(value).padStart(4, '0');

function letterValue(letters: string): number {
  let value = 0;
  for (const c of letters) value = value * 26 + (c.charCodeAt(0) - 64);
  return value;
}

/** A word's case must be one style: "ONE", "One" or "one" (not "oNe"). */
function wordCase(word: string): boolean {
  return word === word.toUpperCase() || word.slice(1) === word.slice(1).toLowerCase();
}

/** A number in words at `at`: "ONE", "Twenty-five", "TWENTY FIVE", "First", "premier". */
function readWords(text: string, at: number): { end: number; value: number } | null {
  const first = sticky(WORD, text, at);
  if (first === null || !wordCase(first)) return null;
  const entry = NUMBER_WORDS.get(first.toLowerCase());
  if (!entry) return null;
  const end = at + first.length;
  if (entry.tens && (text[end] === '-' || text[end] === ' ')) {
    const second = sticky(WORD, text, end + 1);
    const unit = second !== null && wordCase(second) ? NUMBER_WORDS.get(second.toLowerCase()) : undefined;
    if (second !== null && unit?.unit) return { end: end + 1 + second.length, value: entry.value + unit.value };
  }
  return { end, value: entry.value };
}

/** Whether a part that could be joined to the one before starts at `at` (looked at, not read on). */
function partFollows(text: string, at: number): boolean {
  if (sticky(DIGITS, text, at) !== null) return true;
  const letters = sticky(LETTERS, text, at);
  return letters !== null && (letters.length <= 2 || romanToArabic(letters) !== null);
}

/** One part at `at`: digits, or capital letters read as a Roman numeral or as letters (see the rule above). */
function readPart(text: string, at: number, dashBefore: boolean): { end: number; part: NumberPart } | null {
  const digits = sticky(DIGITS, text, at);
  if (digits !== null) return { end: at + digits.length, part: { kind: 'number', value: Number(digits), key: pad(Number(digits)) } };
  const letters = sticky(LETTERS, text, at);
  if (letters === null) return null;
  const end = at + letters.length;
  // "X-BIS" (a suffix) and "I-DEFINITIONS" (a heading) join no further part: X and I stay Roman.
  const dashAfter = (text[end] === '-' || text[end] === '–') && partFollows(text, end + 1);
  const roman = romanToArabic(letters);
  if (roman !== null && !(letters.length === 1 && (dashBefore || dashAfter))) {
    return { end, part: { kind: 'number', value: roman, key: pad(roman) } };
  }
  if (letters.length > 2) return null;
  return { end, part: { kind: 'letter', value: letterValue(letters), key: letters.toLowerCase() } };
}

const MAX_PARTS = 6;

/**
 * The article number that starts at `at` in `text`, or null. Reads as far as the number goes: the
 * caller decides whether what follows makes it a heading.
 */
export function readArticleNumber(text: string, at: number): ArticleNumber | null {
  const parts: NumberPart[] = [];
  let end = at;
  const words = readWords(text, at);
  if (words) {
    parts.push({ kind: 'number', value: words.value, key: pad(words.value) });
    end = words.end;
  } else {
    let dashBefore = false;
    for (;;) {
      const read = readPart(text, end, dashBefore);
      if (!read) break;
      parts.push(read.part);
      end = read.end;
      if (parts.length >= MAX_PARTS) break;
      const joiner = sticky(JOINER, text, end);
      // A joiner must lead to a further part: "1." ends the number, "1.1" goes on.
      if (joiner === null || readPart(text, end + 1, joiner !== '.') === null) break;
      dashBefore = joiner !== '.';
      end += 1;
    }
    if (parts.length === 0) return null;
  }
  let suffixRank = 0;
  let suffixKey: string | null = null;
  const lastIsDigits = /\d$/.test(text.slice(Math.max(at, end - 1), end));
  LATIN.lastIndex = end;
  const latin = LATIN.exec(text);
  if (latin) {
    suffixKey = latin[1]!.toLowerCase();
    suffixRank = LATIN_SUFFIXES.indexOf(suffixKey as (typeof LATIN_SUFFIXES)[number]) + 1;
    end += latin[0].length;
  } else if (lastIsDigits) {
    const mark = sticky(ORDINAL_MARK, text, end);
    const letter = mark === null ? (sticky(ATTACHED_LETTER, text, end) ?? sticky(SPACED_LETTER, text, end)) : null;
    if (mark !== null) end += mark.length;
    else if (letter !== null) {
      suffixKey = letter.trim().toLowerCase();
      suffixRank = suffixKey.charCodeAt(0) - 96;
      end += letter.length;
    }
  }
  const only = parts.length === 1 ? parts[0]! : null;
  return {
    end,
    parts,
    suffixRank,
    suffixKey,
    arabic: only?.kind === 'number' ? only.value : null,
    shape: parts.map((p) => p.kind).join('.'),
  };
}

/** The sort key of a number's parts: "0025.bis", "c.0001", "0001.0001". */
export function sortKeyOf(number: ArticleNumber): string {
  const keys = number.parts.map((p) => p.key);
  if (number.suffixKey !== null) keys.push(number.suffixKey);
  return keys.join('.');
}

/** A number read whole from its printed form ("25 BIS", "C-01"), or null when it is not one. */
export function parseArticleNumber(number: string): ArticleNumber | null {
  const read = readArticleNumber(number, 0);
  return read && read.end === number.length ? read : null;
}

/**
 * The sort key of a number as printed: "3 bis" → "0003.bis", "IV" → "0004", "1.10" → "0001.0010",
 * "C-01" → "c.0001", "ONE" → "0001". A string that is no article number keeps the old reading:
 * split at spaces, stops and dashes, digits padded, the rest lower-cased.
 */
export function articleSortKey(number: string): string {
  const parsed = parseArticleNumber(number);
  if (parsed) return sortKeyOf(parsed);
  const parts = number.split(/[\s.\-–—]+/).filter((p) => p !== '');
  return parts.map((p) => (/^\d+$/.test(p) ? p.padStart(4, '0') : p.toLowerCase())).join('.');
}

function partOrder(part: string): [number, number, string] {
  if (/^\d+$/.test(part)) return [0, Number(part), ''];
  const latin = LATIN_SUFFIXES.indexOf(part as (typeof LATIN_SUFFIXES)[number]);
  return latin >= 0 ? [1, latin, ''] : [1, -1, part];
}

/** Orders two sort keys part by part, Latin suffixes in their own order (bis, ter, quater …). */
export function compareSortKeys(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [ka, na, sa] = partOrder(left[i]!);
    const [kb, nb, sb] = partOrder(right[i]!);
    if (ka !== kb) return ka - kb;
    if (na !== nb) return na - nb;
    if (sa !== sb) return sa < sb ? -1 : 1;
  }
  return left.length - right.length;
}

const isFirstPart = (part: NumberPart): boolean => part.value === 1;

/** Whether a number opens a numbering: 1, I, ONE, 1.1, A-01, I.1. */
/**
 * Whether a number can open the numbering of a new division: the first number of any style, or a
 * compound number whose last part is the first ("C-01", "4.1": chapters may be lettered or numbered
 * with gaps, as NAFTA-style texts skip a chapter letter).
 */
export function opensDivisionNumbering(number: ArticleNumber): boolean {
  const last = number.parts[number.parts.length - 1];
  return isFirstNumber(number) || (number.suffixRank === 0 && number.parts.length > 1 && last !== undefined && isFirstPart(last));
}

export function isFirstNumber(number: ArticleNumber): boolean {
  return number.suffixRank === 0 && number.parts.every(isFirstPart);
}

const samePart = (a: NumberPart, b: NumberPart): boolean => a.kind === b.kind && a.value === b.value;

/**
 * Whether `next` may follow `previous` in one numbering: the same number with the next suffix
 * (3 → 3 bis → 3 ter, 3 → 3A → 3B), one part stepped with the parts after it starting again
 * (1.2 → 1.3, 1.3 → 2.1, 1.3 → 2, C-05 → D-01), or a level opened below (1 → 1.1).
 */
export function followsInSequence(previous: ArticleNumber, next: ArticleNumber): boolean {
  const p = previous.parts;
  const n = next.parts;
  const sameBase = p.length === n.length && p.every((part, i) => samePart(part, n[i]!));
  if (sameBase) return next.suffixRank === previous.suffixRank + 1;
  if (next.suffixRank !== 0) return false;
  for (let k = 0; k < Math.min(p.length, n.length); k++) {
    const stepped = n[k]!.kind === p[k]!.kind && n[k]!.value === p[k]!.value + 1;
    if (stepped) return n.slice(k + 1).every(isFirstPart);
    if (!samePart(p[k]!, n[k]!)) return false;
  }
  return previous.suffixRank === 0 && n.length > p.length && n.slice(p.length).every(isFirstPart);
}

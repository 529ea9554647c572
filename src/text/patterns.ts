/**
 * The shapes of treaty text, as small predicates over one line's normalised text: article headings,
 * paragraph numbers, closing formulas, signature captions, page furniture. Shared by the layout pass
 * (which must not glue a heading to a sentence) and the parsers. All patterns are anchored and linear.
 */

import { readArticleNumber, type ArticleNumber } from './article-number.js';
import { isClosingStart } from './closing-formulas.js';
import { romanToArabic } from './roman.js';

export { romanToArabic };
export { CLOSING, isClosingStart } from './closing-formulas.js';

/**
 * The words that open an article, per language: a bilingual file prints both. Title case or capitals,
 * never lower case ("article 5" is a reference). Longer words first so that the alternation never
 * stops at a shorter one.
 */
export const ARTICLE_LABELS: ReadonlyArray<{ words: readonly string[]; languages: readonly string[] }> = [
  { words: ['Article', 'ARTICLE', 'Art.', 'ART.'], languages: ['en', 'fr'] },
  { words: ['Artikel', 'ARTIKEL'], languages: ['nl', 'de'] },
  { words: ['Artículo', 'ARTÍCULO', 'Articulo', 'ARTICULO'], languages: ['es'] },
  { words: ['Articolo', 'ARTICOLO'], languages: ['it'] },
  { words: ['Artigo', 'ARTIGO'], languages: ['pt'] },
];

const LABEL_WORDS = ARTICLE_LABELS.flatMap((entry) => entry.words).sort((a, b) => b.length - a.length);
const LABEL = new RegExp(`^(?:${LABEL_WORDS.map((w) => w.replace('.', '\\.')).join('|')})`);
/** Between the label and its number: spaces, or a dash ("ARTICLE - 1"). */
const BEFORE_NUMBER = /^(?:\s{0,3}[-–—]\s{0,3}|\s{1,3})/;

export interface ArticleHeading {
  /** The number as printed, suffix included: "1", "V", "3 bis", "1.1", "C-01", "ONE", "25 BIS". */
  number: string;
  /** The value of a simple number (digits, Roman, words; a suffix does not change it); null for a compound one. */
  arabic: number | null;
  /** The number read into parts (its sort key, its place in a sequence). */
  parsed: ArticleNumber;
  /** Where the number starts in the text. */
  numberStart: number;
  /** End of the label ("Article 1") in the text. */
  labelEnd: number;
  /** Start of what follows the label and its separator (a heading or the first words), or null. */
  restStart: number | null;
  /**
   * True when the line is a heading by itself, whatever the line before: the label alone (with a
   * final stop, colon or dash), the label and a heading in capitals, or the label and one bracketed
   * group. "Article 2. The Parties shall…" is a heading only where a paragraph may start.
   */
  standsAlone: boolean;
}

const AFTER_LABEL = /^\s?[.:–—-]{1,2}\s?/;
/** "Article 6(1) of …", "Article 6 (a) and …": a paragraph of the article referred to. */
const PARAGRAPH_REFERENCE = /^\s?[([](?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[)\]]/;
/** Words that continue a sentence, never open a heading: "ARTICLE 5 OF THE CHARTER". */
const CONTINUING_WORDS = new Set(['OF', 'AND', 'OR', 'TO', 'SHALL', 'IS', 'ARE', 'WILL', 'MAY', 'HEREOF', 'ABOVE', 'BELOW', 'THEREOF']);

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** "(as amended …)", "[Deleted]": one bracketed group and nothing after it. */
function oneBracketedGroup(rest: string): boolean {
  const close = rest[0] === '(' ? ')' : ']';
  return rest.indexOf(close) === rest.length - 1;
}

/**
 * An article heading at the start of a line: "Article 1", "ARTICLE V", "Art. 3", "ARTICLE 1.1",
 * "Article I.1", "ARTICLE C-01", "ARTICLE - 1", "ARTICLE ONE", "Article First", "Article 25 BIS",
 * "Artikel 3a", "Article 2 – Title", "Article 2. Title", "Article 6 (as amended …)", "Article 12.",
 * "ARTICLE 1 DEFINITIONS". Not "Article 51 of the Charter" (a reference that happens to open a line).
 */
export function articleHeading(text: string): ArticleHeading | null {
  const label = LABEL.exec(text);
  if (!label) return null;
  let numberStart = label[0].length;
  const between = BEFORE_NUMBER.exec(text.slice(numberStart, numberStart + 8));
  if (between) numberStart += between[0].length;
  // "Article1" and "Art.3" join the number to the label; "ARTICLES 1 TO 3" does not ("S" is no number).
  else if (!label[0].endsWith('.') && !/\d/.test(text[numberStart] ?? '')) return null;
  const parsed = readArticleNumber(text, numberStart);
  if (!parsed) return null;
  const labelEnd = parsed.end;
  const base = { number: text.slice(numberStart, labelEnd), arabic: parsed.arabic, parsed, numberStart, labelEnd };
  const lettersOnly = parsed.shape === 'letter';
  const rest = text.slice(labelEnd);
  if (rest === '') return { ...base, restStart: null, standsAlone: true };
  if (PARAGRAPH_REFERENCE.test(rest)) {
    // "Article 6 (1) Each Party …" opens an article; "Article 6(1) of …" refers to one.
    const after = rest.slice(rest.search(/[)\]]/) + 1);
    if (!rest.startsWith(' ') || !/^ \p{Lu}/u.test(after)) return null;
    return { ...base, restStart: labelEnd + 1, standsAlone: false };
  }
  if (/^ ?[([]/.test(rest)) {
    const restStart = labelEnd + (rest.startsWith(' ') ? 1 : 0);
    return { ...base, restStart, standsAlone: oneBracketedGroup(text.slice(restStart)) };
  }
  const separator = AFTER_LABEL.exec(rest);
  if (!separator) {
    // "A 1 B": a lone letter is a number only before a stop, a dash or the end of the line.
    if (!rest.startsWith(' ') || lettersOnly) return null;
    const words = rest.slice(1);
    // "ARTICLE 1 DEFINITIONS": an upper-case heading needs no separator, unless it reads as the
    // rest of a sentence ("ARTICLE 5 OF THE CHARTER").
    if (!/\p{Ll}/u.test(words) && /\p{Lu}/u.test(words)) {
      if (CONTINUING_WORDS.has(firstWord(words))) return null;
      return { ...base, restStart: labelEnd + 1, standsAlone: true };
    }
    // "Article 1 Definitions": a capitalised heading, where a paragraph may start. "Article 51 of
    // the Charter…" is a reference.
    if (/^\p{Lu}[\p{Ll} ]/u.test(words)) return { ...base, restStart: labelEnd + 1, standsAlone: false };
    return null;
  }
  const restStart = labelEnd + separator[0].length;
  if (restStart >= text.length) return { ...base, restStart: null, standsAlone: true };
  const after = text.slice(restStart);
  // What follows a separator must be words, not a sub-number ("Article 12. 3 of…").
  if (!/^[\p{L}"“'‘([]/u.test(after)) return null;
  const standsAlone = !/\p{Ll}/u.test(after) && !CONTINUING_WORDS.has(firstWord(after));
  return { ...base, restStart, standsAlone };
}

const OPERATIVE_WORDS = /\b(?:shall|will|must|should|undertakes?|undertaken|agrees?|agreed|is|are)\b/i;

/**
 * Whether a short line reads as a heading ("Definitions", "Entry into force") rather than a sentence:
 * short, no clause-ending punctuation, no operative verb, at most a short phrase before a final stop.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 120) return false;
  if (/[;:,]$/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"“'‘(]/u.test(text)) return false;
  if (OPERATIVE_WORDS.test(text)) return false;
  if (text.endsWith('.')) return text.split(' ').length <= 8 && !/\.\s/.test(text);
  return true;
}

export type LabelStyle = 'arabic' | 'arabic-paren' | 'letter' | 'upper-letter' | 'roman';

export interface ParagraphLabel {
  /** The number without punctuation: "1", "a", "ii". */
  value: string;
  /** For a single i, v or x, both readings are possible; the caller decides with the sequence. */
  style: LabelStyle;
  ambiguousRoman: boolean;
  /** Length of the label with its punctuation and the space after it. */
  length: number;
}

const LABELS: ReadonlyArray<[RegExp, LabelStyle]> = [
  [/^(\d{1,3})[.)](?=\s|$)\s?/, 'arabic'],
  [/^\((\d{1,3})\)(?=\s|$)\s?/, 'arabic-paren'],
  [/^\(([ivxlc]{2,6})\)(?=\s|$)\s?/, 'roman'],
  [/^\(([a-z]{1,2})\)(?=\s|$)\s?/, 'letter'],
  [/^([a-z])\)(?=\s|$)\s?/, 'letter'],
  // "a. for Switzerland: …" (Swiss and German usage); a space must follow, so "e.g." is no label.
  [/^([a-z])\.(?=\s)\s?/, 'letter'],
  [/^\(([A-Z])\)(?=\s|$)\s?/, 'upper-letter'],
];

/** A paragraph number at the start of a line: "1.", "2)", "(3)", "(a)", "b)", "a.", "(iv)", "(A)". */
export function paragraphLabel(text: string): ParagraphLabel | null {
  for (const [pattern, style] of LABELS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = match[1]!;
    if (style === 'roman' && romanToArabic(value) === null) continue;
    const ambiguousRoman = style === 'letter' && /^[ivx]$/.test(value);
    return { value, style, ambiguousRoman, length: match[0].length };
  }
  return null;
}

const FOR_WHOM = /^(?:For|On behalf of|By authorization of|By authority of|In the name of|Pour|Au nom de|Por|En nombre de|За)(?!\p{L}) ?/iu;

/** A signature caption: "For the Government of …:", "By authorization of …:". */
export function isSignatureCaption(text: string): boolean {
  return FOR_WHOM.test(text) || text.endsWith(':');
}

/** A line that can only be a signature caption: "For the Republic of X:", "FOR AUSTRALIA", "POUR LE CANADA :". */
export function isCaptionLine(text: string): boolean {
  return (
    /^(?:For|FOR|On behalf of|ON BEHALF OF|Pour|POUR|Por|POR|Für|FÜR|Voor|VOOR) /.test(text) &&
    (text.endsWith(':') || !/\p{Ll}/u.test(text))
  );
}

/** Length of a caption's opening formula with its space ("By authorization of "), or 0. */
export function captionFormulaLength(text: string): number {
  const match = FOR_WHOM.exec(text);
  return match ? match[0].length : 0;
}

const PAGE_NUMBER = /^(?:-\s?\d{1,4}\s?-|\d{1,4}|[Pp]age \d{1,4}(?: of \d{1,4})?|p\. ?\d{1,4})$/;

/** A line that is only a page number: "760", "- 12 -", "Page 3 of 9". */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

const RUNNING_HEADER =
  /^(?:\d{1,4} )?(?:United Nations|Nations Unies) ?[—–-] ?(?:Treaty Series|Recueil des Traités)(?: \d{4})?(?: \d{1,4})?$/i;

/** The running header of a printed UNTS volume: "1962 United Nations — Treaty Series 245". */
export function isRunningHeader(text: string): boolean {
  return RUNNING_HEADER.test(text);
}

/** Whether a line opens a new structural unit, so that nothing before it may run on into it. */
export function opensUnit(text: string): boolean {
  return articleHeading(text) !== null || paragraphLabel(text) !== null || isClosingStart(text);
}

/**
 * The shapes of treaty text, as small predicates over one line's normalised text: article headings,
 * paragraph numbers, closing formulas, signature captions, page furniture. Shared by the layout pass
 * (which must not glue a heading to a sentence) and the parsers. All patterns are anchored and linear.
 */

import { romanToArabic } from './roman.js';

export { romanToArabic };

export interface ArticleHeading {
  /** The number as printed, with a "bis"/"ter" suffix if any: "1", "V", "3 bis". */
  number: string;
  arabic: number | null;
  /** End of the label ("Article 1") in the text. */
  labelEnd: number;
  /** Start of what follows the label and its separator (a heading or the first words), or null. */
  restStart: number | null;
}

const ARTICLE = /^(?:ARTICLE|Article|ART\.|Art\.)\s?(\d{1,4}|[IVXLCDM]{1,12})(?:\s(bis|ter|quater|quinquies|sexies))?(?=$|[\s.:–—-])/;
const AFTER_LABEL = /^\s?[.:–—-]{1,2}\s?/;

/**
 * An article heading at the start of a line: "Article 1", "ARTICLE V", "Art. 3", "Article 2 – Title",
 * "Article 2. Title". Not "Article 51 of the Charter" (a reference that happens to open a line).
 */
export function articleHeading(text: string): ArticleHeading | null {
  const match = ARTICLE.exec(text);
  if (!match) return null;
  const numeral = match[1]!;
  const arabic = /^\d/.test(numeral) ? Number(numeral) : romanToArabic(numeral);
  if (arabic === null) return null;
  const number = match[2] ? `${numeral} ${match[2]}` : numeral;
  const labelEnd = match[0].length;
  const rest = text.slice(labelEnd);
  if (rest === '') return { number, arabic, labelEnd, restStart: null };
  const separator = AFTER_LABEL.exec(rest);
  if (!separator) {
    // "ARTICLE 1 DEFINITIONS": an upper-case heading needs no separator; "Article 51 of the
    // Charter…" (a reference that happens to open a line) is no heading.
    if (rest.startsWith(' ') && !/\p{Ll}/u.test(rest) && /\p{Lu}/u.test(rest)) return { number, arabic, labelEnd, restStart: labelEnd + 1 };
    return null;
  }
  const restStart = labelEnd + separator[0].length;
  if (restStart >= text.length) return { number, arabic, labelEnd, restStart: null };
  // What follows a separator must be words, not a sub-number ("Article 12.3 of…").
  if (!/^[\p{L}"“'‘(]/u.test(text.slice(restStart))) return null;
  return { number, arabic, labelEnd, restStart };
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
  [/^\(([A-Z])\)(?=\s|$)\s?/, 'upper-letter'],
];

/** A paragraph number at the start of a line: "1.", "2)", "(3)", "(a)", "b)", "(iv)", "(A)". */
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

const CLOSING = /^(?:IN WITNESS WHEREOF|IN FAITH WHEREOF|DONE (?:at|in|this|on)\b|FAIT (?:à|a|en) |HECHO en )/i;

/** The final clause: "IN WITNESS WHEREOF …", "DONE at …", "Fait à …". */
export function isClosingStart(text: string): boolean {
  return CLOSING.test(text);
}

const FOR_WHOM = /^(?:For|On behalf of|By authorization of|By authority of|In the name of|Pour|Au nom de|Por|En nombre de|За)(?!\p{L}) ?/iu;

/** A signature caption: "For the Government of …:", "By authorization of …:". */
export function isSignatureCaption(text: string): boolean {
  return FOR_WHOM.test(text) || text.endsWith(':');
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

/**
 * Divisions above the articles: PART, CHAPTER, SECTION, SUB-SECTION, TITLE, SUB-TITLE, and the
 * attachments ANNEX, PROTOCOL, SCHEDULE, APPENDIX. A division heading is a label and (except for an
 * attachment) a number at the start of a line — "PART II", "Chapter 3", "SECTION A", "PART THREE",
 * "TITLE IV", "ANNEX", "Annex 1", "PROTOCOL No. 2" — then nothing, a separator and a heading
 * ("CHAPTER 3 – Investment", "Part I. General provisions"), or a heading in capitals ("PART I GENERAL
 * PROVISIONS"). Its heading may also stand on the next line. Like an article heading, what follows the
 * number must be a heading, not a sentence: "Part II of this Agreement shall apply" is a reference.
 *
 * Nesting follows a fixed order of rank, the order real treaties use (TFEU: PART > TITLE > CHAPTER >
 * SECTION): an attachment holds anything; PART holds TITLE, which holds SUB-TITLE, CHAPTER, SECTION,
 * SUB-SECTION in that order. A division closes every open division of its rank or lower.
 */
import { type DivisionKind, isAttachmentKind } from '../model/index.js';
import { CARDINALS, ORDINALS } from './english-numbers.js';
import { looksLikeHeading } from './patterns.js';

const KINDS: ReadonlyArray<[RegExp, DivisionKind]> = [
  [/^(?:SUB-?SECTION|Sub-?[Ss]ection)/, 'sub-section'],
  [/^(?:SUB-?TITLE|Sub-?[Tt]itle)/, 'sub-title'],
  [/^(?:PART|Part)/, 'part'],
  [/^(?:CHAPTER|Chapter)/, 'chapter'],
  [/^(?:SECTION|Section)/, 'section'],
  [/^(?:TITLE|Title)/, 'title'],
  [/^(?:ANNEX|Annex)/, 'annex'],
  [/^(?:PROTOCOL|Protocol)/, 'protocol'],
  [/^(?:SCHEDULE|Schedule)/, 'schedule'],
  [/^(?:APPENDIX|Appendix)/, 'appendix'],
];

/** Rank: lower holds higher. Attachments hold everything; within the body PART > TITLE > … */
const RANK: Record<DivisionKind, number> = {
  annex: 0,
  protocol: 0,
  schedule: 0,
  appendix: 0,
  part: 1,
  title: 2,
  'sub-title': 3,
  chapter: 4,
  section: 5,
  'sub-section': 6,
};

export function divisionRank(kind: DivisionKind): number {
  return RANK[kind];
}

/** A number in words up to twenty-nine, or an ordinal up to tenth ("PART THREE", "CHAPTER FIRST"). */
const WORD_NUMBERS = `(?:${[
  ...CARDINALS.teens,
  `(?:${CARDINALS.tens[0]})(?:-(?:${CARDINALS.units.join('|')}))?`,
  ...CARDINALS.units,
  ...ORDINALS.units,
  ORDINALS.teens[0],
]
  .map((word) => word.toUpperCase())
  .join('|')})`;
/** A division's number: arabic (also "1.2", "1-A"), Roman, a capital letter, a number in words. */
const NUMBER = new RegExp(
  `^[ \\t]?(?:No\\.\\s?)?(\\d{1,3}(?:[.-](?:\\d{1,3}|[A-Z]))*[A-Z]?|[IVXLCDM]{1,8}(?:[.-]\\d{1,3})?|[A-Z](?:[.-]\\d{1,3})?|${WORD_NUMBERS})(?=$|[\\s.:–—-])`,
  'i',
);
const SEPARATOR = /^\s?[.:–—-]{1,2}\s?/;

export interface DivisionHeading {
  kind: DivisionKind;
  /** The number as printed, or null (an unnumbered annex or protocol). */
  number: string | null;
  /** End of the label ("PART II") in the text. */
  labelEnd: number;
  /** Start of the heading on the same line, or null. */
  restStart: number | null;
}

/** A division heading at the start of a line's text, or null. */
/** How the division labels open (SUB-SECTION, PART, CHAPTER, TITLE, ANNEX, …): most lines are settled by it. */
const openingKey = (text: string): number => text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
const OPENINGS = new Set(
  ['SU', 'Su', 'PA', 'Pa', 'CH', 'Ch', 'SE', 'Se', 'TI', 'Ti', 'AN', 'An', 'PR', 'Pr', 'SC', 'Sc', 'AP', 'Ap'].map(openingKey),
);

export function divisionHeading(text: string): DivisionHeading | null {
  if (text.length > 200 || !OPENINGS.has(openingKey(text))) return null;
  for (const [pattern, kind] of KINDS) {
    const label = pattern.exec(text);
    if (!label) continue;
    const afterLabel = text.slice(label[0].length);
    if (/^\p{L}/u.test(afterLabel)) return null; // "Partial", "Sections", "Titled", "Protocols"
    const number = NUMBER.exec(afterLabel);
    if (!number && !isAttachmentKind(kind)) return null;
    const labelEnd = label[0].length + (number ? number[0].length : 0);
    const rest = text.slice(labelEnd);
    if (rest.trim() === '') return { kind, number: number ? number[1]! : null, labelEnd, restStart: null };
    const separator = SEPARATOR.exec(rest);
    const restStart = labelEnd + (separator ? separator[0].length : rest.length - rest.trimStart().length);
    const heading = text.slice(restStart);
    // "Part II of this Agreement applies…", "Annex I to the Convention shall…": references, not headings.
    const capitals = !/\p{Ll}/u.test(heading);
    const attachmentTitle =
      isAttachmentKind(kind) &&
      /^(?:to|on|of|concerning|relating to)\b/i.test(heading) &&
      !/[;,]$/.test(heading) &&
      !/\b(?:shall|will|is|are|forms?|constitutes?)\b/i.test(heading);
    // Without a separator, a heading in mixed case must open with a capital and read as a heading
    // ("Chapter 1 General Provisions"), never "Chapter 1 of this Agreement".
    const titled = /^\p{Lu}/u.test(heading) && looksLikeHeading(heading);
    if (!capitals && !attachmentTitle && !titled) return null;
    return { kind, number: number ? number[1]! : null, labelEnd, restStart: restStart >= text.length ? null : restStart };
  }
  return null;
}

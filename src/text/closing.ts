/**
 * The end of a treaty: the closing formula ("IN WITNESS WHEREOF …", "DONE at Moscow, on 6 July 1961,
 * in two copies, each in the Russian and Korean languages …") with its place, date, number of copies
 * and languages; then the signature block, as captions ("For the Government of …:", "By authorization
 * of …:") each followed by the signatory's name.
 */
import type { Closing, IngestWarning, Piece, Signature, TextValue } from '../model/index.js';
import { dateValue, mapPiece, numberValue, pieceOf, segmentsOfLines, textValue } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { ASIDES_BEFORE_PLACE, COPIES_BEFORE_PLACE, SIGNING_FORMULAS } from './closing-formulas.js';
import { monthNumber, readDates } from './dates.js';
import type { FlowLine } from './layout.js';
import type { Line } from './lines.js';
import { findParty } from './parties.js';
import { captionFormulaLength, isCaptionLine, isSignatureCaption } from './patterns.js';
import { mergeSpans, textOfSpans, type MappedText } from './spans.js';

const escape = (words: string): string => words.replace(/ /g, '\\s');
const VERBS = SIGNING_FORMULAS.map((f) => escape(f.verb)).join('|');
const PREPOSITIONS = [...new Set(SIGNING_FORMULAS.flatMap((f) => f.places))].join('|');
/**
 * The signing words and the place after them: "DONE at Moscow, on …", "Done in duplicate at
 * Canberra this …", "DONE at the city of San Francisco …", "DONE at Washington, D.C., this …", "Fait à Paris le …", "Geschehen zu Bonn am …". Case-insensitive, so
 * the place's capital is checked apart; a full stop ends the place unless it ends an abbreviation
 * ("St. Petersburg").
 */
const PLACE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${VERBS})${COPIES_BEFORE_PLACE}${ASIDES_BEFORE_PLACE},?\s(?:${PREPOSITIONS})\s(?:the\scity\sof\s|la\sville\sde\s|la\sciudad\sde\s)?(\p{L}[\p{L}.' -]{0,40}?(?:,\s\p{Lu}\.\s?\p{Lu}\.)?)(?=,| on\b| this\b| the\b| le\b| el\b| am\b| in\b|(?<!(?<!\p{L})\p{Lu}\p{Ll}?)\.(?=\s|$|\[)|\s?\[|$)`,
  'giu',
);
const COPIES =
  /\bin (duplicate|triplicate|quadruplicate)\b|\bin (one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:original |authentic )?(?:copies|originals|exemplars|counterparts)\b|\bin (a single) (?:original|copy)\b|\ben (double|triple) exemplaire\b|\ben (deux|trois|quatre|\d{1,2}) exemplaires\b|\bpor (duplicado|triplicado)\b|\ben (dos|tres|cuatro|\d{1,2}) ejemplares\b|\bin (tweevoud|drievoud)\b|\bin (twee|drie|vier|\d{1,2}) exemplaren\b|\bin (zwei|drei|vier|\d{1,2}) Urschriften\b/i;
const COUNTS: Record<string, number> = {
  duplicate: 2,
  triplicate: 3,
  quadruplicate: 4,
  'a single': 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  double: 2,
  triple: 3,
  deux: 2,
  trois: 3,
  quatre: 4,
  duplicado: 2,
  triplicado: 3,
  dos: 2,
  tres: 3,
  cuatro: 4,
  tweevoud: 2,
  drievoud: 3,
  twee: 2,
  drie: 3,
  vier: 4,
  zwei: 2,
  drei: 3,
};
/** "in the English, French and Russian languages", "en langues française et anglaise". */
const LANGUAGES = /\bin the ([\p{L}, ]{1,200}?) languages?\b|\ben langues ([\p{L}, ]{1,200}?)(?=[,.;]|$)/u;

/**
 * A date left blank to be filled in at signature: "..this..day of 1951", "this ______ day of
 * ________ 19__", "this day of" (spaces left for it; "the day of signature" is no blank), "on ________". Dots against "this" are part of
 * the blank; a blank apart from it ("at ________ this") is the place's. A month word is kept only
 * when it is a month.
 */
const BLANK_DAY =
  /(?:[._…]{2,})?(?<!\p{L})(?:this(?:\s?[._…]+\s?|\s+)|the\s?[._…]+\s?)day\s+of(?:\s?[._…]{2,})?(?:\s+(\p{L}{3,10}))?(?:,?\s+(?:\d{4}(?!\d)|\d{2}[._]{1,2}|[._…]{2,}))?/iu;
const BLANK_AFTER_WORD =
  /(?<!\p{L})(?:on|le|el|de|am)\s?[._…]{3,}(?:\s+(\p{L}{3,10}))?(?:,?\s+(?:\d{4}(?!\d)|\d{2}[._]{1,2}|[._…]{2,}))?/iu;

/** The blank left for the date in [from, …) of the text: its start and end. */
function blankDate(text: string, from: number): { start: number; end: number } | null {
  const rest = text.slice(from);
  const match = BLANK_DAY.exec(rest) ?? BLANK_AFTER_WORD.exec(rest);
  if (!match) return null;
  let end = match[0].length;
  // "this ___ day of the month": the words after "day of" are kept only when they name a month.
  if (match[1] !== undefined && monthNumber(match[1]) === null) end = match[0].lastIndexOf(match[1]);
  const blank = match[0].slice(0, end).trimEnd();
  return { start: from + match.index, end: from + match.index + blank.length };
}

/** The place of signature and where the signing words start (the date is looked for from there). */
function placeOf(text: string): { start: number; end: number; formula: number } | null {
  for (const match of text.matchAll(PLACE)) {
    const place = match[1]!.trimEnd();
    if (!/^\p{Lu}/u.test(place)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    return { start, end: start + place.length, formula: match.index };
  }
  return null;
}

const SIGNING_WORDS = new RegExp(`(?<![\\p{L}\\d])(?:${VERBS})(?![\\p{L}\\d])`, 'iu');

/** The first signing words ("DONE", "Fait") whatever follows them, or 0. */
function formulaStart(text: string): number {
  const match = SIGNING_WORDS.exec(text);
  return match ? match.index : 0;
}

function languagesOf(raw: string, mapped: MappedText): TextValue[] {
  const languages: TextValue[] = [];
  const list = LANGUAGES.exec(mapped.text);
  if (!list) return languages;
  const words = (list[1] ?? list[2])!;
  const listStart = list.index + list[0].indexOf(words);
  for (const name of words.matchAll(/\p{L}+/gu)) {
    if (/^(?:and|et|y|en|each|both|the)$/i.test(name[0]) || (list[1] !== undefined && !/^\p{Lu}/u.test(name[0]))) continue;
    const value = textValue(raw, mapped, listStart + name.index, listStart + name.index + name[0].length);
    if (value) languages.push(value);
  }
  return languages;
}

/**
 * The closing formula and what it says: place, date (or the blank left for it, with a `blank-date`
 * warning), copies and languages. A date that names no calendar day ("the thirty-first day of
 * April") is no date: an `ambiguous-date` warning says why.
 */
export function parseClosing(raw: string, flow: readonly FlowLine[], warnings: IngestWarning[] = []): Closing | null {
  const piece = pieceOf(raw, segmentsOfLines(flow.map((f) => f.line)));
  if (!piece) return null;
  const mapped = mapPiece(raw, piece);
  const text = mapped.text;
  const place = placeOf(text);
  // The date of signing follows the signing words; a date in the attestation before them is another.
  const from = place ? place.formula : formulaStart(text);
  const { dates, impossible } = readDates(text);
  const date = dates.find((found) => found.index >= from) ?? dates[0];
  const copies = COPIES.exec(text);
  const copiesWord = copies
    ? copies
        .slice(1)
        .find((group) => group !== undefined)!
        .toLowerCase()
    : '';
  const copiesCount = copies ? (COUNTS[copiesWord] ?? Number(copiesWord)) : NaN;
  let dateLeftBlank: TextValue | null = null;
  if (!date) {
    const notADay = impossible.find((found) => found.index >= from);
    if (notADay) {
      const written = textValue(raw, mapped, notADay.index, notADay.index + notADay.length);
      warnings.push({
        code: 'ambiguous-date',
        message: `the date of signature "${written?.text ?? ''}" names no calendar day (${notADay.reason}): no date is given`,
        spans: written?.spans ?? [],
      });
    }
    const blank = blankDate(text, from);
    dateLeftBlank = blank ? textValue(raw, mapped, blank.start, blank.end) : null;
    if (dateLeftBlank) {
      warnings.push({
        code: 'blank-date',
        message: `the date of signature is left blank ("${dateLeftBlank.text}"): it is not guessed`,
        spans: dateLeftBlank.spans,
      });
    }
  }
  return {
    ...piece,
    place: place ? textValue(raw, mapped, place.start, place.end) : null,
    date: date ? dateValue(raw, mapped, date.index, date.index + date.length, date.value) : null,
    ...(dateLeftBlank ? { dateLeftBlank } : {}),
    copies:
      copies && Number.isInteger(copiesCount) ? numberValue(raw, mapped, copies.index, copies.index + copies[0].length, copiesCount) : null,
    languages: languagesOf(raw, mapped),
  };
}

function partyOfCaption(raw: string, caption: Piece, parties: readonly TextValue[]): TextValue | null {
  const mapped = mapPiece(raw, caption);
  const formula = captionFormulaLength(mapped.text);
  return findParty(raw, mapped, formula, mapped.text.length, parties, { wholeIfNoInstitution: formula > 0 });
}

function signatureOf(raw: string, forWhom: Piece | null, name: Piece | null, party: TextValue | null): Signature | null {
  const spans = mergeSpans(raw, [...(forWhom?.spans ?? []), ...(name?.spans ?? [])]);
  if (spans.length === 0) return null;
  return { forWhom, name, party, text: textOfSpans(raw, spans), spans };
}

/**
 * Signatures: a caption (a block opening with "For …", "By authorization of …" or ending with ":",
 * possibly with the name on its following lines) and the name block after it. A second name under
 * the same caption is a second signature for the same party.
 */
/** The blocks of the signature part, each cut again before a caption set under the name above it without a blank line. */
function signatureBlocks(flow: readonly FlowLine[]): Line[][] {
  const out: Line[][] = [];
  for (const block of blocksOfFlow(flow)) {
    let current: Line[] = [];
    for (const { line } of block) {
      if (current.length > 0 && isCaptionLine(line.text)) {
        out.push(current);
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) out.push(current);
  }
  return out;
}

export function parseSignatures(raw: string, flow: readonly FlowLine[], parties: readonly TextValue[]): Signature[] {
  const signatures: Signature[] = [];
  let caption: Piece | null = null;
  let party: TextValue | null = null;
  let named = true;
  const finish = (name: Piece | null): void => {
    const signature = signatureOf(raw, named ? null : caption, name, party);
    if (signature) signatures.push(signature);
    named = true;
  };
  for (const lines of signatureBlocks(flow)) {
    const colon = lines.findIndex((line) => line.text.endsWith(':'));
    const isCaption = isSignatureCaption(lines[0]!.text) || colon >= 0;
    if (isCaption) {
      if (!named) finish(null);
      const captionEnd = colon >= 0 ? colon + 1 : lines.length;
      caption = pieceOf(raw, segmentsOfLines(lines.slice(0, captionEnd)));
      party = caption ? partyOfCaption(raw, caption, parties) : null;
      named = false;
      const name = pieceOf(raw, segmentsOfLines(lines.slice(captionEnd)));
      if (name) finish(name);
    } else {
      finish(pieceOf(raw, segmentsOfLines(lines)));
    }
  }
  if (!named) finish(null);
  return signatures;
}

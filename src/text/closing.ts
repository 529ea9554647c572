/**
 * The end of a treaty: the closing formula ("IN WITNESS WHEREOF …", "DONE at Moscow, on 6 July 1961,
 * in two copies, each in the Russian and Korean languages …") with its place, date, number of copies
 * and languages; then the signature block, as captions ("For the Government of …:", "By authorization
 * of …:") each followed by the signatory's name.
 */
import type { Closing, Piece, Signature, TextValue } from '../model/index.js';
import { dateValue, mapPiece, numberValue, pieceOf, segmentsOfLines, textValue } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { findDates } from './dates.js';
import type { FlowLine } from './layout.js';
import type { Line } from './lines.js';
import { findParty } from './parties.js';
import { captionFormulaLength, isSignatureCaption } from './patterns.js';
import { mergeSpans, textOfSpans } from './spans.js';

const PLACE =
  /\b(?:DONE|Done|FAIT|Fait|HECHO|Hecho)(?: in (?:duplicate|triplicate|quadruplicate))?,? (?:at|in|à|a|en) (\p{Lu}[\p{L}.' -]{0,40}?)(?=,| on\b| this\b| the\b| le\b| el\b|\.|$)/u;
const COPIES =
  /\bin (duplicate|triplicate|quadruplicate)\b|\bin (one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:original |authentic )?(?:copies|originals|exemplars|counterparts)\b|\bin (a single) (?:original|copy)\b/i;
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
};
const LANGUAGES = /\bin the ([\p{L}, ]{1,200}?) languages?\b/u;

export function parseClosing(raw: string, flow: readonly FlowLine[]): Closing | null {
  const piece = pieceOf(raw, segmentsOfLines(flow.map((f) => f.line)));
  if (!piece) return null;
  const mapped = mapPiece(raw, piece);
  const text = mapped.text;
  const place = PLACE.exec(text);
  const placeStart = place ? place.index + place[0].length - place[1]!.length : 0;
  const date = findDates(text)[0];
  const copies = COPIES.exec(text);
  const copiesWord = copies ? (copies[1] ?? copies[2] ?? copies[3])!.toLowerCase() : '';
  const copiesCount = copies ? (COUNTS[copiesWord] ?? Number(copiesWord)) : NaN;
  const languages: TextValue[] = [];
  const list = LANGUAGES.exec(text);
  if (list) {
    const listStart = list.index + list[0].indexOf(list[1]!);
    for (const name of list[1]!.matchAll(/\p{Lu}\p{L}+/gu)) {
      const value = textValue(raw, mapped, listStart + name.index, listStart + name.index + name[0].length);
      if (value) languages.push(value);
    }
  }
  return {
    ...piece,
    place: place ? textValue(raw, mapped, placeStart, placeStart + place[1]!.length) : null,
    date: date ? dateValue(raw, mapped, date.index, date.index + date.length, date.value) : null,
    copies:
      copies && Number.isInteger(copiesCount) ? numberValue(raw, mapped, copies.index, copies.index + copies[0].length, copiesCount) : null,
    languages,
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
  for (const block of blocksOfFlow(flow)) {
    const lines: Line[] = block.map((f) => f.line);
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

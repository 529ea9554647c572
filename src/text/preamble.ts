/**
 * The preamble: everything between the title and the first article (or division), read as
 * - the parties' opening ("The Presidium of … and the Presidium of …,", "The Parties to this Treaty,");
 * - recitals, each opened by its own word ("Desiring …", "Recognizing …", "Considering …"), whether
 *   recitals are separated by blank lines, stand on consecutive lines, or run on in one paragraph
 *   separated by commas ("…, Noting that …, Recognizing that …");
 * - plenipotentiaries, after the words that announce them ("… as their plenipotentiaries:"), each
 *   "Appointing authority: Name, Office;" — one per block or one per line, never taken for recitals;
 * - the agreement formula ("… have agreed as follows:", "Therefore declare and agree as follows:").
 * A preamble written as prose ("The Parties to this Treaty reaffirm … They therefore agree to this
 * Treaty:") has no opening list of parties: its sentences are its recitals.
 */
import type { Piece, Plenipotentiary, Preamble, TextValue } from '../model/index.js';
import { mapPiece, pieceIn, pieceOf, segmentsOfLines, textValue } from './build.js';
import type { FlowLine } from './layout.js';
import { blocksOfFlow } from './blocks.js';
import { findParty } from './parties.js';

const AGREEMENT =
  /\bagreed? (?:as follows|upon the following|on the following)\b|\bconvenus? de ce qui suit\b|\bconvienen en lo siguiente\b|\bagree (?:to|upon) this\b[^.]{0,120}:$|\bagree as (?:hereinafter provided|set out below)\b|\bagree to the following\b/i;
const HAVE_AGREED = /\b(?:have|has) agreed\b/i;
const ANNOUNCES_PLENIPOTENTIARIES = /\b(?:plenipotentiar(?:y|ies)|have (?:appointed|designated|named))\b[^:]{0,200}:$/i;
const RECITAL_WORDS =
  'Anxious|Resolved|Convinced|Aware|Mindful|Determined|Conscious|Guided|Inspired|Having|Firmly|Deeply|Noting|Taking|Bearing|Considering|Recognizing|Recognising|Desiring|Desirous|Reaffirming|Recalling|Affirming|Wishing|Believing|Emphasizing|Emphasising|Stressing|Acknowledging|Welcoming|Seeking|Intending|Sharing|Reiterating|Confirming|Expressing|Underlining|Observing|Realizing|Realising|Endeavouring|Endeavoring|Hoping|Committed|Concerned|Persuaded|Cognizant|Encouraged|Pursuant|Further|Prompted|Considérant|Désireux|Désireuses|Reconnaissant|Conscients|Soucieux|Convaincus|Résolus|Rappelant|Notant|Affirmant|Réaffirmant|Considerando|Deseosos|Reconociendo|Conscientes';
/** Recital words as printed: "Desiring", or in capitals "DESIRING" (EU texts). */
const OPENERS = `${RECITAL_WORDS}|${RECITAL_WORDS.toUpperCase()}`;
const RECITAL_WORD = new RegExp(
  `^(?:(?!(?:Contracting|Including|Concerning|Regarding|During|Notwithstanding)\\b)\\p{Lu}\\p{Ll}+ing|\\p{Lu}{3,}ING|${OPENERS})\\b`,
  'u',
);
const LOWER_RECITAL_WORD = new RegExp(`^(?:${RECITAL_WORDS.toLowerCase()})\\b`, 'u');
const FORMULA_OPENERS = 'Therefore|THEREFORE|Hereby|HEREBY|Have agreed|HAVE AGREED|Agree|AGREE|Sont convenus|Han convenido|Convienen';
/** Where a recital (or the agreement formula) opens inside a paragraph: after a comma or semicolon. */
const INLINE_OPENER = new RegExp(`[,;]\\s+(?:and\\s+)?(?=(?:${OPENERS}|${FORMULA_OPENERS})\\b)`, 'gu');
/**
 * In the parties' opening, a recital may open in lower case right after a comma ("…, hereinafter …
 * "the Contracting Parties", desiring to …, have agreed as follows:"); "and desiring" goes on with
 * the recital before it.
 */
const OPENING_INLINE_OPENER = new RegExp(
  `[,;]\\s+(?=(?:${RECITAL_WORDS.toLowerCase()}|have agreed|have resolved|have decided|hereby agree|agree)\\b)|[,;]\\s+(?:and\\s+)?(?=(?:${OPENERS}|${FORMULA_OPENERS})\\b)`,
  'gu',
);
/** A sentence break in prose: a full stop, then a capital. */
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})/gu;

function isAgreement(text: string): boolean {
  return AGREEMENT.test(text) || (HAVE_AGREED.test(text) && text.endsWith(':'));
}

function plenipotentiaryOf(raw: string, piece: Piece, parties: readonly TextValue[]): Plenipotentiary {
  const mapped = mapPiece(raw, piece);
  const text = mapped.text;
  const colon = text.indexOf(': ');
  const personFrom = colon >= 0 ? colon + 2 : 0;
  const end = text.replace(/(?:[;.,]|;? and|;? et)$/, '').length;
  const comma = text.indexOf(', ', personFrom);
  const nameEnd = comma >= 0 && comma < end ? comma : end;
  return {
    ...piece,
    appointedBy: colon > 0 ? textValue(raw, mapped, 0, colon) : null,
    party: colon > 0 ? findParty(raw, mapped, 0, colon, parties) : null,
    name: textValue(raw, mapped, personFrom, nameEnd),
    office: nameEnd < end ? textValue(raw, mapped, nameEnd + 2, end) : null,
  };
}

/** The block's lines grouped into units: a new unit at each line that opens a recital, a person or the formula. */
function lineUnits(block: readonly FlowLine[], listingPeople: boolean): FlowLine[][] {
  const units: FlowLine[][] = [];
  for (const flowLine of block) {
    const text = flowLine.line.text;
    const previous = units[units.length - 1];
    const previousEnds = previous ? /[,;.:]$/.test(previous[previous.length - 1]!.line.text) : true;
    const opens = RECITAL_WORD.test(text) || /^(?:who|which|Who|Which),? having\b/.test(text) || (listingPeople && text.includes(': '));
    if (!previous || (previousEnds && opens)) units.push([flowLine]);
    else previous.push(flowLine);
  }
  return units;
}

/** A unit cut where recitals open inside it ("…, Noting that …, Therefore declare …"). */
function inlineUnits(raw: string, piece: Piece, breaks: RegExp): Piece[] {
  const mapped = mapPiece(raw, piece);
  const cuts: number[] = [];
  breaks.lastIndex = 0;
  for (const match of mapped.text.matchAll(breaks)) {
    const at = match.index + match[0].length;
    if (at > 0 && at < mapped.text.length) cuts.push(at);
  }
  // A lead-in to a list ("…, resolved to:") goes with what it follows: it is not a recital of its own.
  const last = cuts[cuts.length - 1];
  if (last !== undefined && /^\S+(?: \S+){0,2}:$/.test(mapped.text.slice(last))) cuts.pop();
  if (cuts.length === 0) return [piece];
  const pieces: Piece[] = [];
  let from = 0;
  for (const to of [...cuts, mapped.text.length]) {
    const part = pieceIn(raw, mapped, from, to);
    if (part) pieces.push(part);
    from = to;
  }
  return pieces;
}

export function parsePreamble(raw: string, flow: readonly FlowLine[], parties: readonly TextValue[]): Preamble | null {
  const preamble: Preamble = { parties: null, recitals: [], plenipotentiaries: [], agreement: null };
  let listingPeople = false;
  let first = true;
  let any = false;
  const take = (piece: Piece, lineCount: number): void => {
    any = true;
    const opening = first;
    first = false;
    const extendsOpening =
      preamble.parties !== null &&
      preamble.recitals.length === 0 &&
      preamble.agreement === null &&
      /(?:,|\band)$/.test(preamble.parties.text) &&
      !RECITAL_WORD.test(piece.text) &&
      !LOWER_RECITAL_WORD.test(piece.text) &&
      !isAgreement(piece.text);
    if (extendsOpening) {
      // The parties set out over several lines or blocks ("THE EUROPEAN UNION, / of the one part, and / …").
      preamble.parties = pieceOf(raw, [...preamble.parties!.spans, ...piece.spans]);
      return;
    }
    if (opening && !RECITAL_WORD.test(piece.text)) {
      // An opening naming the parties ends with a comma; prose that runs on in sentences is recitals
      // (and, at its end, the agreement formula).
      const sentences = piece.text.endsWith(',') || lineCount > 1 ? [piece] : inlineUnits(raw, piece, SENTENCE_BREAK);
      if (sentences.length > 1) {
        // One paragraph of statements is one recital; a last sentence that agrees is the formula.
        const last = sentences[sentences.length - 1]!;
        const formula = isAgreement(last.text);
        const statements = pieceOf(
          raw,
          (formula ? sentences.slice(0, -1) : sentences).flatMap((sentence) => sentence.spans),
        );
        if (statements) preamble.recitals.push(statements);
        if (formula) preamble.agreement = last;
        return;
      }
      if (!isAgreement(piece.text)) {
        preamble.parties = piece;
        return;
      }
    }
    if (preamble.agreement === null && isAgreement(piece.text)) {
      preamble.agreement = piece;
      listingPeople = false;
      return;
    }
    if (listingPeople) {
      preamble.plenipotentiaries.push(plenipotentiaryOf(raw, piece, parties));
      return;
    }
    preamble.recitals.push(piece);
    if (ANNOUNCES_PLENIPOTENTIARIES.test(piece.text)) listingPeople = true;
  };
  for (const block of blocksOfFlow(flow)) {
    for (const unit of lineUnits(block, listingPeople)) {
      const piece = pieceOf(raw, segmentsOfLines(unit.map((f) => f.line)));
      if (!piece) continue;
      const parts = listingPeople ? [piece] : inlineUnits(raw, piece, first ? OPENING_INLINE_OPENER : INLINE_OPENER);
      for (const part of parts) take(part, unit.length);
    }
  }
  return any ? preamble : null;
}

/**
 * The title of a treaty text: the blocks before the preamble that read as a title (capitals, or no
 * final stop), over as many lines and blocks as it takes (up to MAX_TITLE_BLOCKS). Around it:
 * - a title in another language (a database's own heading "Noord-Atlantisch Verdrag" above "NORTH
 *   ATLANTIC TREATY") is kept as a metadata line of that language, not glued to the title;
 * - a line dating the text ("Draft, Washington, 12 July 1951") is kept as a dateline;
 * - a "PREAMBLE" heading ends the title: it is the preamble's heading, never part of the last party's
 *   name ("… AND JAPAN" / "PREAMBLE").
 * Parties come from a title "… between X, Y and Z …", each without the institution that acts for it.
 */
import type { MetadataLine, Piece, TextValue } from '../model/index.js';
import { mapPiece, pieceOf, segmentsOfLines } from './build.js';
import { blocksOfFlow } from './blocks.js';
import { findDates } from './dates.js';
import { guessLanguage } from './language.js';
import type { FlowLine } from './layout.js';
import { findParty } from './parties.js';
import { paragraphLabel } from './patterns.js';
import { partyNameRanges, type StateNames } from './state-names.js';

const MAX_TITLE_BLOCKS = 4;

/** A title block: no clause punctuation at its end, in capitals or without a final stop. */
function isTitleBlock(text: string): boolean {
  if (paragraphLabel(text) || text.length > 400) return false;
  if (/[,;:]$/.test(text)) return false;
  const capitals = !/\p{Ll}/u.test(text);
  // A line in lower case that breaks off on a conjunction goes on into what follows: not a title.
  if (!capitals && /\b(?:and|or|et|of)$/.test(text)) return false;
  return capitals || !text.endsWith('.');
}

/** A line under a title in capitals that still belongs to it. */
function continuesTitle(text: string): boolean {
  return /^\(.*\)$/.test(text) || /^(?:between|among|amongst|on|concerning|relating to|regarding|entre|sur|relatif|relative)\b/.test(text);
}

/** "PREAMBLE", "Preamble", "PREAMBLE:" alone on its line. */
export function isPreambleHeading(text: string): boolean {
  return /^(?:PREAMBLE|Preamble|PRÉAMBULE|Préambule|PREÁMBULO|Preámbulo):?$/u.test(text);
}

/** A short line that dates the text: "Draft, Washington, 12 July 1951", "Signed at Paris, 1 May 1990". */
function isDateline(text: string): boolean {
  if (text.length > 100) return false;
  const dates = findDates(text);
  const last = dates[dates.length - 1];
  return last !== undefined && /^[\s.]*$/.test(text.slice(last.index + last.length)) && /,/.test(text.slice(0, last.index));
}

const BETWEEN =
  /\b(?:between|among|amongst|entre) (.{3,300}?)(?: on | concerning | regarding | relating to | for (?:the|an?) | with respect to | in respect of | sur | relatif | concernant | pour |\. |$)/i;

/** "AGREEMENT BETWEEN THE REPUBLIC OF A, B AND THE KINGDOM OF C ON …" → the parties, as named (see `partyNameRanges`). */
export function partiesOfTitle(raw: string, title: Piece, states?: StateNames): TextValue[] {
  const mapped = mapPiece(raw, title);
  const match = BETWEEN.exec(mapped.text);
  if (!match) return [];
  const listStart = match.index + match[0].indexOf(match[1]!);
  const list = match[1]!.replace(/[.\s]+$/, '');
  const joined = partyNameRanges(list, states);
  if (joined.length < 2) return [];
  return joined
    .map(({ from, to }) => findParty(raw, mapped, listStart + from, listStart + to, [], { wholeIfNoInstitution: true }))
    .filter((value): value is TextValue => value !== null);
}

export interface TitleParts {
  title: Piece | null;
  /** Titles in other languages, and datelines, as metadata lines. */
  metadataLines: MetadataLine[];
  /** How many flow lines the title (and what stands with it) takes. */
  consumed: number;
  /** A "PREAMBLE" heading that ended the title, if any. */
  preambleHeading: Piece | null;
}

/** Reads the title from the start of `flow` (everything before the first article or division). */
export function parseTitle(raw: string, flow: readonly FlowLine[], language: string): TitleParts {
  const parts: TitleParts = { title: null, metadataLines: [], consumed: 0, preambleHeading: null };
  const titleLines: FlowLine[] = [];
  let titleBlocks = 0;
  for (const block of blocksOfFlow(flow)) {
    const preambleAt = block.findIndex((f) => isPreambleHeading(f.line.text));
    // A title in capitals with the preamble under it and no blank line between: the title is the
    // lines in capitals, the preamble starts at the first line in mixed case.
    // A line in parentheses ("(text as amended)") or one going on with the title ("between the …,
    // of the one part, and …") belongs to the title.
    const firstMixed = block.findIndex((f) => /\p{Ll}/u.test(f.line.text) && !continuesTitle(f.line.text));
    const capitalsThenText = titleBlocks === 0 && firstMixed > 0 && (preambleAt < 0 || firstMixed < preambleAt);
    const own = capitalsThenText ? block.slice(0, firstMixed) : preambleAt >= 0 ? block.slice(0, preambleAt) : block;
    const piece = own.length > 0 ? pieceOf(raw, segmentsOfLines(own.map((f) => f.line))) : null;
    if (piece && isDateline(piece.text)) {
      parts.metadataLines.push({ role: 'dateline', ...piece });
    } else if (piece && isTitleBlock(piece.text) && titleBlocks < MAX_TITLE_BLOCKS) {
      const blockLanguage = guessLanguage(piece.text);
      if (blockLanguage !== 'und' && language !== 'und' && blockLanguage !== language && titleLines.length === 0) {
        parts.metadataLines.push({ role: 'title', language: blockLanguage, ...piece });
      } else {
        for (const line of own) titleLines.push(line);
        titleBlocks++;
      }
    } else if (piece) {
      break;
    }
    parts.consumed += own.length;
    if (capitalsThenText) break;
    if (preambleAt >= 0) {
      parts.preambleHeading = pieceOf(raw, block[preambleAt]!.line.segments);
      parts.consumed += 1;
      break;
    }
  }
  parts.title = pieceOf(raw, segmentsOfLines(titleLines.map((f) => f.line)));
  return parts;
}

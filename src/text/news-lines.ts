/** Small readers shared by the parts of a news page. */
import type { MetadataLine, Piece } from '../model/index.js';
import { pieceOf } from './build.js';
import { findDates } from './dates.js';
import { mapLine, type Line } from './lines.js';
import type { MappedText } from './spans.js';

/** A line that is only dates (and punctuation): "February 22, 2026Feb 22, 2026". */
export function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + rest.slice(date.index + date.length);
  return /^[\s,.;|–—-]*$/.test(rest);
}

export function lineValue(raw: string, line: Line): { piece: Piece; mapped: MappedText } | null {
  const piece = pieceOf(raw, line.segments);
  return piece ? { piece, mapped: mapLine(raw, line) } : null;
}

export function asLine(role: MetadataLine['role'], piece: Piece): MetadataLine {
  return { role, text: piece.text, spans: piece.spans };
}

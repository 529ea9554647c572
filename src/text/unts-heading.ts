/**
 * The heading of a UNTS record's text: "No. 6045. TITLE¹ BETWEEN … . SIGNED AT MOSCOW, ON 6 JULY 1961".
 * Three pieces: the number (a metadata line), the title (around any footnote marker, which is why it
 * may have two spans), and the signature clause (a metadata line).
 */
import type { MetadataLine, Piece, TextValue } from '../model/index.js';
import { mapPiece, pieceIn, pieceOf, segmentsOfLines, textValue } from './build.js';
import { guessLanguage } from './language.js';
import type { FlowLine } from './layout.js';

const HEADING_SIGNED = /\.\s(?:SIGNED|Signed|DONE|Done|CONCLUDED|Concluded|OPENED FOR SIGNATURE|Opened for signature)\b/g;

export interface RecordHeading {
  lines: MetadataLine[];
  title: Piece | null;
  signed: Piece | null;
  number: TextValue | null;
}

export function parseHeading(raw: string, block: readonly FlowLine[]): RecordHeading {
  const piece = pieceOf(raw, segmentsOfLines(block.map((f) => f.line)))!;
  const mapped = mapPiece(raw, piece);
  const text = mapped.text;
  const prefix = /^No\.\s?(\d{1,6})\.\s?/.exec(text)!;
  const numberStart = prefix[0].indexOf(prefix[1]!);
  let titleEnd = text.length;
  let signedStart = -1;
  for (const match of text.matchAll(HEADING_SIGNED)) {
    titleEnd = match.index;
    signedStart = match.index + 2;
  }
  if (signedStart < 0 && text.endsWith('.')) titleEnd = text.length - 1;
  const numberLine = pieceIn(raw, mapped, 0, prefix[0].length);
  const title = pieceIn(raw, mapped, prefix[0].length, titleEnd);
  const signed = signedStart >= 0 ? pieceIn(raw, mapped, signedStart, text.length) : null;
  const lines: MetadataLine[] = [];
  if (numberLine) lines.push({ role: 'registration-number', text: numberLine.text, spans: numberLine.spans });
  if (signed) lines.push({ role: 'signed', language: guessLanguage(signed.text), text: signed.text, spans: signed.spans });
  return {
    lines,
    title,
    signed,
    number: textValue(raw, mapped, numberStart, numberStart + prefix[1]!.length),
  };
}

/**
 * The preamble: everything between the title and the first article, read block by block as
 * - the parties' opening ("The Presidium of … and the Presidium of …,"), when the first block is not
 *   a recital;
 * - recitals ("Anxious to …", "Desiring …", "Have decided …");
 * - plenipotentiaries, after a block that announces them ("… as their plenipotentiaries:"), each
 *   "Appointing authority: Name, Office;";
 * - the agreement formula ("… have agreed as follows:").
 */
import type { Plenipotentiary, Preamble, TextValue } from '../model/index.js';
import { mapPiece, pieceOf, segmentsOfLines, textValue } from './build.js';
import type { FlowLine } from './layout.js';
import { blocksOfFlow } from './blocks.js';
import { findParty } from './parties.js';

const AGREEMENT =
  /\bagreed? (?:as follows|upon the following|on the following)\b|\bconvenu de ce qui suit\b|\bconvienen en lo siguiente\b/i;
const HAVE_AGREED = /\b(?:have|has) agreed\b/i;
const ANNOUNCES_PLENIPOTENTIARIES = /\b(?:plenipotentiar(?:y|ies)|have (?:appointed|designated|named))\b[^:]{0,200}:$/i;
const RECITAL_WORD =
  /^(?:\p{L}+ing|Anxious|Resolved|Convinced|Aware|Mindful|Determined|Conscious|Guided|Inspired|Having|Firmly|Deeply|Further|Noting|Taking|Bearing|Considering|Recognizing|Recognising|Desiring|Reaffirming|Recalling|Affirming|Wishing|Believing|Emphasizing|Stressing|Acknowledging)\b/u;

function isAgreement(text: string): boolean {
  return AGREEMENT.test(text) || (HAVE_AGREED.test(text) && text.endsWith(':'));
}

function plenipotentiaryOf(raw: string, lines: FlowLine[], parties: readonly TextValue[]): Plenipotentiary | null {
  const piece = pieceOf(raw, segmentsOfLines(lines.map((f) => f.line)));
  if (!piece) return null;
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

export function parsePreamble(raw: string, flow: readonly FlowLine[], parties: readonly TextValue[]): Preamble | null {
  const preamble: Preamble = { parties: null, recitals: [], plenipotentiaries: [], agreement: null };
  let plenipotentiaries = false;
  let any = false;
  blocksOfFlow(flow).forEach((block, index) => {
    const piece = pieceOf(raw, segmentsOfLines(block.map((f) => f.line)));
    if (!piece) return;
    any = true;
    if (preamble.agreement === null && isAgreement(piece.text)) {
      preamble.agreement = piece;
      plenipotentiaries = false;
    } else if (index === 0 && !RECITAL_WORD.test(piece.text) && preamble.agreement === null) {
      preamble.parties = piece;
    } else if (plenipotentiaries) {
      const person = plenipotentiaryOf(raw, block, parties);
      if (person) preamble.plenipotentiaries.push(person);
    } else {
      preamble.recitals.push(piece);
      if (ANNOUNCES_PLENIPOTENTIARIES.test(piece.text)) plenipotentiaries = true;
    }
  });
  return any ? preamble : null;
}

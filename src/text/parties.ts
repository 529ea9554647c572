/**
 * Finding the party a caption or an appointment speaks for. First by the parties the document names
 * (its title block or title), matched case-insensitively; failing that, by taking the words after the
 * institution that acts for a state ("the Presidium of the Supreme Soviet of the Union of …" → "Union of …").
 */
import type { TextValue } from '../model/index.js';
import { textValue } from './build.js';
import type { MappedText } from './spans.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const INSTITUTION =
  /^(?:the )?(?:Governments?|President|Presidium|Supreme Soviet|Supreme National Assembly|National Assembly|Council of Ministers|Federal Council|Federal President|Head of State|State Council|Cabinet|King|Queen|Emperor|Grand Duke|Prime Minister|Parliament) of (?:the )?|^(?:le |la |l')?(?:Gouvernement|Président|Conseil fédéral|Roi|Reine) (?:de la |de l'|du |des |de )/i;

/**
 * The party named in mapped.text[from, to): a known party (its value, with the words as written
 * here), or the words left after leading institutions, or (for a signature caption, whose formula
 * the caller has left out) the words themselves; null when there are none.
 */
export function findParty(
  raw: string,
  mapped: MappedText,
  from: number,
  to: number,
  parties: readonly TextValue[],
  options: { wholeIfNoInstitution: boolean } = { wholeIfNoInstitution: false },
): TextValue | null {
  const text = mapped.text.slice(from, to);
  for (const party of parties) {
    const match = new RegExp(escapeRegExp(party.value), 'iu').exec(text);
    if (match) return textValue(raw, mapped, from + match.index, from + match.index + match[0].length, party.value);
  }
  let start = 0;
  for (let rounds = 0; rounds < 6; rounds++) {
    const institution = INSTITUTION.exec(text.slice(start));
    if (!institution) break;
    start += institution[0].length;
  }
  if (start === 0) {
    // A signature caption names the party itself after its formula: "For the Republic of Arcadia:".
    if (!options.wholeIfNoInstitution) return null;
    start = /^the /i.test(text) ? 4 : 0;
  }
  const end = text.replace(/[\s:;,.]+$/, '').length;
  return end > start ? textValue(raw, mapped, from + start, from + end) : null;
}

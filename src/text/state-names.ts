/**
 * Parties named by the text, and the state codes the caller knows them by. The state list is the
 * caller's (the corpus's states with their names and aliases): ingestion knows no state of its own,
 * so a name the list does not hold stays a name, without a code, rather than a guess.
 */
import type { Preamble, TextValue } from '../model/index.js';
import { mapPiece, rangesBetween } from './build.js';
import { findParty } from './parties.js';

/** The states a caller knows: each code with every name it goes by ("United States", "USA"). */
export type StateNames = readonly { code: string; names: readonly string[] }[];

export type NamedParty = TextValue & { code?: string };

/** A name as compared: lower case, no leading article, no punctuation at the ends, single spaces. */
function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"“'‘(]+|[\s"”'’),.;:]+$/g, '')
    .replace(/^the /, '');
}

function codeTable(states: StateNames): Map<string, string> {
  const table = new Map<string, string>();
  for (const state of states) for (const name of state.names) table.set(normalName(name), state.code);
  return table;
}

/** Whether the name (any case, with or without "the", "Government of …") is one the state list knows. */
function isKnownStateName(name: string, table: ReadonlyMap<string, string>): boolean {
  return table.has(normalName(name)) || table.has(normalName(name.replace(/^(?:the )?(?:government|kingdom|republic) of (?:the )?/i, '')));
}

/** The parties with the code of each name the state list knows. */
export function withStateCodes(parties: readonly TextValue[], states: StateNames | undefined): NamedParty[] {
  if (!states || states.length === 0) return parties.slice();
  const table = codeTable(states);
  return parties.map((party) => {
    const code = table.get(normalName(party.value));
    return code ? { ...party, code } : party;
  });
}

/**
 * The names of a list of parties, as stretches of `list`: separated by commas, then by "and the" (which
 * keeps "Great Britain and Northern Ireland" whole) or, when there is no "and the", by "and" ("et" in
 * French), and by the sides' phrases ("X, of the one part, and Y, of the other part"); two neighbours
 * joined by "and" stay one name when the state list knows them so.
 */
export function partyNameRanges(list: string, states?: StateNames): { from: number; to: number }[] {
  const sides = ',? of the (?:one|other) part(?:,? and(?: the)?)?,? ?';
  const separator = / and the /i.test(list)
    ? new RegExp(`${sides}|, (?:and )?(?:the )?| and the `, 'gi')
    : new RegExp(`${sides}|, (?:and |et )?(?:the |le |la |les |l')?| and | et (?:le |la |les |l')?`, 'gi');
  const names = rangesBetween(list, separator);
  if (!states || states.length === 0) return names;
  const table = codeTable(states);
  const joined: { from: number; to: number }[] = [];
  for (const name of names) {
    const previous = joined[joined.length - 1];
    if (previous && isKnownStateName(list.slice(previous.from, name.to), table)) previous.to = name.to;
    else joined.push({ ...name });
  }
  return joined;
}

/** A proper name: every word capitalised but the small words of names ("State of Arcadia", "Borduria Liberation Team"). */
function isProperName(name: string): boolean {
  return name.split(/\s+/).every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && /^(?:of|the|and|de|du|des|la|le|et|for)$/.test(word)));
}

const HEREINAFTER = /\s*[(,]\s*(?:hereinafter|ci-après|en lo sucesivo)\b/i;

/**
 * The parties named by the preamble's opening ("The Government of the Republic of A and the Government
 * of the Kingdom of B (hereinafter …),"): each name after the institution that acts for it. A bare
 * "The Parties to this Treaty" names nobody.
 */
export function partiesOfPreamble(raw: string, preamble: Preamble | null, states: StateNames | undefined): TextValue[] {
  const opening = preamble?.parties;
  if (!opening) return [];
  const mapped = mapPiece(raw, opening);
  const text = mapped.text;
  const cut = HEREINAFTER.exec(text);
  const end = cut ? cut.index : text.replace(/[\s,:;]+$/, '').length;
  const list = text.slice(0, end);
  const names = partyNameRanges(list, states);
  if (names.length < 2) return [];
  const known = states ? codeTable(states) : new Map<string, string>();
  // Each name stands after an institution ("the Government of …") or is a state the caller knows
  // ("The United States of America and Japan,"); otherwise the opening is not a list of parties.
  const parties = names.map(({ from, to }) => {
    const named = findParty(raw, mapped, from, to, [], { wholeIfNoInstitution: true });
    if (!named) return null;
    return findParty(raw, mapped, from, to, []) !== null || known.has(normalName(named.value)) || isProperName(named.value) ? named : null;
  });
  // Two or more capitalised names ("The State of Arcadia and the Borduria Liberation Team,"); one
  // name alone ("The Parties to this Treaty,") names nobody in particular.
  return parties.every((party) => party !== null) ? parties : [];
}

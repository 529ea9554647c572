/**
 * The formulas that open a treaty's closing, as data: the attestation ("IN WITNESS WHEREOF …",
 * "Ter oorkonde waarvan …") and the words of signing that name the place ("DONE at …", "Made at …",
 * "Fait à …", "Gedaan te …", "Geschehen zu …"). A closing opens a block, or a line right after the
 * end of a sentence in the same block (no blank line before "IN WITNESS WHEREOF").
 */

/** Attestation clauses, any case. */
export const WITNESS_FORMULAS: readonly string[] = [
  'in witness whereof',
  'in witness thereof',
  'in witness of which',
  'in faith whereof',
  'in faith of which',
  'in testimony whereof',
  'in confirmation whereof',
  'en foi de quoi',
  'en témoin de quoi',
  'en fe de lo cual',
  'en testimonio de lo cual',
  'ter oorkonde waarvan',
  'ten blijke waarvan',
  'zu urkund dessen',
  'zum zeugnis dessen',
];

export interface SigningFormula {
  /** The verb as it opens the line, any case: "done", "drawn up". */
  verb: string;
  /** The words before the place: "at", "in", "à", "te". */
  places: readonly string[];
  /**
   * Whatever follows the verb and one of `places` (or `dates`) opens the closing. Otherwise a place
   * (a capital) or a blank left for it ("Made at ……") must follow, so that "Signed at the request
   * of …" opening a line of an article is not read as a closing.
   */
  anyPlace?: boolean;
  /** Words after which the date comes first: "Done this fourth day …", "Done on 4 April …". */
  dates?: readonly string[];
}

export const SIGNING_FORMULAS: readonly SigningFormula[] = [
  { verb: 'done', places: ['at', 'in'], anyPlace: true, dates: ['this', 'on'] },
  { verb: 'made', places: ['at', 'in'] },
  { verb: 'signed', places: ['at', 'in'], dates: ['this', 'on'] },
  { verb: 'adopted', places: ['at', 'in'] },
  { verb: 'performed', places: ['at', 'in'] },
  { verb: 'executed', places: ['at', 'in'] },
  { verb: 'concluded', places: ['at', 'in'] },
  { verb: 'drawn up', places: ['at', 'in'] },
  { verb: 'fait', places: ['à', 'a', 'en'], anyPlace: true },
  { verb: 'hecho', places: ['en'], anyPlace: true },
  { verb: 'firmado', places: ['en'] },
  { verb: 'gedaan', places: ['te', 'in'] },
  { verb: 'geschehen', places: ['zu', 'in'] },
];

/** How many copies, between the verb and the place: "Done in duplicate at …", "Fait en deux exemplaires à …". */
export const COPIES_BEFORE_PLACE = String.raw`(?:,?\s(?:in|en|por)\s(?:duplicate|triplicate|quadruplicate|duplicado|triplicado|tweevoud|drievoud|double\sexemplaire|triple\sexemplaire|\p{L}{2,12}\s(?:(?:original|authentic)\s)?(?:copies|originals|counterparts|exemplaires|ejemplares|exemplaren|Urschriften)),?)?`;

/**
 * Asides between the verb and the place, each closed by a comma: "DONE in duplicate, in the English
 * language, at Washington". At most two, so the pattern stays linear.
 */
export const ASIDES_BEFORE_PLACE = String.raw`(?:,?\s(?:in|en|por)\s[\p{L} ]{1,60}?,){0,2}`;

const escape = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');

function signingSource(formula: SigningFormula): string {
  const after = [...formula.places, ...(formula.dates ?? [])].map(escape).join('|');
  return `(?<${formula.verb.replace(/ /g, '_')}>${escape(formula.verb)})${COPIES_BEFORE_PLACE}${ASIDES_BEFORE_PLACE},?\\s(?:${after})(?![\\p{L}\\d])`;
}

/** The attestation or signing words at the start of a line (case-insensitive; a place is checked apart). */
export const CLOSING = new RegExp(
  `^(?:(?<witness>${WITNESS_FORMULAS.map(escape).join('|')})(?![\\p{L}\\d])|${SIGNING_FORMULAS.map(signingSource).join('|')})`,
  'iu',
);

/** What may follow "Made at": a place (a capital, checked case-sensitively), a blank, or nothing yet. */
const PLACE_OR_BLANK = /^(?:\s?\p{Lu}|\s?[._…]|\s*$)/u;

/** The final clause: "IN WITNESS WHEREOF …", "DONE at …", "Made at Canberra …", "Fait à …". */
/** The three characters a formula can open with (lower case): most lines are settled by them alone. */
/**
 * The first three characters, ASCII letters folded to lower case, as one number: no string is made
 * per line (a character that folds onto another only means the pattern is tried).
 */
const openingKey = (text: string): number =>
  (text.charCodeAt(0) | 0x20) * 0x100000000 + (text.charCodeAt(1) | 0x20) * 0x10000 + (text.charCodeAt(2) | 0x20);
const OPENINGS = new Set([...WITNESS_FORMULAS, ...SIGNING_FORMULAS.map((formula) => formula.verb)].map(openingKey));

export function isClosingStart(text: string): boolean {
  if (text.length < 3 || !OPENINGS.has(openingKey(text))) return false;
  const match = CLOSING.exec(text);
  if (!match) return false;
  if (match.groups!.witness !== undefined) return true;
  const formula = SIGNING_FORMULAS.find((f) => match.groups![f.verb.replace(/ /g, '_')] !== undefined)!;
  if (formula.anyPlace) return true;
  const word = /\p{L}+$/u.exec(match[0])![0].toLowerCase();
  const rest = text.slice(match[0].length);
  // "Signed on 18 December 2018", not "Signed on behalf of …" (a signature caption).
  if ((formula.dates ?? []).includes(word)) return !/^\s*behalf\b/i.test(rest);
  return PLACE_OR_BLANK.test(rest);
}

/** A sentence's end, perhaps with a closing quote or bracket or an editor's footnote marker "[2]". */
const SENTENCE_END = /[.!?](?:["'”’)\]]|\[\d{1,3}\])?$/;

/**
 * Whether a closing opens at this line: at the start of a block, or inside one (a closing typed on
 * the next line of the last article, with no blank line).
 */
export function opensClosing(text: string, newBlock: boolean, previous: string | undefined): boolean {
  if (!isClosingStart(text)) return false;
  // An attestation opening a line is a closing wherever it stands, even after a line that lost its
  // final stop; the signing words ("Done at …") need a sentence's end before them.
  if (newBlock || previous === undefined || CLOSING.exec(text)!.groups!.witness !== undefined) return true;
  return SENTENCE_END.test(previous.trimEnd());
}

/**
 * The question in words: `EVENT [by STATE] [against STATE] [to STATE] [at PLACE[, PLACE…]] on DATE`
 * ("armed-attack by RUS against FIN at fin-territory on 2024-06-01"). The event type comes first;
 * the parts after it come in any order, each once. A value runs to the next part's word, so a state
 * may be named by an alias of several words ("against United Kingdom"); quotes keep a value whole
 * where it holds one of the words ("against 'Saint Vincent and the Grenadines'"). Nothing is looked
 * up here: `resolveHypothesis` checks each part against the corpus.
 */
import { HypothesisError, type HypothesisField } from './errors.js';

/** The parts of the question as written, before they are checked. */
export interface HypothesisText {
  event: string;
  by?: string;
  against?: string;
  to?: string;
  at?: string[];
  on?: string;
}

export const HYPOTHESIS_SYNTAX = 'EVENT [by STATE] [against STATE] [to STATE] [at PLACE[,PLACE…]] on YYYY-MM-DD';

const PART_WORDS = ['by', 'against', 'to', 'at', 'on'] as const;
type PartWord = (typeof PART_WORDS)[number];
const isPartWord = (word: string): word is PartWord => (PART_WORDS as readonly string[]).includes(word);

/** Words and quoted values, in order; a quoted value is never a part's word. */
function tokens(text: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const quoted = m[1] ?? m[2];
    out.push(quoted !== undefined ? { text: quoted, quoted: true } : { text: m[3]!, quoted: false });
  }
  return out;
}

/** Splits the question into its parts; a part missing its value, given twice or unknown is refused, naming it. */
export function parseHypothesisText(text: string): HypothesisText {
  const words = tokens(text);
  if (words.length === 0) throw new HypothesisError('if', 'the question is empty', `write it as: ${HYPOTHESIS_SYNTAX}`);
  const first = words[0]!;
  if (!first.quoted && isPartWord(first.text.toLowerCase()))
    throw new HypothesisError(
      'event',
      `the question starts with "${first.text}": it must start with the event type`,
      `write it as: ${HYPOTHESIS_SYNTAX} (e.g. armed-attack by RUS against FIN at fin-territory on 2024-06-01)`,
    );
  const parts = new Map<PartWord, string[]>();
  let current: PartWord | undefined;
  for (const word of words.slice(1)) {
    const lower = word.text.toLowerCase();
    if (!word.quoted && isPartWord(lower)) {
      if (current && parts.get(current)!.length === 0) throw missingValue(current);
      if (parts.has(lower)) throw new HypothesisError(lower, `"${lower}" is given twice`, `give each part once: ${HYPOTHESIS_SYNTAX}`);
      parts.set(lower, []);
      current = lower;
    } else if (current === undefined) {
      throw new HypothesisError(
        'if',
        `"${word.text}" follows the event type "${first.text}" without a part's word before it`,
        `name each part with its word (by, against, to, at, on): ${HYPOTHESIS_SYNTAX}`,
      );
    } else parts.get(current)!.push(word.text);
  }
  if (current && parts.get(current)!.length === 0) throw missingValue(current);
  const value = (part: PartWord) => parts.get(part)?.join(' ');
  const at = value('at');
  const result: HypothesisText = { event: first.text };
  for (const part of ['by', 'against', 'to', 'on'] as const) {
    const v = value(part);
    if (v !== undefined) result[part] = v;
  }
  if (at !== undefined)
    result.at = at
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  return result;
}

function missingValue(part: HypothesisField): HypothesisError {
  const what = part === 'on' ? 'a day (YYYY-MM-DD)' : part === 'at' ? "a gazetteer place's id" : "a state's code or name";
  return new HypothesisError(part, `"${part}" has no value`, `give ${what} after "${part}": ${HYPOTHESIS_SYNTAX}`);
}

/**
 * The wording table: phrases that say the same thing in other words, or one thing more narrowly
 * than another, with why. Verbatim words (a trigger's, an act's, a means clause's) are compared
 * through it: each text's phrases are found (longest first), the drafting words set aside, and
 * what is left must match word for word, or the grade is unclear. The table is about English treaty
 * language, not about any one treaty; add to it with a note saying why the phrases compare as they do.
 */
import { byAmount, combine } from './grade.js';
import type { Grade } from './schema.js';
import { DRAFTING_WORDS, phrasesOf, quotedList, sameWords, stem, tokens, type Word, wordsOf } from './words.js';
import { compareStrings } from '../model/index.js';

interface Concept {
  id: string;
  /** Why the variants compare as their ranks say. */
  note: string;
  /** Phrases of this concept; a higher rank reaches further, equal ranks are equivalent. */
  variants: { phrase: string; rank: number }[];
}

export const WORDING_TABLE: readonly Concept[] = [
  {
    id: 'armed-attack',
    note: 'an armed invasion is one form of armed attack (UNGA Res. 3314 (XXIX), Art. 3(a)); read literally, "invasion" leaves out attacks without an incursion, such as bombardment or blockade (Art. 3(b)–(d))',
    variants: [
      { phrase: 'suffer armed attack', rank: 2 },
      { phrase: 'armed attack', rank: 2 },
      { phrase: 'military attack', rank: 2 },
      { phrase: 'suffer armed invasion', rank: 1 },
      { phrase: 'armed invasion', rank: 1 },
    ],
  },
  {
    id: 'attacking-states',
    note: 'both take in an attack by one state and by several together; an attack by several states not in coalition is still an attack by "any State"',
    variants: [
      { phrase: 'any state or coalition of states', rank: 1 },
      { phrase: 'an individual state or several states', rank: 1 },
      { phrase: 'one or more states', rank: 1 },
    ],
  },
  {
    id: 'war-caused-by-attack',
    note: 'both make the state of war the result of the attack',
    variants: [
      { phrase: 'and thus find itself in a state of war', rank: 1 },
      { phrase: 'is put in a state of war by', rank: 1 },
      { phrase: 'and thereby find itself in a state of war', rank: 1 },
    ],
  },
  {
    id: 'give-assistance',
    note: 'verbs of giving: they do not change what is owed',
    variants: [
      { phrase: 'extend', rank: 1 },
      { phrase: 'provide', rank: 1 },
      { phrase: 'render', rank: 1 },
      { phrase: 'give', rank: 1 },
    ],
  },
  {
    id: 'own-means',
    note: 'both denote the means the party has',
    variants: [
      { phrase: 'at its disposal', rank: 1 },
      { phrase: 'in its possession', rank: 1 },
      { phrase: 'available to it', rank: 1 },
    ],
  },
  {
    id: 'timing-words',
    note: 'the contested terms "immediately" and "without delay" are compared through their readings (the timing rule), not as words',
    variants: [
      { phrase: 'immediately', rank: 1 },
      { phrase: 'without delay', rank: 1 },
    ],
  },
];

interface Found {
  concept: Concept;
  phrase: string;
  rank: number;
  /** The words of the text it stands on (indices into the text's words). */
  at: number[];
}

const PHRASES = WORDING_TABLE.flatMap((concept) =>
  concept.variants.map((v) => ({ concept, phrase: v.phrase, rank: v.rank, words: tokens(v.phrase).map(stem) })),
).sort((x, y) => y.words.length - x.words.length || compareStrings(x.phrase, y.phrase));

interface Analysis {
  text: string;
  words: Word[];
  found: Found[];
  /** The content words outside the table's phrases (indices into `words`). */
  rest: number[];
}

/** The table's phrases in a text (longest first, no word used twice) and the content words left over. */
function analyse(text: string): Analysis {
  const words = wordsOf(text);
  const used = new Array<boolean>(words.length).fill(false);
  const found: Found[] = [];
  for (const p of PHRASES) {
    for (let i = 0; i + p.words.length <= words.length; i++) {
      if (p.words.every((w, k) => words[i + k]!.key === w && !used[i + k])) {
        const at = p.words.map((_, k) => i + k);
        for (const k of at) used[k] = true;
        found.push({ concept: p.concept, phrase: p.phrase, rank: p.rank, at });
      }
    }
  }
  const rest = words.flatMap((w, i) => (!used[i] && !DRAFTING_WORDS.has(w.key) ? [i] : []));
  return { text, words, found, rest };
}

/** A found phrase as the text writes it. */
const written = (x: Analysis, f: Found) => x.text.slice(x.words[f.at[0]!]!.start, x.words[f.at.at(-1)!]!.end).replace(/\s+/g, ' ');

/** Several found phrases as the text writes them, once each. */
const writtenAll = (x: Analysis, list: readonly Found[]) => [...new Set(list.map((f) => written(x, f)))].join('", "');

export interface WordingComparison {
  grade: Grade;
  reason: string;
  /** The table's phrases that differ between the texts (as each text writes them), each graded. */
  changes: { a: string; b: string; grade: Grade }[];
}

/** Compares two verbatim texts through the wording table. */
export function compareWording(a: string, b: string): WordingComparison {
  if (sameWords(a, b)) return { grade: 'same', reason: 'the same words', changes: [] };
  const left = analyse(a);
  const right = analyse(b);
  const grades: Grade[] = [];
  const notes: string[] = [];
  const changes: WordingComparison['changes'] = [];
  const restA = new Set(left.rest);
  const restB = new Set(right.rest);
  const concepts = [...new Set([...left.found, ...right.found].map((f) => f.concept))];
  for (const concept of concepts) {
    const inA = left.found.filter((f) => f.concept === concept);
    const inB = right.found.filter((f) => f.concept === concept);
    if (!inA.length || !inB.length) {
      // A phrase with no counterpart is just more words that differ.
      for (const f of inA) for (const i of f.at) restA.add(i);
      for (const f of inB) for (const i of f.at) restB.add(i);
      continue;
    }
    if (inA.map((f) => f.phrase).join('|') === inB.map((f) => f.phrase).join('|')) continue;
    const phrasesA = writtenAll(left, inA);
    const phrasesB = writtenAll(right, inB);
    const grade = byAmount(Math.max(...inA.map((f) => f.rank)), Math.max(...inB.map((f) => f.rank)));
    grades.push(grade);
    changes.push({ a: phrasesA, b: phrasesB, grade });
    const relation = grade === 'same' ? 'equivalent' : grade === 'narrows' ? 'narrower in B' : 'wider in B';
    notes.push(`"${phrasesA}" → "${phrasesB}": ${relation} (${concept.note})`);
  }
  const keysA = new Set([...restA].map((i) => left.words[i]!.key));
  const keysB = new Set([...restB].map((i) => right.words[i]!.key));
  const onlyA = phrasesOf(a, left.words, (w, i) => restA.has(i) && !keysB.has(w.key));
  const onlyB = phrasesOf(b, right.words, (w, i) => restB.has(i) && !keysA.has(w.key));
  if (onlyA.length || onlyB.length) {
    grades.push('unclear');
    notes.push(`other words differ, which the wording table does not grade: ${describeWords('A', onlyA)}; ${describeWords('B', onlyB)}`);
  }
  if (!notes.length) return { grade: 'same', reason: 'the same words but for drafting (party designations, connectives)', changes };
  return { grade: combine(grades), reason: notes.join('; '), changes };
}

function describeWords(side: string, phrases: string[]): string {
  return phrases.length ? `only ${side} says ${quotedList(phrases, phrases.length)}` : `${side} has no words of its own`;
}

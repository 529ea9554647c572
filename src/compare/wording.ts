/**
 * The wording table: phrases that say the same thing in other words, or one thing more narrowly
 * than another, with why. Verbatim words (a trigger's, an act's, a means clause's) are compared
 * through it: each text's phrases are found (longest first), the drafting words set aside, and
 * what is left must match word for word, or the grade is unclear. The table is about English treaty
 * language, not about any one treaty; add to it with a note saying why the phrases compare as they do.
 */
import { byAmount, combine } from './grade.js';
import type { Grade } from './schema.js';
import { DRAFTING_WORDS, sameWords, stem, tokens } from './words.js';
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
}

const PHRASES = WORDING_TABLE.flatMap((concept) =>
  concept.variants.map((v) => ({ concept, phrase: v.phrase, rank: v.rank, words: tokens(v.phrase).map(stem) })),
).sort((x, y) => y.words.length - x.words.length || compareStrings(x.phrase, y.phrase));

/** The table's phrases in a text (longest first, no word used twice) and the content words left over. */
function analyse(text: string): { found: Found[]; rest: string[] } {
  const words = tokens(text).map(stem);
  const used = new Array<boolean>(words.length).fill(false);
  const found: Found[] = [];
  for (const p of PHRASES) {
    for (let i = 0; i + p.words.length <= words.length; i++) {
      if (p.words.every((w, k) => words[i + k] === w && !used[i + k])) {
        for (let k = 0; k < p.words.length; k++) used[i + k] = true;
        found.push({ concept: p.concept, phrase: p.phrase, rank: p.rank });
      }
    }
  }
  const rest = words.filter((w, i) => !used[i] && !DRAFTING_WORDS.has(w));
  return { found, rest };
}

export interface WordingComparison {
  grade: Grade;
  reason: string;
  /** The table's phrases that differ between the texts, each graded. */
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
  const restA = [...left.rest];
  const restB = [...right.rest];
  const concepts = [...new Set([...left.found, ...right.found].map((f) => f.concept))];
  for (const concept of concepts) {
    const inA = left.found.filter((f) => f.concept === concept);
    const inB = right.found.filter((f) => f.concept === concept);
    if (!inA.length || !inB.length) {
      // A phrase with no counterpart is just more words that differ.
      (inA.length ? restA : restB).push(...[...inA, ...inB].map((f) => f.phrase));
      continue;
    }
    const phrasesA = inA.map((f) => f.phrase).join('", "');
    const phrasesB = inB.map((f) => f.phrase).join('", "');
    if (phrasesA === phrasesB) continue;
    const grade = byAmount(Math.max(...inA.map((f) => f.rank)), Math.max(...inB.map((f) => f.rank)));
    grades.push(grade);
    changes.push({ a: phrasesA, b: phrasesB, grade });
    const relation = grade === 'same' ? 'equivalent' : grade === 'narrows' ? 'narrower in B' : 'wider in B';
    notes.push(`"${phrasesA}" → "${phrasesB}": ${relation} (${concept.note})`);
  }
  const onlyA = unique(restA.filter((w) => !restB.includes(w)));
  const onlyB = unique(restB.filter((w) => !restA.includes(w)));
  if (onlyA.length || onlyB.length) {
    grades.push('unclear');
    notes.push(`other words differ, which the wording table does not grade: ${describeWords('A', onlyA)}; ${describeWords('B', onlyB)}`);
  }
  if (!notes.length) return { grade: 'same', reason: 'the same words but for drafting (party designations, connectives)', changes };
  return { grade: combine(grades), reason: notes.join('; '), changes };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function describeWords(side: string, words: string[]): string {
  return words.length ? `only ${side} has "${words.join(' ')}"` : `${side} has none of its own`;
}

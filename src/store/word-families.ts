/**
 * Word families for search (word-families.yaml): words whose forms do not begin alike, which the
 * index's stemmer does not join ("denounce", "denunciation"). A query word of a family also finds the
 * family's other words. Data, not code: the list is read from the YAML file beside this one.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const Word = z.string().regex(/^[a-z]+$/, 'a word is lower case letters only');

const WordFamiliesFile = z
  .object({
    families: z.array(
      z
        .object({
          words: z.array(Word).min(2, 'a family has at least two words to search for'),
          forms: z.array(Word).default([]),
        })
        .strict(),
    ),
  })
  .strict();

export interface WordFamily {
  /** Searched for, each as a word and what begins with it. */
  words: readonly string[];
  /** Other forms a user may type, recognised only. */
  forms: readonly string[];
}

/** Each word and form, lower case, to its family. */
export type WordFamilies = ReadonlyMap<string, WordFamily>;

/** The families of a file's text; an error naming the file and the entry when it is not as described. */
export function readWordFamilies(text: string, file: string): WordFamilies {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not YAML: ${(error as Error).message}`, { cause: error });
  }
  const parsed = WordFamiliesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
  }
  const families = new Map<string, WordFamily>();
  parsed.data.families.forEach((family, i) => {
    for (const word of [...family.words, ...family.forms]) {
      if (families.has(word)) throw new Error(`${file}: at families.${i}: "${word}" is in another family already; a word belongs to one`);
      families.set(word, family);
    }
  });
  return families;
}

const FILE = new URL('./word-families.yaml', import.meta.url);
let loaded: WordFamilies | undefined;

/** The families search uses (read once). */
export function wordFamilies(): WordFamilies {
  return (loaded ??= readWordFamilies(readFileSync(FILE, 'utf8'), 'src/store/word-families.yaml'));
}

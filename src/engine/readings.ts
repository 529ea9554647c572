/**
 * Readings: a scenario may ask for several readings of each contested term; the engine evaluates
 * every combination. A term the scenario does not name takes its default reading.
 */
import { compareStrings, type ReadingChoice, type VocabularyFile } from '../model/index.js';

/** Every combination of the requested readings, in a stable order (terms sorted, readings as given). */
export function readingCombinations(vocabulary: VocabularyFile, requested: Record<string, string[]>): ReadingChoice[] {
  const terms = [...vocabulary.terms].sort((a, b) => compareStrings(a.id, b.id));
  let combos: ReadingChoice[] = [{}];
  for (const term of terms) {
    const options = requested[term.id]?.length ? requested[term.id]! : [term.default];
    combos = combos.flatMap((combo) => options.map((reading) => ({ ...combo, [term.id]: reading })));
  }
  return combos;
}

/** The chosen readings that differ from the defaults, for labels ("state-of-war: declared-war"). */
export function describeChoice(choice: ReadingChoice): string {
  return Object.entries(choice)
    .map(([term, reading]) => `${term}: ${reading}`)
    .join(', ');
}

/** Does `choice` satisfy the partial choice `wanted` (every named term has the named reading)? */
export function choiceMatches(choice: ReadingChoice, wanted: ReadingChoice | undefined): boolean {
  return Object.entries(wanted ?? {}).every(([term, reading]) => choice[term] === reading);
}

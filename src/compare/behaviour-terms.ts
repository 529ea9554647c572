/**
 * The contested terms a behaviour comparison turns on: those the scenario names, those either
 * treaty's formalization reads (a timing qualifier's term, the bearer's discretion, a duration by
 * reading), and those deciding a fluent either treaty's triggers test. A run is reported under these
 * readings only; every other term of the vocabulary takes its default and changes nothing here.
 */
import { treatyReadingTerms } from '../engine/index.js';
import { type CompiledTreaty, type ReadingChoice, type ScenarioFile, type VocabularyFile } from '../model/index.js';

export function termsInPlay(vocabulary: VocabularyFile, scenario: ScenarioFile, treaties: readonly CompiledTreaty[]): Set<string> {
  const terms = new Set(Object.keys(scenario.readings));
  // What each treaty is read by is the engine's to say (the same terms the workbench offers for it).
  for (const t of treaties) for (const term of treatyReadingTerms(t, vocabulary)) terms.add(term);
  return terms;
}

/** A run's choice of readings, cut down to the terms in play (in the choice's order). */
export function choiceInPlay(choice: ReadingChoice, terms: ReadonlySet<string>): ReadingChoice {
  return Object.fromEntries(Object.entries(choice).filter(([term]) => terms.has(term)));
}

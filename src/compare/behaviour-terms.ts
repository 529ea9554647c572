/**
 * The contested terms a behaviour comparison turns on: those the scenario names, those either
 * treaty's formalization reads (a timing qualifier's term, the bearer's discretion, a duration by
 * reading), and those deciding a fluent either treaty's triggers test. A run is reported under these
 * readings only; every other term of the vocabulary takes its default and changes nothing here.
 */
import { conditionsOf, type CompiledTreaty, type ReadingChoice, type ScenarioFile, type VocabularyFile } from '../model/index.js';

/** Every `term` field anywhere in a value that names a contested term of the vocabulary. */
function termFields(value: unknown, known: ReadonlySet<string>, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) termFields(v, known, out);
  else if (value !== null && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'term' && typeof v === 'string' && known.has(v)) out.add(v);
      else termFields(v, known, out);
    }
}

export function termsInPlay(vocabulary: VocabularyFile, scenario: ScenarioFile, treaties: readonly CompiledTreaty[]): Set<string> {
  const known = new Set(vocabulary.terms.map((t) => t.id));
  const terms = new Set(Object.keys(scenario.readings));
  for (const { treaty } of treaties) {
    termFields(treaty.provisions, known, terms);
    termFields(treaty.lifecycle, known, terms);
    const fluents = new Set(treaty.provisions.flatMap((p) => conditionsOf(p.trigger)).flatMap((c) => ('fluent' in c ? [c.fluent] : [])));
    for (const f of vocabulary.fluents.filter((x) => fluents.has(x.id)))
      for (const effect of [...f.initiatedBy, ...f.terminatedBy]) for (const term of Object.keys(effect.when ?? {})) terms.add(term);
  }
  return terms;
}

/** A run's choice of readings, cut down to the terms in play (in the choice's order). */
export function choiceInPlay(choice: ReadingChoice, terms: ReadonlySet<string>): ReadingChoice {
  return Object.fromEntries(Object.entries(choice).filter(([term]) => terms.has(term)));
}

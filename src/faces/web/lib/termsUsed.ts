/**
 * The contested terms a treaty uses, derived from its formalization as the API gives it
 * (GET /api/treaties/:id) and the vocabulary: a term named by a provision or clause (`term: ID` — a
 * timing qualifier, the kinds that count under each reading, a lifecycle clause read in more than
 * one way), or a reading that decides a state of affairs (fluent) the treaty names. A term the
 * treaties run do not use changes nothing in the run: the workbench lists only the used ones.
 */
import type { VocabularyFile } from '../api/types.js';

type Vocabulary = Pick<VocabularyFile, 'terms' | 'fluents'>;

export function termsUsed(treaty: unknown, vocabulary: Vocabulary): Set<string> {
  const terms = new Set(vocabulary.terms.map((t) => t.id));
  const fluentTerms = new Map(
    vocabulary.fluents.map((f) => [
      f.id,
      [...f.initiatedBy, ...f.terminatedBy].flatMap((effect) => Object.keys(effect.when ?? {})).filter((t) => terms.has(t)),
    ]),
  );
  const used = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'term' && typeof child === 'string' && terms.has(child)) used.add(child);
      else if (key === 'fluent' && typeof child === 'string') for (const t of fluentTerms.get(child) ?? []) used.add(t);
      else walk(child);
    }
  };
  walk(treaty);
  return used;
}

/** The terms used by any of the treaties, in the vocabulary's order. */
export function termsUsedBy<T extends { id: string }>(terms: readonly T[], treaties: Iterable<unknown>, vocabulary: Vocabulary): T[] {
  const used = new Set<string>();
  for (const t of treaties) for (const id of termsUsed(t, vocabulary)) used.add(id);
  return terms.filter((t) => used.has(t.id));
}

/**
 * The contested terms (vocabulary.yaml) a treaty is read by: those behind each provision (the readings
 * that decide the situations its trigger names, the kinds of act that count, its qualifiers) and its
 * lifecycle clause. A term none of a run's treaties is read by changes nothing in the run, so the
 * faces offer and show only these (GET /api/treaties/{id} gives them as `readingTerms`).
 */
import { type CompiledTreaty, conditionsOf, type Provision, type VocabularyFile } from '../model/index.js';

/** The contested terms a provision is read by (its trigger's situations, its act, its qualifiers) and the treaty's lifecycle, sorted. */
export function readingTerms(t: CompiledTreaty, provision: Provision, vocabulary: VocabularyFile): string[] {
  const terms = new Set<string>();
  for (const c of conditionsOf(provision.trigger)) {
    if (!('fluent' in c)) continue;
    const fluent = vocabulary.fluents.find((f) => f.id === c.fluent);
    for (const effect of [...(fluent?.initiatedBy ?? []), ...(fluent?.terminatedBy ?? [])])
      for (const term of Object.keys(effect.when ?? {})) terms.add(term);
  }
  if (provision.act?.kindByReading) terms.add(provision.act.kindByReading.term);
  for (const q of provision.qualifiers) if (q.term !== undefined) terms.add(q.term);
  const duration = t.treaty.lifecycle.duration;
  if (duration.type === 'by-reading') terms.add(duration.term);
  return [...terms].filter((term) => vocabulary.terms.some((x) => x.id === term)).sort();
}

/** The contested terms a treaty is read by (each provision's and its lifecycle clause's), sorted. */
export function treatyReadingTerms(t: CompiledTreaty, vocabulary: VocabularyFile): string[] {
  const terms = new Set<string>();
  for (const provision of t.treaty.provisions) for (const term of readingTerms(t, provision, vocabulary)) terms.add(term);
  const duration = t.treaty.lifecycle.duration;
  if (duration.type === 'by-reading' && vocabulary.terms.some((x) => x.id === duration.term)) terms.add(duration.term);
  return [...terms].sort();
}

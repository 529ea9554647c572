/** What the full-text index holds of the corpus: each provision (quote, summary, tags) and each source text under the treaty's titles. */
import type { CompiledCorpus } from '../model/index.js';
import type { SearchEntry } from './store.js';

export function corpusSearchEntries(
  compiled: CompiledCorpus,
  sourceTexts: ReadonlyMap<string, ReadonlyMap<string, string>>,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const { treaty } of compiled.treaties) {
    for (const p of treaty.provisions) {
      entries.push({
        kind: 'provision',
        treaty: treaty.id,
        ref: p.id,
        title: `${treaty.shortTitle}, ${p.article === 'unknown' ? 'unnumbered' : `Article ${p.article}`}: ${p.summary}`,
        body: [p.quote.text, p.summary, p.tags.join(' ')].join('\n'),
      });
    }
    for (const [sourceId, text] of sourceTexts.get(treaty.id) ?? new Map<string, string>()) {
      // The treaty's full titles, in every language given, are searchable even where the source prints
      // another one (a draft's heading, a translation's): they stand in the source's entry title.
      const titles = [...new Set(Object.values(treaty.titles))].join(' / ');
      entries.push({
        kind: 'source',
        treaty: treaty.id,
        ref: sourceId,
        title: `${treaty.shortTitle} — source ${sourceId}: ${titles}`,
        body: text,
      });
    }
  }
  return entries;
}

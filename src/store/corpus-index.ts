/**
 * What the full-text index holds of the corpus: each provision (its quote shown; its article, summary
 * and tags found too), and each passage of each source text (as the text layer's searchPassages gives
 * them: the plain text a reader sees, where it stands, its map to the source's offsets). A treaty's
 * full titles, in every language given, are searchable on the first passage of each source, even
 * where the source prints another title (a draft's heading, a translation's).
 */
import type { CompiledCorpus, Provision } from '../model/index.js';
import type { IndexedPassage, SearchEntry } from './search-index.js';

/** A provision's article as the reader labels it: "Article 1(2)", "Article V", "Unnumbered clause". */
export function provisionWhere(p: Pick<Provision, 'article' | 'paragraph'>): string {
  if (p.article === 'unknown') return 'Unnumbered clause';
  return `Article ${p.article}${p.paragraph ? `(${p.paragraph})` : ''}`;
}

export function corpusSearchEntries(
  compiled: CompiledCorpus,
  passages: ReadonlyMap<string, ReadonlyMap<string, readonly IndexedPassage[]>>,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const { treaty } of compiled.treaties) {
    for (const p of treaty.provisions) {
      const where = provisionWhere(p);
      entries.push({
        kind: 'provision',
        treaty: treaty.id,
        ref: p.id,
        title: `${treaty.shortTitle}, ${where}: ${p.summary}`,
        where,
        pointer: null,
        names: p.summary,
        keywords: p.tags.join(' '),
        body: p.quote.text,
        map: null,
      });
    }
    const titles = [...new Set(Object.values(treaty.titles))].join(' / ');
    for (const source of treaty.sources) {
      // The publisher stands in the reader above the text; here the source is said briefly.
      const title = `${treaty.shortTitle} — source text${source.translation ? ', a translation' : ''} (${source.language})`;
      (passages.get(treaty.id)?.get(source.id) ?? []).forEach((p, i) =>
        entries.push({
          kind: 'source',
          treaty: treaty.id,
          ref: source.id,
          title,
          where: p.where,
          pointer: p.pointer,
          names: i === 0 ? titles : '',
          namesWhere: 'the treaty’s titles',
          body: p.text,
          map: p.map,
        }),
      );
    }
  }
  return entries;
}

/**
 * An article as the treaty prints it: "Article 1(2)", or "Unnumbered clause" where no number is attested
 * (the corpus writes `article: unknown`, e.g. a news report's unnumbered paragraphs). Never "Article unknown".
 */
export function articleLabel(article: string, paragraph?: string | number | null): string {
  if (article === 'unknown') return 'Unnumbered clause';
  return `Article ${article}${paragraph ? `(${paragraph})` : ''}`;
}

/** The short form for tables: "Art. 4", "unnumbered". */
export function shortArticleLabel(article: string): string {
  return article === 'unknown' ? 'unnumbered' : `Art. ${article}`;
}

/** How a comparison names a provision: its treaty, id, article label, summary and verbatim words. */
import type { Provision } from '../model/index.js';
import type { ClaimBasis, ProvisionRef } from './schema.js';

/** "Art. 1(2)", "Art. 4", or "unnumbered" where the article is unknown. */
export function articleLabel(p: Pick<Provision, 'article' | 'paragraph'>): string {
  if (p.article === 'unknown') return 'unnumbered';
  return `Art. ${p.article}${p.paragraph ? `(${p.paragraph})` : ''}`;
}

export function provisionRef(treaty: string, p: Provision): ProvisionRef {
  return {
    treaty,
    id: p.id,
    article: p.article,
    paragraph: p.paragraph ?? null,
    label: articleLabel(p),
    kind: p.kind,
    summary: p.summary,
    quote: p.quote.text,
  };
}

/** A claim's footing: the provision and the exact words (its whole quote unless narrower words are given). */
export function basisOf(ref: ProvisionRef, words?: string | null): ClaimBasis {
  return { treaty: ref.treaty, provision: ref.id, article: ref.label, words: words ?? ref.quote };
}

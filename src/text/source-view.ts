/**
 * What checking quotes and coverage needs of an ingested source: the passages to skip when matching quotes (footnotes
 * standing in the text, removed boilerplate) and the units whose sentences must be covered.
 * Titles, registration lines and footnotes are the publisher's apparatus, not treaty sentences.
 */
import type { CoverageUnit, Span, StructuredDocument } from '../model/index.js';

export interface SourceView {
  skip: Span[];
  units: CoverageUnit[];
}

export function sourceView(doc: StructuredDocument): SourceView {
  const skip: Span[] = [...doc.footnotes.flatMap((f) => f.placement.spans), ...doc.removed.flatMap((r) => r.spans)];
  const units: CoverageUnit[] = [];
  const preamble = doc.preamble;
  if (preamble) {
    if (preamble.parties) units.push({ label: 'preamble, parties', spans: preamble.parties.spans });
    preamble.recitals.forEach((r, i) => units.push({ label: `preamble, recital ${i + 1}`, spans: r.spans }));
    preamble.plenipotentiaries.forEach((p, i) => units.push({ label: `preamble, plenipotentiary ${i + 1}`, spans: p.spans }));
    if (preamble.agreement) units.push({ label: 'preamble, agreement formula', spans: preamble.agreement.spans });
  }
  for (const article of doc.articles) {
    article.paragraphs.forEach((p, i) => units.push({ label: `Article ${article.number}, paragraph ${i + 1}`, spans: p.spans }));
  }
  doc.paragraphs.forEach((p, i) => units.push({ label: p.role === 'lead' ? 'lead paragraph' : `paragraph ${i}`, spans: p.spans }));
  if (doc.closing) units.push({ label: 'closing formula', spans: doc.closing.spans });
  doc.signatures.forEach((s, i) => units.push({ label: `signature ${i + 1}`, spans: s.spans }));
  return { skip, units };
}

/**
 * The leaf pieces of a structured document: the pieces that quote the source directly and never
 * overlap one another (containers such as an article or a signature hold leaves; metadata values
 * point into leaves). Each comes with its JSON Pointer, so a position in the source can be traced to
 * the piece that holds it, e.g. the piece a footnote marker annotates.
 */
import type { Span, StructuredDocument } from '../model/document.js';
import { envelope } from './spans.js';

export interface LeafPiece {
  pointer: string;
  spans: Span[];
}

/** The parts of the document that leaves come from (a footnote anchor is a leaf of its own). */
type LeafSource = Pick<
  StructuredDocument,
  'title' | 'metadataLines' | 'preamble' | 'articles' | 'paragraphs' | 'footnotes' | 'closing' | 'signatures' | 'removed'
>;

export function leafPieces(doc: LeafSource): LeafPiece[] {
  const leaves: LeafPiece[] = [];
  const add = (pointer: string, piece: { spans: Span[] } | null | undefined): void => {
    if (piece && piece.spans.length > 0) leaves.push({ pointer, spans: piece.spans });
  };
  add('/title', doc.title);
  doc.metadataLines.forEach((line, i) => add(`/metadataLines/${i}`, line));
  if (doc.preamble) {
    add('/preamble/parties', doc.preamble.parties);
    doc.preamble.recitals.forEach((recital, i) => add(`/preamble/recitals/${i}`, recital));
    doc.preamble.plenipotentiaries.forEach((person, i) => add(`/preamble/plenipotentiaries/${i}`, person));
    add('/preamble/agreement', doc.preamble.agreement);
  }
  doc.articles.forEach((article, i) => {
    add(`/articles/${i}/label`, article.label);
    add(`/articles/${i}/heading`, article.heading);
    article.paragraphs.forEach((paragraph, j) => add(`/articles/${i}/paragraphs/${j}`, paragraph));
  });
  doc.paragraphs.forEach((paragraph, i) => add(`/paragraphs/${i}`, paragraph));
  doc.footnotes.forEach((footnote, i) => {
    add(`/footnotes/${i}`, footnote);
    add(`/footnotes/${i}/anchor`, footnote.anchor);
  });
  add('/closing', doc.closing);
  doc.signatures.forEach((signature, i) => {
    add(`/signatures/${i}/forWhom`, signature.forWhom);
    add(`/signatures/${i}/name`, signature.name);
  });
  doc.removed.forEach((removed, i) => add(`/removed/${i}`, removed));
  return leaves;
}

/** The leaf whose extent (first to last span) most tightly contains the range, if any. */
export function leafContaining(leaves: readonly LeafPiece[], range: Span, except: (pointer: string) => boolean = () => false): string | null {
  let best: { pointer: string; size: number } | null = null;
  for (const leaf of leaves) {
    if (except(leaf.pointer)) continue;
    const extent = envelope(leaf.spans);
    if (!extent || extent.start > range.start || extent.end < range.end) continue;
    const size = extent.end - extent.start;
    if (!best || size < best.size) best = { pointer: leaf.pointer, size };
  }
  return best?.pointer ?? null;
}

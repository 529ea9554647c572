/**
 * The structured document as units to show, in the order they stand in the source: title, metadata
 * lines, preamble, article labels and paragraphs, document paragraphs, footnotes, closing and
 * signatures, each with its character spans in the raw text. A footnote that interrupts a piece (a
 * page break inside a sentence) is shown inside that piece, where it stands; a footnote's marker is
 * shown where it stands in the piece it annotates.
 */
import type { Footnote, SourceSpan, StructuredDocument } from '../../api/types.js';

export type UnitKind =
  'title' | 'meta' | 'preamble' | 'article-label' | 'heading' | 'paragraph' | 'closing' | 'signature' | 'footnote' | 'plain';

export interface TextUnit {
  /** JSON Pointer of the piece in the document, e.g. /articles/0/paragraphs/1. */
  pointer: string;
  kind: UnitKind;
  /** A short name for the margin: "¶ 2", "lead", "footnote 1". */
  label: string | null;
  spans: SourceSpan[];
  /** Things shown inside the unit at an offset: footnote markers and interrupting footnotes. */
  inlines: Inline[];
  footnote?: Footnote;
}

export interface Inline {
  at: number;
  /** Where it ends in the raw text. */
  end: number;
  kind: 'anchor' | 'footnote';
  footnote: Footnote;
}

interface Piece {
  spans: SourceSpan[];
}

export function documentUnits(doc: StructuredDocument | null, textLength: number): TextUnit[] {
  if (!doc) return [{ pointer: '', kind: 'plain', label: null, spans: [{ start: 0, end: textLength }], inlines: [] }];
  const units: TextUnit[] = [];
  const add = (pointer: string, kind: UnitKind, piece: Piece | null | undefined, label: string | null = null) => {
    if (piece && piece.spans.length) units.push({ pointer, kind, label, spans: piece.spans, inlines: [] });
  };
  add('/title', 'title', doc.title);
  doc.metadataLines.forEach((line, i) =>
    add(`/metadataLines/${i}`, 'meta', line, line.role === 'other' ? null : line.role.replace(/-/g, ' ')),
  );
  const pre = doc.preamble;
  if (pre) {
    add('/preamble/parties', 'preamble', pre.parties);
    pre.recitals.forEach((r, i) => add(`/preamble/recitals/${i}`, 'preamble', r));
    pre.plenipotentiaries.forEach((p, i) => add(`/preamble/plenipotentiaries/${i}`, 'preamble', p));
    add('/preamble/agreement', 'preamble', pre.agreement);
  }
  doc.articles.forEach((article, i) => {
    add(`/articles/${i}/label`, 'article-label', article.label);
    add(`/articles/${i}/heading`, 'heading', article.heading);
    const many = article.paragraphs.length > 1;
    article.paragraphs.forEach((p, j) => add(`/articles/${i}/paragraphs/${j}`, 'paragraph', p, many ? `¶ ${p.number ?? j + 1}` : null));
  });
  doc.paragraphs.forEach((p, i) => add(`/paragraphs/${i}`, 'paragraph', p, p.role === 'lead' ? 'lead' : null));
  add('/closing', 'closing', doc.closing);
  doc.signatures.forEach((s, i) => add(`/signatures/${i}`, 'signature', s));

  const byPointer = new Map(units.map((u) => [u.pointer, u]));
  doc.footnotes.forEach((footnote, i) => {
    const host = footnote.placement.interrupts ? byPointer.get(footnote.placement.interrupts) : undefined;
    const at = footnote.placement.spans[0]?.start ?? footnote.spans[0]?.start ?? 0;
    const end = footnote.placement.spans[footnote.placement.spans.length - 1]?.end ?? at;
    if (host) host.inlines.push({ at, end, kind: 'footnote', footnote });
    else
      units.push({
        pointer: `/footnotes/${i}`,
        kind: 'footnote',
        label: `footnote ${footnote.marker}`,
        spans: footnote.spans,
        inlines: [],
        footnote,
      });
    const anchorHost = footnote.anchor?.piece ? byPointer.get(footnote.anchor.piece) : undefined;
    const anchorSpans = footnote.anchor?.spans ?? [];
    const anchorAt = anchorSpans[0]?.start;
    const anchorEnd = anchorSpans[anchorSpans.length - 1]?.end;
    if (anchorHost && anchorAt !== undefined && anchorEnd !== undefined)
      anchorHost.inlines.push({ at: anchorAt, end: anchorEnd, kind: 'anchor', footnote });
  });
  for (const u of units) u.inlines.sort((a, b) => a.at - b.at);
  return units.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

/**
 * The structured document as units to show, in the order they stand in the source: title, metadata
 * lines, preamble, divisions (a part's label and heading above its articles), article labels and
 * paragraphs, document paragraphs, footnotes, closing and signatures, each with its character spans
 * in the raw text. A footnote that interrupts a piece (a page break inside a sentence) is shown
 * inside that piece, where it stands; a footnote's marker is shown where it stands in the piece it
 * annotates.
 *
 * Divisions give depth: a division's label and heading stand at its level less one, what it holds
 * one deeper, so the page can indent them. An annex's articles follow its label, apart from the main
 * text's. The other expressions (the same treaty in another language in the source) come after the
 * main text, each unit marked with its expression, so the page can set them under a heading of
 * their own.
 */
import type { Footnote, SourceSpan, StructuredDocument } from '../../api/types.js';

export type UnitKind =
  | 'title'
  | 'meta'
  | 'preamble'
  | 'division-label'
  | 'division-heading'
  | 'article-label'
  | 'heading'
  | 'paragraph'
  | 'closing'
  | 'signature'
  | 'footnote'
  | 'plain';

export interface TextUnit {
  /** JSON Pointer of the piece in the document, e.g. /articles/0/paragraphs/1, /otherExpressions/0/divisions/2/label. */
  pointer: string;
  kind: UnitKind;
  /** A short name for the margin: "¶ 2", "lead", "footnote 1". */
  label: string | null;
  spans: SourceSpan[];
  /** Things shown inside the unit at an offset: footnote markers and interrupting footnotes. */
  inlines: Inline[];
  footnote?: Footnote;
  /** How far in to set the unit: 0 at the top; a division's label at its level less one, what it holds at its level. */
  depth: number;
  /** The innermost division the unit belongs to (for a division's label or heading, that division), by index in its expression's `divisions`. */
  division?: number;
  /** The other expression the unit belongs to, by index in `otherExpressions`; absent for the main text. */
  expression?: number;
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

/** What the main text and an other expression share. */
type Structure = Pick<StructuredDocument, 'title' | 'preamble' | 'divisions' | 'articles' | 'closing' | 'signatures'>;

type Add = (pointer: string, kind: UnitKind, piece: Piece | null | undefined, label?: string | null, division?: number | null) => void;

/** The units of the pieces the main text and an other expression both have, pointers under `prefix`. */
function structureUnits(part: Structure, prefix: string, add: Add, addMore: () => void): void {
  add(`${prefix}/title`, 'title', part.title);
  addMore();
  const pre = part.preamble;
  if (pre) {
    add(`${prefix}/preamble/parties`, 'preamble', pre.parties);
    pre.recitals.forEach((r, i) => add(`${prefix}/preamble/recitals/${i}`, 'preamble', r));
    pre.plenipotentiaries.forEach((p, i) => add(`${prefix}/preamble/plenipotentiaries/${i}`, 'preamble', p));
    add(`${prefix}/preamble/agreement`, 'preamble', pre.agreement);
  }
  part.divisions.forEach((d, i) => {
    add(`${prefix}/divisions/${i}/label`, 'division-label', d.label, null, i);
    add(`${prefix}/divisions/${i}/heading`, 'division-heading', d.heading, null, i);
    d.paragraphs.forEach((p, j) => add(`${prefix}/divisions/${i}/paragraphs/${j}`, 'paragraph', p, null, i));
  });
  part.articles.forEach((article, i) => {
    const division = article.division;
    add(`${prefix}/articles/${i}/label`, 'article-label', article.label, null, division);
    add(`${prefix}/articles/${i}/heading`, 'heading', article.heading, null, division);
    const many = article.paragraphs.length > 1;
    article.paragraphs.forEach((p, j) =>
      add(`${prefix}/articles/${i}/paragraphs/${j}`, 'paragraph', p, many ? `¶ ${p.number ?? j + 1}` : null, division),
    );
  });
  add(`${prefix}/closing`, 'closing', part.closing);
  part.signatures.forEach((s, i) => add(`${prefix}/signatures/${i}`, 'signature', s));
}

/** A unit adder for one part (the main text, or an other expression): depth from its divisions. */
function adder(units: TextUnit[], part: Structure, expression: number | undefined): Add {
  return (pointer, kind, piece, label = null, division = null) => {
    if (!piece || !piece.spans.length) return;
    const d = division !== null && division !== undefined ? part.divisions[division] : undefined;
    const own = kind === 'division-label' || kind === 'division-heading';
    const depth = d ? Math.max(0, own ? d.level - 1 : d.level) : 0;
    const unit: TextUnit = { pointer, kind, label, spans: piece.spans, inlines: [], depth };
    if (d) unit.division = division!;
    if (expression !== undefined) unit.expression = expression;
    units.push(unit);
  };
}

const startOf = (u: TextUnit) => u.spans[0]?.start ?? 0;

export function documentUnits(doc: StructuredDocument | null, textLength: number): TextUnit[] {
  if (!doc) return [{ pointer: '', kind: 'plain', label: null, spans: [{ start: 0, end: textLength }], inlines: [], depth: 0 }];
  const units: TextUnit[] = [];
  const add = adder(units, doc, undefined);
  structureUnits(doc, '', add, () =>
    doc.metadataLines.forEach((line, i) =>
      add(`/metadataLines/${i}`, 'meta', line, line.role === 'other' ? null : line.role.replace(/-/g, ' ')),
    ),
  );
  doc.paragraphs.forEach((p, i) => add(`/paragraphs/${i}`, 'paragraph', p, p.role === 'lead' ? 'lead' : null));
  doc.otherExpressions.forEach((e, k) => structureUnits(e, `/otherExpressions/${k}`, adder(units, e, k), () => undefined));

  // Where each other expression stands, so that a footnote printed inside one is shown with it.
  const ranges = doc.otherExpressions.map((e) => ({ start: e.spans[0]?.start ?? 0, end: e.spans[e.spans.length - 1]?.end ?? 0 }));
  const byPointer = new Map(units.map((u) => [u.pointer, u]));
  doc.footnotes.forEach((footnote, i) => {
    const host = footnote.placement.interrupts ? byPointer.get(footnote.placement.interrupts) : undefined;
    const at = footnote.placement.spans[0]?.start ?? footnote.spans[0]?.start ?? 0;
    const end = footnote.placement.spans[footnote.placement.spans.length - 1]?.end ?? at;
    if (host) host.inlines.push({ at, end, kind: 'footnote', footnote });
    else {
      const unit: TextUnit = {
        pointer: `/footnotes/${i}`,
        kind: 'footnote',
        label: `footnote ${footnote.marker}`,
        spans: footnote.spans,
        inlines: [],
        footnote,
        depth: 0,
      };
      const expression = ranges.findIndex((r) => r.start <= at && at < r.end);
      if (expression >= 0) unit.expression = expression;
      units.push(unit);
    }
    const anchorHost = footnote.anchor?.piece ? byPointer.get(footnote.anchor.piece) : undefined;
    const anchorSpans = footnote.anchor?.spans ?? [];
    const anchorAt = anchorSpans[0]?.start;
    const anchorEnd = anchorSpans[anchorSpans.length - 1]?.end;
    if (anchorHost && anchorAt !== undefined && anchorEnd !== undefined)
      anchorHost.inlines.push({ at: anchorAt, end: anchorEnd, kind: 'anchor', footnote });
  });
  for (const u of units) u.inlines.sort((a, b) => a.at - b.at);
  // The main text first, then each other expression, each in source order.
  const group = (u: TextUnit) => (u.expression === undefined ? -1 : u.expression);
  return units.sort((a, b) => group(a) - group(b) || startOf(a) - startOf(b));
}

/** The name of a language for a heading: "Dutch (nl)"; a code the browser cannot name is given as it is. */
export function languageName(code: string): string {
  // The ingester's "not recognised"; engines name it differently ("root", "Unknown language").
  if (code === 'und') return 'language not recognised (und)';
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    // Not a well-formed language tag: shown as it is.
  }
  return name && name !== code ? `${name} (${code})` : code;
}

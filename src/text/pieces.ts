/**
 * The leaf pieces of a structured document: the pieces that quote the source directly and never
 * overlap one another (containers such as an article or a signature hold leaves; metadata values
 * point into leaves). Each comes with its JSON Pointer, so a position in the source can be traced to
 * the piece that holds it, e.g. the piece a footnote marker annotates.
 */
import type { Span, StructuredDocument } from '../model/index.js';
import { envelope } from './spans.js';

export interface LeafPiece {
  pointer: string;
  spans: Span[];
}

/** The parts of the document that leaves come from (a footnote anchor is a leaf of its own). */
type LeafSource = Pick<
  StructuredDocument,
  | 'title'
  | 'metadataLines'
  | 'preamble'
  | 'divisions'
  | 'articles'
  | 'paragraphs'
  | 'footnotes'
  | 'closing'
  | 'signatures'
  | 'otherExpressions'
  | 'removed'
>;

type TreatyLeaves = Pick<StructuredDocument, 'title' | 'preamble' | 'divisions' | 'articles' | 'closing' | 'signatures'>;

/** The leaves of a treaty's text (the document's own, or another expression's under `prefix`). */
function treatyLeaves(
  doc: TreatyLeaves,
  prefix: string,
  add: (pointer: string, piece: { spans: Span[] } | null | undefined) => void,
): void {
  add(`${prefix}/title`, doc.title);
  if (doc.preamble) {
    add(`${prefix}/preamble/heading`, doc.preamble.heading);
    add(`${prefix}/preamble/parties`, doc.preamble.parties);
    doc.preamble.recitals.forEach((recital, i) => add(`${prefix}/preamble/recitals/${i}`, recital));
    doc.preamble.plenipotentiaries.forEach((person, i) => add(`${prefix}/preamble/plenipotentiaries/${i}`, person));
    add(`${prefix}/preamble/agreement`, doc.preamble.agreement);
  }
  doc.divisions.forEach((division, i) => {
    add(`${prefix}/divisions/${i}/label`, division.label);
    add(`${prefix}/divisions/${i}/heading`, division.heading);
    division.paragraphs.forEach((paragraph, j) => add(`${prefix}/divisions/${i}/paragraphs/${j}`, paragraph));
  });
  doc.articles.forEach((article, i) => {
    add(`${prefix}/articles/${i}/label`, article.label);
    add(`${prefix}/articles/${i}/heading`, article.heading);
    article.paragraphs.forEach((paragraph, j) => add(`${prefix}/articles/${i}/paragraphs/${j}`, paragraph));
  });
  add(`${prefix}/closing`, doc.closing);
  doc.signatures.forEach((signature, i) => {
    add(`${prefix}/signatures/${i}/forWhom`, signature.forWhom);
    add(`${prefix}/signatures/${i}/name`, signature.name);
  });
}

export function leafPieces(doc: LeafSource): LeafPiece[] {
  const leaves: LeafPiece[] = [];
  const add = (pointer: string, piece: { spans: Span[] } | null | undefined): void => {
    if (piece && piece.spans.length > 0) leaves.push({ pointer, spans: piece.spans });
  };
  treatyLeaves(doc, '', add);
  doc.metadataLines.forEach((line, i) => add(`/metadataLines/${i}`, line));
  doc.paragraphs.forEach((paragraph, i) => add(`/paragraphs/${i}`, paragraph));
  doc.footnotes.forEach((footnote, i) => {
    add(`/footnotes/${i}`, footnote);
    add(`/footnotes/${i}/anchor`, footnote.anchor);
  });
  doc.otherExpressions.forEach((expression, i) => treatyLeaves(expression, `/otherExpressions/${i}`, add));
  doc.removed.forEach((removed, i) => add(`/removed/${i}`, removed));
  return leaves;
}

/**
 * Where leaves are, for position queries in O(log n): which leaf's spans cover a range, and which
 * leaf's extent (first to last span) most tightly contains it. The extent search looks back over at
 * most EXTENT_LOOKBACK leaves: a piece interrupted by a footnote encloses a few others, never many,
 * and the bound keeps hostile input from making the search quadratic.
 */
const EXTENT_LOOKBACK = 64;

/**
 * The permutation that sorts entries by start, then by end (ascending when `endOrder` is 1, descending
 * when -1). Already sorted input (leaves mostly come in document order) costs one pass.
 */
function sortedOrder(starts: Int32Array, ends: Int32Array, endOrder: 1 | -1): Int32Array {
  const order = new Int32Array(starts.length);
  let sorted = true;
  for (let i = 0; i < order.length; i++) {
    order[i] = i;
    if (i > 0 && (starts[i]! < starts[i - 1]! || (starts[i] === starts[i - 1] && (ends[i]! - ends[i - 1]!) * endOrder < 0))) sorted = false;
  }
  if (!sorted) order.sort((a, b) => starts[a]! - starts[b]! || (ends[a]! - ends[b]!) * endOrder);
  return order;
}

export class LeafIndex {
  // Parallel arrays rather than objects: the index of a large document stays small.
  private readonly spanStarts: Int32Array;
  private readonly spanEnds: Int32Array;
  private readonly extentStarts: Int32Array;
  private readonly extentEnds: Int32Array;
  private readonly extentLeaves: Int32Array;
  private readonly leaves: readonly LeafPiece[];

  constructor(leaves: readonly LeafPiece[]) {
    this.leaves = leaves;
    // Built with loops over typed arrays and one sorted permutation each, no object per span: this
    // runs on documents of hundreds of thousands of leaves.
    let count = 0;
    for (const leaf of leaves) count += leaf.spans.length;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let k = 0;
    for (const leaf of leaves) {
      for (const span of leaf.spans) {
        starts[k] = span.start;
        ends[k] = span.end;
        k++;
      }
    }
    const bySpan = sortedOrder(starts, ends, 1);
    this.spanStarts = bySpan.map((i) => starts[i]!);
    this.spanEnds = bySpan.map((i) => ends[i]!);
    const extentStarts = new Int32Array(leaves.length);
    const extentEnds = new Int32Array(leaves.length);
    leaves.forEach((leaf, index) => {
      const extent = envelope(leaf.spans)!;
      extentStarts[index] = extent.start;
      extentEnds[index] = extent.end;
    });
    const byExtent = sortedOrder(extentStarts, extentEnds, -1);
    this.extentStarts = byExtent.map((i) => extentStarts[i]!);
    this.extentEnds = byExtent.map((i) => extentEnds[i]!);
    this.extentLeaves = byExtent;
  }

  /** Index of the last entry starting at or before `offset`, or -1. */
  private static lastStartingBy(starts: Int32Array, offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** Whether some leaf's own span covers the range (leaf spans never overlap, so one candidate). */
  covers(range: Span): boolean {
    const candidate = LeafIndex.lastStartingBy(this.spanStarts, range.start);
    return candidate >= 0 && range.end <= this.spanEnds[candidate]!;
  }

  /** The leaf whose extent most tightly contains the range, if any. */
  containing(range: Span): string | null {
    let best = -1;
    let bestSize = Infinity;
    const last = LeafIndex.lastStartingBy(this.extentStarts, range.start);
    for (let i = last; i >= 0 && i > last - EXTENT_LOOKBACK; i--) {
      const end = this.extentEnds[i]!;
      if (end < range.end) continue;
      const size = end - this.extentStarts[i]!;
      if (size < bestSize) {
        best = i;
        bestSize = size;
      }
    }
    return best < 0 ? null : this.leaves[this.extentLeaves[best]!]!.pointer;
  }
}

/**
 * Footnotes, once the rest of the document is parsed: each footnote's text, its anchor (the marker in
 * the text with the same label, the nearest one before the footnote, and the piece that marker
 * annotates), and its placement (where the note stands, and the piece it interrupts when a page break
 * put it in the middle of a sentence).
 */
import type { Footnote, IngestWarning, Metadata, StructuredDocument } from '../model/index.js';
import { dateValue, mapPiece, pieceOf } from './build.js';
import { findDates } from './dates.js';
import type { FlowLine, FootnoteDraft } from './layout.js';
import type { InlineMarker } from './lines.js';
import { LeafIndex, leafPieces } from './pieces.js';
import { MAX_WARNINGS_PER_CODE, surplusWarning } from './warnings.js';

type Parsed = Omit<StructuredDocument, 'kind' | 'source' | 'metadata' | 'warnings' | 'footnotes'>;

/**
 * Markers by label, handed out to footnotes in document order: each footnote takes the nearest
 * unused marker before it, or else the next unused one after it.
 */
class MarkerPool {
  private readonly byLabel = new Map<string, { markers: InlineMarker[]; next: number; before: InlineMarker[] }>();

  constructor(markers: readonly InlineMarker[]) {
    for (const marker of markers) {
      const entry = this.byLabel.get(marker.label) ?? { markers: [], next: 0, before: [] };
      entry.markers.push(marker);
      this.byLabel.set(marker.label, entry);
    }
  }

  take(label: string, before: number): InlineMarker | null {
    const entry = this.byLabel.get(label);
    if (!entry) return null;
    while (entry.next < entry.markers.length && entry.markers[entry.next]!.span.end <= before)
      entry.before.push(entry.markers[entry.next++]!);
    return entry.before.pop() ?? entry.markers[entry.next++] ?? null;
  }

  /** The markers no footnote took, in document order: those passed over, and those never reached. */
  unused(): InlineMarker[] {
    const left: InlineMarker[] = [];
    for (const entry of this.byLabel.values()) {
      for (const marker of entry.before) left.push(marker);
      for (let i = entry.next; i < entry.markers.length; i++) left.push(entry.markers[i]!);
    }
    return left.sort((a, b) => a.span.start - b.span.start);
  }
}

export function attachFootnotes(
  raw: string,
  doc: Parsed,
  flow: readonly FlowLine[],
  drafts: readonly FootnoteDraft[],
  warnings: IngestWarning[],
  outsideFlow: readonly InlineMarker[] = [],
): Footnote[] {
  const leaves = new LeafIndex(leafPieces({ ...doc, footnotes: [] }));
  // A marker inside a piece's own spans (text the page removed keeps its markers) anchors nothing.
  const inFlow: InlineMarker[] = [];
  for (const { line } of flow) for (const marker of line.markers) inFlow.push(marker);
  // Markers of lines taken out before the layout (a Markdown front matter's title), in document order.
  const all = outsideFlow.length === 0 ? inFlow : [...outsideFlow, ...inFlow].sort((a, b) => a.span.start - b.span.start);
  const markers = all.filter((marker) => !leaves.covers(marker.span));
  const pool = new MarkerPool(markers);
  const footnotes: Footnote[] = [];
  for (const draft of drafts) {
    const piece = pieceOf(raw, draft.segments);
    if (!piece) {
      warnings.push({ code: 'empty-footnote', message: `footnote ${draft.label} has no text`, spans: [draft.marker] });
      continue;
    }
    const marker = pool.take(draft.label, draft.placement.start);
    if (!marker)
      warnings.push({
        code: 'footnote-without-marker',
        message: `footnote ${draft.label} has no marker in the text`,
        spans: [draft.marker],
      });
    footnotes.push({
      text: piece.text,
      spans: piece.spans,
      marker: draft.label,
      anchor: marker ? { piece: annotated(raw, leaves, marker), spans: [marker.span] } : null,
      placement: {
        spans: [draft.placement],
        interrupts: draft.between ? leaves.containing(draft.placement) : null,
      },
    });
  }
  let unmatched = 0;
  for (const marker of pool.unused()) {
    // Only the warnings that will be listed are made; the rest are counted (a line of 600 000 markers).
    warnings.push(
      unmatched++ < MAX_WARNINGS_PER_CODE
        ? { code: 'marker-without-footnote', message: `footnote marker ${marker.label} has no footnote`, spans: [marker.span] }
        : surplusWarning('marker-without-footnote'),
    );
  }
  return footnotes;
}

/**
 * The piece a marker annotates: the one around it, or else the one it closes ("… day of 1951.[2]",
 * "… United States[1]": the piece ends where the marker, or the spaces before it, begin).
 */
function annotated(raw: string, leaves: LeafIndex, marker: InlineMarker): string | null {
  const around = leaves.containing(marker.span);
  if (around !== null) return around;
  let end = marker.span.start;
  while (end > 0 && (raw.charCodeAt(end - 1) === 0x20 || raw.charCodeAt(end - 1) === 0x09)) end--;
  return leaves.containing({ start: end, end });
}

const CAME_INTO_FORCE = /^(?:Came|Entered) into force\b|^Entré(?:e)? en vigueur\b/i;

/** UNTS records state entry into force in the footnote to the title: "Came into force on 10 September 1961, …". */
export function entryIntoForceOf(raw: string, footnotes: readonly Footnote[]): Metadata['entryIntoForce'] {
  const note = footnotes.find((footnote) => footnote.anchor?.piece === '/title' && CAME_INTO_FORCE.test(footnote.text));
  if (!note) return undefined;
  const mapped = mapPiece(raw, note);
  const date = findDates(mapped.text)[0];
  return date ? (dateValue(raw, mapped, date.index, date.index + date.length, date.value) ?? undefined) : undefined;
}

/**
 * Footnotes, once the rest of the document is parsed: each footnote's text, its anchor (the marker in
 * the text with the same label, the nearest one before the footnote, and the piece that marker
 * annotates), and its placement (where the note stands, and the piece it interrupts when a page break
 * put it in the middle of a sentence).
 */
import type { Footnote, IngestWarning, Metadata, StructuredDocument } from '../model/document.js';
import { dateValue, mapPiece, pieceOf } from './build.js';
import { findDates } from './dates.js';
import type { FlowLine, FootnoteDraft } from './layout.js';
import type { InlineMarker } from './lines.js';
import { leafContaining, leafPieces } from './pieces.js';

type Parsed = Omit<StructuredDocument, 'kind' | 'source' | 'metadata' | 'warnings' | 'footnotes'>;

export function attachFootnotes(raw: string, doc: Parsed, flow: readonly FlowLine[], drafts: readonly FootnoteDraft[], warnings: IngestWarning[]): Footnote[] {
  const leaves = leafPieces({ ...doc, footnotes: [] });
  const markers: InlineMarker[] = flow.flatMap(({ line }) => line.markers);
  const used = new Set<InlineMarker>();
  const footnotes: Footnote[] = [];
  for (const draft of drafts) {
    const piece = pieceOf(raw, draft.segments);
    if (!piece) {
      warnings.push({ code: 'empty-footnote', message: `footnote ${draft.label} has no text`, spans: [draft.marker] });
      continue;
    }
    const candidates = markers.filter((marker) => marker.label === draft.label && !used.has(marker));
    const before = candidates.filter((marker) => marker.span.end <= draft.placement.start);
    const marker = before[before.length - 1] ?? candidates[0];
    if (marker) used.add(marker);
    else warnings.push({ code: 'footnote-without-marker', message: `footnote ${draft.label} has no marker in the text`, spans: [draft.marker] });
    footnotes.push({
      ...piece,
      marker: draft.label,
      anchor: marker ? { piece: leafContaining(leaves, marker.span), spans: [marker.span] } : null,
      placement: {
        spans: [draft.placement],
        interrupts: draft.between ? leafContaining(leaves, draft.placement) : null,
      },
    });
  }
  for (const marker of markers) {
    if (!used.has(marker)) {
      warnings.push({ code: 'marker-without-footnote', message: `footnote marker ${marker.label} has no footnote`, spans: [marker.span] });
    }
  }
  return footnotes;
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

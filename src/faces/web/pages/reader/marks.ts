/**
 * Cutting a span of the raw text at the edges of the highlighted ranges (provision quotes and
 * non-operative passages), so each piece knows what covers it.
 */
import type { SourceSpan } from '../../api/types.js';

export interface Highlights {
  /** Provision id → where its quote stands. */
  quotes: ReadonlyMap<string, readonly SourceSpan[]>;
  /** Index of the non-operative passage → where it stands. */
  nonOperative: ReadonlyMap<number, readonly SourceSpan[]>;
}

export interface Segment {
  start: number;
  end: number;
  /** The provision whose quote covers it (the narrowest one if quotes overlap). */
  provision: string | null;
  nonOperative: number | null;
}

interface Range {
  start: number;
  end: number;
  id: string | number;
  size: number;
}

function ranges<K extends string | number>(map: ReadonlyMap<K, readonly SourceSpan[]>): Range[] {
  return [...map].flatMap(([id, spans]) => {
    const size = spans.reduce((n, s) => n + s.end - s.start, 0);
    return spans.map((s) => ({ start: s.start, end: s.end, id, size }));
  });
}

export function segmentsOf(span: SourceSpan, highlights: Highlights): Segment[] {
  const quotes = ranges(highlights.quotes).filter((r) => r.start < span.end && r.end > span.start);
  const passages = ranges(highlights.nonOperative).filter((r) => r.start < span.end && r.end > span.start);
  const cuts = new Set([span.start, span.end]);
  for (const r of [...quotes, ...passages]) {
    if (r.start > span.start && r.start < span.end) cuts.add(r.start);
    if (r.end > span.start && r.end < span.end) cuts.add(r.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    const covering = quotes.filter((r) => r.start <= start && r.end >= end).sort((a, b) => a.size - b.size)[0];
    const passage = passages.find((r) => r.start <= start && r.end >= end);
    segments.push({ start, end, provision: covering ? String(covering.id) : null, nonOperative: passage ? Number(passage.id) : null });
  }
  return segments;
}

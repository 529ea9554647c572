// Covers src/faces/web/pages/reader/marks.ts: cutting a span of the source text where provision quotes and non-operative passages begin and end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { SourceSpan } from '../../src/faces/web/api/types.js';
import { segmentsOf, type Highlights, type Segment } from '../../src/faces/web/pages/reader/marks.js';

const spans = (...pairs: [number, number][]): SourceSpan[] => pairs.map(([start, end]) => ({ start, end }));
const none: Highlights = { quotes: new Map(), nonOperative: new Map() };

describe('segmentsOf', () => {
  it('gives the whole span as one plain segment when nothing is highlighted', () => {
    assert.deepEqual(segmentsOf({ start: 100, end: 200 }, none), [{ start: 100, end: 200, provision: null, nonOperative: null }]);
  });

  it('gives nothing for an empty span', () => {
    assert.deepEqual(segmentsOf({ start: 100, end: 100 }, { quotes: new Map([['art1', spans([90, 110])]]), nonOperative: new Map() }), []);
  });

  it('cuts at every edge inside the span and gives each piece the narrowest quote over it (by the whole quote’s length) and its passage', () => {
    const highlights: Highlights = {
      quotes: new Map([
        ['art1', spans([120, 150])], // 30 characters
        ['art2', spans([110, 130], [300, 315])], // 35 characters in all, though only 20 here
        ['art3', spans([140, 145])], // 5
        ['art4', spans([0, 100])], // ends where the span starts: not in it
        ['art5', spans([190, 260])], // runs past the end
        ['art6', spans([90, 105])], // starts before it
      ]),
      nonOperative: new Map([
        [0, spans([160, 170])],
        [1, spans([200, 210])], // starts where the span ends: not in it
      ]),
    };
    const s = (start: number, end: number, provision: string | null, nonOperative: number | null = null): Segment => ({
      start,
      end,
      provision,
      nonOperative,
    });
    assert.deepEqual(segmentsOf({ start: 100, end: 200 }, highlights), [
      s(100, 105, 'art6'),
      s(105, 110, null),
      s(110, 120, 'art2'),
      s(120, 130, 'art1'),
      s(130, 140, 'art1'),
      s(140, 145, 'art3'),
      s(145, 150, 'art1'),
      s(150, 160, null),
      s(160, 170, null, 0),
      s(170, 190, null),
      s(190, 200, 'art5'),
    ]);
  });

  it('marks a quote inside a non-operative passage with both', () => {
    const highlights: Highlights = { quotes: new Map([['art1', spans([10, 20])]]), nonOperative: new Map([[3, spans([0, 30])]]) };
    assert.deepEqual(segmentsOf({ start: 5, end: 25 }, highlights), [
      { start: 5, end: 10, provision: null, nonOperative: 3 },
      { start: 10, end: 20, provision: 'art1', nonOperative: 3 },
      { start: 20, end: 25, provision: null, nonOperative: 3 },
    ]);
  });

  it('cuts the span into pieces that cover it, each covered by the narrowest quote and first passage over all of it', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => ({ start, end: start + length }));
    const ranges = fc.array(range, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(range, fc.array(ranges, { maxLength: 4 }), fc.array(ranges, { maxLength: 3 }), (span, quoteSpans, passageSpans) => {
        const quotes = new Map(quoteSpans.map((list, i) => [`p${i}`, list]));
        const nonOperative = new Map(passageSpans.map((list, i) => [i, list]));
        const segments = segmentsOf(span, { quotes, nonOperative });
        assert.equal(segments[0]?.start, span.start);
        assert.equal(segments[segments.length - 1]?.end, span.end);
        for (let i = 0; i < segments.length; i++) {
          const seg = segments[i]!;
          assert.ok(seg.start < seg.end);
          if (i > 0) assert.equal(seg.start, segments[i - 1]!.end);
          // Oracle: the quotes covering the piece, the narrowest by total length (the first of equals).
          let best: { id: string; size: number } | null = null;
          for (const [id, list] of quotes) {
            const size = list.reduce((n, r) => n + r.end - r.start, 0);
            if (list.some((r) => r.start <= seg.start && r.end >= seg.end) && (!best || size < best.size)) best = { id, size };
          }
          assert.equal(seg.provision, best?.id ?? null);
          const passage = [...nonOperative].find(([, list]) => list.some((r) => r.start <= seg.start && r.end >= seg.end));
          assert.equal(seg.nonOperative, passage?.[0] ?? null);
          // No quote or passage edge falls strictly inside a piece.
          for (const r of [...quoteSpans, ...passageSpans].flat()) {
            assert.ok(!(r.start > seg.start && r.start < seg.end) && !(r.end > seg.start && r.end < seg.end));
          }
        }
      }),
    );
  });
});

/** The one rule from spans to text, and the map back from text to spans. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mapSpans, mergeSpans, spansOf, textOfSpans } from '../../src/text/spans.js';

describe('textOfSpans', () => {
  const raw = 'in the Far\n\n<sup>1</sup> note\n\nEast and';
  it('joins with a space when whitespace lies between the spans', () => {
    assert.equal(
      textOfSpans(raw, [
        { start: 0, end: 10 },
        { start: 31, end: 39 },
      ]),
      'in the Far East and',
    );
  });
  it('joins without a space when only markup lies between them', () => {
    const text = 'Parties<sup>2</sup>, and';
    assert.equal(
      textOfSpans(text, [
        { start: 0, end: 7 },
        { start: 19, end: 24 },
      ]),
      'Parties, and',
    );
  });
  it('collapses whitespace and line breaks, and trims', () => {
    assert.equal(textOfSpans('  a \r\n\t b  ', [{ start: 0, end: 11 }]), 'a b');
  });
  it('gives the empty string for no spans', () => assert.equal(textOfSpans('abc', []), ''));
});

describe('mergeSpans', () => {
  it('trims, drops empty spans and merges across whitespace only', () => {
    const raw = ' ab \n cd <x> ef ';
    assert.deepEqual(
      mergeSpans(raw, [
        { start: 0, end: 4 },
        { start: 4, end: 8 },
        { start: 8, end: 9 },
        { start: 12, end: 16 },
      ]),
      [
        { start: 1, end: 8 },
        { start: 13, end: 15 },
      ],
    );
  });
});

const spanList = (length: number) =>
  fc
    .array(fc.tuple(fc.nat(length), fc.nat(length)), { maxLength: 5 })
    .map((pairs) => pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })).sort((x, y) => x.start - y.start))
    .map((spans) => spans.filter((span, i) => i === 0 || span.start >= spans[i - 1]!.end));

describe('mapSpans and spansOf', () => {
  it('map the same text as textOfSpans', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).chain((raw) => fc.tuple(fc.constant(raw), spanList(raw.length))),
        ([raw, spans]) => {
          assert.equal(mapSpans(raw, spans).text, textOfSpans(raw, spans));
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('give spans whose text is the stretch of the mapped text (trimmed)', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '\n', '<', '>', ',', '\t');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 60 }).chain((raw) =>
          fc.tuple(
            fc.constant(raw),
            spanList(raw.length).map((spans) => mergeSpans(raw, spans)),
            fc.nat(),
            fc.nat(),
          ),
        ),
        ([raw, spans, a, b]) => {
          const mapped = mapSpans(raw, spans);
          const from = Math.min(a, b) % (mapped.text.length + 1);
          const to = Math.max(a, b) % (mapped.text.length + 1);
          const [lo, hi] = from <= to ? [from, to] : [to, from];
          const found = spansOf(mapped, lo, hi);
          assert.equal(textOfSpans(raw, found), mapped.text.slice(lo, hi).trim());
          for (const span of found) assert.ok(span.start < span.end);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// Covers src/faces/web/pages/corpus/Snippet.tsx (a snippet cut at the server's marks), SearchPanel.tsx's
// links (hitHref) and reader/found.tsx (the ?span= of a search hit's link).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hitHref } from '../../src/faces/web/pages/corpus/SearchPanel.js';
import { snippetPieces } from '../../src/faces/web/pages/corpus/Snippet.js';
import { parseFoundSpan } from '../../src/faces/web/pages/reader/found.js';

describe('search snippets and links', () => {
  it('cuts the snippet at its marks; brackets and quotes are only text', () => {
    assert.deepEqual(
      snippetPieces('Each Party [TRANSLATION] may "denounce"', [
        { start: 12, end: 23 },
        { start: 30, end: 38 },
      ]),
      [
        ['Each Party [', false],
        ['TRANSLATION', true],
        ['] may "', false],
        ['denounce', true],
        ['"', false],
      ],
    );
  });

  it('ignores marks out of range, empty or overlapping; the pieces always join to the text (property)', () => {
    assert.deepEqual(
      snippetPieces('abc', [
        { start: 2, end: 9 },
        { start: 1, end: 1 },
      ]),
      [['abc', false]],
    );
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.nat(40), end: fc.nat(40) })), (text, marks) => {
        assert.equal(
          snippetPieces(text, marks)
            .map(([piece]) => piece)
            .join(''),
          text,
        );
      }),
    );
  });

  it('links a provision to the reader selecting it, a source passage with its span, a document passage to the import page', () => {
    const base = { title: 't', where: 'w', snippet: 's', marks: [] };
    assert.equal(
      hitHref({ ...base, kind: 'provision', treaty: 'ussr-prk-1961', ref: 'art1-mutual-assistance', passage: null, span: null }),
      '/treaties/ussr-prk-1961?provision=art1-mutual-assistance',
    );
    assert.equal(
      hitHref({
        ...base,
        kind: 'source',
        treaty: 'north-atlantic-1949',
        ref: 'nat-1949-en',
        passage: '/articles/5/paragraphs/0',
        span: { start: 3051, end: 3130 },
      }),
      '/treaties/north-atlantic-1949?source=nat-1949-en&span=3051-3130',
    );
    assert.equal(
      hitHref({ ...base, kind: 'document', treaty: null, ref: 'd1', passage: '/articles/0/paragraphs/0', span: { start: 5, end: 9 } }),
      '/import?document=d1&passage=%2Farticles%2F0%2Fparagraphs%2F0&span=5-9',
    );
  });

  it('reads ?span=START-END, and nothing else', () => {
    assert.deepEqual(parseFoundSpan('3051-3130'), { start: 3051, end: 3130 });
    for (const bad of [null, '', '5-5', '9-5', '-1-4', '1-', 'a-b', '1-2-3', '1e3-2e3'])
      assert.equal(parseFoundSpan(bad), null, String(bad));
  });
});

/** Inline markup placed by source offsets: the text rule of the structured document, nesting, notes at markers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineContent, spansText } from '../../src/export/akn/inline.js';
import { el, serialize, type XmlNode } from '../../src/export/akn/xml.js';

const render = (nodes: XmlNode[]) =>
  serialize(el('p', {}, nodes), {})
    .split('\n')[1]!
    .replace(/ xmlns="[^"]+"/, '');
const wrap = (name: string, start: number, end: number) => ({ start, end, make: (c: XmlNode[]) => el(name, {}, c) });

describe('inline content', () => {
  const raw = 'A  title<sup>1</sup>\nsplit  in two. [1] note text';
  const spans = [
    { start: 0, end: 8 },
    { start: 20, end: 35 },
  ];
  it('joins spans with one space where the gap holds whitespace, collapses runs, trims', () => {
    assert.equal(spansText(raw, spans), 'A title split in two.');
    assert.equal(
      spansText('ab<x>cd', [
        { start: 0, end: 2 },
        { start: 5, end: 7 },
      ]),
      'abcd',
    );
  });
  it('puts a note at its marker, between the words either side, and nests wraps', () => {
    const note = el('authorialNote', { marker: '1' }, [el('p', {}, ['note text'])]);
    const out = render(inlineContent(raw, spans, [wrap('docTitle', 0, 35), wrap('term', 3, 8)], [{ at: 8, node: note }]));
    assert.equal(
      out,
      '<p><docTitle>A <term>title</term><authorialNote marker="1"><p>note text</p></authorialNote> split in two.</docTitle></p>',
    );
  });
  it('leaves out a wrap that crosses another, keeps the words', () => {
    const out = render(inlineContent('one two three', [{ start: 0, end: 13 }], [wrap('a', 0, 7), wrap('b', 4, 13)]));
    assert.equal(out, '<p><a>one two</a> three</p>');
  });
  it('keeps spaces outside the elements it wraps, and escapes the text', () => {
    const out = render(inlineContent('x  <y> & z ', [{ start: 0, end: 11 }], [wrap('b', 1, 6)]));
    assert.equal(out, '<p>x <b>&lt;y&gt;</b> &amp; z</p>');
  });
});

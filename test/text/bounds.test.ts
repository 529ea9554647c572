/**
 * Ingestion's bounds (issue 18): no stack overflow however many footnotes, a string with a lone
 * surrogate refused with its place, the size error of a reader that stopped at the limit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingest, tooLargeError } from '../../src/text/index.js';
import { refusal } from '../support/refusal.js';
import { assertLeavesDisjoint } from './support.js';

describe('ingest: no stack overflow on long runs', () => {
  it('a block of 130 000 footnote lines is ingested (push(...drafts) overflowed the stack)', () => {
    const lines = ['Article 1', 'The Parties agree<sup>1</sup>.', ''];
    for (let i = 1; i <= 130_000; i++) lines.push(`<sup>1</sup> Note ${i}.`);
    const doc = ingest(lines.join('\n'), 'notes.txt');
    assert.equal(doc.footnotes.length, 130_000);
    assert.equal(doc.footnotes[129_999]!.text, 'Note 130000.');
    assert.equal(doc.footnotes[0]!.anchor?.piece, '/articles/0/paragraphs/0');
    assertLeavesDisjoint(doc);
  });

  it('a block of 130 000 editors\' notes "1 …" after one bracketed marker', () => {
    const lines = ['Article 1', 'The Parties agree[1].', ''];
    for (let i = 1; i <= 130_000; i++) lines.push(`1 Note ${i}.`);
    const doc = ingest(lines.join('\n'), 'notes.md');
    assert.equal(doc.footnotes.length, 130_000);
    assert.equal(doc.footnotes[129_999]!.text, 'Note 130000.');
    assert.deepEqual(doc.footnotes[0]!.anchor, { piece: '/articles/0/paragraphs/0', spans: [{ start: 27, end: 30 }] });
    assert.equal(doc.articles[0]!.text, 'The Parties agree.');
  });

  it('one line of 10 MiB holding 500 000 bracketed markers, and their note', () => {
    const unit = 'Parties[1] agree ';
    const count = Math.floor((10 * 1024 * 1024 - 20) / unit.length);
    const doc = ingest(`${unit.repeat(count)}\n\n1 The note.`, 'one-line.md');
    assert.equal(count, 616_808);
    assert.equal(doc.footnotes.length, 1);
    // The note takes the nearest marker before it: the last one.
    assert.deepEqual(doc.footnotes[0]!.anchor!.spans, [{ start: (count - 1) * unit.length + 7, end: (count - 1) * unit.length + 10 }]);
    assert.deepEqual(doc.warnings.map((w) => w.code + (w.spans.length === 0 ? `: ${w.message}` : '')).slice(-2), [
      'marker-without-footnote',
      `marker-without-footnote: … and ${count - 1 - 20} more "marker-without-footnote" warnings`,
    ]);
    assert.equal(doc.paragraphs[0]!.text.slice(0, 32), 'Parties agree Parties agree Part');
  });
});

describe('ingest: a string with a lone surrogate', () => {
  it('is refused with line, column and offset (it has no UTF-8 form: stored, it would no longer match its spans)', () => {
    assert.equal(
      refusal(() => ingest('Article 1\n\nThe Parties \uD83D agree.', 'pasted.txt')),
      'pasted.txt:3:13: input-lone-surrogate: not valid Unicode text: lone surrogate U+D83D at offset 23 (half of a UTF-16 pair without its other half) | the text was damaged before it reached pacta (e.g. cut in the middle of an emoji); send it as UTF-8 text, or remove the character',
    );
    assert.equal(
      refusal(() => ingest('\uDE00Article 1', 'low.txt')).split(' | ')[0],
      'low.txt:1:1: input-lone-surrogate: not valid Unicode text: lone surrogate U+DE00 at offset 0 (half of a UTF-16 pair without its other half)',
    );
  });

  it('a surrogate pair (an emoji) is text like any other', () => {
    const doc = ingest('Article 1\n\nThe Parties 🤝 agree.', 'emoji.txt');
    assert.equal(doc.articles[0]!.text, 'The Parties 🤝 agree.');
  });
});

describe('the size error of a bounded reader', () => {
  it('says the input is more than the limit, and the limit', () => {
    assert.equal(
      refusal(() => {
        throw tooLargeError('<stdin>', 10 * 1024 * 1024 + 1, { atLeast: true });
      }),
      '<stdin>:0:0: input-too-large: file is too large to ingest: more than 10.0 MB; the limit is 10.0 MB (10485760 bytes) | a treaty text is far smaller than this; check that this is the right file, or split it into one document per treaty',
    );
  });
});

/**
 * Editors' notes in Markdown editions (issue 16): bracketed markers "[1]" whose notes are written
 * "1 Spender reported …" (or "[1] …") at the end become footnotes anchored where the marker is; the
 * archive reference after the notes is a `source-line` metadata line. Bracketed digits with no note
 * after them are text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { splitLines } from '../../src/text/lines.js';
import { assertLeavesDisjoint, assertTextsFromSpans } from './support.js';

const ANZUS = 'test/fixtures/text/sources/anzus-1951-initialled.md';

describe("editors' notes: the ANZUS draft of 1951", () => {
  const raw = readFileSync(ANZUS, 'utf8');
  const doc = ingest(raw, 'anzus.md');

  it('gives both notes as footnotes, each anchored at its bracketed marker', () => {
    assert.deepEqual(
      doc.footnotes.map((note) => ({
        marker: note.marker,
        start: note.text.slice(0, 40),
        end: note.text.slice(-30),
        anchor: note.anchor && { piece: note.anchor.piece, marker: raw.slice(note.anchor.spans[0]!.start, note.anchor.spans[0]!.end) },
        placement: raw.slice(note.placement.spans[0]!.start, note.placement.spans[0]!.start + 12),
      })),
      [
        {
          marker: '1',
          start: 'Spender reported in Cablegram 1228 (12 J',
          end: "red in terms of Article VIII'.",
          anchor: { piece: '/title', marker: '[1]' },
          placement: '1 Spender re',
        },
        {
          marker: '2',
          start: 'The Security Treaty between Australia, N',
          end: ' was the same as in the draft.',
          anchor: { piece: '/closing', marker: '[2]' },
          placement: '2 The Securi',
        },
      ],
    );
    assert.deepEqual(doc.footnotes[1]!.anchor!.spans, [{ start: 5440, end: 5443 }]);
    assert.deepEqual(doc.footnotes[0]!.spans, [{ start: 5449, end: 6012 }]);
  });

  it('leaves the markers out of the title and the closing, and the notes out of the signatures', () => {
    assert.equal(doc.title?.text, 'Draft Security Treaty Between Australia, New Zealand and the United States');
    assert.equal(
      doc.closing?.text,
      'IN WITNESS WHEREOF the undersigned Plenipotentiaries have signed this Treaty. DONE at ..this..day of 1951.',
    );
    assert.deepEqual(doc.signatures, []);
    assert.deepEqual(
      doc.warnings.filter((w) => w.code.includes('footnote') || w.code.includes('marker')),
      [],
    );
  });

  it('keeps the archive reference after the notes as a source-line metadata line', () => {
    assert.deepEqual(
      doc.metadataLines.filter((line) => line.role === 'source-line'),
      [{ role: 'source-line', text: '[NAA : A1838, TS686/1, ii]', spans: [{ start: 6183, end: 6209 }] }],
    );
  });

  it('keeps every piece given by its spans, leaves disjoint', () => {
    assertTextsFromSpans(raw, doc);
    assertLeavesDisjoint(doc);
  });
});

describe('bracketed digits', () => {
  it('are text when no note with their label follows ("Article 5 [1]")', () => {
    const raw = 'Article 1\n\nAs provided in Article 5 [1], the Parties [2] agree.\n';
    const doc = ingest(raw, 'plain.txt');
    assert.equal(doc.articles[0]!.text, 'As provided in Article 5 [1], the Parties [2] agree.');
    assert.deepEqual(doc.footnotes, []);
    assert.deepEqual(doc.warnings, []);
  });

  it('are markers when a note "n …" or "[n] …" follows the first of them', () => {
    const raw = 'Article 1\n\nThe Parties[1] agree[2].\n\n1 First note.\n\n[2] Second note.\n';
    const doc = ingest(raw, 'notes.md');
    assert.equal(doc.articles[0]!.text, 'The Parties agree.');
    assert.deepEqual(
      doc.footnotes.map((note) => [note.marker, note.text, note.anchor?.piece, note.anchor?.spans]),
      [
        ['1', 'First note.', '/articles/0/paragraphs/0', [{ start: 22, end: 25 }]],
        ['2', 'Second note.', '/articles/0/paragraphs/0', [{ start: 31, end: 34 }]],
      ],
    );
  });

  it('are text when the only "n …" line comes before them', () => {
    const lines = splitLines('1 Introductory line.\n\nThe Parties[1] agree.\n');
    assert.deepEqual(lines[0]!.markers, []);
    assert.deepEqual(lines[2]!.markers, []);
    assert.equal(lines[2]!.text, 'The Parties[1] agree.');
  });

  it('a line opening with a year or a numbered paragraph is no note', () => {
    const lines = splitLines('The Parties[1] agree.\n1951 was the year.\n1. First paragraph.\n1\n');
    assert.deepEqual(
      lines.slice(0, 4).map((line) => line.markers.length),
      [0, 0, 0, 0],
    );
  });

  it('a bracketed line that does not follow notes is text', () => {
    const doc = ingest('Article 1\n\nThe Parties agree.\n\n[Signatures follow]\n', 'plain.txt');
    assert.deepEqual(
      doc.metadataLines.filter((line) => line.role === 'source-line'),
      [],
    );
  });
});

// Covers src/faces/web/pages/reader/units.ts: the structured document as units in source order, with their labels and the footnotes shown inside them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Footnote, StructuredDocument } from '../../src/faces/web/api/types.js';
import { documentUnits, type TextUnit } from '../../src/faces/web/pages/reader/units.js';

const at = (start: number, end: number) => ({ text: 'x', spans: [{ start, end }] });
const paragraph = (start: number, end: number, number: string | null) => ({ ...at(start, end), number, level: 1 });

function document(over: Partial<StructuredDocument>): StructuredDocument {
  return {
    kind: 'treaty-text',
    source: { file: 'x.txt', length: 400, bytes: 400, sha256: '0'.repeat(64), bom: false, lineEndings: 'lf' },
    language: null,
    title: null,
    metadata: {},
    metadataLines: [],
    preamble: null,
    divisions: [],
    articles: [],
    paragraphs: [],
    footnotes: [],
    closing: null,
    signatures: [],
    otherExpressions: [],
    removed: [],
    warnings: [],
    ...over,
  };
}

describe('documentUnits', () => {
  it('shows a text without structure as one plain unit', () => {
    assert.deepEqual(documentUnits(null, 42), [{ pointer: '', kind: 'plain', label: null, spans: [{ start: 0, end: 42 }], inlines: [] }]);
  });

  // A treaty: title, two metadata lines, preamble, two articles, closing, signature, three footnotes and a
  // metadata line at the very end (a capture date printed after the text).
  const fn0: Footnote = {
    ...at(200, 220),
    marker: '1',
    anchor: { piece: '/articles/0/paragraphs/0', spans: [{ start: 75, end: 76 }] },
    placement: { spans: [{ start: 199, end: 221 }], interrupts: null },
  };
  const fn1: Footnote = {
    ...at(119, 124),
    marker: '2',
    anchor: { piece: '/articles/1/paragraphs/0', spans: [{ start: 112, end: 113 }] },
    placement: {
      spans: [
        { start: 118, end: 120 },
        { start: 121, end: 125 },
      ],
      interrupts: '/articles/1/paragraphs/0',
    },
  };
  const fn2: Footnote = {
    ...at(231, 239),
    marker: '3',
    anchor: null,
    placement: { spans: [{ start: 230, end: 240 }], interrupts: '/preamble/agreement' },
  };
  const doc = document({
    title: at(0, 10),
    metadataLines: [
      { role: 'registration-number', text: 'x', spans: [{ start: 11, end: 20 }] },
      { role: 'other', text: 'x', spans: [{ start: 21, end: 30 }] },
      { role: 'captured-on', text: 'x', spans: [{ start: 300, end: 310 }] },
    ],
    preamble: { parties: at(40, 50), recitals: [at(50, 60)], plenipotentiaries: [], agreement: null },
    articles: [
      {
        number: '1',
        arabic: 1,
        sortKey: '0001',
        division: null,
        label: at(60, 69),
        heading: null,
        paragraphs: [paragraph(70, 80, '1'), paragraph(80, 90, null)],
        text: 'x',
        spans: [{ start: 70, end: 90 }],
      },
      {
        number: '2',
        arabic: 2,
        sortKey: '0002',
        division: null,
        label: at(95, 104),
        heading: at(105, 110),
        paragraphs: [
          {
            ...paragraph(110, 118, null),
            spans: [
              { start: 110, end: 118 },
              { start: 125, end: 130 },
            ],
          },
        ],
        text: 'x',
        spans: [{ start: 110, end: 130 }],
      },
    ],
    footnotes: [fn0, fn1, fn2],
    closing: { ...at(150, 170), place: null, date: null, copies: null, languages: [] },
    signatures: [{ forWhom: null, name: null, party: null, text: 'x', spans: [{ start: 170, end: 190 }] }],
  });
  const unit = (pointer: string, kind: TextUnit['kind'], start: number, end: number, label: string | null = null): TextUnit => ({
    pointer,
    kind,
    label,
    spans: [{ start, end }],
    inlines: [],
  });

  it('lists the pieces in the order they stand in the source, each labelled for the margin', () => {
    const units = documentUnits(doc, 400);
    assert.deepEqual(
      units.map((u) => [u.pointer, u.kind, u.label, u.spans[0]?.start]),
      [
        ['/title', 'title', null, 0],
        ['/metadataLines/0', 'meta', 'registration number', 11],
        ['/metadataLines/1', 'meta', null, 21],
        ['/preamble/parties', 'preamble', null, 40],
        ['/preamble/recitals/0', 'preamble', null, 50],
        ['/articles/0/label', 'article-label', null, 60],
        ['/articles/0/paragraphs/0', 'paragraph', '¶ 1', 70],
        ['/articles/0/paragraphs/1', 'paragraph', '¶ 2', 80],
        ['/articles/1/label', 'article-label', null, 95],
        ['/articles/1/heading', 'heading', null, 105],
        ['/articles/1/paragraphs/0', 'paragraph', null, 110],
        ['/closing', 'closing', null, 150],
        ['/signatures/0', 'signature', null, 170],
        ['/footnotes/0', 'footnote', 'footnote 1', 200],
        ['/footnotes/2', 'footnote', 'footnote 3', 231],
        ['/metadataLines/2', 'meta', 'captured on', 300],
      ],
    );
  });

  it('shows a footnote that interrupts a piece inside it, and a footnote’s marker where it stands, in text order', () => {
    const units = documentUnits(doc, 400);
    const byPointer = new Map(units.map((u) => [u.pointer, u]));
    assert.deepEqual(byPointer.get('/articles/1/paragraphs/0'), {
      pointer: '/articles/1/paragraphs/0',
      kind: 'paragraph',
      label: null,
      spans: [
        { start: 110, end: 118 },
        { start: 125, end: 130 },
      ],
      inlines: [
        { at: 112, end: 113, kind: 'anchor', footnote: fn1 },
        { at: 118, end: 125, kind: 'footnote', footnote: fn1 },
      ],
    });
    assert.deepEqual(byPointer.get('/articles/0/paragraphs/0'), {
      ...unit('/articles/0/paragraphs/0', 'paragraph', 70, 80, '¶ 1'),
      inlines: [{ at: 75, end: 76, kind: 'anchor', footnote: fn0 }],
    });
    // A footnote standing on its own is a unit, carrying the footnote; one whose host is not shown too.
    assert.deepEqual(byPointer.get('/footnotes/0'), { ...unit('/footnotes/0', 'footnote', 200, 220, 'footnote 1'), footnote: fn0 });
    assert.deepEqual(byPointer.get('/footnotes/2'), { ...unit('/footnotes/2', 'footnote', 231, 239, 'footnote 3'), footnote: fn2 });
    assert.equal(byPointer.has('/footnotes/1'), false);
    for (const u of units)
      if (u.pointer !== '/articles/0/paragraphs/0' && u.pointer !== '/articles/1/paragraphs/0') assert.deepEqual(u.inlines, [], u.pointer);
  });

  it('labels a document’s lead paragraph, and a lone paragraph of an article not at all', () => {
    const news = document({
      paragraphs: [
        { ...at(5, 10), role: 'lead' },
        { ...at(10, 20), role: 'body' },
      ],
    });
    assert.deepEqual(documentUnits(news, 20), [
      unit('/paragraphs/0', 'paragraph', 5, 10, 'lead'),
      unit('/paragraphs/1', 'paragraph', 10, 20),
    ]);
    const lone = document({
      articles: [
        {
          number: 'V',
          arabic: 5,
          sortKey: '0005',
          division: null,
          label: at(0, 9),
          heading: null,
          paragraphs: [paragraph(10, 20, '1')],
          text: 'x',
          spans: [{ start: 10, end: 20 }],
        },
      ],
    });
    assert.deepEqual(documentUnits(lone, 20), [
      unit('/articles/0/label', 'article-label', 0, 9),
      unit('/articles/0/paragraphs/0', 'paragraph', 10, 20),
    ]);
  });

  it('numbers paragraphs by their printed number, or by position when they have none', () => {
    const article = {
      number: '1',
      arabic: 1,
      sortKey: '0001',
      division: null,
      label: at(0, 5),
      heading: null,
      text: 'x',
      spans: [{ start: 5, end: 40 }],
    };
    const doc2 = document({
      articles: [{ ...article, paragraphs: [paragraph(5, 10, 'a'), paragraph(10, 20, null), paragraph(20, 30, 'ii')] }],
    });
    assert.deepEqual(
      documentUnits(doc2, 40).map((u) => u.label),
      [null, '¶ a', '¶ 2', '¶ ii'],
    );
  });

  it('leaves out a piece with no spans, and places the preamble’s plenipotentiaries and agreement', () => {
    const plenipotentiary = { ...at(30, 40), appointedBy: null, party: null, name: null, office: null };
    const doc3 = document({
      title: { text: '', spans: [] },
      preamble: { parties: null, recitals: [], plenipotentiaries: [plenipotentiary], agreement: at(40, 50) },
    });
    assert.deepEqual(documentUnits(doc3, 50), [
      unit('/preamble/plenipotentiaries/0', 'preamble', 30, 40),
      unit('/preamble/agreement', 'preamble', 40, 50),
    ]);
  });
});

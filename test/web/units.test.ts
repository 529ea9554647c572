// Covers src/faces/web/pages/reader/units.ts: the structured document as units in source order, with their labels and the footnotes shown inside them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Footnote, StructuredDocument } from '../../src/faces/web/api/types.js';
import { documentUnits, languageName, type TextUnit } from '../../src/faces/web/pages/reader/units.js';

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
    assert.deepEqual(documentUnits(null, 42), [
      { pointer: '', kind: 'plain', label: null, spans: [{ start: 0, end: 42 }], inlines: [], depth: 0 },
    ]);
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
    depth: 0,
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
      depth: 0,
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

  describe('divisions and other expressions', () => {
    const article = (label: [number, number], paragraphs: [number, number][], division: number | null) => ({
      number: '1',
      arabic: 1,
      sortKey: '0001',
      division,
      label: at(...label),
      heading: null,
      paragraphs: paragraphs.map(([a, b], j) => paragraph(a, b, paragraphs.length > 1 ? String(j + 1) : null)),
      text: 'x',
      spans: [{ start: paragraphs[0]![0], end: paragraphs[paragraphs.length - 1]![1] }],
    });
    const division = (
      kind: 'part' | 'chapter' | 'annex',
      label: [number, number],
      heading: [number, number] | null,
      parent: number | null,
      level: number,
      paragraphs: [number, number][] = [],
    ) => ({
      kind,
      number: null,
      label: at(...label),
      heading: heading ? at(...heading) : null,
      parent,
      level,
      paragraphs: paragraphs.map(([a, b]) => at(a, b)),
    });
    const note = (marker: string, start: number, end: number): Footnote => ({
      ...at(start, end),
      marker,
      anchor: null,
      placement: { spans: [{ start, end }], interrupts: null },
    });
    // Part I (its Article 1, then Chapter 2 with Article 2), the closing, an annex with a paragraph and
    // its own Article 1; then the treaty in Dutch, with a part holding its Article 1; a footnote
    // printed inside the Dutch text and one after it.
    const doc = document({
      title: at(0, 10),
      divisions: [
        division('part', [20, 26], [27, 40], null, 1),
        division('chapter', [61, 70], null, 0, 2),
        division('annex', [200, 207], [208, 218], null, 1, [[220, 230]]),
      ],
      articles: [
        article([41, 49], [[50, 60]], 0),
        article(
          [71, 80],
          [
            [91, 100],
            [100, 110],
          ],
          1,
        ),
        article([231, 240], [[241, 250]], 2),
      ],
      closing: { ...at(150, 170), place: null, date: null, copies: null, languages: [] },
      otherExpressions: [
        {
          language: 'nl',
          title: at(300, 310),
          preamble: null,
          divisions: [division('part', [320, 330], null, null, 1)],
          articles: [article([331, 340], [[341, 350]], 0)],
          closing: { ...at(360, 370), place: null, date: null, copies: null, languages: [] },
          signatures: [],
          text: 'x',
          spans: [{ start: 300, end: 370 }],
        },
      ],
      footnotes: [note('1', 380, 390), note('2', 355, 358)],
    });
    const u = (
      pointer: string,
      kind: TextUnit['kind'],
      start: number,
      end: number,
      depth: number,
      division?: number,
      expression?: number,
      label: string | null = null,
    ): TextUnit => ({
      ...unit(pointer, kind, start, end, label),
      depth,
      ...(division === undefined ? {} : { division }),
      ...(expression === undefined ? {} : { expression }),
    });

    it('sets each division’s label and heading above its articles, indented by level; an annex’s articles under the annex', () => {
      const units = documentUnits(doc, 400);
      assert.deepEqual(units.slice(0, 14), [
        u('/title', 'title', 0, 10, 0),
        u('/divisions/0/label', 'division-label', 20, 26, 0, 0),
        u('/divisions/0/heading', 'division-heading', 27, 40, 0, 0),
        u('/articles/0/label', 'article-label', 41, 49, 1, 0),
        u('/articles/0/paragraphs/0', 'paragraph', 50, 60, 1, 0),
        u('/divisions/1/label', 'division-label', 61, 70, 1, 1),
        u('/articles/1/label', 'article-label', 71, 80, 2, 1),
        u('/articles/1/paragraphs/0', 'paragraph', 91, 100, 2, 1, undefined, '¶ 1'),
        u('/articles/1/paragraphs/1', 'paragraph', 100, 110, 2, 1, undefined, '¶ 2'),
        u('/closing', 'closing', 150, 170, 0),
        u('/divisions/2/label', 'division-label', 200, 207, 0, 2),
        u('/divisions/2/heading', 'division-heading', 208, 218, 0, 2),
        u('/divisions/2/paragraphs/0', 'paragraph', 220, 230, 1, 2),
        u('/articles/2/label', 'article-label', 231, 240, 1, 2),
      ]);
    });

    it('puts the other expressions after the main text (footnotes of the main text included), each unit marked with its expression', () => {
      const units = documentUnits(doc, 400);
      assert.deepEqual(units.slice(14), [
        u('/articles/2/paragraphs/0', 'paragraph', 241, 250, 1, 2),
        { ...u('/footnotes/0', 'footnote', 380, 390, 0, undefined, undefined, 'footnote 1'), footnote: doc.footnotes[0]! },
        u('/otherExpressions/0/title', 'title', 300, 310, 0, undefined, 0),
        u('/otherExpressions/0/divisions/0/label', 'division-label', 320, 330, 0, 0, 0),
        u('/otherExpressions/0/articles/0/label', 'article-label', 331, 340, 1, 0, 0),
        u('/otherExpressions/0/articles/0/paragraphs/0', 'paragraph', 341, 350, 1, 0, 0),
        { ...u('/footnotes/1', 'footnote', 355, 358, 0, undefined, 0, 'footnote 2'), footnote: doc.footnotes[1]! },
        u('/otherExpressions/0/closing', 'closing', 360, 370, 0, undefined, 0),
      ]);
    });

    it('shows a footnote interrupting a piece of an other expression inside it', () => {
      const interrupting: Footnote = {
        ...note('3', 343, 345),
        placement: { spans: [{ start: 342, end: 346 }], interrupts: '/otherExpressions/0/articles/0/paragraphs/0' },
      };
      const units = documentUnits({ ...doc, footnotes: [interrupting] }, 400);
      const host = units.find((x) => x.pointer === '/otherExpressions/0/articles/0/paragraphs/0');
      assert.deepEqual(host?.inlines, [{ at: 342, end: 346, kind: 'footnote', footnote: interrupting }]);
      assert.equal(units.filter((x) => x.kind === 'footnote').length, 0);
    });

    it('names a language for the heading, or gives the code as it is', () => {
      assert.equal(languageName('nl'), 'Dutch (nl)');
      assert.equal(languageName('fr'), 'French (fr)');
      assert.equal(languageName('und'), 'language not recognised (und)');
      assert.equal(languageName('not a tag'), 'not a tag');
    });
  });
});

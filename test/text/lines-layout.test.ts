/** Lines (markup, markers, line endings) and layout (page furniture, footnotes, rejoined sentences). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { layout } from '../../src/text/layout.js';
import { splitLines } from '../../src/text/lines.js';
import { PLAIN, SOURCES, assertLeavesDisjoint, assertTextsFromSpans, readFixture, slices } from './support.js';

describe('splitLines', () => {
  it('strips Markdown around whole lines, keeping offsets into the raw text', () => {
    const raw = '#### *Article 2*\n**UNION  \nand  \nKOREA**\n*Official texts: Russian.*';
    const lines = splitLines(raw);
    assert.deepEqual(
      lines.map((line) => [line.text, raw.slice(line.content.start, line.content.end)]),
      [
        ['Article 2', 'Article 2'],
        ['UNION', 'UNION'],
        ['and', 'and'],
        ['KOREA', 'KOREA'],
        ['Official texts: Russian.', 'Official texts: Russian.'],
      ],
    );
  });
  it('cuts footnote markers out of the text and keeps them as markers', () => {
    const raw = 'ASSISTANCE<sup>1</sup> BETWEEN¹ and [^2]';
    const [line] = splitLines(raw + '\n¹ A note.');
    assert.equal(line!.text, 'ASSISTANCE BETWEEN and');
    assert.deepEqual(
      line!.markers.map((m) => [m.label, raw.slice(m.span.start, m.span.end)]),
      [
        ['1', '<sup>1</sup>'],
        ['1', '¹'],
        ['2', '[^2]'],
      ],
    );
  });
  it('leaves superscript digits alone when no footnote uses them (km²)', () => {
    assert.equal(splitLines('an area of 20 km² of wetland')[0]!.text, 'an area of 20 km² of wetland');
  });
  it('splits LF, CRLF and CR alike, never including the break', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const raw = ['a', '', '  b  ', '---'].join(eol);
      const lines = splitLines(raw);
      assert.deepEqual(
        lines.map((l) => [raw.slice(l.start, l.end), l.blank, l.separator]),
        [
          ['a', false, false],
          ['', true, false],
          ['  b  ', false, false],
          ['---', false, true],
        ],
      );
    }
  });
});

describe('layout', () => {
  it('rejoins only when the first block breaks off mid-sentence', () => {
    const raw = 'The Parties shall act,\n\n- 3 -\n\nIn good faith they agree.\n\nThey consult in the\n\n12\n\nJoint Committee.';
    const { flow, removed } = layout(raw, splitLines(raw));
    assert.deepEqual(
      flow.map((f) => [f.line.text, f.newBlock]),
      [
        ['The Parties shall act,', true],
        ['In good faith they agree.', true],
        ['They consult in the', true],
        ['Joint Committee.', false],
      ],
    );
    assert.deepEqual(
      removed.map((r) => [r.reason, r.text]),
      [
        ['page-number', '- 3 -'],
        ['page-number', '12'],
      ],
    );
  });
  it('does not glue a heading in capitals to the text after a page break', () => {
    const raw = 'AGREEMENT ON FISHERIES\n\n\f\nThe Parties,';
    const { flow } = layout(raw, splitLines(raw));
    assert.deepEqual(
      flow.map((f) => f.newBlock),
      [true, true],
    );
  });
  it('splits a footnote block into its notes', () => {
    const raw = 'Text<sup>1</sup> and<sup>2</sup>.\n\n<sup>1</sup> First note\ngoes on.\n<sup>2</sup> Second note.';
    const doc = ingest(raw, 'f.txt');
    assert.deepEqual(
      doc.footnotes.map((f) => [f.marker, f.text, slices(raw, f.placement.spans)[0]]),
      [
        ['1', 'First note goes on.', '<sup>1</sup> First note\ngoes on.'],
        ['2', 'Second note.', '<sup>2</sup> Second note.'],
      ],
    );
    assert.deepEqual(
      doc.warnings.map((w) => w.code),
      ['no-structure'],
    );
  });
  it('warns about a marker without a footnote and a footnote without a marker', () => {
    const doc = ingest('Article 1\n\nText<sup>3</sup>.\n\n<sup>4</sup> Lonely note.', 'f.txt');
    assert.deepEqual(
      doc.warnings.map((w) => w.code),
      ['footnote-without-marker', 'marker-without-footnote'],
    );
    assert.equal(doc.footnotes[0]!.anchor, null);
  });
});

describe('line endings and byte-order mark', () => {
  for (const [name, file] of Object.entries({ ...SOURCES, ...PLAIN })) {
    it(`${name}: CRLF gives the same pieces, at the CRLF text's own offsets`, () => {
      const { raw } = readFixture(file);
      const crlf = raw.replace(/\n/g, '\r\n');
      const lf = ingest(raw, file);
      const dos = ingest(crlf, file);
      assert.equal(dos.source.lineEndings, 'crlf');
      assertTextsFromSpans(crlf, dos);
      assertLeavesDisjoint(dos);
      // The same document, apart from offsets and the source description.
      const strip = (value: unknown): unknown =>
        JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'spans' || key === 'source' ? undefined : v)));
      assert.deepEqual(strip(dos), strip(lf));
    });
  }
  it('a BOM is character 0 of the text: spans shift by one, texts do not', () => {
    const { raw } = readFixture(SOURCES.unts);
    const plain = ingest(raw, 'a.txt');
    const withBom = ingest(new TextEncoder().encode('\uFEFF' + raw), 'a.txt');
    assert.equal(withBom.source.bom, true);
    assert.equal(withBom.source.length, plain.source.length + 1);
    assert.deepEqual(
      withBom.articles[0]!.paragraphs[0]!.spans,
      plain.articles[0]!.paragraphs[0]!.spans.map((s) => ({ start: s.start + 1, end: s.end + 1 })),
    );
    assert.equal(withBom.articles[0]!.paragraphs[0]!.text, plain.articles[0]!.paragraphs[0]!.text);
    assertTextsFromSpans('\uFEFF' + raw, withBom);
  });
});

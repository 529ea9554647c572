/** Plain treaty texts in the usual shapes: Roman numerals, inline and own-line headings, Art., (a)/(i). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { PLAIN, assertLeavesDisjoint, assertSpansInBounds, assertTextsFromSpans, readFixture, slices } from './support.js';

const load = (file: string) => {
  const { bytes, raw } = readFixture(file);
  return { raw, doc: ingest(bytes, file) };
};

describe('multilateral convention: Roman numerals, inline headings', () => {
  const { raw, doc } = load(PLAIN.multilateral);
  it('is treaty text with a two-line title', () => {
    assert.equal(doc.kind, 'treaty-text');
    assert.equal(doc.title?.text, 'CONVENTION ON THE PROTECTION OF MIGRATORY BIRDS OF THE NORTHERN LAKES');
  });
  it('reads the preamble', () => {
    assert.equal(doc.preamble?.parties?.text, 'The States Parties to this Convention,');
    assert.equal(doc.preamble?.recitals.length, 2);
    assert.deepEqual(doc.preamble?.plenipotentiaries, []);
    assert.equal(doc.preamble?.agreement?.text, 'Have agreed as follows:');
  });
  it('gives Roman article numbers with their arabic value, and the headings after – or .', () => {
    assert.deepEqual(
      doc.articles.map((a) => [a.number, a.arabic, a.label.text, a.heading?.text]),
      [
        ['I', 1, 'ARTICLE I', 'Definitions'],
        ['II', 2, 'ARTICLE II', 'Obligations of the Parties'],
        ['III', 3, 'ARTICLE III', 'Co-operation'],
        ['IV', 4, 'ARTICLE IV', 'Signature and ratification'],
        ['V', 5, 'ARTICLE V', 'Entry into force'],
      ],
    );
  });
  it('keeps paragraph numbers apart from the paragraph text', () => {
    assert.deepEqual(
      doc.articles[1]!.paragraphs.map((p) => [p.number, p.level, p.text]),
      [
        ['1', 1, 'Each State Party shall prohibit the taking of migratory birds during their breeding season.'],
        ['2', 1, 'Each State Party shall designate at least one wetland of international importance within its territory.'],
      ],
    );
    assert.ok(doc.articles[1]!.text.startsWith('1. Each State Party shall prohibit'));
  });
  it('reads the closing formula over its two blocks', () => {
    const closing = doc.closing!;
    assert.ok(closing.text.startsWith('IN WITNESS WHEREOF the undersigned'));
    assert.ok(closing.text.endsWith('each text being equally authentic.'));
    assert.equal(closing.place?.value, 'Geneva');
    assert.equal(closing.date?.value, '2001-03-12');
    assert.equal(closing.date?.text, '12th day of March 2001');
    assert.equal(closing.copies?.value, 1);
    assert.deepEqual(
      closing.languages.map((l) => l.value),
      ['English', 'French', 'Spanish'],
    );
    assert.deepEqual(doc.metadata.signature?.place?.value, 'Geneva');
  });
  it('reads the signatures, the party from each caption', () => {
    assert.deepEqual(
      doc.signatures.map((s) => [s.forWhom?.text, s.name?.text, s.party?.value]),
      [
        ['For the Republic of Arcadia:', 'Anna BERG', 'Republic of Arcadia'],
        ['For the Kingdom of Borduria:', 'Jan KOVAC', 'Kingdom of Borduria'],
        ['For the Grand Duchy of Lakeland:', 'Pierre LAC', 'Grand Duchy of Lakeland'],
      ],
    );
  });
  it('holds its invariants', () => {
    assert.deepEqual(doc.warnings, []);
    assertTextsFromSpans(raw, doc);
    assertSpansInBounds(raw, doc);
    assertLeavesDisjoint(doc);
  });
});

describe('bilateral agreement: Art., lettered and Roman sub-paragraphs', () => {
  const { raw, doc } = load(PLAIN.bilateral);
  it('reads the parties from the title "between X and Y"', () => {
    assert.equal(doc.title?.text, 'AGREEMENT BETWEEN THE REPUBLIC OF ARCADIA AND THE KINGDOM OF BORDURIA ON AIR SERVICES');
    assert.deepEqual(
      doc.metadata.parties?.map((p) => p.value),
      ['REPUBLIC OF ARCADIA', 'KINGDOM OF BORDURIA'],
    );
  });
  it('reads "Art. n" headings', () => {
    assert.deepEqual(
      doc.articles.map((a) => [a.number, a.label.text, a.heading, a.paragraphs.length]),
      [
        ['1', 'Art. 1', null, 4],
        ['2', 'Art. 2', null, 6],
        ['3', 'Art. 3', null, 1],
      ],
    );
  });
  it('numbers (a), (b) after an unnumbered chapeau', () => {
    assert.deepEqual(
      doc.articles[0]!.paragraphs.map((p) => [p.number, p.level, p.text.slice(0, 30)]),
      [
        [null, 1, 'For the purposes of this Agree'],
        ['a', 1, '"aeronautical authorities" mea'],
        ['b', 1, '"territory" means the land are'],
        ['c', 1, '"airline" means any air transp'],
      ],
    );
  });
  it('reads 1., (a), (i) as three levels, and (i) after (b) as a Roman numeral', () => {
    assert.deepEqual(
      doc.articles[1]!.paragraphs.map((p) => [p.number, p.level, p.text]),
      [
        ['1', 1, 'Each Contracting Party grants to the other Contracting Party the following rights:'],
        ['a', 2, 'to fly without landing across its territory;'],
        ['b', 2, 'to make stops in its territory for non-traffic purposes, provided that:'],
        ['i', 3, 'the stop is notified in advance; and'],
        ['ii', 3, 'no passengers are taken on board.'],
        ['2', 1, 'Nothing in this Article shall be deemed to confer on an airline the privilege of cabotage.'],
      ],
    );
  });
  it('reads "Done in duplicate at Vienna on 4 May 1999"', () => {
    assert.equal(doc.closing?.place?.value, 'Vienna');
    assert.equal(doc.closing?.date?.value, '1999-05-04');
    assert.equal(doc.closing?.copies?.value, 2);
    assert.deepEqual(
      doc.closing?.languages.map((l) => l.value),
      ['English', 'German'],
    );
  });
  it('matches signature captions to the parties of the title', () => {
    assert.deepEqual(
      doc.signatures.map((s) => [s.name?.text, s.party?.value, s.party?.text]),
      [
        ['M. STONE', 'REPUBLIC OF ARCADIA', 'Republic of Arcadia'],
        ['K. VARGA', 'KINGDOM OF BORDURIA', 'Kingdom of Borduria'],
      ],
    );
  });
  it('holds its invariants', () => {
    assert.deepEqual(doc.warnings, []);
    assertTextsFromSpans(raw, doc);
    assertSpansInBounds(raw, doc);
    assertLeavesDisjoint(doc);
  });
});

describe('agreement with headings on their own line, hard-wrapped, with a page break', () => {
  const { raw, doc } = load(PLAIN.ownLine);
  it('reads the headings on the line after the article number', () => {
    assert.deepEqual(
      doc.articles.map((a) => [a.label.text, a.heading?.text, a.paragraphs.length]),
      [
        ['Article 1', 'Purpose', 1],
        ['Article 2', 'Definitions', 2],
        ['Article 3', 'Joint Committee', 1],
        ['Article 4', 'Entry into force and duration', 1],
      ],
    );
  });
  it('joins hard-wrapped lines into one paragraph', () => {
    assert.equal(
      doc.articles[0]!.paragraphs[0]!.text,
      'The purpose of this Agreement is to promote co-operation in science and technology between the Parties on the basis of equality and mutual benefit.',
    );
  });
  it('rejoins a sentence across the page break (form feed and "- 2 -"), keeping both spans', () => {
    const paragraph = doc.articles[1]!.paragraphs[0]!;
    assert.equal(paragraph.number, '1');
    assert.equal(
      paragraph.text,
      'For the purposes of this Agreement, "joint research" means research carried out by participants of both Parties under a common work plan approved by the Joint Committee.',
    );
    assert.equal(paragraph.spans.length, 2);
    assert.equal(slices(raw, paragraph.spans)[1], 'work plan approved by the Joint Committee.');
    assert.deepEqual(
      doc.removed.map((r) => [r.reason, r.text]),
      [['page-number', '- 2 -']],
    );
  });
  it('holds its invariants', () => {
    assert.deepEqual(doc.warnings, []);
    assertTextsFromSpans(raw, doc);
    assertSpansInBounds(raw, doc);
    assertLeavesDisjoint(doc);
  });
});

describe('text without recognisable structure', () => {
  const raw = 'Minutes of the meeting\n\nThe delegations met in Geneva and discussed fisheries.\nNo decision was taken.\n';
  const doc = ingest(raw, 'minutes.txt');
  it('is kept as unnumbered paragraphs, with a warning', () => {
    assert.equal(doc.kind, 'treaty-text');
    assert.equal(doc.title, null);
    assert.deepEqual(
      doc.paragraphs.map((p) => [p.role, p.text]),
      [
        ['body', 'Minutes of the meeting'],
        ['body', 'The delegations met in Geneva and discussed fisheries. No decision was taken.'],
      ],
    );
    assert.deepEqual(doc.warnings, [
      {
        code: 'no-structure',
        message:
          'no recognisable structure: no article headings, no UN Treaty Series registration marks, no news dateline; the text is kept as 2 unnumbered paragraphs',
        spans: [],
      },
    ]);
  });
});

describe('treaty-like shapes that must not be misread', () => {
  it('does not take "Article 51 of the Charter" opening a line for a heading', () => {
    const doc = ingest('Article 1\n\nThe Parties act in accordance with\nArticle 51 of the Charter.\n', 't.txt');
    assert.equal(doc.articles.length, 1);
    assert.equal(doc.articles[0]!.text, 'The Parties act in accordance with Article 51 of the Charter.');
  });
  it('does not take a one-sentence first paragraph on the heading line for a heading', () => {
    const doc = ingest(
      'Art. 3. The Parties shall consult each other.\n\nArt. 4. This Agreement shall enter into force on signature.\n',
      't.txt',
    );
    assert.deepEqual(
      doc.articles.map((a) => [a.number, a.heading, a.text]),
      [
        ['3', null, 'The Parties shall consult each other.'],
        ['4', null, 'This Agreement shall enter into force on signature.'],
      ],
    );
  });
  it('reads "(h) (i)" as letters', () => {
    const lines = ['Article 1', '', 'The terms:', ...'abcdefghij'.split('').map((letter) => `(${letter}) term ${letter};`)];
    const doc = ingest(lines.join('\n'), 't.txt');
    assert.deepEqual(
      doc.articles[0]!.paragraphs.slice(8).map((p) => [p.number, p.level]),
      [
        ['h', 1],
        ['i', 1],
        ['j', 1],
      ],
    );
  });
  it('warns when article numbers skip', () => {
    const doc = ingest('Article 1\n\nOne.\n\nArticle 3\n\nThree.\n', 't.txt');
    assert.deepEqual(
      doc.warnings.map((w) => [w.code, w.message]),
      [['article-sequence', 'Article 3 follows Article 1']],
    );
  });
  it('warns about an article without text', () => {
    const doc = ingest('Article 1\n\nArticle 2\n\nTwo.\n', 't.txt');
    assert.deepEqual(
      doc.articles.map((a) => [a.number, a.text, a.spans]),
      [
        ['1', '', []],
        ['2', 'Two.', doc.articles[1]!.spans],
      ],
    );
    assert.deepEqual(
      doc.warnings.map((w) => w.code),
      ['empty-article'],
    );
  });
  it('keeps an inline footnote marker out of the text, with no space before the comma', () => {
    const raw = 'Article 1\n\nThe Parties<sup>2</sup>, acting jointly, agree.\n\n<sup>2</sup> The two founding States.\n';
    const doc = ingest(raw, 't.txt');
    assert.equal(doc.articles[0]!.paragraphs[0]!.text, 'The Parties, acting jointly, agree.');
    assert.equal(doc.footnotes[0]!.anchor?.piece, '/articles/0/paragraphs/0');
    assert.equal(doc.footnotes[0]!.placement.interrupts, null);
    assert.equal(doc.footnotes[0]!.text, 'The two founding States.');
  });
});

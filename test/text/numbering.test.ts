/**
 * Article numbering in every style real treaties print: the heading's label, number (as written),
 * arabic value and sort key; references that are no headings; where an article starts; the first
 * article of a document; sequence and duplicate warnings. The properties are in
 * numbering-properties.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, IngestWarning } from '../../src/model/document.js';
import { articleSortKey, compareSortKeys, followsInSequence, parseArticleNumber } from '../../src/text/article-number.js';
import { checkSequence, firstArticleStart, isArticleStart } from '../../src/text/articles.js';
import { ingest } from '../../src/text/index.js';
import { layout } from '../../src/text/layout.js';
import { splitLines } from '../../src/text/lines.js';
import { ARTICLE_LABELS, articleHeading } from '../../src/text/patterns.js';

/** [number, arabic, sortKey, label, rest, standsAlone] of a heading line, or null. */
function read(text: string) {
  const h = articleHeading(text);
  if (!h) return null;
  return [
    h.number,
    h.arabic,
    articleSortKey(h.number),
    text.slice(0, h.labelEnd),
    h.restStart === null ? null : text.slice(h.restStart),
    h.standsAlone,
  ];
}

describe('article headings in every numbering style', () => {
  const cases: [string, ReturnType<typeof read>][] = [
    ['ARTICLE 1.1', ['1.1', null, '0001.0001', 'ARTICLE 1.1', null, true]],
    ['Article 1.10', ['1.10', null, '0001.0010', 'Article 1.10', null, true]],
    ['Article 1.1.2 – Scope', ['1.1.2', null, '0001.0001.0002', 'Article 1.1.2', 'Scope', false]],
    ['ARTICLE 1.1 DEFINITIONS', ['1.1', null, '0001.0001', 'ARTICLE 1.1', 'DEFINITIONS', true]],
    ['Article 1-1', ['1-1', null, '0001.0001', 'Article 1-1', null, true]],
    ['ARTICLE C-01', ['C-01', null, 'c.0001', 'ARTICLE C-01', null, true]],
    ['Article I.1', ['I.1', null, '0001.0001', 'Article I.1', null, true]],
    ['ARTICLE - 1', ['1', 1, '0001', 'ARTICLE - 1', null, true]],
    ['ARTICLE ONE', ['ONE', 1, '0001', 'ARTICLE ONE', null, true]],
    ['ARTICLE TWENTY-FIVE', ['TWENTY-FIVE', 25, '0025', 'ARTICLE TWENTY-FIVE', null, true]],
    ['Article Twenty Five', ['Twenty Five', 25, '0025', 'Article Twenty Five', null, true]],
    ['Article ninety-nine', ['ninety-nine', 99, '0099', 'Article ninety-nine', null, true]],
    ['Article First', ['First', 1, '0001', 'Article First', null, true]],
    ['ARTICLE TWENTY-SECOND', ['TWENTY-SECOND', 22, '0022', 'ARTICLE TWENTY-SECOND', null, true]],
    ['Article premier', ['premier', 1, '0001', 'Article premier', null, true]],
    ['Article 1er', ['1er', 1, '0001', 'Article 1er', null, true]],
    ['Article 25 BIS', ['25 BIS', 25, '0025.bis', 'Article 25 BIS', null, true]],
    ['Article 25 bis', ['25 bis', 25, '0025.bis', 'Article 25 bis', null, true]],
    ['Article 25bis', ['25bis', 25, '0025.bis', 'Article 25bis', null, true]],
    ['Article 3 ter', ['3 ter', 3, '0003.ter', 'Article 3 ter', null, true]],
    ['Article 3 quater – Review', ['3 quater', 3, '0003.quater', 'Article 3 quater', 'Review', false]],
    ['Article 3A', ['3A', 3, '0003.a', 'Article 3A', null, true]],
    ['Artikel 3a', ['3a', 3, '0003.a', 'Artikel 3a', null, true]],
    ['Article 3 A', ['3 A', 3, '0003.a', 'Article 3 A', null, true]],
    ['Article 3 A – Scope', ['3 A', 3, '0003.a', 'Article 3 A', 'Scope', false]],
    ['Article 6 (as amended by the Protocol of 1990)', ['6', 6, '0006', 'Article 6', '(as amended by the Protocol of 1990)', true]],
    ['Article 6 [Deleted]', ['6', 6, '0006', 'Article 6', '[Deleted]', true]],
    ['Article 6 (as amended) Scope', ['6', 6, '0006', 'Article 6', '(as amended) Scope', false]],
    ['Article 6 (1) Each Party shall notify', ['6', 6, '0006', 'Article 6', '(1) Each Party shall notify', false]],
    ['Article 12.', ['12', 12, '0012', 'Article 12', null, true]],
    ['ARTICLE 1:', ['1', 1, '0001', 'ARTICLE 1', null, true]],
    ['Article 1 –', ['1', 1, '0001', 'Article 1', null, true]],
    ['Article 1 Definitions', ['1', 1, '0001', 'Article 1', 'Definitions', false]],
    ['ARTICLE 1. DEFINITIONS', ['1', 1, '0001', 'ARTICLE 1', 'DEFINITIONS', true]],
    ['Art.3', ['3', 3, '0003', 'Art.3', null, true]],
    ['ART. 4', ['4', 4, '0004', 'ART. 4', null, true]],
    ['Art. 1 Purpose', ['1', 1, '0001', 'Art. 1', 'Purpose', false]],
    ['Artikel 14', ['14', 14, '0014', 'Artikel 14', null, true]],
    ['Artículo 5', ['5', 5, '0005', 'Artículo 5', null, true]],
    ['ARTÍCULO 5', ['5', 5, '0005', 'ARTÍCULO 5', null, true]],
    ['Articolo 7', ['7', 7, '0007', 'Articolo 7', null, true]],
    ['Artigo 3.º', ['3.º', 3, '0003', 'Artigo 3.º', null, true]],
    ['Article 3 A Party shall notify', ['3', 3, '0003', 'Article 3', 'A Party shall notify', false]],
    ['ARTICLE XIV', ['XIV', 14, '0014', 'ARTICLE XIV', null, true]],
    ['ARTICLE X-BIS', ['X-BIS', 10, '0010.bis', 'ARTICLE X-BIS', null, true]],
    ['ARTICLE I-DEFINITIONS', ['I', 1, '0001', 'ARTICLE I', 'DEFINITIONS', true]],
    ['ARTICLE A', ['A', null, 'a', 'ARTICLE A', null, true]],
    ['Article 2.A', ['2.A', null, '0002.a', 'Article 2.A', null, true]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(read(text), expected));
  }
  it('keeps the label languages as data', () => {
    assert.deepEqual(
      ARTICLE_LABELS.map((entry) => [entry.words[0], entry.languages.join('/')]),
      [
        ['Article', 'en/fr'],
        ['Artikel', 'nl/de'],
        ['Artículo', 'es'],
        ['Articolo', 'it'],
        ['Artigo', 'pt'],
      ],
    );
  });
});

describe('one-letter parts: letter or Roman numeral', () => {
  it('reads a one-letter part joined by a dash as a letter, otherwise as a Roman numeral', () => {
    const keys = ['C-01', '1-C', 'I-1', 'C.1', 'I.1', 'II-1', 'C', 'X', 'AB-2'].map(articleSortKey);
    assert.deepEqual(keys, ['c.0001', '0001.c', 'i.0001', '0100.0001', '0001.0001', '0002.0001', '0100', '0010', 'ab.0002']);
    assert.deepEqual(
      ['C-01', 'C', 'I.1'].map((n) => parseArticleNumber(n)!.arabic),
      [null, 100, null],
    );
  });
  it('keeps a lettered series in alphabetical order', () => {
    const keys = ['A-01', 'B-01', 'C-01', 'D-01', 'I-01', 'M-01'].map(articleSortKey);
    assert.deepEqual([...keys].sort(compareSortKeys), keys);
    assert.deepEqual([...keys].sort(), keys);
  });
});

describe('references are never headings', () => {
  for (const text of [
    'Article 5 of the Charter',
    'Article 51 of the Charter of the United Nations, the Parties',
    'Article 12.3 of the Convention',
    'Article 12. 3 of the Convention',
    'Article 6(1) of the Treaty',
    'Article 6 (a) and (b)',
    'Article 5, paragraph 2, shall apply',
    'ARTICLE 5 OF THE CHARTER',
    'ARTICLE 5 AND 6',
    'Articles 1 to 3',
    'ARTICLES 1 TO 3',
    'article 5 applies',
    'Article IIII',
    'Art. I shall',
    'ARTICLE A PARTY',
    'Article 12345',
    'Article ONEX',
    'Articled clerks',
  ]) {
    it(text, () => assert.equal(articleHeading(text), null));
  }
});

function flowOf(raw: string) {
  return layout(raw, splitLines(raw)).flow;
}

/** The texts of the lines isArticleStart accepts. */
function starts(raw: string): string[] {
  const flow = flowOf(raw);
  return flow.filter((_, i) => isArticleStart(flow, i)).map((f) => f.line.text);
}

describe('where an article starts', () => {
  it('takes a heading standing alone after a line without final punctuation', () => {
    assert.deepEqual(starts('ARTICLE V\nThe Parties undertake to consult together\nARTICLE VI\nThis Treaty is ratified.\n'), [
      'ARTICLE V',
      'ARTICLE VI',
    ]);
    assert.deepEqual(starts('ARTICLE 1\nThe Parties consult together\nARTICLE 2 SCOPE\nThis Treaty applies.\n'), [
      'ARTICLE 1',
      'ARTICLE 2 SCOPE',
    ]);
  });
  it('takes any heading after a line in capitals (a division heading)', () => {
    assert.deepEqual(starts('CHAPTER I GENERAL PROVISIONS\nArticle 1 – Definitions\nThe terms mean.\n'), ['Article 1 – Definitions']);
  });
  it('refuses a label that goes on with the sentence before it', () => {
    assert.deepEqual(starts('Article 1\n\nThe Parties act in accordance with\nArticle 5.\nThey consult.\n'), ['Article 1']);
    assert.deepEqual(starts('Article 1\n\nThe Parties act under\nARTICLE VI\nof the Charter.\n'), ['Article 1']);
    assert.deepEqual(starts('Article 1\n\nThe right recognised by\nArticle 51 of the Charter of the United Nations is kept.\n'), [
      'Article 1',
    ]);
    // A heading that is not alone on its line needs a finished line before it.
    assert.deepEqual(starts('Article 1\n\nThe Parties consult together\nArticle 2. The Parties meet.\n'), ['Article 1']);
    assert.deepEqual(starts('Article 1\n\nThe Parties consult together.\nArticle 2. The Parties meet.\n'), [
      'Article 1',
      'Article 2. The Parties meet.',
    ]);
  });
});

describe('the first article', () => {
  const decimal = (n: number) =>
    Array.from({ length: n }, (_, k) => `ARTICLE ${Math.floor(k / 3) + 1}.${(k % 3) + 1}\n\nText ${k}.\n`).join('\n');
  it('passes over a stray heading in another style before a run', () => {
    const raw = `TREATY\n\nThe Parties,\n\nRecalling\n\nArticle 5\n\nof their earlier treaty,\n\nHave agreed as follows:\n\n${decimal(9)}`;
    const flow = flowOf(raw);
    assert.equal(flow[firstArticleStart(flow)]!.line.text, 'ARTICLE 1.1');
    const doc = ingest(raw, 't.txt');
    assert.deepEqual(
      doc.articles.map((a) => a.number),
      ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3'],
    );
    assert.deepEqual(doc.warnings, []);
  });
  it('keeps a stray simple heading in the middle of a decimal run as an article of its own', () => {
    const raw = `${decimal(3)}\nARTICLE 7\n\nSeven.\n\n${decimal(6).split('\n').slice(12).join('\n')}`;
    const doc = ingest(raw, 't.txt');
    assert.deepEqual(
      doc.articles.map((a) => a.number),
      ['1.1', '1.2', '1.3', '7', '2.1', '2.2', '2.3'],
    );
    assert.deepEqual(
      doc.warnings.map((w) => w.message),
      ['Article 7 follows Article 1.3', 'Article 2.1 follows Article 7'],
    );
  });
  it('keeps a first article whose successor is misnumbered', () => {
    const flow = flowOf('Article 1\n\nOne.\n\nArticle 3\n\nThree.\n\nArticle 4\n\nFour.\n');
    assert.equal(firstArticleStart(flow), 0);
    assert.equal(firstArticleStart(flowOf('No articles.\n')), -1);
  });
});

function article(number: string, division: number | null = null): Article {
  const piece = { text: `Article ${number}`, spans: [{ start: 0, end: 1 }] };
  return {
    number,
    arabic: null,
    sortKey: articleSortKey(number),
    division,
    label: piece,
    heading: null,
    paragraphs: [],
    text: '',
    spans: [],
  };
}

function sequenceWarnings(numbers: readonly (string | [string, number])[]): string[] {
  const warnings: IngestWarning[] = [];
  checkSequence(
    numbers.map((n) => (typeof n === 'string' ? article(n) : article(n[0], n[1]))),
    warnings,
  );
  return warnings.map((w) => `${w.code}: ${w.message}`);
}

describe('sequence warnings', () => {
  it('accepts compound numbers, suffixes, words and Roman numerals in order', () => {
    assert.deepEqual(sequenceWarnings(['1.1', '1.2', '2.1', '2.2', '3']), []);
    assert.deepEqual(sequenceWarnings(['3', '3 bis', '3 ter', '4', '4A', '4B', '5']), []);
    assert.deepEqual(sequenceWarnings(['ONE', 'TWO', 'Three', 'FOUR']), []);
    assert.deepEqual(sequenceWarnings(['I', 'II', 'III', 'IV']), []);
    assert.deepEqual(sequenceWarnings(['C-01', 'C-02', 'D-01']), []);
    assert.deepEqual(sequenceWarnings(['1', '1.1', '1.2', '2']), []);
    assert.deepEqual(sequenceWarnings(['I.1', 'I.2', 'II.1']), []);
  });
  it('warns at a skip, a step back and a suffix out of order', () => {
    assert.deepEqual(sequenceWarnings(['1.1', '1.3']), ['article-sequence: Article 1.3 follows Article 1.1']);
    assert.deepEqual(sequenceWarnings(['2.1', '1.2']), ['article-sequence: Article 1.2 follows Article 2.1']);
    assert.deepEqual(sequenceWarnings(['3', '3 ter']), ['article-sequence: Article 3 ter follows Article 3']);
    assert.deepEqual(sequenceWarnings(['1.2', '2.2']), ['article-sequence: Article 2.2 follows Article 1.2']);
    assert.deepEqual(sequenceWarnings(['3', '5']), ['article-sequence: Article 5 follows Article 3']);
  });
  it('lets the numbering restart where the division changes, and only there', () => {
    assert.deepEqual(
      sequenceWarnings([
        ['1', 0],
        ['2', 0],
        ['1', 1],
        ['2', 1],
      ]),
      [],
    );
    assert.deepEqual(
      sequenceWarnings([
        ['1', 0],
        ['2', 0],
        ['3', 1],
      ]),
      [],
    );
    assert.deepEqual(
      sequenceWarnings([
        ['1', 0],
        ['2', 0],
        ['5', 1],
      ]),
      ['article-sequence: Article 5 follows Article 2'],
    );
    assert.deepEqual(sequenceWarnings(['1', '2', '1']), ['duplicate-article: Article 1 repeats the number of an earlier article']);
  });
  it('warns about the same number twice in one division, however it is written', () => {
    assert.deepEqual(sequenceWarnings(['1', '2', '2', '3']), ['duplicate-article: Article 2 repeats the number of an earlier article']);
    assert.deepEqual(sequenceWarnings(['IV', 'V', '5']), ['duplicate-article: Article 5 repeats the number of an earlier article']);
    assert.deepEqual(
      sequenceWarnings([
        ['1', 0],
        ['1', 1],
      ]),
      [],
    );
  });
  it('reports both through ingest', () => {
    const doc = ingest('Article 1\n\nOne.\n\nArticle 2\n\nTwo.\n\nArticle 2\n\nAgain.\n\nArticle 4\n\nFour.\n', 't.txt');
    assert.deepEqual(
      doc.warnings.map((w) => [w.code, w.message, w.spans]),
      [
        ['duplicate-article', 'Article 2 repeats the number of an earlier article', [{ start: 34, end: 43 }]],
        ['article-sequence', 'Article 4 follows Article 2', [{ start: 53, end: 62 }]],
      ],
    );
  });
});

describe('followsInSequence', () => {
  const follows = (a: string, b: string) => followsInSequence(parseArticleNumber(a)!, parseArticleNumber(b)!);
  it('reads the usual steps', () => {
    assert.deepEqual(
      [
        ['1', '2'],
        ['1.3', '2.1'],
        ['1.3', '1.4'],
        ['1.3', '2'],
        ['1', '1.1'],
        ['3 bis', '4'],
        ['3 bis', '3 ter'],
        ['3', '3A'],
        ['NINE', 'TEN'],
        ['C-05', 'D-01'],
      ].map(([a, b]) => follows(a!, b!)),
      Array(10).fill(true),
    );
    assert.deepEqual(
      [
        ['1', '3'],
        ['1.3', '2.2'],
        ['3', '4 bis'],
        ['C-05', '1-06'],
        ['1.1', '1.1.2'],
      ].map(([a, b]) => follows(a!, b!)),
      Array(5).fill(false),
    );
  });
});

describe('sort keys', () => {
  it('orders Latin suffixes in their own order', () => {
    const numbers = ['3', '3 bis', '3 ter', '3 quater', '3 quinquies', '3 sexies', '4'];
    const keys = numbers.map(articleSortKey);
    assert.deepEqual(keys, ['0003', '0003.bis', '0003.ter', '0003.quater', '0003.quinquies', '0003.sexies', '0004']);
    assert.deepEqual([...keys].reverse().sort(compareSortKeys), keys);
  });
  it('keeps the old reading for what is no article number', () => {
    assert.equal(articleSortKey('12 x y'), '0012.x.y');
    assert.equal(articleSortKey(''), '');
  });
});

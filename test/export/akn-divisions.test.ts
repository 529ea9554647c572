/**
 * Akoma Ntoso export of a treaty with parts, chapters and annexes, and with the same treaty in
 * another language in its source: a hand-made structured document (the schema of
 * src/model/document.ts) put in place of the minimal corpus's ingested one, so the export is tested
 * against the structure itself, whatever the ingester makes of a file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportAkn } from '../../src/export/akn/index.js';
import type { TreatyExportInput } from '../../src/export/common/input.js';
import type { Article, Division, Expression, Piece, StructuredDocument } from '../../src/model/index.js';
import { MINIMAL, inputOf, squash, validateAkn, xpath } from './support.js';

const RAW = [
  'TREATY ON THINGS', // 0
  '',
  'PART I',
  'General provisions',
  '',
  'Article 1',
  'The Parties shall cooperate.',
  '',
  'CHAPTER 2',
  'Institutions',
  '',
  'Article 2',
  'A Council is established.',
  '',
  'PART II',
  '',
  'Article 3',
  'This Treaty enters into force on signature.',
  '',
  'DONE at Alandia.',
  '',
  'ANNEX I',
  'Procedures',
  '',
  'Article 1',
  'The Council shall meet every year.',
  '',
  'ANNEX',
  '',
  'The members are listed below.',
  '',
  'VERDRAG INZAKE DINGEN',
  '',
  'Artikel 1',
  'De Partijen werken samen.',
  '',
].join('\n');

/** Pieces found in RAW in order: each search starts after the previous piece, so repeated words ("Article 1") are told apart. */
function pieces(raw: string) {
  let cursor = 0;
  return (text: string): Piece => {
    const start = raw.indexOf(text, cursor);
    assert.ok(start >= 0, `"${text}" is not in the text after ${cursor}`);
    cursor = start + text.length;
    return { text, spans: [{ start, end: cursor }] };
  };
}

const next = pieces(RAW);
const title = next('TREATY ON THINGS');
const division = (
  kind: Division['kind'],
  number: string | null,
  label: string,
  heading: string | null,
  parent: number | null,
  level: number,
) => ({
  kind,
  number,
  label: next(label),
  heading: heading === null ? null : next(heading),
  parent,
  level,
  paragraphs: [] as Piece[],
});
const article = (number: string, label: string, text: string, divisionIndex: number | null): Article => {
  const l = next(label);
  const p = next(text);
  return {
    number,
    arabic: Number(number),
    sortKey: number.padStart(4, '0'),
    division: divisionIndex,
    label: l,
    heading: null,
    paragraphs: [{ ...p, number: null, level: 1 }],
    text,
    spans: p.spans,
  };
};
const partI = division('part', 'I', 'PART I', 'General provisions', null, 1);
const art1 = article('1', 'Article 1', 'The Parties shall cooperate.', 0);
const chapter2 = division('chapter', '2', 'CHAPTER 2', 'Institutions', 0, 2);
const art2 = article('2', 'Article 2', 'A Council is established.', 1);
const partII = division('part', 'II', 'PART II', null, null, 1);
const art3 = article('3', 'Article 3', 'This Treaty enters into force on signature.', 2);
const closing = next('DONE at Alandia.');
const annexI = division('annex', 'I', 'ANNEX I', 'Procedures', null, 1);
const annexArt1 = article('1', 'Article 1', 'The Council shall meet every year.', 3);
const annex = { ...division('annex', null, 'ANNEX', null, null, 1), paragraphs: [next('The members are listed below.')] };
const dutchTitle = next('VERDRAG INZAKE DINGEN');
const dutchArticle = article('1', 'Artikel 1', 'De Partijen werken samen.', null);
const dutch: Expression = {
  language: 'nl',
  title: dutchTitle,
  preamble: null,
  divisions: [],
  articles: [dutchArticle],
  closing: null,
  signatures: [],
  text: 'VERDRAG INZAKE DINGEN Artikel 1 De Partijen werken samen.',
  spans: [{ start: dutchTitle.spans[0]!.start, end: dutchArticle.spans[0]!.end }],
};

const base = inputOf('demo-pact', MINIMAL);
const sourceId = base.treaty.sources[0]!.id;
const DOC: StructuredDocument = {
  ...base.check.documents.get(sourceId)!,
  source: { ...base.check.documents.get(sourceId)!.source, length: RAW.length },
  language: 'en',
  title,
  metadata: {},
  metadataLines: [],
  preamble: null,
  divisions: [partI, chapter2, partII, annexI, annex],
  articles: [art1, art2, art3, annexArt1],
  paragraphs: [],
  footnotes: [],
  closing: { ...closing, place: null, date: null, copies: null, languages: [] },
  signatures: [],
  otherExpressions: [dutch],
  removed: [],
  warnings: [],
};

/** The minimal corpus's treaty with DOC as its source; its first provision's words are the annex's Article 1. */
function inputWith(doc: StructuredDocument): TreatyExportInput {
  const [first, ...rest] = base.treaty.provisions;
  const quoteSpans = { [first!.id]: { source: sourceId, file: 'sources/demo.txt', spans: annexArt1.paragraphs[0]!.spans } };
  return {
    ...base,
    treaty: { ...base.treaty, provisions: [first!, ...rest], nonOperative: [] },
    compiled: { ...base.compiled, quoteSpans },
    check: {
      ...base.check,
      documents: new Map([[sourceId, doc]]),
      sourceTexts: new Map([[sourceId, RAW]]),
      quoteSpans,
      nonOperativeSpans: new Map(),
      coverage: [],
    },
  };
}

const X = exportAkn(inputWith(DOC));
const el = (name: string) => `*[local-name()='${name}']`;
const eIdsOf = (path: string) => [...xpath(X, path).matchAll(/eId="([^"]+)"/g)].map((m) => m[1]);

describe('AKN export: divisions and annexes', () => {
  it('validates against akomantoso30.xsd', () => {
    const r = validateAkn(X);
    assert.ok(r.ok, r.output);
  });

  it('nests the articles in parts and chapters, with num, heading and eIds by path', () => {
    assert.deepEqual(eIdsOf(`//${el('body')}//@eId`), [
      'part_I',
      'part_I__art_1',
      'part_I__art_1__para_1',
      'part_I__chp_2',
      'part_I__chp_2__art_2',
      'part_I__chp_2__art_2__para_1',
      'part_II',
      'part_II__art_3',
      'part_II__art_3__para_1',
    ]);
    assert.match(
      X,
      /<part eId="part_I">\s*<num>PART I<\/num>\s*<heading>General provisions<\/heading>\s*<article eId="part_I__art_1">\s*<num>Article 1<\/num>/,
    );
    assert.match(X, /<chapter eId="part_I__chp_2">\s*<num>CHAPTER 2<\/num>\s*<heading>Institutions<\/heading>/);
    // A part without a heading has none.
    assert.match(X, /<part eId="part_II">\s*<num>PART II<\/num>\s*<article eId="part_II__art_3">/);
    assert.equal(squash(xpath(X, `string(//${el('paragraph')}[@eId='part_I__chp_2__art_2__para_1'])`)), 'A Council is established.');
  });

  it('puts the annexes in attachments after the conclusions, each a doc with its own articles numbered from 1', () => {
    assert.match(X, /<\/conclusions>\s*<attachments>\s*<attachment eId="att_1">\s*<doc name="annex">\s*<meta>/);
    assert.deepEqual(eIdsOf(`//${el('attachments')}//@eId`), ['att_1', 'att_1__art_1', 'att_1__art_1__para_1', 'att_2', 'att_2__para_1']);
    assert.match(
      X,
      /<preface>\s*<p class="label"><docNumber>ANNEX I<\/docNumber><\/p>\s*<p class="heading"><docTitle>Procedures<\/docTitle><\/p>\s*<\/preface>\s*<mainBody>\s*<article eId="att_1__art_1" refersTo="#prov_art1-assistance">/,
    );
    // The annex written as paragraphs, and the main body's Article 1 apart from the annex's.
    assert.equal(squash(xpath(X, `string(//${el('paragraph')}[@eId='att_2__para_1'])`)), 'The members are listed below.');
    assert.equal(xpath(X, `count(//${el('body')}//${el('article')})`), '3');
    assert.equal(xpath(X, `count(//${el('attachments')}//${el('article')})`), '1');
  });

  it('identifies each annex as a component of the work, expression and manifestation', () => {
    const things = [...X.matchAll(/<FRBRthis value="([^"]+)"\/>/g)].map((m) => m[1]);
    const root = '/akn/un/act/treaty/1990-03-01/demo-pact';
    assert.deepEqual(things, [
      `${root}/!main`,
      `${root}/eng@/!main`,
      `${root}/eng@/!main.xml`,
      `${root}/!annex_1`,
      `${root}/eng@/!annex_1`,
      `${root}/eng@/!annex_1.xml`,
      `${root}/!annex_2`,
      `${root}/eng@/!annex_2`,
      `${root}/eng@/!annex_2.xml`,
    ]);
  });

  it('a rule in an annex refers to the annex article’s own eId', () => {
    assert.match(X, /<pacta:provision id="art1-assistance" concept="#prov_art1-assistance" [^>]*in="#att_1__art_1__para_1"/);
  });

  it('leaves the other expression out of the text, naming its title and where it stands in the metadata', () => {
    assert.ok(!X.includes('De Partijen werken samen'));
    assert.match(X, /<FRBRalias name="title.nld" value="VERDRAG INZAKE DINGEN"\/>/);
    const { start } = dutch.spans[0]!;
    const { end } = dutch.spans[0]!;
    assert.match(
      X,
      new RegExp(
        `<pacta:otherExpression language="nld" href="/akn/un/act/treaty/1990-03-01/demo-pact/nld@" articles="1" start="${start}" end="${end}">VERDRAG INZAKE DINGEN</pacta:otherExpression>`,
      ),
    );
    // Its language is not the expression's.
    assert.deepEqual(
      [...X.matchAll(/<FRBRlanguage language="([a-z]+)"\/>/g)].map((m) => m[1]),
      ['eng', 'eng', 'eng'],
    );
  });

  it('places a footnote in the unit it stands in, in the body’s divisions and in an annex alike', () => {
    // Two notes whose markers stand in Article 3 of Part II and in the annex's Article 1; their own text is the Dutch title (any words do).
    const note = (marker: string, at: number) => ({
      ...dutchTitle,
      marker,
      anchor: { piece: null, spans: [{ start: at, end: at + 1 }] },
      placement: { spans: dutchTitle.spans, interrupts: null },
    });
    const doc: StructuredDocument = {
      ...DOC,
      footnotes: [note('1', art3.paragraphs[0]!.spans[0]!.start + 4), note('2', annexArt1.paragraphs[0]!.spans[0]!.start + 4)],
    };
    const x = exportAkn(inputWith(doc));
    assert.ok(validateAkn(x).ok);
    assert.deepEqual(
      [...x.matchAll(/<authorialNote marker="(\d)" placement="bottom" eId="([^"]+)">/g)].map((m) => [m[1], m[2]]),
      [
        ['1', 'part_II__art_3__para_1__authorialNote_1'],
        ['2', 'att_1__art_1__para_1__authorialNote_2'],
      ],
    );
  });

  it('a party the title names is the state whose code ingestion gave it, when the corpus knows that state', () => {
    const things = { start: title.spans[0]!.start + 'TREATY ON '.length, end: title.spans[0]!.end };
    const party = (code: string | undefined) => ({ value: 'Things', text: 'THINGS', spans: [things], ...(code ? { code } : {}) });
    const refersTo = (code: string | undefined) =>
      /<party eId="[^"]+" refersTo="#([a-z]+)" as="#party">THINGS<\/party>/.exec(
        exportAkn(inputWith({ ...DOC, metadata: { parties: [party(code)] } })),
      )?.[1];
    assert.equal(refersTo('BBB'), 'bbb');
    // No code, or one the corpus does not know: the treaty's party in that place, as before.
    assert.equal(refersTo(undefined), 'aaa');
    assert.equal(refersTo('AUS'), 'aaa');
  });

  it('an annex inside an annex is an attachment of that annex; a division whose parent follows it is top-level', () => {
    // The second annex's words, read as an appendix to the first.
    const appendix: Division = { ...annex, kind: 'appendix', number: 'A', parent: 3, level: 2 };
    const doc: StructuredDocument = { ...DOC, divisions: [partI, chapter2, { ...partII, parent: 4 }, annexI, appendix] };
    const x = exportAkn(inputWith(doc));
    const r = validateAkn(x);
    assert.ok(r.ok, r.output);
    assert.deepEqual(
      [...xpath(x, `//${el('attachments')}//@eId`).matchAll(/eId="([^"]+)"/g)].map((m) => m[1]),
      ['att_1', 'att_1__art_1', 'att_1__art_1__para_1', 'att_1__att_1', 'att_1__att_1__para_1'],
    );
    assert.match(
      x,
      /<doc name="appendix">\s*<meta>\s*<identification source="#pacta">\s*<FRBRWork>\s*<FRBRthis value="[^"]+\/!annex_1\/appendix_1"\/>/,
    );
    // PART II names a later division as its parent: read as top-level, not lost.
    assert.match(x, /<part eId="part_II">/);
  });
});

/**
 * The corpus of real-treaty shapes (issue 16): each document in test/fixtures/text/corpus/ has a
 * hand-written outline (NAME.expected.yaml) that its ingestion must give exactly, and a golden
 * `--json` output (test/fixtures/text/golden/corpus/) written only once its outline is right. The two
 * real Markdown sources are read from test/fixtures/text/sources/ (verbatim copies of the shared sources), with their outlines in corpus/sources/.
 * Then properties over every document (labels where their numbers are, texts from spans, articles
 * inside their divisions) and over generated documents in every numbering style.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { StructuredDocument, type Article, type Division } from '../../src/model/document.js';
import { assertGolden } from '../support/golden.js';
import { ingestCorpus, outline } from './outline.js';
import { asJson, assertLeavesDisjoint, assertTextsFromSpans, readFixture } from './support.js';

const CORPUS = 'test/fixtures/text/corpus';
const GOLDEN = 'test/fixtures/text/golden/corpus';
const SHARED_SOURCES = 'test/fixtures/text/sources';

interface CorpusDocument {
  /** The document as handed to ingest (its path from the repository root). */
  file: string;
  expected: string;
  golden: string;
}

function corpusDocuments(): CorpusDocument[] {
  const own = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.expected.yaml'))
    .map((expectedName) => {
      const stem = expectedName.slice(0, -'.expected.yaml'.length);
      const document = ['.txt', '.md'].map((ext) => `${stem}${ext}`).find((name) => existsSync(join(CORPUS, name)));
      assert.ok(document, `${expectedName} has no document beside it`);
      return { file: join(CORPUS, document), expected: join(CORPUS, expectedName), golden: join(GOLDEN, `${stem}.json`) };
    });
  const sources = readdirSync(join(CORPUS, 'sources'))
    .filter((name) => name.endsWith('.expected.yaml'))
    .map((expectedName) => {
      const stem = expectedName.slice(0, -'.expected.yaml'.length);
      return {
        file: join(SHARED_SOURCES, `${stem}.md`),
        expected: join(CORPUS, 'sources', expectedName),
        golden: join(GOLDEN, `${stem}.json`),
      };
    });
  return [...own, ...sources].sort((a, b) => a.file.localeCompare(b.file));
}

const DOCUMENTS = corpusDocuments();

function ingestFile(file: string): { raw: string; doc: StructuredDocument } {
  const { bytes, raw } = readFixture(file);
  return { raw, doc: ingestCorpus(bytes, file) };
}

function expectedOutline(path: string): unknown {
  return parse(readFileSync(path, 'utf8')) as unknown;
}

describe('the corpus of treaty shapes', () => {
  it('has at least 44 documents of its own, each with its expected outline', () => {
    const documents = readdirSync(CORPUS).filter((name) => ['.txt', '.md'].includes(extname(name)) && name !== 'README.md');
    assert.ok(documents.length >= 44, `${documents.length} documents`);
    for (const name of documents) {
      const stem = basename(name, extname(name));
      assert.ok(existsSync(join(CORPUS, `${stem}.expected.yaml`)), `${name} has no ${stem}.expected.yaml`);
    }
  });

  it('holds the two shared sources byte for byte (their SHA-256 as published)', () => {
    const published: Record<string, string> = {
      'north-atlantic-treaty-1949.md': '1699f32a6cc8cfdee4db06267f25134d9d956730d30f884abb296b45b8030abd',
      'anzus-1951-initialled.md': '0b9bca2eb8c16aae467f90d4702afcd0083e176d5d37b2bd15ef9e9caf89a0b6',
    };
    for (const [name, sha256] of Object.entries(published)) {
      assert.equal(
        createHash('sha256')
          .update(readFileSync(join(SHARED_SOURCES, name)))
          .digest('hex'),
        sha256,
        name,
      );
    }
  });

  it('has a document with CRLF line endings', () => {
    const crlf = DOCUMENTS.filter(({ file }) => readFileSync(file, 'utf8').includes('\r\n'));
    assert.ok(crlf.length >= 1);
  });
});

describe('corpus outlines', () => {
  for (const { file, expected } of DOCUMENTS) {
    it(file, () => {
      assert.deepEqual(outline(ingestFile(file).doc), expectedOutline(expected));
    });
  }
});

describe('corpus goldens (only for documents whose outline is right)', () => {
  for (const { file, expected, golden } of DOCUMENTS) {
    it(file, (t) => {
      const { doc } = ingestFile(file);
      if (!isDeepStrictEqual(outline(doc), expectedOutline(expected))) {
        t.skip('its outline is not yet the expected one');
        return;
      }
      assertGolden(golden, asJson(doc));
    });
  }
});

/** The label's raw text, from its first span's start to its last span's end. */
function labelRaw(raw: string, article: Article): { start: number; text: string } {
  const first = article.label.spans[0]!;
  const last = article.label.spans[article.label.spans.length - 1]!;
  return { start: first.start, text: raw.slice(first.start, last.end) };
}

/** Where a division's extent ends: where the next division that is not inside it opens. */
function extentEnd(divisions: readonly Division[], index: number, length: number): number {
  const level = divisions[index]!.level;
  const next = divisions.slice(index + 1).find((d) => d.level <= level);
  return next ? next.label.spans[0]!.start : length;
}

function assertArticlesInDivisions(raw: string, divisions: readonly Division[], articles: readonly Article[], where: string): void {
  for (const article of articles) {
    const labelStart = article.label.spans[0]!.start;
    const opened = divisions.map((d, i) => ({ d, i })).filter(({ d }) => d.label.spans[0]!.start < labelStart);
    const innermost = opened.length > 0 ? opened[opened.length - 1]!.i : null;
    assert.equal(article.division, innermost, `${where} Article ${article.number}: division ${article.division}, expected ${innermost}`);
    if (article.division === null) continue;
    const division = divisions[article.division]!;
    const labelEnd = division.label.spans[division.label.spans.length - 1]!.end;
    const end = extentEnd(divisions, article.division, raw.length);
    assert.ok(labelEnd <= labelStart, `${where} Article ${article.number} opens before its division's label ends`);
    for (const span of [...article.label.spans, ...article.spans]) {
      assert.ok(span.end <= end, `${where} Article ${article.number} runs past its division (ends ${span.end}, division ${end})`);
    }
  }
}

describe('corpus properties', () => {
  for (const { file } of DOCUMENTS) {
    it(`${file}: labels hold their numbers, texts come from spans, articles lie in their divisions`, () => {
      const { raw, doc } = ingestFile(file);
      // Valid, and with its keys in the schema's order (ingest orders them without parsing).
      assert.equal(JSON.stringify(StructuredDocument.parse(doc)), JSON.stringify(doc));
      assertTextsFromSpans(raw, doc);
      assertLeavesDisjoint(doc);
      const expressions = [{ where: 'main', divisions: doc.divisions, articles: doc.articles }].concat(
        doc.otherExpressions.map((e, i) => ({ where: `expression ${i}`, divisions: e.divisions, articles: e.articles })),
      );
      for (const { where, divisions, articles } of expressions) {
        for (const article of articles) {
          assert.ok(article.label.text.includes(article.number), `${where}: label "${article.label.text}" lacks "${article.number}"`);
          assert.ok(labelRaw(raw, article).text.includes(article.number), `${where}: raw label lacks "${article.number}"`);
        }
        assertArticlesInDivisions(raw, divisions, articles, where);
      }
    });
  }
});

/** A numbering style: the label of the n-th article (1-based) and its number as written. */
interface NumberingStyle {
  name: string;
  label: (n: number) => { line: string; number: string };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const WORDS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE'];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];

/** Two articles per chapter: 1.1, 1.2, 2.1, 2.2, … */
const chapterOf = (n: number): number => Math.ceil(n / 2);
const inChapter = (n: number): number => ((n - 1) % 2) + 1;

const STYLES: NumberingStyle[] = [
  { name: 'Article N', label: (n) => ({ line: `Article ${n}`, number: String(n) }) },
  { name: 'ARTICLE N.', label: (n) => ({ line: `ARTICLE ${n}.`, number: String(n) }) },
  { name: 'ARTICLE roman', label: (n) => ({ line: `ARTICLE ${ROMAN[n - 1]!}`, number: ROMAN[n - 1]! }) },
  { name: 'Art. N', label: (n) => ({ line: `Art. ${n}`, number: String(n) }) },
  { name: 'ARTICLE c.n', label: (n) => ({ line: `ARTICLE ${chapterOf(n)}.${inChapter(n)}`, number: `${chapterOf(n)}.${inChapter(n)}` }) },
  { name: 'Article c-n', label: (n) => ({ line: `Article ${chapterOf(n)}-${inChapter(n)}`, number: `${chapterOf(n)}-${inChapter(n)}` }) },
  {
    name: 'Article X-0n',
    label: (n) => {
      const number = `${'ABCDEFGHIJKL'[chapterOf(n) - 1]!}-0${inChapter(n)}`;
      return { line: `Article ${number}`, number };
    },
  },
  {
    name: 'Article roman.n',
    label: (n) => ({ line: `Article ${ROMAN[chapterOf(n) - 1]!}.${inChapter(n)}`, number: `${ROMAN[chapterOf(n) - 1]!}.${inChapter(n)}` }),
  },
  { name: 'ARTICLE - N', label: (n) => ({ line: `ARTICLE - ${n}`, number: String(n) }) },
  { name: 'ARTICLE ONE', label: (n) => ({ line: `ARTICLE ${WORDS[n - 1]!}`, number: WORDS[n - 1]! }) },
  { name: 'Article First', label: (n) => ({ line: `Article ${ORDINALS[n - 1]!}`, number: ORDINALS[n - 1]! }) },
  {
    // 1, 1 bis, 2, 2 bis, …: every even article is the bis of the one before.
    name: 'Article N bis',
    label: (n) => {
      const number = n % 2 === 1 ? String(chapterOf(n)) : `${chapterOf(n)} bis`;
      return { line: `Article ${number}`, number };
    },
  },
  {
    name: 'Article NA',
    label: (n) => {
      const number = n % 2 === 1 ? String(chapterOf(n)) : `${chapterOf(n)}A`;
      return { line: `Article ${number}`, number };
    },
  },
];

const sentenceWord = fc.constantFrom(
  'the',
  'Parties',
  'shall',
  'consult',
  'each',
  'other',
  'on',
  'matters',
  'of',
  'common',
  'concern',
  'promptly',
);
const sentence = fc.array(sentenceWord, { minLength: 3, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
const headingText = fc.constantFrom('Definitions', 'Scope', 'Consultations', 'Entry into force', 'General Obligations');

interface GeneratedArticle {
  heading: string | null;
  body: string;
}

const generatedDocument = fc.record({
  style: fc.constantFrom(...STYLES),
  articles: fc.array(fc.record({ heading: fc.option(headingText, { nil: null }), body: sentence }), { minLength: 1, maxLength: 12 }),
  headingOnLabelLine: fc.boolean(),
});

function buildDocument(style: NumberingStyle, articles: readonly GeneratedArticle[], headingOnLabelLine: boolean) {
  let raw = 'AGREEMENT ON CO-OPERATION\n\nThe Parties,\n\nDesiring to co-operate,\n\nHave agreed as follows:\n\n';
  const expected: { number: string; labelStart: number }[] = [];
  articles.forEach((article, k) => {
    const { line, number } = style.label(k + 1);
    expected.push({ number, labelStart: raw.length });
    if (article.heading === null) raw += `${line}\n\n`;
    // "ARTICLE 1. Definitions" as printed, "Article 1 – Definitions" otherwise.
    else if (headingOnLabelLine) raw += `${line}${line.endsWith('.') ? ' ' : ' – '}${article.heading}\n\n`;
    else raw += `${line}\n${article.heading}\n\n`;
    raw += `${article.body.charAt(0).toUpperCase()}${article.body.slice(1)}\n\n`;
  });
  raw += 'DONE at Geneva on 1 June 2010.\n';
  return { raw, expected };
}

describe('generated documents in every numbering style', () => {
  it('the ingester finds every article, in order, with its number as written where its label is', () => {
    fc.assert(
      fc.property(generatedDocument, ({ style, articles, headingOnLabelLine }) => {
        const { raw, expected } = buildDocument(style, articles, headingOnLabelLine);
        const doc = ingestCorpus(raw, 'generated.txt');
        assert.deepEqual(
          doc.articles.map((a) => a.number),
          expected.map((e) => e.number),
          `${style.name}:\n${raw}`,
        );
        doc.articles.forEach((article, k) => {
          const { start, text } = labelRaw(raw, article);
          assert.equal(start, expected[k]!.labelStart, `${style.name}: Article ${article.number} label at ${start}`);
          assert.ok(text.includes(article.number), `${style.name}: label "${text}" lacks "${article.number}"`);
        });
      }),
      { numRuns: 150 },
    );
  });
});

// Covers src/faces/web/pages/import/IngestPreview.tsx: the language, the parties with their codes, the divisions with the articles they hold, the closing's date or the date left blank, and the other expressions, rendered to static markup from a hand-made document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { StructuredDocument } from '../../src/faces/web/api/types.js';
import { IngestPreview } from '../../src/faces/web/pages/import/IngestPreview.js';

const at = (text: string, start = 0) => ({ text, spans: [{ start, end: start + text.length }] });

const article = (number: string, division: number | null) => ({
  number,
  arabic: Number(number),
  sortKey: number.padStart(4, '0'),
  division,
  label: at(`Article ${number}`),
  heading: null,
  paragraphs: [{ ...at('The Parties agree.'), number: null, level: 1 }],
  text: 'The Parties agree.',
  spans: [{ start: 0, end: 1 }],
});

function document(over: Partial<StructuredDocument>): StructuredDocument {
  return {
    kind: 'treaty-text',
    source: { file: 'x.md', length: 400, bytes: 400, sha256: '0'.repeat(64), bom: false, lineEndings: 'lf' },
    language: 'en',
    title: at('SECURITY TREATY'),
    metadata: {
      parties: [
        { value: 'Australia', code: 'AUS', ...at('AUSTRALIA') },
        { value: 'Ruritania', ...at('Ruritania') },
      ],
    },
    metadataLines: [],
    preamble: null,
    divisions: [
      { kind: 'part', number: 'I', label: at('PART I'), heading: at('General'), parent: null, level: 1, paragraphs: [] },
      { kind: 'chapter', number: '1', label: at('CHAPTER 1'), heading: null, parent: 0, level: 2, paragraphs: [] },
      { kind: 'annex', number: null, label: at('ANNEX'), heading: null, parent: null, level: 1, paragraphs: [at('List.')] },
    ],
    articles: [article('1', 0), article('2', 1), article('3', 1), article('1', 2)],
    paragraphs: [],
    footnotes: [],
    closing: {
      ...at('DONE at Canberra this ..this..day of 1951.'),
      place: null,
      date: null,
      dateLeftBlank: { value: '1951', ...at('..this..day of 1951', 20) },
      copies: null,
      languages: [],
    },
    signatures: [],
    otherExpressions: [
      {
        language: 'nl',
        title: at('NOORD-ATLANTISCH VERDRAG'),
        preamble: null,
        divisions: [],
        articles: [article('1', null), article('2', null)],
        closing: null,
        signatures: [],
        text: 'x',
        spans: [{ start: 300, end: 390 }],
      },
    ],
    removed: [],
    warnings: [],
    ...over,
  };
}

const render = (doc: StructuredDocument) =>
  renderToStaticMarkup(createElement(IngestPreview, { name: 'x.md', document: doc, kept: false, busy: false, onKeep: () => undefined }))
    .replace(/<[^>]+>/g, '|')
    .replace(/\|+/g, '|');

describe('IngestPreview', () => {
  const text = render(document({}));

  it('gives the language, and the parties with the codes of the states the list knows', () => {
    assert.match(text, /\|Language\|English \(en\)\|/);
    assert.match(text, /\|parties\|Australia \(AUS\) \(“AUSTRALIA”\); Ruritania\|/);
    assert.match(render(document({ language: null })), /\|Language\|not recognised\|/);
  });

  it('lists the divisions with their kind and the articles they hold', () => {
    assert.match(
      text,
      /\|Divisions \(3\)\|PART I\| — General\| \|part\|: Article 1\|CHAPTER 1\| \|chapter\|: Article 2, Article 3\|ANNEX\| \|annex\|: Article 1\| \(1 paragraph outside articles\)\|/,
    );
    assert.match(
      renderToStaticMarkup(
        createElement(IngestPreview, { name: 'x', document: document({}), kept: false, busy: false, onKeep: () => undefined }),
      ),
      /<li style="margin-left:1.25rem"><strong>CHAPTER 1<\/strong>/,
    );
  });

  it('says the closing date is left blank, and gives it when there is one', () => {
    assert.match(text, /\|Date left blank: “..this..day of 1951” \(unknown, not guessed\)\|/);
    const dated = document({
      closing: {
        ...at('Done at Washington, the fourth day of April, 1949.'),
        place: null,
        date: { value: '1949-04-04', ...at('the fourth day of April, 1949', 20) },
        copies: null,
        languages: [],
      },
    });
    assert.match(render(dated), /\|Dated 1949-04-04 \(“the fourth day of April, 1949”\)\|/);
  });

  it('lists the other expressions with their language, articles and title', () => {
    assert.match(text, /\|Other expressions \(1\)\|Dutch \(nl\)\|: 2 articles, title “NOORD-ATLANTISCH VERDRAG”\|/);
    assert.doesNotMatch(render(document({ otherExpressions: [], divisions: [] })), /Other expressions|Divisions/);
  });
});

/** The shapes of treaty lines. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  articleHeading,
  isClosingStart,
  isPageNumber,
  isRunningHeader,
  isSignatureCaption,
  looksLikeHeading,
  paragraphLabel,
  romanToArabic,
} from '../../src/text/patterns.js';

describe('articleHeading', () => {
  const read = (text: string) => {
    const heading = articleHeading(text);
    return (
      heading && [
        heading.number,
        heading.arabic,
        text.slice(0, heading.labelEnd),
        heading.restStart === null ? null : text.slice(heading.restStart),
      ]
    );
  };
  it('reads the usual forms', () => {
    assert.deepEqual(read('Article 1'), ['1', 1, 'Article 1', null]);
    assert.deepEqual(read('ARTICLE V'), ['V', 5, 'ARTICLE V', null]);
    assert.deepEqual(read('Article XIV.'), ['XIV', 14, 'Article XIV', null]);
    assert.deepEqual(read('Art. 3'), ['3', 3, 'Art. 3', null]);
    assert.deepEqual(read('Article 2 – Definitions'), ['2', 2, 'Article 2', 'Definitions']);
    assert.deepEqual(read('Article 2. Definitions'), ['2', 2, 'Article 2', 'Definitions']);
    assert.deepEqual(read('Article 2: Scope'), ['2', 2, 'Article 2', 'Scope']);
    assert.deepEqual(read('ARTICLE 1 DEFINITIONS'), ['1', 1, 'ARTICLE 1', 'DEFINITIONS']);
    assert.deepEqual(read('Article 3 bis'), ['3 bis', 3, 'Article 3 bis', null]);
  });
  it('rejects references and words', () => {
    assert.equal(read('Article 51 of the Charter'), null);
    assert.equal(read('Article 12.3 of the Convention'), null);
    assert.equal(read('Articles 1 to 3'), null);
    assert.equal(read('Article IIII'), null);
    assert.equal(read('Art. I shall'), null);
  });
});

describe('paragraph labels and headings', () => {
  it('reads numbers, letters and Roman numerals', () => {
    const read = (text: string) => {
      const label = paragraphLabel(text);
      return label && [label.value, label.style, label.ambiguousRoman, label.length];
    };
    assert.deepEqual(read('1. Each Party'), ['1', 'arabic', false, 3]);
    assert.deepEqual(read('2) Each Party'), ['2', 'arabic', false, 3]);
    assert.deepEqual(read('(3) Each Party'), ['3', 'arabic-paren', false, 4]);
    assert.deepEqual(read('(a) to fly'), ['a', 'letter', false, 4]);
    assert.deepEqual(read('b) to fly'), ['b', 'letter', false, 3]);
    assert.deepEqual(read('(iv) the stop'), ['iv', 'roman', false, 5]);
    assert.deepEqual(read('(i) the stop'), ['i', 'letter', true, 4]);
    assert.deepEqual(read('(A) Scope'), ['A', 'upper-letter', false, 4]);
    assert.equal(read('1961. The year'), null);
    assert.equal(read('(iiv) no'), null);
  });
  it('tells headings from sentences', () => {
    assert.equal(looksLikeHeading('Definitions'), true);
    assert.equal(looksLikeHeading('Entry into force and duration'), true);
    assert.equal(looksLikeHeading('The Parties shall cooperate'), false);
    assert.equal(looksLikeHeading('The terms:'), false);
    assert.equal(looksLikeHeading('scope'), false);
    assert.equal(looksLikeHeading('The Parties consult each other on all matters of common interest.'), false);
  });
  it('converts Roman numerals strictly', () => {
    assert.deepEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMLXI', 'iv'].map(romanToArabic), [1, 4, 9, 14, 40, 1961, 4]);
    assert.deepEqual(['', 'IIII', 'VX', 'IC'].map(romanToArabic), [null, null, null, null]);
  });
});

describe('closing, captions and page furniture', () => {
  it('recognises closing formulas', () => {
    for (const text of [
      'DONE at Moscow, on 6 July 1961',
      'Done in duplicate at Vienna',
      'IN WITNESS WHEREOF the undersigned',
      'Fait à Paris, le 3 mars 1990',
    ]) {
      assert.equal(isClosingStart(text), true, text);
    }
    assert.equal(isClosingStart('Done deals are not treaties.'), false);
  });
  it('recognises signature captions', () => {
    assert.equal(isSignatureCaption('For the Government of the Republic of Arcadia:'), true);
    assert.equal(isSignatureCaption('By authorization of the Presidium'), true);
    assert.equal(isSignatureCaption('Pour la République française :'), true);
    assert.equal(isSignatureCaption('N. KHRUSHCHEV'), false);
  });
  it('recognises page numbers and UNTS running headers', () => {
    for (const text of ['760', '- 12 -', 'Page 3', 'Page 3 of 9', 'p. 4']) assert.equal(isPageNumber(text), true, text);
    for (const text of ['12345', '760 pages', 'Article 1']) assert.equal(isPageNumber(text), false, text);
    assert.equal(isRunningHeader('1962 United Nations — Treaty Series 245'), true);
    assert.equal(isRunningHeader('246 United Nations — Treaty Series 1962'), true);
    assert.equal(isRunningHeader('Nations Unies — Recueil des Traités 1962'), true);
    assert.equal(isRunningHeader('The United Nations Charter'), false);
  });
});

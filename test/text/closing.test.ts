/** Closing formulas as treaties write them: where they open, their place, date, copies and languages, a date left blank. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { IngestWarning, StructuredDocument } from '../../src/model/document.js';
import { CLOSING, isClosingStart, opensClosing, SIGNING_FORMULAS, WITNESS_FORMULAS } from '../../src/text/closing-formulas.js';
import { parseClosing } from '../../src/text/closing.js';
import { ingest } from '../../src/text/index.js';
import { layout } from '../../src/text/layout.js';
import { splitLines } from '../../src/text/lines.js';
import { assertTextsFromSpans, readFixture, slices } from './support.js';

/** The closing of a text that is only a closing, with the warnings it gives. */
function closingOf(raw: string) {
  const warnings: IngestWarning[] = [];
  const closing = parseClosing(raw, layout(raw, splitLines(raw)).flow, warnings);
  return { closing: closing!, warnings };
}

/** A value as [value, the raw words of its spans]. */
const at = (raw: string, value: { value: string | number; spans: { start: number; end: number }[] } | null | undefined) =>
  value ? [value.value, slices(raw, value.spans).join('|')] : null;

describe('closing formulas: where a closing opens', () => {
  it('recognises the attestations, any case', () => {
    for (const text of [
      'IN WITNESS WHEREOF the undersigned',
      'In witness whereof, the undersigned',
      'IN FAITH WHEREOF',
      'In confirmation whereof the representatives',
      'IN TESTIMONY WHEREOF',
      'In witness thereof',
      'EN FOI DE QUOI les plénipotentiaires',
      'En fe de lo cual',
      'Ter oorkonde waarvan de ondergetekende Gevolmachtigden',
      'Zu Urkund dessen haben die Bevollmächtigten',
    ]) {
      assert.equal(isClosingStart(text), true, text);
    }
  });
  it('recognises the signing words with a place, a blank or the date after them', () => {
    for (const text of [
      'DONE at Moscow, on 6 July 1961',
      'Done in duplicate at Vienna',
      'DONE at ..this..day of 1951.',
      'Done at ____________ this ______ day of ________ 19__',
      'Done this fourth day of April',
      'Done at Washington, this    day of',
      'DONE in duplicate, in the English language, at Washington',
      'Made at Canberra this 4th day of April 1949',
      'Signed at Geneva on 1 May 1950',
      'Signed in triplicate on 18 December 2018',
      'Signed on 18 December 2018',
      'Performed in Vienna on 20 June 1964',
      'Executed at Ottawa',
      'Concluded at Brussels',
      'Drawn up at Tournai',
      'Adopted at Maputo on 11 July 2003.',
      'Fait à Paris, le 3 mars 1990',
      'Fait en double exemplaire à Bruxelles',
      'Hecho en Madrid, el cuatro de abril',
      'Gedaan te Washington, de vierde April 1949.',
      'Geschehen zu Bonn am 4. April 1949',
    ]) {
      assert.equal(isClosingStart(text), true, text);
    }
  });
  it('refuses lines that only start with the same words', () => {
    for (const text of [
      'Done deals are not treaties.',
      'Signed at the request of either Party, the protocol shall',
      'Signed on behalf of the Government of Arcadia:',
      'Made in accordance with Article 5',
      'Executed in good faith, the obligations',
      'Concluded agreements shall be registered.',
      'In witnesses we trust',
      'Geschehen ist nichts',
    ]) {
      assert.equal(isClosingStart(text), false, text);
    }
  });
  it('keeps its formulas as data, each one recognised', () => {
    assert.equal(WITNESS_FORMULAS.length, 15);
    assert.equal(SIGNING_FORMULAS.length, 13);
    for (const formula of WITNESS_FORMULAS) assert.ok(CLOSING.test(formula.toUpperCase()), formula);
    for (const { verb, places } of SIGNING_FORMULAS) {
      for (const place of places) assert.equal(isClosingStart(`${verb.toUpperCase()} ${place} Xanadu`), true, `${verb} ${place}`);
    }
  });
  it('opens mid-block after a sentence, and an attestation after any line', () => {
    assert.equal(opensClosing('DONE at Canberra.', false, 'ratification.'), true);
    assert.equal(opensClosing('DONE at Canberra.', false, 'in force.[2]'), true);
    assert.equal(opensClosing('DONE at Canberra.', false, 'shall be exchanged at'), false);
    assert.equal(opensClosing('IN WITNESS WHEREOF the undersigned', false, 'as soon as possible'), true);
    assert.equal(opensClosing('DONE at Canberra.', true, 'shall be exchanged at'), true);
    assert.equal(opensClosing('The Parties shall consult.', true, undefined), false);
  });
});

describe('parseClosing: properties', () => {
  const pieces = ['IN WITNESS WHEREOF', 'DONE at', 'Made at', 'Fait à', 'Gedaan te', 'Washington', ', D.C.,', 'this', 'the', 'fourth',
    'thirty-first', 'day of', 'April', ',', '1949', 'one thousand nine hundred and', 'forty-nine', '..', '____', '19__', 'in duplicate',
    'in two copies', 'in the English and French languages', 'le', 'quatre', 'avril', 'mil', '.', '\n', '\n\n', '   ']; // prettier-ignore
  const closingText = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((list) => list.join(' ')),
    fc.string({ minLength: 1, maxLength: 120 }),
  );
  it('never throws; every value is read from its own words, a blank date is never a date too', () => {
    fc.assert(
      fc.property(closingText, (raw) => {
        const flow = layout(raw, splitLines(raw)).flow;
        const warnings: IngestWarning[] = [];
        const closing = parseClosing(raw, flow, warnings);
        if (!closing) return;
        assertTextsFromSpans(raw, { closing } as unknown as StructuredDocument);
        const inside = (span: { start: number; end: number }) => closing.spans.some((c) => c.start <= span.start && span.end <= c.end);
        for (const value of [closing.place, closing.date, closing.dateLeftBlank, closing.copies, ...closing.languages]) {
          for (const span of value?.spans ?? []) assert.ok(inside(span), JSON.stringify(span));
        }
        if (closing.dateLeftBlank) assert.equal(closing.date, null);
        assert.deepEqual(
          warnings.map((w) => w.code),
          [
            ...(warnings.some((w) => w.code === 'ambiguous-date') ? ['ambiguous-date'] : []),
            ...(closing.dateLeftBlank ? ['blank-date'] : []),
          ],
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseClosing: place, date, copies, languages', () => {
  it('reads an attestation and "Done at …, the fourth day of April, 1949"', () => {
    const raw =
      'In witness whereof, the undersigned plenipotentiaries have signed this Treaty. Done at Washington, the fourth day of April, 1949.\n';
    const { closing, warnings } = closingOf(raw);
    assert.equal(closing.text, raw.trim());
    assert.deepEqual(at(raw, closing.place), ['Washington', 'Washington']);
    assert.deepEqual(at(raw, closing.date), ['1949-04-04', 'fourth day of April, 1949']);
    assert.deepEqual(closing.date!.spans, [{ start: 103, end: 128 }]);
    assert.equal(closing.dateLeftBlank, undefined);
    assert.deepEqual(warnings, []);
  });
  it('reads each form of the signing words, its place and date', () => {
    const cases: [string, string | null, string | null, string | null][] = [
      ['DONE at Moscow, on 6 July 1961, in two copies, each in the Russian and Korean languages.', 'Moscow', '1961-07-06', '6 July 1961'],
      ['DONE at Washington, D.C., this thirteenth day of September, 1993.', 'Washington, D.C.', '1993-09-13', 'thirteenth day of September, 1993'],
      ['DONE at the city of San Francisco this first day of September, 1951.', 'San Francisco', '1951-09-01', 'first day of September, 1951'],
      ['Made at Canberra this 4th day of April 1949.', 'Canberra', '1949-04-04', '4th day of April 1949'],
      ['Signed at Mexico City on the twenty-first day of the month of June of the year two thousand and five, in two original copies.',
        'Mexico City', '2005-06-21', 'twenty-first day of the month of June of the year two thousand and five'],
      ['Performed in Vienna on April 4th, 1964.', 'Vienna', '1964-04-04', 'April 4th, 1964'],
      ['Executed at St. Petersburg on 4.IV.1949.', 'St. Petersburg', '1949-04-04', '4.IV.1949'],
      ['Concluded at The Hague on 3 March 1998.', 'The Hague', '1998-03-03', '3 March 1998'],
      ['Drawn up at Tournai on the fifth day of March 2001.', 'Tournai', '2001-03-05', 'fifth day of March 2001'],
      ['In confirmation whereof the representatives have signed. Signed in triplicate on 18 December 2018.', null, '2018-12-18', '18 December 2018'],
      ['DONE in duplicate, in the English language, at Washington, this fourteenth day of September, one thousand nine hundred fifty-eight',
        'Washington', '1958-09-14', 'fourteenth day of September, one thousand nine hundred fifty-eight'],
      ['Fait à Paris, le quatre avril mil neuf cent quarante-neuf.', 'Paris', '1949-04-04', 'quatre avril mil neuf cent quarante-neuf'],
      ['Hecho en Ciudad de México, el 4 de abril de 1949.', 'Ciudad de México', '1949-04-04', '4 de abril de 1949'],
      ['Gedaan te Washington, de vierde April 1949.', 'Washington', '1949-04-04', 'vierde April 1949'],
      ['Geschehen zu Bonn am 4. April 1949.', 'Bonn', '1949-04-04', '4. April 1949'],
    ]; // prettier-ignore
    for (const [raw, place, date, dateWords] of cases) {
      const { closing, warnings } = closingOf(raw);
      assert.deepEqual(at(raw, closing.place), place === null ? null : [place, place], raw);
      assert.deepEqual(at(raw, closing.date), date === null ? null : [date, dateWords], raw);
      assert.deepEqual(warnings, [], raw);
    }
  });
  it('takes the date of signing after the signing words, not one in the attestation', () => {
    const raw = 'IN WITNESS WHEREOF, under the authority of the resolution of 5 May 1960, they have signed. DONE at Geneva on 6 June 1961.';
    assert.deepEqual(at(raw, closingOf(raw).closing.date), ['1961-06-06', '6 June 1961']);
  });
  it('reads the copies and the languages in four languages', () => {
    const cases: [string, number | null, string | null, string[]][] = [
      ['DONE at Moscow, on 6 July 1961, in two copies, each in the Russian and Korean languages.', 2, 'in two copies', ['Russian', 'Korean']],
      ['Done in duplicate at Vienna, in the English, French and Russian languages.', 2, 'in duplicate', ['English', 'French', 'Russian']],
      ['Signed in triplicate on 18 December 2018 in the English, French and Spanish languages.', 3, 'in triplicate', ['English', 'French', 'Spanish']],
      ['Done at Geneva in a single original.', 1, 'in a single original', []],
      ['Fait à Bruxelles, le 4 avril 1949, en deux exemplaires, en langues française et anglaise.', 2, 'en deux exemplaires', ['française', 'anglaise']],
      ['Fait en double exemplaire à Paris.', 2, 'en double exemplaire', []],
      ['Hecho en Madrid, por duplicado.', 2, 'por duplicado', []],
      ['Gedaan te Den Haag, in tweevoud.', 2, 'in tweevoud', []],
      ['Geschehen zu Bonn in zwei Urschriften.', 2, 'in zwei Urschriften', []],
      ['Done at Canberra.', null, null, []],
    ]; // prettier-ignore
    for (const [raw, count, words, languages] of cases) {
      const { closing } = closingOf(raw);
      assert.deepEqual(closing.copies ? [closing.copies.value, closing.copies.text] : null, count === null ? null : [count, words], raw);
      assert.deepEqual(
        closing.languages.map((l) => l.value),
        languages,
        raw,
      );
    }
  });
});

describe('parseClosing: a date left blank, an impossible date', () => {
  /** The blank's value and text are its words, whitespace-normalised; `written` is the raw text of its spans. */
  const blank = (raw: string, words: string, place: string | null, written = words) => {
    const { closing, warnings } = closingOf(raw);
    assert.equal(closing.date, null, raw);
    assert.deepEqual(at(raw, closing.place), place === null ? null : [place, place], raw);
    assert.deepEqual(at(raw, closing.dateLeftBlank), [words, written], raw);
    assert.equal(closing.dateLeftBlank!.text, words);
    assert.deepEqual(warnings, [
      {
        code: 'blank-date',
        message: `the date of signature is left blank ("${words}"): it is not guessed`,
        spans: closing.dateLeftBlank!.spans,
      },
    ]);
  };
  it('keeps the words of a blank date and gives no date', () => {
    blank('DONE at ..this..day of 1951.', '..this..day of 1951', null);
    blank('Done at ____________ this ______ day of ________ 19__.', 'this ______ day of ________ 19__', null);
    // Without a final stop too: underscores after a digit are a blank, not Markdown emphasis closing.
    blank('Done at ____________ this ______ day of ________ 19__', 'this ______ day of ________ 19__', null);
    blank('Done at Washington, this    day of', 'this day of', 'Washington', 'this    day of');
    blank('DONE at Wellington this ________ day of ______________ 2002.', 'this ________ day of ______________ 2002', 'Wellington');
    blank('Done at Canberra this ___ day of April 1951.', 'this ___ day of April 1951', 'Canberra');
    blank('Done at Canberra this ___ day of the month', 'this ___ day of', 'Canberra');
    blank('Fait à Paris, le ____________ 19__.', 'le ____________ 19__', 'Paris');
  });
  it('spans the blank in the raw text across a line break', () => {
    const raw = 'DONE at Canberra this\n________ day of\n________ 1951.';
    const { closing } = closingOf(raw);
    assert.deepEqual(closing.dateLeftBlank, {
      value: 'this ________ day of ________ 1951',
      text: 'this ________ day of ________ 1951',
      spans: [{ start: 17, end: 51 }],
    });
  });
  it('reads a year alone, or "the day of signature", as no date and no blank', () => {
    for (const raw of ['Done at Canberra, 1951.', 'Done at Canberra, to take effect on the day of signature.']) {
      const { closing, warnings } = closingOf(raw);
      assert.equal(closing.date, null, raw);
      assert.equal(closing.dateLeftBlank, undefined, raw);
      assert.deepEqual(warnings, [], raw);
    }
  });
  it('gives no date for an impossible one, and says why', () => {
    const raw = 'Done at Paris, the thirty-first day of April, 1949.';
    const { closing, warnings } = closingOf(raw);
    assert.equal(closing.date, null);
    assert.deepEqual(warnings, [
      {
        code: 'ambiguous-date',
        message: 'the date of signature "thirty-first day of April, 1949" names no calendar day (April has 30 days): no date is given',
        spans: [{ start: 19, end: 50 }],
      },
    ]);
  });
});

describe('closings in whole treaties', () => {
  const treaty = (closing: string) =>
    `AGREEMENT\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nThis Agreement shall enter into force on signature.\n${closing}\n\nFor Arcadia:\nA. Name\n`;
  it('finds a closing that starts mid-block after the last article, in each form', () => {
    for (const [formula, place] of [
      ['IN WITNESS WHEREOF the undersigned have signed this Agreement.', null],
      ['In confirmation whereof the representatives have signed.', null],
      ['Made at Canberra this 4th day of April 1949.', 'Canberra'],
      ['Signed at Geneva on 1 May 1950.', 'Geneva'],
      ['Performed in Vienna on 20 June 1964.', 'Vienna'],
      ['Fait à Paris, le 4 avril 1949.', 'Paris'],
    ] as const) {
      const raw = treaty(formula);
      const doc = ingest(raw, 'closing.txt');
      assert.equal(doc.articles.at(-1)!.text, 'This Agreement shall enter into force on signature.', formula);
      assert.equal(doc.closing?.text, formula, formula);
      assert.equal(doc.closing?.place?.value ?? null, place, formula);
      assertTextsFromSpans(raw, doc);
    }
  });
  it('leaves a signing word inside an article that does not follow a sentence', () => {
    const raw = treaty('DONE at Canberra.').replace('on signature.\n', 'on signature as\nSigned at Geneva by the Parties.\n');
    const doc = ingest(raw, 'closing.txt');
    assert.equal(doc.closing?.text, 'DONE at Canberra.');
    assert.equal(doc.articles.at(-1)!.text, 'This Agreement shall enter into force on signature as Signed at Geneva by the Parties.');
  });
  it('reads the North Atlantic Treaty closing: Washington, 1949-04-04', () => {
    const file = 'test/fixtures/text/sources/north-atlantic-treaty-1949.md';
    const { raw, bytes } = readFixture(file);
    const closing = ingest(bytes, file).closing!;
    assert.equal(
      closing.text,
      'In witness whereof, the undersigned plenipotentiaries have signed this Treaty. Done at Washington, the fourth day of April, 1949.',
    );
    assert.deepEqual(at(raw, closing.place), ['Washington', 'Washington']);
    assert.deepEqual(at(raw, closing.date), ['1949-04-04', 'fourth day of April, 1949']);
  });
  it('reads the ANZUS closing: no date, the blank kept, a blank-date warning', () => {
    const file = 'test/fixtures/text/sources/anzus-1951-initialled.md';
    const { raw, bytes } = readFixture(file);
    const doc = ingest(bytes, file);
    const closing = doc.closing!;
    assert.equal(closing.date, null);
    assert.equal(closing.place, null);
    assert.deepEqual(at(raw, closing.dateLeftBlank), ['..this..day of 1951', '..this..day of 1951']);
    assert.deepEqual(
      doc.warnings.filter((w) => w.code === 'blank-date').map((w) => [w.message, slices(raw, w.spans).join('|')]),
      [['the date of signature is left blank ("..this..day of 1951"): it is not guessed', '..this..day of 1951']],
    );
  });
});

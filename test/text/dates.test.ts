/** Dates as documents write them: in figures, in words, in ordinal forms, in five languages. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readNumberWords } from '../../src/text/date-words.js';
import {
  findDates,
  findImpossibleDates,
  findJucheDates,
  findNumericDates,
  findYearlessDates,
  isValidDate,
  resolveYearless,
} from '../../src/text/dates.js';

const values = (text: string) => findDates(text).map((d) => [d.value, text.slice(d.index, d.index + d.length)]);

describe('findDates', () => {
  it('reads day-month-year in English and French, any case', () => {
    assert.deepEqual(values('Signed at Moscow, on 6 July 1961'), [['1961-07-06', '6 July 1961']]);
    assert.deepEqual(values('SIGNED AT MOSCOW, ON 6 JULY 1961'), [['1961-07-06', '6 JULY 1961']]);
    assert.deepEqual(values('le 23 janvier 1962 et le 1er août 1990'), [
      ['1962-01-23', '23 janvier 1962'],
      ['1990-08-01', '1er août 1990'],
    ]);
  });
  it('reads month-day-year, with abbreviations', () => {
    assert.deepEqual(values('adopted on Nov. 28, 1996.'), [['1996-11-28', 'Nov. 28, 1996']]);
    assert.deepEqual(values('February 22, 2026Feb 22, 2026'), [
      ['2026-02-22', 'February 22, 2026'],
      ['2026-02-22', 'Feb 22, 2026'],
    ]);
  });
  it('reads "the 12th day of March 2001" and ISO dates', () => {
    assert.deepEqual(values('this 12th day of March 2001'), [['2001-03-12', '12th day of March 2001']]);
    assert.deepEqual(values('from 1991-12-25 on'), [['1991-12-25', '1991-12-25']]);
  });
  it('rejects impossible dates', () => {
    assert.deepEqual(values('31 June 1961, 29 February 1961, 29 February 1960'), [['1960-02-29', '29 February 1960']]);
  });
  it('ignores words that are not months', () => {
    assert.deepEqual(values('Article 6 1961, the 5 States 2000'), []);
  });
  it('stays fast on long runs of digits and spaces', () => {
    const started = performance.now();
    findDates('1 '.repeat(50_000) + ' x'.repeat(50_000));
    findDates('1' + ' '.repeat(100_000) + 'x');
    assert.ok(performance.now() - started < 2000);
  });
});

describe('numeric, yearless and Juche dates', () => {
  it('gives both readings of a numeric date', () => {
    assert.deepEqual(findNumericDates('Date: 20/06/2024 |'), [{ index: 6, length: 10, dayFirst: '2024-06-20', monthFirst: null }]);
    assert.deepEqual(findNumericDates('03/04/2024')[0], { index: 0, length: 10, dayFirst: '2024-04-03', monthFirst: '2024-03-04' });
  });
  it('finds month-day without a year', () => {
    assert.deepEqual(findYearlessDates('signed … on June 19.'), [{ index: 12, length: 7, month: 6, day: 19 }]);
  });
  it('resolves a month-day to the latest such date on or before the reference', () => {
    assert.equal(resolveYearless(6, 19, '2024-06-20'), '2024-06-19');
    assert.equal(resolveYearless(6, 20, '2024-06-20'), '2024-06-20');
    assert.equal(resolveYearless(12, 30, '2024-01-02'), '2023-12-30');
    assert.equal(resolveYearless(2, 29, '2023-06-01'), '2020-02-29');
  });
  it('never resolves to a date after the reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (month, day, when) => {
          const reference = when.toISOString().slice(0, 10);
          const resolved = resolveYearless(month, day, reference)!;
          assert.ok(resolved <= reference);
          assert.ok(Number(resolved.slice(0, 4)) >= Number(reference.slice(0, 4)) - 1);
        },
      ),
    );
  });
  it('converts Juche dates: Gregorian year = Juche year + 1911', () => {
    assert.deepEqual(findJucheDates('www.kcna.kp (Juche113.6.20.)'), [{ index: 13, length: 14, value: '2024-06-20' }]);
    assert.deepEqual(findJucheDates('Juche 1.4.15')[0]?.value, '1912-04-15');
  });
});

/** [value, the words as sliced by index and length, index] of each date found. */
const located = (text: string) => findDates(text).map((d) => [d.value, text.slice(d.index, d.index + d.length), d.index]);

describe('findDates: dates of signature in words and ordinal forms', () => {
  it('reads English ordinal days, in words and in figures, with "day of"', () => {
    assert.deepEqual(located('Done at Washington, the fourth day of April, 1949.'), [['1949-04-04', 'fourth day of April, 1949', 24]]);
    assert.deepEqual(located('this thirteenth day of September 1993'), [['1993-09-13', 'thirteenth day of September 1993', 5]]);
    assert.deepEqual(located('this 4th day of April 1949'), [['1949-04-04', '4th day of April 1949', 5]]);
    assert.deepEqual(located('on the 4th of April 1949'), [['1949-04-04', '4th of April 1949', 7]]);
    assert.deepEqual(located('on the fourth of April, 1949'), [['1949-04-04', 'fourth of April, 1949', 7]]);
    assert.deepEqual(located('April 4th, 1949'), [['1949-04-04', 'April 4th, 1949', 0]]);
    assert.deepEqual(located('the twenty first day of May 1969'), [['1969-05-21', 'twenty first day of May 1969', 4]]);
  });
  it('reads years in words, up to the last word that continues the number', () => {
    const text = 'on the twenty-first day of May, one thousand nine hundred and sixty-nine, in two copies';
    assert.deepEqual(located(text), [['1969-05-21', 'twenty-first day of May, one thousand nine hundred and sixty-nine', 7]]);
    assert.deepEqual(located('the twenty-sixth day of October of the year nineteen hundred ninety-eight, in two'), [
      ['1998-10-26', 'twenty-sixth day of October of the year nineteen hundred ninety-eight', 4],
    ]);
    assert.deepEqual(located('the twenty-first day of the month of June of the year two thousand and five,'), [
      ['2005-06-21', 'twenty-first day of the month of June of the year two thousand and five', 4],
    ]);
    assert.deepEqual(located('the first day of May in the year one thousand nine hundred and fifty and one other'), [
      ['1950-05-01', 'first day of May in the year one thousand nine hundred and fifty', 4],
    ]);
  });
  it('reads French, Spanish, Dutch and German dates', () => {
    assert.deepEqual(located('le quatre avril mil neuf cent quarante-neuf'), [
      ['1949-04-04', 'quatre avril mil neuf cent quarante-neuf', 3],
    ]);
    assert.deepEqual(located('le 4 avril 1949'), [['1949-04-04', '4 avril 1949', 3]]);
    assert.deepEqual(located('le premier mai mil neuf cent quatre-vingt-dix-neuf.'), [
      ['1999-05-01', 'premier mai mil neuf cent quatre-vingt-dix-neuf', 3],
    ]);
    assert.deepEqual(located('le vingt et un mai deux mille trois'), [['2003-05-21', 'vingt et un mai deux mille trois', 3]]);
    assert.deepEqual(located('le trente et un décembre mil neuf cent soixante et onze'), [
      ['1971-12-31', 'trente et un décembre mil neuf cent soixante et onze', 3],
    ]);
    assert.deepEqual(located('el cuatro de abril de mil novecientos cuarenta y nueve'), [
      ['1949-04-04', 'cuatro de abril de mil novecientos cuarenta y nueve', 3],
    ]);
    assert.deepEqual(located('el 4 de abril de 1949'), [['1949-04-04', '4 de abril de 1949', 3]]);
    assert.deepEqual(located('Gedaan te Washington, de vierde April 1949.'), [['1949-04-04', 'vierde April 1949', 25]]);
    assert.deepEqual(located('de tweeëntwintigste mei 1950'), [['1950-05-22', 'tweeëntwintigste mei 1950', 3]]);
    assert.deepEqual(located('Geschehen zu Bonn am 4. April 1949'), [['1949-04-04', '4. April 1949', 21]]);
    assert.deepEqual(located('am einunddreißigsten Dezember 1949'), [['1949-12-31', 'einunddreißigsten Dezember 1949', 3]]);
  });
  it('reads a Roman month, day first, with the same separator on both sides', () => {
    assert.deepEqual(located('Paris, 4.IV.1949'), [['1949-04-04', '4.IV.1949', 7]]);
    assert.deepEqual(located('4/XII/1949 and 4-IX-1950'), [
      ['1949-12-04', '4/XII/1949', 0],
      ['1950-09-04', '4-IX-1950', 15],
    ]);
    assert.deepEqual(located('4.IV/1949, 4.XIII.1949, 14.IV.19491'), []);
  });
  it('reads no date from a day without a month or a year, nor from "Law 4 of March 1950"', () => {
    assert.deepEqual(located('Law 4 of March 1950; the fourth day of April; fourth day of April, nine; April 1949; in 1951'), []);
    assert.deepEqual(located('the fourth day of April, one thousand'), [['1000-04-04', 'fourth day of April, one thousand', 4]]);
    assert.deepEqual(located('the fourth day of April, nine hundred'), []);
  });
  it('leaves the existing forms as they were', () => {
    assert.deepEqual(located('this 12th day of March 2001 and 1991-12-25'), [
      ['2001-03-12', '12th day of March 2001', 5],
      ['1991-12-25', '1991-12-25', 32],
    ]);
  });
});

describe('findImpossibleDates', () => {
  it('names a date that is no calendar day, and why', () => {
    assert.deepEqual(findImpossibleDates('Done at Paris, the thirty-first day of April, 1949.'), [
      { index: 19, length: 31, reason: 'April has 30 days' },
    ]);
    assert.deepEqual(findImpossibleDates('29 February 1950 and June 31, 1961'), [
      { index: 0, length: 16, reason: '1950 is not a leap year' },
      { index: 21, length: 13, reason: 'June has 30 days' },
    ]);
    assert.deepEqual(findDates('the thirty-first day of April, 1949'), []);
  });
  it('says nothing of valid dates, of unknown months or of dates a valid one covers', () => {
    assert.deepEqual(findImpossibleDates('29 February 1960, 31 Smarch 1961, the fourth day of April 1949'), []);
  });
});

describe('readNumberWords', () => {
  const read = (run: string) => readNumberWords(run);
  it('reads years as English, French and Spanish write them', () => {
    assert.deepEqual(read('one thousand nine hundred and forty-nine'), { value: 1949, length: 40 });
    assert.deepEqual(read('nineteen hundred and forty-nine'), { value: 1949, length: 31 });
    assert.deepEqual(read('two thousand and three'), { value: 2003, length: 22 });
    assert.deepEqual(read('mil neuf cent quatre-vingt-dix-neuf'), { value: 1999, length: 35 });
    assert.deepEqual(read('mille neuf cent soixante-dix'), { value: 1970, length: 28 });
    assert.deepEqual(read('deux mille vingt-quatre'), { value: 2024, length: 23 });
    assert.deepEqual(read('mil novecientos cuarenta y nueve'), { value: 1949, length: 32 });
  });
  it('stops at the first word that does not continue the number', () => {
    assert.deepEqual(read('nine nine'), { value: 9, length: 4 });
    assert.deepEqual(read('forty sixty'), { value: 40, length: 5 });
    assert.deepEqual(read('one thousand nine hundred and forty-nine and one'), { value: 1949, length: 40 });
    assert.deepEqual(read('thousand thousand'), { value: 1000, length: 8 });
    // Each language's "and" where it puts it, and nowhere else.
    assert.deepEqual(read('nine hundred and fifty and two'), { value: 950, length: 22 });
    assert.deepEqual(read('vingt et un'), { value: 21, length: 11 });
    assert.deepEqual(read('vingt et deux'), { value: 20, length: 5 });
    assert.deepEqual(read('cuarenta y nueve'), { value: 49, length: 16 });
    assert.deepEqual(read('veinte y nueve'), { value: 20, length: 6 });
    assert.deepEqual(read('quatre-vingt-onze'), { value: 91, length: 17 });
    assert.equal(read('and'), null);
  });
});

// Writers of the forms, kept apart from the reader's tables so that the properties check one against
// the other.
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const NL_MONTHS = [
  'januari',
  'februari',
  'maart',
  'April',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const EN_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']; // prettier-ignore
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']; // prettier-ignore
const FR_ONES = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
  'quatorze', 'quinze', 'seize']; // prettier-ignore
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const NL_ORDINALS = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste']; // prettier-ignore
const NL_ONES = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];

const enBelow100 = (n: number): string => (n < 20 ? EN_ONES[n]! : EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_ONES[n % 10]}` : ''));
const enOrdinal = (d: number): string =>
  d < 20
    ? EN_ORDINALS[d]!
    : d % 10 === 0
      ? `${EN_TENS[d / 10]!.slice(0, -1)}ieth`
      : `${EN_TENS[Math.floor(d / 10)]}-${EN_ORDINALS[d % 10]}`;
function enYear(y: number): string {
  const hundreds = Math.floor((y % 1000) / 100);
  const parts = [`${EN_ONES[Math.floor(y / 1000)]} thousand`];
  if (hundreds) parts.push(`${EN_ONES[hundreds]} hundred`);
  if (y % 100) parts.push(`and ${enBelow100(y % 100)}`);
  return parts.join(' ');
}
function frBelow100(n: number): string {
  if (n <= 16) return FR_ONES[n]!;
  if (n < 20) return `dix-${FR_ONES[n - 10]}`;
  const tens = Math.floor(n / 10);
  if (tens === 7) return n === 71 ? 'soixante et onze' : `soixante-${frBelow100(n - 60)}`;
  if (tens >= 8) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${frBelow100(n - 80)}`;
  const unit = n % 10;
  return unit === 0 ? FR_TENS[tens]! : unit === 1 ? `${FR_TENS[tens]} et un` : `${FR_TENS[tens]}-${FR_ONES[unit]}`;
}
function frYear(y: number): string {
  const thousands = Math.floor(y / 1000);
  const hundreds = Math.floor((y % 1000) / 100);
  const parts = [thousands === 1 ? 'mil' : `${FR_ONES[thousands]} mille`];
  if (hundreds) parts.push(hundreds === 1 ? 'cent' : `${FR_ONES[hundreds]} cent${y % 100 ? '' : 's'}`);
  if (y % 100) parts.push(frBelow100(y % 100));
  return parts.join(' ');
}
const nlOrdinal = (d: number): string =>
  d <= 20
    ? NL_ORDINALS[d]!
    : d === 30
      ? 'dertigste'
      : d === 31
        ? 'eenendertigste'
        : `${NL_ONES[d - 20]}${[2, 3].includes(d - 20) ? 'ën' : 'en'}twintigste`;
const suffix = (d: number): string =>
  d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';

const FORMS: ReadonlyArray<[string, (y: number, m: number, d: number) => string]> = [
  ['D Month YYYY', (y, m, d) => `${d} ${EN_MONTHS[m - 1]} ${y}`],
  ['Month D, YYYY', (y, m, d) => `${EN_MONTHS[m - 1]} ${d}, ${y}`],
  ['Month Dth, YYYY', (y, m, d) => `${EN_MONTHS[m - 1]} ${d}${suffix(d)}, ${y}`],
  ['Dth day of Month YYYY', (y, m, d) => `${d}${suffix(d)} day of ${EN_MONTHS[m - 1]} ${y}`],
  ['ordinal day of Month, YYYY', (y, m, d) => `${enOrdinal(d)} day of ${EN_MONTHS[m - 1]}, ${y}`],
  ['ordinal day of Month, year in words', (y, m, d) => `${enOrdinal(d)} day of ${EN_MONTHS[m - 1]}, ${enYear(y)}`],
  ['French in words', (y, m, d) => `${d === 1 ? 'premier' : frBelow100(d)} ${FR_MONTHS[m - 1]} ${frYear(y)}`],
  ['Dutch ordinal', (y, m, d) => `${nlOrdinal(d)} ${NL_MONTHS[m - 1]} ${y}`],
  ['German D. Month YYYY', (y, m, d) => `${d}. ${DE_MONTHS[m - 1]} ${y}`],
  ['Spanish D de mes de YYYY', (y, m, d) => `${d} de ${ES_MONTHS[m - 1]} de ${y}`],
  ['D.ROMAN.YYYY', (y, m, d) => `${d}.${ROMAN[m - 1]}.${y}`],
  ['ISO', (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`],
];

const validDate = fc
  .record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => isValidDate(y, m, d));
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('findDates: properties', () => {
  it('reads any valid date in each written form as exactly that date, at exactly its words', () => {
    fc.assert(
      fc.property(
        validDate,
        fc.constantFrom(...FORMS),
        fc.constantFrom('', 'Done at Washington, the ', 'on ', 'le ', '(signed '),
        fc.constantFrom('', '.', ', in two copies.', ' and ratified', ')'),
        ({ y, m, d }, [, write], before, after) => {
          const written = write(y, m, d);
          assert.deepEqual(located(before + written + after), [[iso(y, m, d), written, before.length]]);
          assert.deepEqual(findImpossibleDates(before + written + after), []);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('reads no date, and names an impossible one, for a day past the end of its month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 31 }),
        fc.constantFrom(...FORMS.filter(([name]) => name !== 'ISO')),
        (y, m, d, [, write]) => {
          fc.pre(!isValidDate(y, m, d));
          const written = write(y, m, d);
          assert.deepEqual(findDates(written), []);
          assert.deepEqual(
            findImpossibleDates(written).map((i) => [i.index, i.length]),
            [[0, written.length]],
          );
        },
      ),
    );
  });
  it('never throws on any text, and what it finds is in order, apart, and a calendar date', () => {
    const words = ['the', 'fourth', 'day', 'of', 'April', ',', '1949', 'one', 'thousand', 'nine', 'hundred', 'and', 'forty-nine', 'le',
      'quatre', 'avril', 'mil', 'cent', 'de', 'vierde', '4.', 'IV', '.', '31', 'thirty-first', 'février', 'ème', '\n', '___', '..']; // prettier-ignore
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((list) => list.join(' ')),
      fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((list) => list.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const found = findDates(input);
        for (const [i, date] of found.entries()) {
          assert.ok(date.index >= 0 && date.index + date.length <= input.length);
          assert.ok(i === 0 || found[i - 1]!.index + found[i - 1]!.length <= date.index);
          const [y, m, d] = date.value.split('-').map(Number) as [number, number, number];
          assert.ok(isValidDate(y, m, d), date.value);
        }
        for (const impossible of findImpossibleDates(input)) {
          assert.ok(!found.some((f) => f.index < impossible.index + impossible.length && impossible.index < f.index + f.length));
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('stays fast on long runs of number words and ordinals', () => {
    const started = performance.now();
    findDates('one thousand nine hundred and '.repeat(20_000));
    findDates('the fourth day of '.repeat(20_000) + 'April');
    findDates('fourth '.repeat(50_000) + 'April one');
    findImpossibleDates('31 April '.repeat(20_000));
    assert.ok(performance.now() - started < 3000);
  });
});

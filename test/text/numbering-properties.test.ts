/**
 * Properties of article numbering: any generated heading, in any label language and numbering style
 * (digits, Roman, words, compounds joined by "." or "-", lettered series, Latin and letter suffixes),
 * is read with its number exactly where it is printed and the sort key the number encodes; sort keys
 * order like those numbers; articleHeading never throws and reads hostile long lines in linear time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { articleSortKey, compareSortKeys } from '../../src/text/article-number.js';
import type { Article, IngestWarning } from '../../src/model/document.js';
import { checkSequence, isArticleStart } from '../../src/text/articles.js';
import { layout } from '../../src/text/layout.js';
import { splitLines } from '../../src/text/lines.js';
import { ARTICLE_LABELS, articleHeading } from '../../src/text/patterns.js';

function flowOf(raw: string) {
  return layout(raw, splitLines(raw)).flow;
}

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const LATIN = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies'];

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

function inWords(n: number, casing: 'upper' | 'title' | 'lower', joiner: '-' | ' '): string {
  const words =
    n < 10 ? [UNITS[n - 1]!] : n < 20 ? [TEENS[n - 10]!] : [TENS[Math.floor(n / 10) - 2]!, ...(n % 10 ? [UNITS[(n % 10) - 1]!] : [])];
  const cased = words.map((w) => (casing === 'upper' ? w.toUpperCase() : casing === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w));
  return cased.join(joiner);
}

/** A number as printed and what it encodes: parts ([kind, value]) and a suffix. */
interface Generated {
  printed: string;
  parts: ['n' | 'l', number][];
  suffix: { kind: 'latin' | 'letter'; rank: number } | null;
  /** Whether the printed number ends in a digit (only then may a letter suffix follow). */
  endsInDigit: boolean;
}

const digits = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.boolean()).map(([n, padded]) => (padded && n < 10 ? `0${n}` : String(n)));
const simple: fc.Arbitrary<Generated> = fc.oneof(
  digits.map((printed) => ({ printed, parts: [['n', Number(printed)]], suffix: null, endsInDigit: true }) as Generated),
  fc.integer({ min: 1, max: 3999 }).map((n) => ({ printed: toRoman(n), parts: [['n', n]], suffix: null, endsInDigit: false }) as Generated),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('upper', 'title', 'lower' as const), fc.constantFrom('-', ' ' as const))
    .map(
      ([n, casing, joiner]) => ({ printed: inWords(n, casing, joiner), parts: [['n', n]], suffix: null, endsInDigit: false }) as Generated,
    ),
);
const compound: fc.Arbitrary<Generated> = fc.oneof(
  // 1.1, 2.3.1, I.1, IV.2.3
  fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 40 }), fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })).map(
    ([roman, first, rest]) =>
      ({
        printed: [roman ? toRoman(first) : String(first), ...rest.map(String)].join('.'),
        parts: [['n', first], ...rest.map((v) => ['n', v])],
        suffix: null,
        endsInDigit: true,
      }) as Generated,
  ),
  // 1-1, 12-03
  fc.tuple(fc.integer({ min: 1, max: 99 }), digits).map(
    ([a, b]) =>
      ({
        printed: `${a}-${b}`,
        parts: [
          ['n', a],
          ['n', Number(b)],
        ],
        suffix: null,
        endsInDigit: true,
      }) as Generated,
  ),
  // C-01, A-12
  fc.tuple(fc.integer({ min: 0, max: 25 }), digits).map(
    ([letter, b]) =>
      ({
        printed: `${String.fromCharCode(65 + letter)}-${b}`,
        parts: [
          ['l', letter + 1],
          ['n', Number(b)],
        ],
        suffix: null,
        endsInDigit: true,
      }) as Generated,
  ),
);
const withSuffix = (base: Generated, spacedLetterAllowed: boolean): fc.Arbitrary<Generated> =>
  fc.oneof(
    fc.constant(base),
    fc
      .tuple(fc.integer({ min: 0, max: LATIN.length - 1 }), fc.constantFrom(' ', '-', ''), fc.boolean())
      .filter(([, joiner]) => joiner !== '' || base.endsInDigit)
      .map(([rank, joiner, upper]) => ({
        ...base,
        printed: `${base.printed}${joiner}${upper ? LATIN[rank]!.toUpperCase() : LATIN[rank]!}`,
        suffix: { kind: 'latin' as const, rank: rank + 1 },
      })),
    ...(base.endsInDigit
      ? [
          fc
            .tuple(fc.integer({ min: 0, max: 25 }), fc.boolean(), fc.boolean())
            .filter(([, spaced]) => spacedLetterAllowed || !spaced)
            .map(([letter, spaced, lower]) => ({
              ...base,
              printed: `${base.printed}${spaced ? ' ' : ''}${String.fromCharCode((lower && !spaced ? 97 : 65) + letter)}`,
              suffix: { kind: 'letter' as const, rank: letter + 1 },
            })),
        ]
      : []),
  );

/** What follows the number: nothing, a stop, a colon, a dash, a heading, a bracketed note. */
const TRAILERS = [
  ['', null],
  ['.', null],
  [':', null],
  [' –', null],
  [' – Definitions', 'Definitions'],
  ['. Scope', 'Scope'],
  [' (as amended)', '(as amended)'],
  [' DEFINITIONS', 'DEFINITIONS'],
] as const;
const LABEL_WORDS = ARTICLE_LABELS.flatMap((entry) => entry.words);

const generatedHeading = fc
  .tuple(fc.constantFrom(...LABEL_WORDS), fc.constantFrom(' ', ' - '), fc.integer({ min: 0, max: TRAILERS.length - 1 }))
  .chain(([label, between, trailer]) => {
    // "3 A DEFINITIONS" reads as a sentence, so a spaced letter suffix goes only before punctuation.
    const spacedLetterAllowed = TRAILERS[trailer]![0] !== ' DEFINITIONS';
    return fc
      .oneof(simple, compound)
      .chain((base) => withSuffix(base, spacedLetterAllowed))
      .map((number) => ({ label, between, number, trailer: TRAILERS[trailer]! }));
  });

function expectedKey(g: Generated): string {
  const keys = g.parts.map(([kind, value]) => (kind === 'n' ? String(value).padStart(4, '0') : String.fromCharCode(96 + value)));
  if (g.suffix) keys.push(g.suffix.kind === 'latin' ? LATIN[g.suffix.rank - 1]! : String.fromCharCode(96 + g.suffix.rank));
  return keys.join('.');
}

/** The order a number encodes: part by part, numbers before letters, letter suffixes before Latin ones. */
function modelOrder(a: Generated, b: Generated): number {
  const elements = (g: Generated): number[][] => [
    ...g.parts.map(([kind, value]) => (kind === 'n' ? [0, value] : [1, value])),
    ...(g.suffix ? [g.suffix.kind === 'letter' ? [1, g.suffix.rank] : [1, 100 + g.suffix.rank]] : []),
  ];
  const left = elements(a);
  const right = elements(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    for (let j = 0; j < 2; j++) if (left[i]![j] !== right[i]![j]) return left[i]![j]! - right[i]![j]!;
  }
  return left.length - right.length;
}

describe('numbering properties', () => {
  it('reads any generated heading with its number exactly where it is printed', () => {
    fc.assert(
      fc.property(generatedHeading, ({ label, between, number, trailer }) => {
        const text = `${label}${between}${number.printed}${trailer[0]}`;
        const heading = articleHeading(text);
        assert.ok(heading, text);
        const numberStart = label.length + between.length;
        assert.equal(heading.numberStart, numberStart, text);
        assert.equal(heading.number, number.printed, text);
        assert.equal(text.slice(heading.numberStart, heading.labelEnd), number.printed, text);
        assert.equal(heading.restStart === null ? null : text.slice(heading.restStart), trailer[1], text);
        assert.equal(articleSortKey(heading.number), expectedKey(number), text);
        const simpleNumber = number.parts.length === 1 && number.parts[0]![0] === 'n';
        assert.equal(heading.arabic, simpleNumber ? number.parts[0]![1] : null, text);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders sort keys like the numbers they encode', () => {
    const generated = fc.oneof(simple, compound).chain((base) => withSuffix(base, true));
    fc.assert(
      fc.property(generated, generated, (a, b) => {
        const order = Math.sign(compareSortKeys(articleSortKey(a.printed), articleSortKey(b.printed)));
        assert.equal(order, Math.sign(modelOrder(a, b)), `${a.printed} / ${b.printed}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string', () => {
    const alphabet = fc.constantFrom(...'ARTICLEarticle Artikel.-–—:()[]0123456789IVXLCDM bisterONETWENTY-Fifth\t'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), fc.constantFrom('', 'Article ', 'ARTICLE ', 'Art.'), (chars, prefix) => {
        const text = prefix + chars.join('');
        const heading = articleHeading(text);
        if (heading) {
          assert.ok(heading.numberStart < heading.labelEnd && heading.labelEnd <= text.length);
          assert.ok(heading.restStart === null || (heading.restStart >= heading.labelEnd && heading.restStart < text.length));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a long line in time linear in its length (no backtracking blow-up)', () => {
    const n = 200_000;
    const hostile = [
      'Article ' + '1.'.repeat(n / 2),
      'ARTICLE ' + 'I'.repeat(n),
      'ARTICLE ' + 'I-'.repeat(n / 2),
      'Article 1 ' + '('.repeat(n),
      'Article 1' + ' '.repeat(n) + 'x',
      'ARTICLE TWENTY' + '-TWENTY'.repeat(n / 7),
      'Article 1 ' + 'A'.repeat(n) + 'a',
      'Article 1 – ' + 'a'.repeat(n),
      'Art.' + '1A'.repeat(n / 2),
    ];
    for (const text of hostile) {
      const started = performance.now();
      articleHeading(text);
      const flow = flowOf(`Article 1\n\nOne.\n${text}\n`);
      isArticleStart(flow, flow.length - 1);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 500, `${text.slice(0, 20)}…: ${elapsed.toFixed(0)} ms`);
    }
  });

  it('finds no sequence fault in a numbering that runs in order, and one where a number is skipped', () => {
    const styles: ((k: number, perGroup: number) => string)[] = [
      (k) => String(k),
      (k) => toRoman(k),
      (k) => inWords(k, 'upper', '-'),
      (k, m) => `${Math.floor((k - 1) / m) + 1}.${((k - 1) % m) + 1}`,
      (k, m) => `${toRoman(Math.floor((k - 1) / m) + 1)}.${((k - 1) % m) + 1}`,
      (k, m) => `${Math.floor((k - 1) / m) + 1}-${((k - 1) % m) + 1}`,
      // Letters A–Z only: with at most 50 numbers in groups of at least 2, at most 25 groups.
      (k, m) => `${String.fromCharCode(65 + Math.floor((k - 1) / m))}-${String(((k - 1) % m) + 1).padStart(2, '0')}`,
    ];
    const articleOf = (number: string): Article => ({
      number,
      arabic: null,
      sortKey: articleSortKey(number),
      division: null,
      label: { text: `Article ${number}`, spans: [{ start: 0, end: 1 }] },
      heading: null,
      paragraphs: [],
      text: '',
      spans: [],
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: styles.length - 1 }),
        fc.integer({ min: 2, max: 50 }),
        fc.integer({ min: 2, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 49 }), { nil: null }),
        fc.option(fc.integer({ min: 2, max: 49 }), { nil: null }),
        (style, count, perGroup, bisAfter, skipped) => {
          const numbers: string[] = [];
          for (let k = 1; k <= count; k++) {
            numbers.push(styles[style]!(k, perGroup));
            if (k === bisAfter) numbers.push(`${numbers[numbers.length - 1]!} bis`);
          }
          const warnings: IngestWarning[] = [];
          checkSequence(numbers.map(articleOf), warnings);
          assert.deepEqual(warnings, [], numbers.join(', '));
          // Leaving out a number that is neither the first nor the last gives one warning, at the next
          // one; in a grouped style, not the last of its group either (1.1, 1.2, 2.1 cannot tell that a
          // 1.3 is missing).
          if (skipped === null || skipped >= count || (style >= 3 && skipped % perGroup === 0)) return;
          const missing = styles[style]!(skipped, perGroup);
          const gapped = numbers.filter((n) => n !== missing && n !== `${missing} bis`);
          const gapWarnings: IngestWarning[] = [];
          checkSequence(gapped.map(articleOf), gapWarnings);
          const next = styles[style]!(skipped + 1, perGroup);
          const before = gapped[gapped.indexOf(next) - 1]!;
          assert.deepEqual(
            gapWarnings.map((w) => w.message),
            [`Article ${next} follows Article ${before}`],
            gapped.join(', '),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

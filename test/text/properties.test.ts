/**
 * Properties of ingest over any input: it ends (quickly), refuses only with an InputError, and what it
 * returns is schema-valid, with every span inside the text, every text equal to its spans' text, and
 * no two leaf pieces overlapping.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../src/model/diagnostic.js';
import { StructuredDocument } from '../../src/model/document.js';
import { ingest } from '../../src/text/index.js';
import { assertLeavesDisjoint, assertSpansInBounds, assertTextsFromSpans } from './support.js';

function checkIngest(raw: string): void {
  let doc: StructuredDocument;
  try {
    doc = ingest(raw, 'prop.txt');
  } catch (error) {
    assert.ok(error instanceof InputError, `unexpected ${error instanceof Error ? error.stack : String(error)}`);
    return;
  }
  // Valid, and with its keys in the schema's order (ingest orders them without parsing).
  assert.equal(JSON.stringify(StructuredDocument.parse(doc)), JSON.stringify(doc));
  assert.equal(doc.source.length, raw.length);
  assertSpansInBounds(raw, doc);
  assertTextsFromSpans(raw, doc);
  assertLeavesDisjoint(doc);
}

const word = fc.constantFrom(
  'the',
  'Parties',
  'shall',
  'Treaty',
  'of',
  'and',
  'Far',
  'East',
  'KOREA',
  'Moscow',
  'State',
  'consult',
  'war',
  'peace,',
  'aims.',
  'follows:',
  'Republics:',
  '—',
  '"',
  '¹',
  '²',
  'km²',
);
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));
const month = fc.constantFrom('January', 'June', 'July', 'Feb', 'juillet', 'Nov.');

/** Lines in the shapes ingest looks for, and near misses. */
const treatyLine = fc.oneof(
  words,
  fc
    .tuple(
      fc.constantFrom('Article', 'ARTICLE', 'Art.', '*Article', '#### *Article'),
      fc.constantFrom('1', '2', 'V', 'IV', 'XII', '3 bis', '51 of the', '12.3'),
      fc.constantFrom('', '*', ' – Definitions', '. Scope', ' DEFINITIONS', '. The Parties shall act.'),
    )
    .map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom('1.', '2)', '(3)', '(a)', '(b)', '(i)', '(ii)', '(h)', '(v)', '(A)'), words).map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom('<sup>1</sup>', '<sup>2</sup>', '¹', '[^1]:', '[^1]'), words).map((p) => p.join(' ')),
  fc.tuple(words, fc.constantFrom('<sup>1</sup>', '<sup>2</sup>', '¹', '[^1]'), words).map((p) => p.join('')),
  fc.constantFrom(
    '-0-',
    'This treaty shall be in indefinite effect. -0-',
    '760',
    '- 2 -',
    'Page 3 of 9',
    '---',
    '* * *',
    '**',
    '\f',
    '',
    '',
    '',
    '  ',
  ),
  fc.constantFrom(
    '1962 United Nations — Treaty Series 245',
    '[TRANSLATION — TRADUCTION]',
    '[RUSSIAN TEXT — TEXTE RUSSE]',
    'No. 6045',
    'No. 6045. TREATY OF PEACE<sup>1</sup> BETWEEN A AND B. SIGNED AT MOSCOW, ON 6 JULY 1961',
  ),
  fc.constantFrom(
    'Official texts: Russian and Korean.',
    'Registered by the Union of Soviet Socialist Republics on 23 January 1962.',
    'Textes officiels russe et coréen.',
    'and',
    'et',
  ),
  fc
    .tuple(
      fc.constantFrom('Signed at', 'DONE at', 'Done in duplicate at', 'IN WITNESS WHEREOF', 'Fait à'),
      fc.constantFrom('Moscow', 'Geneva', ''),
      fc.constantFrom(', on 6 July 1961', ' this 12th day of March 2001', '', ', in two copies, each in the Russian and Korean languages.'),
    )
    .map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom('For the', 'By authorization of the', 'On behalf of'), words, fc.constantFrom(':', '')).map((p) => p.join(' ')),
  fc.constantFrom(
    'N. KHRUSHCHEV',
    'KIM IL SUNG',
    'The Presidium of the Supreme Soviet: Nikita Khrushchev, Chairman;',
    'Have agreed as follows:',
    'have appointed as their plenipotentiaries:',
  ),
  fc
    .tuple(fc.constantFrom('Pyongyang', 'Moscow', 'X'), month, fc.integer({ min: 0, max: 32 }), fc.constantFrom('KCNA', 'TASS', ''), words)
    .map(([place, m, d, agency, text]) => `${place}, ${m} ${d} (${agency}) -- ${text}`),
  fc
    .tuple(month, fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1900, max: 2100 }))
    .map(([m, d, y]) => `${m} ${d}, ${y}${m.slice(0, 3)} ${d}, ${y}`),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1000, max: 3000 }))
    .map(([a, b, y]) => `Date: ${a}/${b}/${y} | Source: KCNA.kp (En) | Read original version at source`),
  fc.constantFrom(
    'www.kcna.kp (Juche113.6.20.)',
    'www.kcna.kp (Juche113.2.30.)',
    'https://example.org',
    'More From KCNA.kp (En)',
    'More Articles',
    'KCNA KCNA.kp (En)',
  ),
);

const treatyDocument = fc
  .tuple(fc.array(treatyLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

describe('ingest properties', () => {
  it('holds on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkIngest), { numRuns: 500 });
  });
  it('holds on arbitrary printable text with line breaks', () => {
    const unit = fc.oneof(
      fc.constantFrom('\n', '\n\n', '\r\n', ' ', '\t', '\f', '<sup>1</sup>', '-0-', '*', '#'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 120 }).map((parts) => parts.join('')),
        checkIngest,
      ),
      { numRuns: 500 },
    );
  });
  it('holds on documents assembled from treaty-like lines', () => {
    fc.assert(fc.property(treatyDocument, checkIngest), { numRuns: 1500 });
  });
});

// Hostile inputs must finish (no catastrophic backtracking): a generous timeout guards against a
// hang without turning a unit test into a speed measurement (speed is `npm run bench`'s business).
const HANG_GUARD = { timeout: 120_000 };

describe('ingest finishes on hostile input', () => {
  it('refuses a file of more lines than a document has, before structuring it', HANG_GUARD, () => {
    assert.throws(
      () => ingest('x\n'.repeat(300_000), 'lines.txt'),
      (error: unknown) =>
        error instanceof InputError && error.message === 'too many lines to be one document: 300001 lines; the limit is 200000',
    );
  });
  const cases: [string, string][] = [
    ['one 5 MB line', 'a'.repeat(5_000_000)],
    ['199 999 article headings', 'Article 1\n'.repeat(199_999)],
    ['a long run of spaces after a digit', '1' + ' '.repeat(1_000_000) + 'x'],
    ['nested-looking brackets and dashes', '(('.repeat(200_000) + '--'.repeat(200_000)],
    ['a 1 MB line of capitals after an article number', 'Article 1 ' + 'A'.repeat(1_000_000) + 'a'],
    ['a long dateline-like line', 'Pyongyang, June 20 (' + 'K'.repeat(500_000)],
    ['many footnote markers', '<sup>1</sup>'.repeat(100_000)],
    ['many short blocks', 'x\n\n'.repeat(99_999)],
    [
      'many footnotes, markers and interrupted sentences',
      'Article 1\n\n' + 'in the Far<sup>1</sup>\n\n<sup>1</sup> note\n\neast and\n\n'.repeat(20_000),
    ],
  ];
  for (const [name, text] of cases) {
    it(name, HANG_GUARD, () => {
      const doc = ingest(text, 'big.txt');
      assert.ok(doc.source.length === text.length);
    });
  }
});

/**
 * Fuzzing ingestion: random bytes, random strings (lone surrogates included) and random mutations of
 * the real sources (corpus/*\/sources, test/fixtures/text/plain). For every input: an InputError or a
 * document, never another exception; each call within its time bound; every span within the text and
 * every text given by its spans; leaf pieces never overlapping; the same input giving the same output.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError, type StructuredDocument } from '../../src/model/index.js';
import { ingest } from '../../src/text/index.js';
import { assertLeavesDisjoint, assertTextsFromSpans } from '../text/support.js';
import { LONG, mutated, params, Tally } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MARKDOWN_SOURCES = ['north-atlantic-treaty-1949.md', 'anzus-1951-initialled.md'].map((name) =>
  join(ROOT, '..', 'shared', 'sources', name),
);
const SOURCES = [
  ...readdirSync(join(ROOT, 'corpus')).flatMap((treaty) => {
    const dir = join(ROOT, 'corpus', treaty, 'sources');
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(dir, name));
    } catch {
      return [];
    }
  }),
  ...readdirSync(join(ROOT, 'test/fixtures/text/plain')).map((name) => join(ROOT, 'test/fixtures/text/plain', name)),
  // The Markdown editions (front matter, headings, editors' notes), where the checkout has them.
  ...MARKDOWN_SOURCES.filter((path) => existsSync(path)),
].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const BOUND_MS = LONG ? 10_000 : 5_000;
const tallies: Tally[] = [];
after(() => tallies.forEach((tally) => console.log(tally.line())));

function tally(name: string): Tally {
  const t = new Tally(name, BOUND_MS);
  tallies.push(t);
  return t;
}

/** Ingests, checks the invariants, and ingests again for determinism. */
function check(t: Tally, input: Uint8Array | string, label: string): void {
  const once = (): StructuredDocument | InputError => {
    try {
      return ingest(input, 'fuzz.txt');
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error; // anything else is a crash: the property fails with its stack
    }
  };
  const { result, ms } = t.time(label, once);
  assert.ok(ms <= BOUND_MS, `ingest took ${ms.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
  if (result instanceof InputError) {
    const again = once();
    assert.ok(again instanceof InputError);
    assert.deepEqual(again.diagnostics, result.diagnostics);
    return;
  }
  const raw = typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
  assert.equal(result.source.length, raw.length);
  assertTextsFromSpans(raw, result);
  assertLeavesDisjoint(result);
  assert.equal(JSON.stringify(once()), JSON.stringify(result));
}

const describeInput = (input: Uint8Array | string) => (typeof input === 'string' ? input : Buffer.from(input).toString('latin1'));

describe('fuzz: ingest', () => {
  it('random bytes: an InputError or a document, invariants held', () => {
    const t = tally('ingest random bytes');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: LONG ? 20_000 : 2_000 }),
      // Mostly-text bytes reach past the binary checks.
      fc
        .array(fc.constantFrom(...Buffer.from('Article 1 2 (a) <sup>1</sup>\n\n\r\f.:;—é🤝')), { maxLength: LONG ? 20_000 : 2_000 })
        .map((a) => Uint8Array.from(a)),
    );
    fc.assert(
      fc.property(bytes, (input) => check(t, input, describeInput(input))),
      params(40, 4_000),
    );
  });

  it('random strings, lone surrogates included: an InputError or a document, invariants held', () => {
    const t = tally('ingest random strings');
    const unit = fc.oneof(
      fc.constantFrom('Article 1\n', '\n', ' ', '<sup>1</sup>', '\r'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: LONG ? 5_000 : 500 }), (input) => check(t, input, input)),
      params(40, 4_000),
    );
  });

  for (const source of SOURCES) {
    const name = relative(ROOT, source.path);
    it(`mutations of ${name}: invariants held`, () => {
      const t = tally(`ingest mutations of ${name}`);
      fc.assert(
        fc.property(mutated(source.text, LONG ? 12 : 6), (input) => check(t, input, input)),
        params(source.text.length > 20_000 ? 8 : 15, source.text.length > 20_000 ? 800 : 2_000),
      );
    });
  }
});

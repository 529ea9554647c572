/**
 * Every pair of treaties in `corpus/` compares, in both orders: without error, each the mirror of
 * the other, every grade naming a listed rule and every difference showing what each side says, a
 * treaty against itself showing no difference, and the Markdown and HTML reports naming both
 * treaties. The treaties are read from the corpus folders, so a treaty added to the corpus is
 * compared with every other one as soon as it lands.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareTreaties, comparisonHtml, comparisonMarkdown, type TreatyComparison } from '../../src/compare/index.js';
import { assertMirrored, CORPUS_ROOT, realCorpus } from './support.js';

/** The treaty folders of the corpus: every folder holding a treaty.yaml. */
const FOLDERS = readdirSync(CORPUS_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(CORPUS_ROOT, d.name)).includes('treaty.yaml'))
  .map((d) => d.name)
  .sort();

const results = new Map<string, TreatyComparison>();
function compared(a: string, b: string): TreatyComparison {
  const key = `${a}|${b}`;
  let c = results.get(key);
  if (!c) {
    c = compareTreaties(realCorpus(), a, b);
    results.set(key, c);
  }
  return c;
}

/** Every verbatim word a comparison shows stands in the quote of the provision it belongs to. */
function assertWordsQuoted(c: TreatyComparison): void {
  for (const pair of c.matches.flatMap((m) => m.pairs))
    for (const d of pair.differences) {
      // Lifecycle words are the procedural clauses'; an exception's words may be another provision's (the Charter article it names).
      if (d.field.startsWith('lifecycle.') || d.field === 'exceptions') continue;
      assert.ok(d.a !== null || d.b !== null, `${pair.a.id}/${pair.b.id} ${d.field}: neither side has a value`);
      for (const [side, words, quote] of [
        ['a', d.words.a, pair.a.quote],
        ['b', d.words.b, pair.b.quote],
      ] as const) {
        if (words === null) continue;
        // Words may join several passages ("; ", " … "): each must stand in the quote (spacing aside).
        for (const piece of words.split(/; | … /)) {
          const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
          assert.ok(
            squash(quote).includes(squash(piece)),
            `${c.a.id} ${pair.a.id} ↔ ${c.b.id} ${pair.b.id}, ${d.field}: ${side}'s words "${piece}" are not in its quote`,
          );
        }
      }
    }
}

describe('every pair of the corpus', () => {
  it('the corpus folders are the compiled treaties', () => {
    assert.ok(FOLDERS.length >= 2, `treaty folders: ${FOLDERS.join(', ')}`);
    assert.deepEqual(
      realCorpus()
        .treaties.map((t) => t.treaty.id)
        .sort(),
      FOLDERS,
    );
  });

  for (const a of FOLDERS)
    for (const b of FOLDERS) {
      if (a === b) continue;
      it(`${a} → ${b}: compares, and mirrors ${b} → ${a}`, () => {
        const ab = compared(a, b);
        assert.deepEqual([ab.a.id, ab.b.id], [a, b]);
        assertMirrored(ab, compared(b, a));
        // Every grade names a rule the comparison lists with its text.
        const listed = new Set(ab.rules.map((r) => r.id));
        const named = [
          ...ab.matches.flatMap((m) => m.pairs.flatMap((p) => p.differences.map((d) => d.rule))),
          ...[...ab.onlyInA, ...ab.onlyInB].map((o) => o.rule),
          ...ab.lifecycle.map((r) => r.rule),
        ];
        for (const rule of named) assert.ok(listed.has(rule), `rule ${rule} is not listed`);
        // Every provision of each treaty is either aligned or one-sided, once.
        const seenA = [...ab.matches.flatMap((m) => m.a), ...ab.onlyInA.map((o) => o.provision.id)].sort();
        const seenB = [...ab.matches.flatMap((m) => m.b), ...ab.onlyInB.map((o) => o.provision.id)].sort();
        const ids = (id: string) =>
          realCorpus()
            .treaties.find((t) => t.treaty.id === id)!
            .treaty.provisions.map((p) => p.id);
        assert.deepEqual(seenA, ids(a).sort());
        assert.deepEqual(seenB, ids(b).sort());
        assertWordsQuoted(ab);
        const md = comparisonMarkdown(ab);
        const html = comparisonHtml(ab);
        for (const id of [a, b]) {
          assert.ok(md.includes(id), `the Markdown report names ${id}`);
          assert.ok(html.includes(id), `the HTML report names ${id}`);
        }
        assert.doesNotMatch(md + html, /undefined|NaN|\[object Object\]/);
      });
    }

  for (const id of FOLDERS)
    it(`${id} against itself shows no difference`, () => {
      const c = compared(id, id);
      assert.deepEqual([c.onlyInA, c.onlyInB], [[], []]);
      for (const m of c.matches) {
        assert.deepEqual([m.shape, m.a], ['one-to-one', m.b]);
        assert.equal(m.pairs[0]!.score, 1, `${m.a[0]} is wholly alike itself`);
        assert.deepEqual(m.pairs[0]!.differences, [], m.a[0]);
      }
      for (const r of c.lifecycle) assert.deepEqual([r.aspect, r.grade, r.a], [r.aspect, 'same', r.b]);
    });
});

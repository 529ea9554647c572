/**
 * The 1961 USSR–DPRK treaty against the 2024 DPRK–Russia treaty: every provision accounted for, the
 * alignment as reviewed by hand, the mutual-assistance clauses graded field by field, and the whole
 * output pinned as golden files (`UPDATE_GOLDEN=1 npm run test:unit` rewrites them; review the diff).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import { comparisonMarkdown } from '../../src/compare/render/markdown.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { comparisonJsonSchemaText, TreatyComparison } from '../../src/compare/schema.js';
import { assertGolden } from '../support/golden.js';
import { GOLDEN_DIR, differenceOf, pairOf, realCorpus } from './support.js';

const A = 'ussr-prk-1961';
const B = 'prk-rus-2024';
const result = compareTreaties(realCorpus(), A, B);

const golden = (name: string, actual: string) => assertGolden(join(GOLDEN_DIR, name), actual);

describe('ussr-prk-1961 → prk-rus-2024', () => {
  it('every provision of both treaties appears exactly once: aligned or in one treaty only', () => {
    const corpus = realCorpus();
    for (const [side, id] of [
      ['a', A],
      ['b', B],
    ] as const) {
      const all = corpus.treaties
        .find((t) => t.treaty.id === id)!
        .treaty.provisions.map((p) => p.id)
        .sort();
      const aligned = result.matches.flatMap((m) => m[side]);
      const only = (side === 'a' ? result.onlyInA : result.onlyInB).map((o) => o.provision.id);
      assert.deepEqual([...aligned, ...only].sort(), all);
      assert.equal(new Set([...aligned, ...only]).size, all.length);
    }
  });

  it('aligns as reviewed: one-to-one, one-to-many, and the rest in one treaty only', () => {
    assert.deepEqual(
      result.matches.map((m) => [m.shape, m.a, m.b]),
      [
        ['one-to-one', ['art1-peace-action'], ['international-bodies']],
        ['one-to-one', ['art1-mutual-assistance'], ['art4-mutual-assistance']],
        ['one-to-many', ['art2-no-hostile-alliance'], ['art5-no-hostile-agreement', 'art5-no-hostile-action']],
        ['one-to-one', ['art3-consultation'], ['art2-exchange-of-views']],
        [
          'one-to-many',
          ['art4-economic-cultural'],
          ['trade-investment', 'economic-zones', 'regional-cooperation', 'inter-regional-ties', 'social-cultural-cooperation'],
        ],
        ['one-to-one', ['art6-duration-renewal'], ['indefinite-effect']],
      ],
    );
    assert.deepEqual(
      result.onlyInA.map((o) => [o.provision.id, o.grade]),
      [
        ['art5-korean-unification', 'narrows'],
        ['art6-entry-into-force', 'same'],
      ],
    );
    assert.deepEqual(
      result.onlyInB.map((o) => [o.provision.id, o.grade]),
      [
        ['art1-strategic-partnership', 'widens'],
        ['strategic-stability', 'widens'],
        ['art3-threat-consultation', 'widens'],
        ['art8-joint-defence-measures', 'widens'],
        ['science-technology', 'widens'],
        ['art16-oppose-unilateral-measures', 'widens'],
        ['counter-unilateral-measures', 'widens'],
        ['transnational-threats', 'widens'],
        ['information-security', 'widens'],
        ['sectoral-agreements', 'widens'],
      ],
    );
  });

  it('the mutual-assistance clauses: trigger, timing, means and legal bound graded', () => {
    const pair = pairOf(result, 'art1-mutual-assistance', 'art4-mutual-assistance');
    assert.ok(pair.score > 0.8);
    assert.deepEqual(
      pair.differences.map((d) => [d.field, d.grade, d.rule]),
      [
        ['trigger.text', 'narrows', 'wording-table'],
        ['act.text', 'same', 'wording-table'],
        ['timing', 'same', 'timing-readings'],
        ['means', 'same', 'means-extent'],
        ['legal-bound', 'narrows', 'legal-bound'],
      ],
    );
    // The structured trigger is the same (armed attack by any state and a state of war).
    assert.ok(pair.identical.includes('trigger'));
    assert.equal(pair.grade, 'narrows');
    const trigger = differenceOf(pair, 'trigger.text')!;
    assert.equal(
      trigger.a,
      'Should either of the Contracting Parties suffer armed attack by any State or coalition of States and thus find itself in a state of war',
    );
    assert.equal(
      trigger.b,
      'In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states',
    );
    assert.match(trigger.reason, /"suffer armed attack" → "armed invasion": narrower in B/);
    assert.match(trigger.reason, /"any State or coalition of States" → "an individual state or several states": equivalent/);
    assert.match(
      differenceOf(pair, 'timing')!.reason,
      /^same under every reading: "immediately" \(term immediately\) and "without delay" \(term without-delay\)/,
    );
    assert.deepEqual(differenceOf(pair, 'means')!.words, {
      a: 'with all the means at its disposal',
      b: 'with all means in its possession',
    });
    assert.equal(
      differenceOf(pair, 'legal-bound')!.b,
      'in accordance with Article 51 of the UN Charter and the laws of the DPRK and the Russian Federation',
    );
  });

  it('lifecycle side by side: entry into force, duration, renewal, notice, withdrawal, agreement, and membership (none in either)', () => {
    assert.deepEqual(
      result.lifecycle.map((r) => [r.aspect, r.grade]),
      [
        ['entry-into-force', 'same'],
        ['duration', 'same'],
        ['renewal', 'unclear'],
        ['notice', 'widens'],
        ['withdrawal', 'same'],
        ['termination-by-agreement', 'same'],
        ['withdrawal-of-one-party', 'same'],
        ['accession', 'same'],
        ['parties', 'same'],
        ['suspension', 'same'],
        ['ends-on-outside-event', 'same'],
        ['minimum-parties', 'same'],
        ['survival', 'same'],
      ],
    );
    // Both bilateral, closed, with no suspension, outside end, minimum or survival: the same words on both sides.
    for (const r of result.lifecycle.slice(6).filter((r) => r.aspect !== 'parties')) assert.equal(r.a, r.b, r.aspect);
    // Two parties each, none joined: as many parties, other states.
    const parties = result.lifecycle.find((r) => r.aspect === 'parties')!;
    assert.deepEqual(
      [parties.a, parties.b, parties.reason],
      [
        '2 original parties (SUN, PRK); no accession recorded (recorded history)',
        '2 original parties (PRK, RUS); no accession recorded (recorded history)',
        'as many states have been parties (2) by the recorded history',
      ],
    );
    assert.match(result.lifecycle[1]!.reason, /both run with no end date \(A by automatic renewal\)/);
    assert.match(result.lifecycle[3]!.reason, /VCLT Art\. 56/);
  });

  it('every summary claim rests on named provisions and their exact words', () => {
    const quotes = new Map(
      realCorpus().treaties.flatMap((t) => t.treaty.provisions.map((p) => [`${t.treaty.id}/${p.id}`, p.quote.text] as const)),
    );
    for (const claim of result.summary.slice(1)) {
      assert.ok(claim.basis.length, claim.text);
      for (const b of claim.basis) {
        const quote = quotes.get(`${b.treaty}/${b.provision}`);
        assert.ok(quote, `${b.treaty}/${b.provision}`);
        assert.ok(quote.includes(b.words), `"${b.words}" is not in the quote of ${b.provision}`);
      }
    }
    assert.match(
      result.summary.find((c) => c.text.includes('Art. 1(2) → prk-rus-2024 Art. 4'))!.text,
      /"immediately" and "without delay" give the same deadline under every reading of the vocabulary/,
    );
  });

  it('the output is valid against its schema and deterministic', () => {
    TreatyComparison.parse(result);
    assert.equal(JSON.stringify(compareTreaties(realCorpus(), A, B)), JSON.stringify(result));
  });

  it('golden: the full JSON', () => golden(`${A}--${B}.json`, JSON.stringify(result, null, 2) + '\n'));
  it('golden: the Markdown report', () => golden(`${A}--${B}.md`, comparisonMarkdown(result)));
});

describe('a treaty compared with itself', () => {
  for (const id of [A, B]) {
    it(`${id}: no differences`, () => {
      const self = compareTreaties(realCorpus(), id, id);
      assert.deepEqual(self.onlyInA, []);
      assert.deepEqual(self.onlyInB, []);
      for (const m of self.matches) {
        assert.equal(m.shape, 'one-to-one');
        assert.equal(m.a[0], m.b[0]);
        assert.deepEqual(m.pairs[0]!.differences, []);
      }
      for (const r of self.lifecycle) assert.deepEqual([r.grade, r.a], ['same', r.b]);
    });
  }
});

describe('the published comparison schema', () => {
  it('schemas/comparison.schema.json is current and accepts the 1961 → 2024 golden comparison', () => {
    const root = join(import.meta.dirname, '..', '..');
    const text = readFileSync(join(root, 'schemas', 'comparison.schema.json'), 'utf8');
    assert.equal(text, comparisonJsonSchemaText(), 'run `npm run schemas`');
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(text));
    const golden = JSON.parse(readFileSync(join(root, 'test/fixtures/compare/golden/ussr-prk-1961--prk-rus-2024.json'), 'utf8'));
    assert.ok(validate(golden), JSON.stringify(validate.errors));
  });
});

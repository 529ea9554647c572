// Covers src/engine/reading-terms.ts: the contested terms a treaty is read by, from its provisions
// (a timing qualifier's term, the reading behind a situation its trigger names, the kinds that count
// by reading) and its lifecycle clause read in more than one way; GET /api/treaties/{id} gives them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { treatyReadingTerms } from '../../src/engine/index.js';
import type { CompiledTreaty } from '../../src/model/index.js';
import { loadRealCorpus } from './support.js';

describe('treatyReadingTerms', () => {
  const corpus = loadRealCorpus();
  const terms = (id: string) =>
    treatyReadingTerms(
      corpus.treaties.find((t) => t.treaty.id === id)!,
      corpus.vocabulary,
    );

  it('finds each treaty’s terms: qualifiers, a fluent’s reading behind a trigger, kinds by reading, a clause by reading', () => {
    // Art. 4 "without delay" and "a state of war" (armed hostilities or a declaration); Art. 3 "immediately".
    assert.deepEqual(terms('prk-rus-2024'), ['immediately', 'state-of-war', 'without-delay']);
    // Art. 5 "such action as it deems necessary" (kinds by reading), "forthwith"; Art. 13 read two ways.
    assert.deepEqual(terms('north-atlantic-1949'), ['deems-necessary', 'forthwith', 'immediately', 'twenty-years-in-force']);
    assert.deepEqual(terms('anzus-1951'), ['cease-to-be-member', 'immediately']);
    assert.deepEqual(terms('ussr-prk-1961'), ['immediately', 'state-of-war']);
  });

  it('finds none where a treaty names no term, and a term the vocabulary lacks is not one', () => {
    const t = corpus.treaties.find((x) => x.treaty.id === 'ussr-prk-1961')!;
    const bare: CompiledTreaty = { ...t, treaty: { ...t.treaty, provisions: [] } };
    assert.deepEqual(treatyReadingTerms(bare, corpus.vocabulary), []);
    assert.deepEqual(treatyReadingTerms(t, { ...corpus.vocabulary, terms: [] }), []);
  });
});

// Covers src/faces/web/lib/termsUsed.ts: the contested terms a treaty uses, from its provisions, clauses and the fluents it names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { termsUsed, termsUsedBy } from '../../src/faces/web/lib/termsUsed.js';

const term = (id: string) => ({ id, text: [id], description: id, readings: [{ id: 'a', description: 'a' }], default: 'a' });
const vocabulary = {
  terms: [term('state-of-war'), term('without-delay'), term('deems-necessary'), term('twenty-years'), term('unused')],
  fluents: [
    {
      id: 'state-of-war',
      description: 'at war',
      initiatedBy: [
        { event: 'armed-attack', subject: 'against' as const, when: { 'state-of-war': 'armed-hostilities' } },
        { event: 'war-declared', subject: 'against' as const },
      ],
      terminatedBy: [],
    },
    { id: 'threat', description: 'threatened', initiatedBy: [{ event: 'threat', subject: 'against' as const }], terminatedBy: [] },
  ],
};

describe('termsUsed', () => {
  it('finds a timing qualifier’s term, the fluent’s reading behind a trigger, kinds by reading and a clause by reading', () => {
    const treaty = {
      lifecycle: { duration: { type: 'by-reading', term: 'twenty-years', readings: {} } },
      provisions: [
        {
          id: 'art4',
          trigger: { all: [{ event: 'armed-attack' }, { fluent: 'state-of-war', subject: 'attacked-party' }] },
          qualifiers: [{ type: 'timing', text: 'without delay', term: 'without-delay' }],
        },
        { id: 'art5', act: { kindByReading: { term: 'deems-necessary', readings: { 'any-action': ['military'] } } } },
      ],
    };
    assert.deepEqual([...termsUsed(treaty, vocabulary)].sort(), ['deems-necessary', 'state-of-war', 'twenty-years', 'without-delay']);
  });

  it('finds none where the treaty names no term, a fluent without readings, or a duration called "term"', () => {
    const treaty = { lifecycle: { duration: { type: 'fixed', term: 'P10Y' } }, provisions: [{ trigger: { fluent: 'threat' } }] };
    assert.deepEqual([...termsUsed(treaty, vocabulary)], []);
  });

  it('lists the terms used by any of several treaties, in the vocabulary’s order', () => {
    const a = { provisions: [{ qualifiers: [{ term: 'without-delay' }] }] };
    const b = { provisions: [{ trigger: { fluent: 'state-of-war' } }] };
    assert.deepEqual(
      termsUsedBy(vocabulary.terms, [a, b], vocabulary).map((t) => t.id),
      ['state-of-war', 'without-delay'],
    );
    assert.deepEqual(termsUsedBy(vocabulary.terms, [], vocabulary), []);
  });
});

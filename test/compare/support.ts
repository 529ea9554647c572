/**
 * Helpers for the comparison tests (not a test file): the real corpus, small treaties built in
 * code from a provision or two, and ways to pick a graded difference out of a comparison.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadRealCorpus } from '../engine/support.js';
import type {
  CompiledCorpus,
  CompiledTreaty,
  ContestedTerm,
  DurationClause,
  EntryIntoForce,
  Lifecycle,
  Provision,
  ScenarioFile,
} from '../../src/model/index.js';
import { compareTreaties } from '../../src/compare/index.js';
import { flip } from '../../src/compare/grade.js';
import type { Field, FieldDifference, PairComparison, TreatyComparison } from '../../src/compare/schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS_ROOT = join(ROOT, 'corpus');
export const GOLDEN_DIR = join(ROOT, 'test', 'fixtures', 'compare', 'golden');
export const SCENARIO_DIR = join(ROOT, 'test', 'fixtures', 'compare', 'scenarios');

/** The corpus in `corpus/` as the engine and the comparison take it. */
export const realCorpus = loadRealCorpus;

/** A timing term for tests: looser than "immediately" under every reading. */
export const WITHIN_A_MONTH: ContestedTerm = {
  id: 'within-a-month',
  text: ['within a month'],
  description: 'test term',
  readings: [
    { id: 'no-fixed-deadline', description: 'none' },
    { id: 'within-one-day', description: 'a month, whatever the reading', deadline: 'P1M' },
    { id: 'within-seven-days', description: 'a month, whatever the reading', deadline: 'P1M' },
  ],
  default: 'no-fixed-deadline',
};

/** A mutual-assistance duty in the shape of the 1961 treaty's: the "before" of most fixture pairs. */
export const ASSISTANCE: Provision = {
  id: 'assistance',
  article: '1',
  kind: 'obligation',
  summary: 'The other party must assist a party attacked and at war.',
  bearer: 'other-party',
  beneficiary: 'attacked-party',
  trigger: {
    all: [
      { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } },
      { fluent: 'state-of-war', subject: 'attacked-party' },
    ],
  },
  triggerText: 'Should either of the Contracting Parties suffer armed attack by any State and thus find itself in a state of war',
  act: { type: 'assistance-provided', kind: ['military', 'other'], description: 'assist', text: 'extend military and other assistance' },
  continuing: false,
  qualifiers: [
    { type: 'timing', text: 'immediately', term: 'immediately' },
    { type: 'means', text: 'with all the means at its disposal', extent: 'all' },
  ],
  tags: ['defence', 'mutual-assistance'],
  quote: {
    source: 'src',
    text: 'Should either of the Contracting Parties suffer armed attack by any State and thus find itself in a state of war, the other Contracting Party shall immediately extend military and other assistance with all the means at its disposal.',
  },
};

export const ENTRY: Provision = {
  id: 'entry',
  article: '9',
  kind: 'procedural',
  summary: 'Entry into force.',
  bearer: 'all-parties',
  continuing: false,
  qualifiers: [],
  tags: ['entry-into-force'],
  quote: { source: 'src', text: 'This Treaty shall enter into force on the exchange of ratifications.' },
};
export const DURATION: Provision = {
  id: 'duration',
  article: '10',
  kind: 'procedural',
  summary: 'Duration.',
  bearer: 'all-parties',
  continuing: false,
  qualifiers: [],
  tags: ['duration'],
  quote: { source: 'src', text: 'This Treaty shall remain in force as its duration clause says.' },
};

export interface FixtureTreaty {
  id: string;
  provisions: Provision[];
  duration?: DurationClause;
  entryIntoForce?: Partial<EntryIntoForce>;
  parties?: string[];
  /** Other lifecycle fields (provisional application, accession…). */
  lifecycle?: Partial<Lifecycle>;
}

/** A treaty of the given provisions plus entry-into-force and duration clauses. */
export function fixtureTreaty(o: FixtureTreaty): CompiledTreaty {
  return {
    treaty: {
      id: o.id,
      titles: { en: `Treaty ${o.id}` },
      shortTitle: `Treaty ${o.id}`,
      parties: o.parties ?? ['PRK', 'RUS'],
      signature: { place: 'Somewhere', date: '2000-01-01' },
      officialLanguages: ['en'],
      sources: [{ id: 'src', file: 'sources/text.txt', language: 'en', translation: false, publisher: 'fixture', provenance: 'fixture' }],
      lifecycle: {
        entryIntoForce: { event: 'ratifications-exchanged', provision: 'entry', ...o.entryIntoForce },
        duration: o.duration ?? { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' },
        durationProvision: 'duration',
        noticeEvent: 'denunciation-notice',
        terminationEvent: 'termination-agreed',
        perParty: false,
        endsOn: [],
        survival: [],
        ...o.lifecycle,
      },
      provisions: [...o.provisions, ENTRY, DURATION],
      nonOperative: [],
    },
    history: [],
    quoteSpans: {},
  };
}

/** The real vocabulary and states with these treaties (and the test timing term). */
export function fixtureCorpus(...treaties: CompiledTreaty[]): CompiledCorpus {
  const base = realCorpus();
  return { states: base.states, vocabulary: { ...base.vocabulary, terms: [...base.vocabulary.terms, WITHIN_A_MONTH] }, treaties };
}

/** An armed attack on PRK by USA and war declared on 2025-03-10, Russia's military aid on 2025-03-12: the behaviour tests' scenario. */
export const ATTACK_ON_PRK: ScenarioFile = {
  title: 'attack',
  history: true,
  drop: [],
  readings: {},
  expect: [],
  events: [
    { id: 'attack', date: '2025-03-10', type: 'armed-attack', by: 'USA', against: 'PRK', source: 'hypothetical' },
    { id: 'war', date: '2025-03-10', type: 'war-declared', by: 'USA', against: 'PRK', source: 'hypothetical' },
    { id: 'aid', date: '2025-03-12', type: 'assistance-provided', by: 'RUS', to: 'PRK', kind: 'military', source: 'hypothetical' },
  ],
};

/** Two fixture treaties compared, their behaviour on ATTACK_ON_PRK included. */
export function compareOnAttack(a: FixtureTreaty, b: FixtureTreaty): TreatyComparison {
  return compareTreaties(fixtureCorpus(fixtureTreaty(a), fixtureTreaty(b)), a.id, b.id, { scenario: ATTACK_ON_PRK });
}

/** A provision like `base` with some fields replaced. */
export function variant(base: Provision, changes: Partial<Provision>): Provision {
  return { ...base, ...changes };
}

/** The pair that compares A's provision `aId` with B's `bId`. */
export function pairOf(c: TreatyComparison, aId: string, bId: string): PairComparison {
  const pair = c.matches.flatMap((m) => m.pairs).find((p) => p.a.id === aId && p.b.id === bId);
  if (!pair) throw new Error(`${aId} and ${bId} are not aligned: ${JSON.stringify(c.matches.map((m) => [m.a, m.b]))}`);
  return pair;
}

/** The graded difference of one field in a pair, or undefined if the field is identical. */
export function differenceOf(pair: PairComparison, field: Field): FieldDifference | undefined {
  return pair.differences.find((d) => d.field === field);
}

function pairsByKey(c: TreatyComparison, swapped: boolean): Map<string, PairComparison> {
  return new Map(c.matches.flatMap((m) => m.pairs).map((p) => [swapped ? `${p.b.id}|${p.a.id}` : `${p.a.id}|${p.b.id}`, p]));
}

const SHAPE_MIRROR = { 'one-to-one': 'one-to-one', 'one-to-many': 'many-to-one', 'many-to-one': 'one-to-many' } as const;

/**
 * compare(A, B) mirrors compare(B, A): the same pairs seen from the other side, each difference
 * with a and b swapped and its grade flipped (widens ↔ narrows), added ↔ removed, the lifecycle rows
 * swapped and flipped.
 */
export function assertMirrored(ab: TreatyComparison, ba: TreatyComparison): void {
  const left = pairsByKey(ab, false);
  const right = pairsByKey(ba, true);
  assert.deepEqual([...left.keys()].sort(), [...right.keys()].sort());
  for (const [key, p] of left) {
    const q = right.get(key)!;
    assert.equal(q.score, p.score, key);
    assert.equal(q.grade, flip(p.grade), key);
    assert.deepEqual(q.identical, p.identical, key);
    assert.deepEqual(
      q.differences.map((d) => ({ field: d.field, grade: d.grade, a: d.a, b: d.b, words: d.words })),
      p.differences.map((d) => ({ field: d.field, grade: flip(d.grade), a: d.b, b: d.a, words: { a: d.words.b, b: d.words.a } })),
      key,
    );
  }
  assert.deepEqual(
    ab.matches.map((m) => [SHAPE_MIRROR[m.shape], [...m.b].sort(), [...m.a].sort()]).sort(),
    ba.matches.map((m) => [m.shape, [...m.a].sort(), [...m.b].sort()]).sort(),
  );
  const only = (list: TreatyComparison['onlyInA'], mirror: boolean) =>
    list.map((o) => ({
      id: o.provision.id,
      change: mirror ? (o.change === 'added' ? 'removed' : 'added') : o.change,
      grade: mirror ? flip(o.grade) : o.grade,
      nearest: o.nearest,
    }));
  assert.deepEqual(only(ab.onlyInA, false), only(ba.onlyInB, true));
  assert.deepEqual(only(ab.onlyInB, false), only(ba.onlyInA, true));
  assert.deepEqual(
    ab.lifecycle.map((r) => [r.aspect, r.a, r.b, flip(r.grade), r.words.a, r.words.b]),
    ba.lifecycle.map((r) => [r.aspect, r.b, r.a, r.grade, r.words.b, r.words.a]),
  );
}

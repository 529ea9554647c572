/**
 * Properties over generated treaties: a treaty compared with itself shows no difference, and the
 * comparison of A with B mirrors that of B with A (the same pairs, a and b swapped, widens ↔
 * narrows, added ↔ removed).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compareTreaties } from '../../src/compare/index.js';
import type {
  DurationClause,
  EntryIntoForce,
  MinimumParties,
  OutsideEnd,
  ProvisionalApplication,
  Suspension,
} from '../../src/model/index.js';
import type { Condition, Provision, Qualifier, Trigger } from '../../src/model/provision.js';
import { assertMirrored, fixtureCorpus, fixtureTreaty } from './support.js';

const CONDITIONS: Condition[] = [
  { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } },
  { event: 'armed-attack', where: { against: 'attacked-party', by: 'USA' } },
  { event: 'armed-attack', where: { against: 'attacked-party' } },
  { fluent: 'state-of-war', subject: 'attacked-party' },
  { fluent: 'direct-threat', subject: 'threatened-party' },
  { event: 'consultation-requested', where: { by: 'party' } },
  { event: 'consultation-requested', where: { by: 'non-party' } },
];
const topic = (c: Condition) => ('inForceFor' in c ? c.inForceFor : 'fluent' in c ? c.fluent : c.event);

const trigger: fc.Arbitrary<Trigger> = fc.oneof(
  fc.constantFrom(...CONDITIONS),
  fc.uniqueArray(fc.constantFrom(...CONDITIONS), { selector: topic, minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.uniqueArray(fc.constantFrom(...CONDITIONS), { selector: topic, minLength: 1, maxLength: 3 }).map((any) => ({ any })),
);

const TRIGGER_TEXTS = [
  'Should either of the Contracting Parties suffer armed attack by any State or coalition of States and thus find itself in a state of war',
  'In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states',
  'In case a direct threat of armed invasion is created against any one of the two sides',
  'If a party is attacked on its territory',
];
const ACT_TEXTS = [
  'extend military and other assistance',
  'provide military and other assistance',
  'consult together',
  'take part in such actions',
];
const QUALIFIERS: Qualifier[] = [
  { type: 'timing', text: 'immediately', term: 'immediately' },
  { type: 'timing', text: 'without delay', term: 'without-delay' },
  { type: 'timing', text: 'within a month', term: 'within-a-month' },
  { type: 'timing', text: 'forthwith' },
  { type: 'means', text: 'with all the means at its disposal', extent: 'all' },
  { type: 'means', text: 'with all means in its possession', extent: 'all' },
  { type: 'means', text: 'all possible assistance', extent: 'possible' },
  { type: 'means', text: 'by peaceful means' },
  {
    type: 'legal-bound',
    text: 'in accordance with Article 51 of the UN Charter',
    instruments: ['Charter of the United Nations, Article 51'],
  },
  { type: 'legal-bound', text: 'in accordance with their laws', instruments: ['laws of the parties'] },
  { type: 'condition', text: 'at the request of any one side' },
  { type: 'subject-to', text: 'taking into account their national laws' },
  { type: 'scope', text: 'in the Far East', regions: ['Far East'] },
  { type: 'scope', text: 'throughout the world', regions: ['world'] },
  { type: 'scope', text: 'within the framework of the UN' },
  { type: 'purpose', text: 'to strengthen peace' },
  { type: 'purpose', text: 'for removing the threat' },
  { type: 'manner', text: 'in a spirit of friendship' },
];
const QUOTES = [
  'The other party shall immediately extend military and other assistance.',
  'The two sides shall consult together on all important international questions.',
  'Each side is obliged not to take part in such actions.',
  'The parties shall develop economic and cultural ties.',
];

/** What counts as performance where the bearer decides, by reading. */
const DISCRETION: NonNullable<NonNullable<Provision['act']>['kindByReading']>[] = [
  { term: 'deems-necessary', readings: { 'any-action': ['military', 'other'], 'armed-force': ['military'] } },
  { term: 'deems-necessary', readings: { 'any-action': ['military', 'other', 'economic'], 'armed-force': ['military'] } },
  { term: 'other-discretion', readings: { narrow: ['other'], broad: ['other', 'economic'] } },
];
const AREAS: NonNullable<Provision['scope']> = [
  'europe',
  'pacific-area',
  { all: ['europe', 'north-atlantic-area'] },
  { of: 'attacked-party', places: 'territory' },
  { of: 'attacked-party', places: 'territory', in: 'europe' },
  { of: 'attacked-party', places: 'forces', in: 'pacific-area' },
];
const EXCEPTIONS: NonNullable<Provision['exceptions']> = [
  {
    id: 'self-defence',
    description: 'self-defence',
    kind: ['self-defence'],
    quote: { source: 'src', text: 'does not impair the inherent right of self-defence' },
  },
  {
    id: 'reported',
    description: 'self-defence reported to the Security Council',
    kind: ['self-defence'],
    requires: { event: 'reported-to-security-council', by: 'bearer', within: 'P1D' },
    quote: { source: 'src', text: 'shall be immediately reported to the Security Council' },
  },
];

const provision: fc.Arbitrary<Omit<Provision, 'id'>> = fc.record({
  article: fc.constantFrom('1', '2', 'unknown'),
  kind: fc.constantFrom('obligation', 'prohibition', 'declaration', 'permission'),
  summary: fc.constant('a generated provision'),
  bearer: fc.constantFrom('each-party', 'all-parties', 'other-party', 'attacked-party'),
  beneficiary: fc.option(fc.constantFrom('other-party', 'each-party', 'attacked-party', 'threatened-party'), { nil: undefined }),
  trigger: fc.option(trigger, { nil: undefined }),
  triggerText: fc.option(fc.constantFrom(...TRIGGER_TEXTS), { nil: undefined }),
  act: fc.option(
    fc.record({
      type: fc.constantFrom('assistance-provided', 'consultations-held', 'hostile-alliance-joined', 'hostile-action-joined'),
      kind: fc.option(fc.subarray(['military', 'other', 'economic'], { minLength: 1 }), { nil: undefined }),
      kindByReading: fc.option(fc.constantFrom(...DISCRETION), { nil: undefined }),
      description: fc.constant('an act'),
      text: fc.option(fc.constantFrom(...ACT_TEXTS), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  continuing: fc.boolean(),
  qualifiers: fc.subarray(QUALIFIERS, { maxLength: 5 }),
  scope: fc.option(fc.subarray(AREAS, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  exceptions: fc.option(fc.subarray(EXCEPTIONS, { minLength: 1 }), { nil: undefined }),
  incomplete: fc.option(fc.constant({ reason: 'the sentence breaks off in the only copy' }), { nil: undefined }),
  tags: fc.subarray(['defence', 'consultation', 'economic', 'peace-security']),
  quote: fc.constantFrom(...QUOTES).map((text) => ({ source: 'src', text })),
});

const DURATIONS: DurationClause[] = [
  { type: 'indefinite' },
  { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y' } },
  { type: 'indefinite', withdrawal: { noticePeriod: 'P6M', minimumInForce: 'P5Y' } },
  { type: 'fixed', term: 'P10Y' },
  { type: 'fixed', term: 'P20Y', withdrawal: { noticePeriod: 'P1Y' } },
  { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' },
  { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P10Y', noticeBefore: 'P6M' },
  { type: 'indefinite', withdrawal: { monthStart: 1, noticeAllowedAfter: 'P20Y' } },
  { type: 'first-term-then-indefinite', initialTerm: 'P10Y', withdrawal: { noticePeriod: 'P6M', monthStart: 1 } },
  { type: 'tied', treaty: 'other' },
  { type: 'tied', treaty: 'another', withdrawal: { noticePeriod: 'P1Y' } },
  { type: 'unknown', reason: 'not in the report' },
  {
    type: 'by-reading',
    term: 'twenty-years',
    readings: {
      'notice-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', noticeAllowedAfter: 'P20Y' } },
      'effect-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P20Y' } },
    },
  },
  { type: 'by-reading', term: 'other-term', readings: { short: { type: 'fixed', term: 'P10Y' }, long: { type: 'fixed', term: 'P20Y' } } },
];

/** Entry-into-force shapes (the act is the fixture's exchange of ratifications unless replaced). */
const ENTRIES: Partial<EntryIntoForce>[] = [
  {},
  { offset: 'P30D' },
  { offset: 'P1M' },
  { monthStart: 1 },
  { offset: 'P3M', monthStart: 1 },
  { notBefore: '2000-01-01' },
  { event: 'instrument-deposited', threshold: { instruments: 2, including: [] } },
  { event: 'instrument-deposited', threshold: { instruments: 3, including: ['USA'] }, laterParties: { offset: 'P30D' } },
  { event: undefined, date: '2000-01-01' },
  { event: undefined, date: '2001-06-01' },
  { event: undefined, unknown: 'not in the report' },
];

const PROVISIONAL: (ProvisionalApplication | undefined)[] = [
  undefined,
  { event: 'treaty-signed', provision: 'entry' },
  { date: '2000-01-01', parties: ['RUS'], provision: 'entry' },
];

/** The membership pieces: a party leaving alone, accession, suspension, outside ends, a minimum, survival. */
const membership = fc.record({
  parties: fc.constantFrom(['PRK', 'RUS'], ['AUS', 'NZL', 'USA']),
  perParty: fc.boolean(),
  accessionEvent: fc.constantFrom(undefined, 'accession-deposited', 'instrument-deposited'),
  suspension: fc.constantFrom<(Suspension | undefined)[]>(
    undefined,
    { event: 'obligations-suspended' },
    { event: 'obligations-suspended', endEvent: 'obligations-resumed' },
    { event: 'operation-suspended', endEvent: 'operation-resumed' },
  ),
  endsOn: fc.subarray<OutsideEnd>([
    { event: 'left-organisation', scope: 'treaty' },
    { event: 'left-organisation', scope: 'party' },
    { event: 'left-union', scope: 'party' },
  ]),
  minimumParties: fc.constantFrom<(MinimumParties | undefined)[]>(undefined, { count: 1 }, { count: 3 }, { count: 5 }),
  /** Survival of generated provisions, by their index (kept when the treaty has that many). */
  survival: fc.array(
    fc.record({
      index: fc.nat({ max: 4 }),
      period: fc.constantFrom('P1Y', 'P5Y', 'P20Y'),
      after: fc.constantFrom('termination' as const, 'withdrawal' as const, 'both' as const),
    }),
    { maxLength: 3 },
  ),
});

const treaty = (id: string) =>
  fc
    .record({
      provisions: fc.array(provision, { maxLength: 5 }),
      duration: fc.constantFrom(...DURATIONS),
      entry: fc.constantFrom(...ENTRIES),
      provisional: fc.constantFrom(...PROVISIONAL),
      membership,
    })
    .map((t) => {
      const { parties, survival, ...pieces } = t.membership;
      // Ids differ between the two treaties (a-p0, b-p0): only the alignment pairs surviving provisions.
      const ids = t.provisions.map((_, i) => `${id}-p${i}`);
      return fixtureTreaty({
        id,
        parties: [...parties],
        provisions: t.provisions.map((p, i) => ({ ...p, id: ids[i]! })),
        duration: t.duration,
        entryIntoForce: t.entry,
        lifecycle: {
          ...(t.provisional ? { provisionalApplication: t.provisional } : {}),
          ...pieces,
          survival: survival
            .filter((s) => s.index < ids.length)
            .map((s) => ({ provisions: [ids[s.index]!], period: s.period, after: s.after })),
        },
      });
    });

describe('comparison properties', () => {
  it('a treaty compared with itself shows no difference', () => {
    fc.assert(
      fc.property(treaty('t'), (t) => {
        const c = compareTreaties(fixtureCorpus(t), 't', 't');
        assert.deepEqual(c.onlyInA, []);
        assert.deepEqual(c.onlyInB, []);
        for (const m of c.matches) {
          assert.equal(m.shape, 'one-to-one');
          assert.deepEqual(m.a, m.b);
          assert.deepEqual(m.pairs[0]!.differences, []);
          assert.equal(m.pairs[0]!.grade, 'same');
        }
        for (const r of c.lifecycle) assert.deepEqual([r.grade, r.a], ['same', r.b]);
      }),
      { numRuns: 300 },
    );
  });

  it('compare(A, B) mirrors compare(B, A)', () => {
    fc.assert(
      fc.property(treaty('a'), treaty('b'), (a, b) => {
        const corpus = fixtureCorpus(a, b);
        assertMirrored(compareTreaties(corpus, 'a', 'b'), compareTreaties(corpus, 'b', 'a'));
      }),
      { numRuns: 300 },
    );
  });
});

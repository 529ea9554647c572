/**
 * The fields multilateral alliances brought to the comparison, one before/after pair each, on fixture
 * treaties: the trigger's actor, the area a duty is bounded to (through a small gazetteer), the
 * bearer's discretion by reading, exceptions, a provision cut off in its source, and the parties over
 * the recorded history. "Before" is A, "after" is B: widens means B commits more.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import type { CompiledTreaty, GazetteerFile, Provision, ProvisionException, RecordedEvent } from '../../src/model/index.js';
import { ASSISTANCE, differenceOf, fixtureCorpus, fixtureTreaty, pairOf, variant } from './support.js';

/** Europe holds Western Europe for good; the North Atlantic area held the Azores only until 2000. */
const GAZETTEER: GazetteerFile = {
  places: [
    { id: 'europe', name: 'Europe', kind: 'region', within: [], partlyWithin: [] },
    { id: 'western-europe', name: 'Western Europe', kind: 'region', within: ['europe'], partlyWithin: [] },
    { id: 'north-atlantic-area', name: 'the North Atlantic area', kind: 'area', within: [], partlyWithin: [] },
    { id: 'azores', name: 'the Azores', kind: 'region', within: [{ place: 'north-atlantic-area', to: '2000-01-01' }], partlyWithin: [] },
    { id: 'pacific-area', name: 'the Pacific Area', kind: 'area', within: [], partlyWithin: [] },
  ],
};

function compare(before: Provision, after: Provision, history: { a?: RecordedEvent[]; b?: RecordedEvent[] } = {}) {
  const a: CompiledTreaty = { ...fixtureTreaty({ id: 'before', provisions: [before] }), history: history.a ?? [] };
  const b: CompiledTreaty = { ...fixtureTreaty({ id: 'after', provisions: [after] }), history: history.b ?? [] };
  return compareTreaties({ ...fixtureCorpus(a, b), gazetteer: GAZETTEER }, 'before', 'after');
}

function graded(before: Provision, after: Provision, field: Parameters<typeof differenceOf>[1]) {
  const d = differenceOf(pairOf(compare(before, after), before.id, after.id), field);
  assert.ok(d, `${field} should differ`);
  return d;
}

const BY_ANYONE = variant(ASSISTANCE, {
  trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-actor' } },
});
const BY_A_STATE = variant(ASSISTANCE, {
  trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } },
});
const inArea = (...scope: NonNullable<Provision['scope']>) => variant(ASSISTANCE, { scope });
const SELF_DEFENCE: ProvisionException = {
  id: 'self-defence',
  description: 'force used in self-defence',
  kind: ['self-defence'],
  quote: { source: 'src', text: 'does not impair the inherent right of self-defence' },
};

describe('the trigger: who may attack', () => {
  it('an attack by anyone (armed groups too) reaches further than one by a state: widens', () => {
    const d = graded(BY_A_STATE, BY_ANYONE, 'trigger');
    assert.deepEqual(
      [d.grade, d.rule, d.reason],
      [
        'widens',
        'trigger-constraints',
        'the same events and fluents, other constraints: "armed-attack" by: any-state → any-actor (matches more events)',
      ],
    );
    assert.equal(graded(BY_ANYONE, BY_A_STATE, 'trigger').grade, 'narrows');
  });
});

describe('the area a duty is bounded to', () => {
  it('an area added narrows, dropped widens; its words are the scope words that name regions', () => {
    const bounded = variant(inArea({ of: 'attacked-party', places: 'territory', in: 'europe' }), {
      qualifiers: [...ASSISTANCE.qualifiers, { type: 'scope', text: 'in Europe', regions: ['Europe'] }],
    });
    const d = graded(ASSISTANCE, bounded, 'area');
    assert.deepEqual(
      [d.grade, d.rule, d.a, d.b, d.words],
      ['narrows', 'area', null, "on the attacked party's territory in Europe", { a: null, b: 'in Europe' }],
    );
    assert.equal(graded(bounded, ASSISTANCE, 'area').grade, 'widens');
    // The regions the words name are the area's words, not graded a second time as a scope.
    assert.equal(differenceOf(pairOf(compare(ASSISTANCE, bounded), 'assistance', 'assistance'), 'scope'), undefined);
  });

  it('a wider area, through the gazetteer: widens; a narrower one narrows', () => {
    const western = inArea({ of: 'attacked-party', places: 'territory', in: 'western-europe' });
    const europe = inArea({ of: 'attacked-party', places: 'territory', in: 'europe' });
    const d = graded(western, europe, 'area');
    assert.deepEqual([d.grade, d.reason], ['widens', "B's area takes in all of A's and more"]);
    assert.equal(graded(europe, western, 'area').grade, 'narrows');
    // A place and a party's territory in it: every attack on the territory lies in the place.
    assert.equal(graded(europe, inArea('europe'), 'area').grade, 'widens');
    assert.equal(graded(inArea('western-europe', 'pacific-area'), inArea('europe', 'pacific-area'), 'area').grade, 'widens');
  });

  it('areas apart, or a containment that held only for a time, are unclear', () => {
    assert.equal(graded(inArea('europe'), inArea('pacific-area'), 'area').grade, 'unclear');
    assert.equal(graded(inArea('azores'), inArea('north-atlantic-area'), 'area').grade, 'unclear');
  });

  it('the same places listed otherwise are the same', () => {
    const d = graded(inArea('europe', 'pacific-area'), inArea('pacific-area', 'europe', 'western-europe'), 'area');
    assert.deepEqual([d.grade, d.reason], ['same', 'the same places, listed otherwise: each lies in the other']);
  });
});

describe("the bearer's discretion: such action as it deems necessary", () => {
  const discretion = variant(ASSISTANCE, {
    act: {
      ...ASSISTANCE.act!,
      kind: undefined,
      kindByReading: { term: 'deems-necessary', readings: { 'any-action': ['military', 'other'], 'armed-force': ['military'] } },
    },
    quote: { source: 'src', text: 'each of them will assist the Party so attacked by taking such action as it deems necessary' },
  });

  it('the kinds that count, reading by reading: fewer under one reading, the same under the other, narrows', () => {
    const d = graded(ASSISTANCE, discretion, 'act.kind');
    assert.deepEqual(
      [d.grade, d.rule, d.reason, d.words],
      [
        'narrows',
        'act-discretion',
        "B leaves what counts as performance to the bearer's judgement, which a reading decides: under armed-force, military, other in A and military in B (narrows)",
        { a: 'extend military and other assistance', b: 'such action as it deems necessary' },
      ],
    );
    assert.equal(graded(discretion, ASSISTANCE, 'act.kind').grade, 'widens');
  });

  it('the same discretion on both sides is no difference', () => {
    assert.equal(differenceOf(pairOf(compare(discretion, discretion), 'assistance', 'assistance'), 'act.kind'), undefined);
  });
});

describe('exceptions and provisions cut off', () => {
  const excepted = variant(ASSISTANCE, { exceptions: [SELF_DEFENCE] });

  it('an exception added narrows (the rule yields), dropped widens', () => {
    const d = graded(ASSISTANCE, excepted, 'exceptions');
    assert.deepEqual(
      [d.grade, d.rule, d.words],
      ['narrows', 'exceptions', { a: null, b: 'does not impair the inherent right of self-defence' }],
    );
    assert.equal(graded(excepted, ASSISTANCE, 'exceptions').grade, 'widens');
  });

  it('a provision cut off in its source is unclear, with its words', () => {
    const cut = variant(ASSISTANCE, { incomplete: { reason: 'the sentence breaks off in the only copy' } });
    const d = graded(ASSISTANCE, cut, 'incomplete');
    assert.deepEqual(
      [d.grade, d.rule, d.b, d.reason, d.words.b],
      [
        'unclear',
        'incomplete',
        'cut off: the sentence breaks off in the only copy',
        "B's provision is cut off in the only source: what the missing words add or take away is not known",
        ASSISTANCE.quote.text,
      ],
    );
  });
});

describe('the parties over the recorded history', () => {
  const accession = (id: string, by: string, date: string): RecordedEvent => ({
    id,
    date,
    type: 'accession-deposited',
    by,
    source: 'fixture',
  });

  it('states that acceded, each with its date, count: more widens', () => {
    const a = fixtureTreaty({ id: 'before', provisions: [ASSISTANCE] });
    const b: CompiledTreaty = {
      ...fixtureTreaty({
        id: 'after',
        provisions: [ASSISTANCE],
        parties: ['AUS', 'NZL', 'USA'],
        lifecycle: { accessionEvent: 'accession-deposited' },
      }),
      history: [accession('e2', 'JPN', '2003-05-01'), accession('e1', 'FJI', '2002-01-01'), accession('e3', 'TON', '2002-01-01')],
    };
    const row = compareTreaties(fixtureCorpus(a, b), 'before', 'after').lifecycle.find((r) => r.aspect === 'parties')!;
    assert.deepEqual(
      [row.a, row.b, row.grade, row.rule, row.reason],
      [
        '2 original parties (PRK, RUS); no accession recorded (recorded history)',
        '3 original parties (AUS, NZL, USA); 3 more by accession: FJI, TON 2002-01-01; JPN 2003-05-01 (recorded history)',
        'widens',
        'parties',
        'more states have been parties to B (6) than to A (2) by the recorded history: its duties bind and are owed to more states',
      ],
    );
  });
});

describe('timing terms that share some readings', () => {
  const term = (id: string, readings: [string, string | undefined][]) => ({
    id,
    text: [id.replace(/-/g, ' ')],
    description: 'test term',
    readings: readings.map(([rid, deadline]) => ({ id: rid, description: rid, ...(deadline ? { deadline } : {}) })),
    default: readings[0]![0],
  });
  const PROMPTLY = term('promptly', [
    ['none', undefined],
    ['one-day', 'P1D'],
    ['one-week', 'P7D'],
  ]);
  const SOON = term('soon', [
    ['none', undefined],
    ['one-week', 'P7D'],
  ]);
  const timed = (t: typeof PROMPTLY) =>
    variant(ASSISTANCE, { qualifiers: [{ type: 'timing', text: t.text[0]!, term: t.id }, ...ASSISTANCE.qualifiers.slice(1)] });
  const run = (before: Provision, after: Provision) => {
    const a = fixtureTreaty({ id: 'before', provisions: [before] });
    const b = fixtureTreaty({ id: 'after', provisions: [after] });
    const base = fixtureCorpus(a, b);
    const corpus = { ...base, vocabulary: { ...base.vocabulary, terms: [...base.vocabulary.terms, PROMPTLY, SOON] } };
    return differenceOf(pairOf(compareTreaties(corpus, 'before', 'after'), 'assistance', 'assistance'), 'timing')!;
  };

  it('the shared readings correspond; a reading only one term gives is compared with every reading of the other', () => {
    const d = run(timed(PROMPTLY), timed(SOON));
    assert.deepEqual(
      [d.grade, d.reason],
      [
        'narrows',
        '"promptly" (term promptly) and "soon" (term soon) share some readings: under the readings both give (none, one-week), the same deadlines; under A\'s own "one-day" (P1D), A is stricter against every reading of B\'s',
      ],
    );
    const back = run(timed(SOON), timed(PROMPTLY));
    assert.deepEqual(
      [back.grade, back.reason],
      [
        'widens',
        '"soon" (term soon) and "promptly" (term promptly) share some readings: under the readings both give (none, one-week), the same deadlines; under B\'s own "one-day" (P1D), B is stricter against every reading of A\'s',
      ],
    );
  });
});

/**
 * The membership rows of issue 14: a party leaving alone, accession, suspension, ends on an outside
 * event, a minimum number of parties, and provisions that survive the end. "Before" is A, "after"
 * is B: widens means B commits more (its duties reach more states, or last longer).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import { RULES } from '../../src/compare/rules.js';
import type { LifecycleAspect, LifecycleRow, TreatyComparison } from '../../src/compare/schema.js';
import type { Provision } from '../../src/model/index.js';
import { ASSISTANCE, type FixtureTreaty, fixtureCorpus, fixtureTreaty, pairOf, variant } from './support.js';

type Side = Omit<FixtureTreaty, 'id'>;

function compare(before: Side, after: Side): TreatyComparison {
  const a = fixtureTreaty({ id: 'before', ...before });
  const b = fixtureTreaty({ id: 'after', ...after });
  return compareTreaties(fixtureCorpus(a, b), 'before', 'after');
}

function rows(before: Partial<Side>, after: Partial<Side>): Record<LifecycleAspect, LifecycleRow> {
  const result = compare({ provisions: [ASSISTANCE], ...before }, { provisions: [ASSISTANCE], ...after });
  return Object.fromEntries(result.lifecycle.map((r) => [r.aspect, r])) as Record<LifecycleAspect, LifecycleRow>;
}

const THREE = ['AUS', 'NZL', 'USA'];

/** A procedural clause of the fixture treaties, with these words. */
const clause = (id: string, article: string, text: string, tags: string[]): Provision => ({
  id,
  article,
  kind: 'procedural',
  summary: `${id}.`,
  bearer: 'all-parties',
  continuing: false,
  qualifiers: [],
  tags,
  quote: { source: 'src', text },
});
const SUSPENSION = clause('suspension', '11', 'A Party may suspend its obligations towards another Party.', ['suspension']);
const MINIMUM = clause('minimum', '12', 'This Treaty shall cease to be in force if the number of Parties falls below the minimum.', [
  'minimum-parties',
]);
const SURVIVAL = clause('survival-clause', '13', 'Article 1 shall continue to apply after this Treaty ends.', ['survival']);
/** A permission, unlike anything else in the fixture treaties. */
const OVERFLIGHT: Provision = {
  id: 'overflight',
  article: '5',
  kind: 'permission',
  summary: 'Each party may fly over the territory of the others.',
  bearer: 'each-party',
  continuing: true,
  qualifiers: [],
  tags: ['aviation'],
  quote: { source: 'src', text: 'Aircraft of each Party may overfly the territory of the other Parties.' },
};

const row = (r: LifecycleRow) => [r.grade, r.rule, r.reason];

describe('a party leaving alone (perParty)', () => {
  it('added widens where a treaty has more than two parties: the others remain bound to one another', () => {
    const r = rows({ parties: THREE }, { parties: THREE, lifecycle: { perParty: true } })['withdrawal-of-one-party'];
    assert.deepEqual(row(r), [
      'widens',
      'withdrawal-alone',
      "in B one party's leaving ends only its own participation: the others remain bound to one another",
    ]);
    assert.deepEqual(
      [r.a, r.b],
      [
        "a party's withdrawal or notice ends the treaty for every party",
        "a party's withdrawal ends its own participation only; the treaty continues among the others",
      ],
    );
    assert.deepEqual(
      [r.provisions, r.words],
      [
        { a: [], b: [] },
        { a: null, b: null },
      ],
    );
  });
  it('dropped narrows; open to accession counts as many-sided even with two parties', () => {
    const open = { accessionEvent: 'accession-deposited' };
    const r = rows({ lifecycle: { ...open, perParty: true } }, { lifecycle: open })['withdrawal-of-one-party'];
    assert.deepEqual(row(r), [
      'narrows',
      'withdrawal-alone',
      "in B one party's leaving ends the treaty for all: the others' duties end with it",
    ]);
  });
  it('between two treaties of two parties, closed to accession, the same: the treaty ends either way', () => {
    const r = rows({}, { lifecycle: { perParty: true } })['withdrawal-of-one-party'];
    assert.deepEqual(row(r), [
      'same',
      'withdrawal-alone',
      'both have two parties and are closed to accession: when one leaves, the other has no party left to be bound to, so the treaty ends either way',
    ]);
  });
  it('the same flag is the same', () => {
    const both = { parties: THREE, lifecycle: { perParty: true } };
    assert.deepEqual(row(rows(both, both)['withdrawal-of-one-party']), ['same', 'withdrawal-alone', 'in both, a party leaves alone']);
  });
});

describe('accession', () => {
  it('opened widens, closed narrows, both open the same whatever the instrument is called', () => {
    const open = (accessionEvent: string) => ({ lifecycle: { accessionEvent } });
    const added = rows({}, open('accession-deposited')).accession;
    assert.deepEqual(row(added), [
      'widens',
      'accession',
      'B is open to accession, A is not: more states can become bound, and a duty owed to each party is owed to more states',
    ]);
    assert.deepEqual(
      [added.a, added.b],
      ['closed: no provision for accession', 'open: a state becomes a party by its instrument of accession ("accession-deposited")'],
    );
    assert.deepEqual(row(rows(open('accession-deposited'), {}).accession), [
      'narrows',
      'accession',
      'B is closed to accession, A is not: no state beyond its own parties can become bound',
    ]);
    assert.deepEqual(row(rows(open('accession-deposited'), open('instrument-deposited')).accession), [
      'same',
      'accession',
      'both open to accession (by "accession-deposited" in A, "instrument-deposited" in B)',
    ]);
    assert.deepEqual(row(rows({}, {}).accession), ['same', 'accession', 'neither is open to accession']);
  });
});

describe('suspension', () => {
  const rule = { event: 'obligations-suspended', endEvent: 'obligations-resumed', provision: 'suspension' };
  const withClause = (suspension: object | undefined) => ({
    provisions: [ASSISTANCE, SUSPENSION],
    lifecycle: suspension ? { suspension: suspension as typeof rule } : {},
  });
  it('added narrows: while suspended no obligation arises; the clause it rests on is named', () => {
    const r = rows({}, withClause(rule)).suspension;
    assert.deepEqual(row(r), [
      'narrows',
      'suspension',
      "B's obligations can be suspended, A's cannot: while suspended no obligation arises",
    ]);
    assert.deepEqual(
      [r.a, r.b],
      [
        'none (only under the general law of treaties: VCLT Arts. 57–60)',
        '"obligations-suspended" suspends the operation of the whole treaty (naming no state), or one party\'s obligations towards another (naming both), until "obligations-resumed" (Art. 11)',
      ],
    );
    assert.deepEqual(
      [r.provisions, r.words],
      [
        { a: [], b: ['suspension'] },
        { a: null, b: SUSPENSION.quote.text },
      ],
    );
  });
  it('dropped widens', () => {
    assert.deepEqual(row(rows(withClause(rule), {}).suspension), [
      'widens',
      'suspension',
      "A's obligations could be suspended, B's cannot",
    ]);
  });
  it('no act ending a suspension narrows against one that an act ends; the reverse widens; other acts are unclear', () => {
    const lasting = { event: rule.event, provision: 'suspension' };
    const r = rows(withClause(rule), withClause(lasting)).suspension;
    assert.deepEqual(row(r), [
      'narrows',
      'suspension',
      'nothing ends a suspension in B, so its suspended obligations stay suspended; in A an act does ("obligations-resumed")',
    ]);
    assert.match(r.b, /; nothing ends a suspension \(Art\. 11\)$/);
    assert.equal(rows(withClause(lasting), withClause(rule)).suspension.grade, 'widens');
    assert.deepEqual(row(rows(withClause(rule), withClause({ ...rule, event: 'operation-suspended' })).suspension), [
      'unclear',
      'suspension',
      'suspended by different acts ("obligations-suspended", "operation-suspended")',
    ]);
    assert.deepEqual(row(rows(withClause(rule), withClause({ ...rule, endEvent: 'operation-resumed' })).suspension), [
      'unclear',
      'suspension',
      'a suspension ends on different acts ("obligations-resumed", "operation-resumed")',
    ]);
    assert.deepEqual(row(rows(withClause(rule), withClause(rule)).suspension), ['same', 'suspension', 'the same suspension rule']);
  });
  it('a rule attested outside the text says who attests it', () => {
    const attested = { event: rule.event, endEvent: rule.endEvent, attestedBy: { cite: 'VCLT Arts. 57–60' } };
    const r = rows({}, { lifecycle: { suspension: attested } }).suspension;
    assert.match(r.b, /\(not in the source text; attested by VCLT Arts\. 57–60\)$/);
    assert.deepEqual([r.grade, r.provisions.b, r.words.b], ['narrows', [], null]);
  });
  it('a suspension clause found in B only takes the grade of the row it sets', () => {
    const result = compare({ provisions: [ASSISTANCE] }, withClause(rule));
    const only = result.onlyInB.find((o) => o.provision.id === 'suspension');
    assert.deepEqual(
      [only?.grade, only?.reason],
      [
        'narrows',
        "a procedural clause with no counterpart in A's text; it sets the suspension, compared in the lifecycle rows: suspension narrows",
      ],
    );
  });
});

describe('ends on an outside event (endsOn)', () => {
  const ends = (...endsOn: { event: string; scope: 'treaty' | 'party' }[]) => ({ lifecycle: { endsOn } });
  it('an outside end added narrows, dropped widens; the text says what it ends', () => {
    const r = rows({}, ends({ event: 'left-organisation', scope: 'party' }))['ends-on-outside-event'];
    assert.deepEqual(row(r), [
      'narrows',
      'outside-end',
      '"left-organisation" ends the participation of the party it names in B, and ends nothing in A',
    ]);
    assert.deepEqual([r.a, r.b], ['none', 'a party ceases to be one on "left-organisation" naming it (no source given)']);
    assert.equal(rows(ends({ event: 'left-organisation', scope: 'treaty' }), {})['ends-on-outside-event'].grade, 'widens');
  });
  it('the same event ending the whole treaty rather than one party narrows; the reverse widens', () => {
    const party = ends({ event: 'left-organisation', scope: 'party' });
    const treaty = ends({ event: 'left-organisation', scope: 'treaty' });
    assert.deepEqual(row(rows(party, treaty)['ends-on-outside-event']), [
      'narrows',
      'outside-end',
      '"left-organisation" ends the treaty in B, and ends the participation of the party it names in A',
    ]);
    assert.equal(rows(treaty, party)['ends-on-outside-event'].grade, 'widens');
    assert.deepEqual(row(rows(treaty, treaty)['ends-on-outside-event']), ['same', 'outside-end', 'the same outside events end the same']);
  });
  it('different events pull both ways: unclear', () => {
    const r = rows(ends({ event: 'left-organisation', scope: 'treaty' }), ends({ event: 'left-union', scope: 'treaty' }));
    assert.deepEqual(row(r['ends-on-outside-event']), [
      'unclear',
      'outside-end',
      '"left-organisation" ends nothing in B, and ends the treaty in A; "left-union" ends the treaty in B, and ends nothing in A',
    ]);
  });
});

describe('minimum number of parties', () => {
  const minimum = (count: number) => ({
    provisions: [ASSISTANCE, MINIMUM],
    lifecycle: { minimumParties: { count, provision: 'minimum' } },
  });
  it('added narrows: the treaty can end while more parties remain', () => {
    const r = rows({}, minimum(3))['minimum-parties'];
    assert.deepEqual(row(r), ['narrows', 'minimum-parties', 'B needs more parties to stay in force (at least 3 against no minimum)']);
    assert.deepEqual([r.a, r.b], ['none set', 'the treaty ends on the first day fewer than 3 parties remain (Art. 12)']);
    assert.deepEqual(r.provisions, { a: [], b: ['minimum'] });
  });
  it('a lower minimum widens; a minimum of one is no minimum', () => {
    assert.deepEqual(row(rows(minimum(5), minimum(3))['minimum-parties']), [
      'widens',
      'minimum-parties',
      'B stays in force with fewer parties (at least 3 against at least 5)',
    ]);
    assert.deepEqual(row(rows({}, minimum(1))['minimum-parties']), ['same', 'minimum-parties', 'a minimum of one party is no minimum']);
    assert.deepEqual(row(rows(minimum(3), minimum(3))['minimum-parties']), ['same', 'minimum-parties', 'the same minimum']);
  });
  it('two minimum clauses are aligned and compared through the row', () => {
    const result = compare(minimum(5), minimum(3));
    const pair = pairOf(result, 'minimum', 'minimum');
    const d = pair.differences.find((x) => x.field === 'lifecycle.minimum-parties');
    assert.deepEqual([d?.grade, d?.rule, pair.grade], ['widens', 'minimum-parties', 'widens']);
  });
});

describe('survival', () => {
  const survives = (period: string, after: 'termination' | 'withdrawal' | 'both', provisions = ['assistance']) => ({
    provisions: [ASSISTANCE, SURVIVAL],
    lifecycle: { survival: [{ provisions, period, after, provision: 'survival-clause' }] },
  });
  it('longer survival of the counterpart widens; the text names the article, the period and the end', () => {
    const r = rows(survives('P5Y', 'both'), survives('P10Y', 'both')).survival;
    assert.deepEqual(row(r), [
      'widens',
      'survival',
      "Art. 1 of A and Art. 1 of B: B's survives longer (after termination: 10 years against 5 years; after a withdrawal: 10 years against 5 years)",
    ]);
    assert.deepEqual(
      [r.a, r.b],
      [
        "Art. 1 continues to apply for 5 years after the treaty's termination or a party's withdrawal (Art. 13)",
        "Art. 1 continues to apply for 10 years after the treaty's termination or a party's withdrawal (Art. 13)",
      ],
    );
    assert.deepEqual(
      [r.provisions, r.words],
      [
        { a: ['survival-clause'], b: ['survival-clause'] },
        { a: SURVIVAL.quote.text, b: SURVIVAL.quote.text },
      ],
    );
  });
  it('dropped narrows; after fewer ends narrows; longer after one and shorter after the other is unclear', () => {
    assert.deepEqual(row(rows(survives('P5Y', 'both'), {}).survival), [
      'narrows',
      'survival',
      "Art. 1 of A and Art. 1 of B: B's survives for less time (after termination: none against 5 years; after a withdrawal: none against 5 years)",
    ]);
    assert.equal(rows({}, {}).survival.b, "none: no provision is said to survive the treaty's end");
    assert.deepEqual(row(rows(survives('P5Y', 'both'), survives('P5Y', 'termination')).survival), [
      'narrows',
      'survival',
      "Art. 1 of A and Art. 1 of B: B's survives for less time (after a withdrawal: none against 5 years)",
    ]);
    const mixed = {
      provisions: [ASSISTANCE, SURVIVAL],
      lifecycle: {
        survival: [
          { provisions: ['assistance'], period: 'P10Y', after: 'termination' as const },
          { provisions: ['assistance'], period: 'P1Y', after: 'withdrawal' as const },
        ],
      },
    };
    const r = rows(survives('P5Y', 'both'), mixed).survival;
    assert.deepEqual(row(r), [
      'unclear',
      'survival',
      "Art. 1 of A and Art. 1 of B: B's survives longer after one end and for less time after the other (after termination: 10 years against 5 years; after a withdrawal: 1 year against 5 years)",
    ]);
    assert.equal(
      r.b,
      "Art. 1 continues to apply for 10 years after the treaty's termination (no source given); Art. 1 continues to apply for 1 year after a party's withdrawal (for that party) (no source given)",
    );
    assert.deepEqual(row(rows(survives('P5Y', 'both'), survives('P5Y', 'both')).survival), [
      'same',
      'survival',
      'the corresponding provisions survive for as long, after the same ends',
    ]);
  });
  it('a surviving provision with no counterpart is compared with no survival; a permission is unclear', () => {
    const withOverflight = (s: object) => ({ ...s, provisions: [ASSISTANCE, SURVIVAL, OVERFLIGHT] });
    const r = rows({}, withOverflight(survives('P2Y', 'termination', ['overflight']))).survival;
    assert.deepEqual(row(r), [
      'unclear',
      'survival',
      "B's Art. 5 survives the end (2 years after termination) and has no counterpart in A; a permission (a freedom, not a duty) cannot be graded by how long it lasts",
    ]);
    const duty = variant(ASSISTANCE, { id: 'nuclear-tests', article: '6', tags: ['nuclear'], trigger: undefined, act: undefined });
    const extra = {
      provisions: [ASSISTANCE, SURVIVAL, duty],
      lifecycle: { survival: [{ provisions: ['nuclear-tests'], period: 'P3Y', after: 'both' as const, provision: 'survival-clause' }] },
    };
    const result = compare({ provisions: [ASSISTANCE] }, extra);
    assert.ok(
      result.onlyInB.some((o) => o.provision.id === 'nuclear-tests'),
      'the duty has no counterpart in A',
    );
    const s = result.lifecycle.find((x) => x.aspect === 'survival')!;
    assert.deepEqual(row(s), [
      'widens',
      'survival',
      "B's Art. 6 survives the end (3 years after termination and 3 years after a withdrawal) and has no counterpart in A",
    ]);
  });
  it('counterparts come from the alignment, not from the ids', () => {
    const renamed = variant(ASSISTANCE, { id: 'mutual-assistance' });
    const b = { ...survives('P10Y', 'both', ['mutual-assistance']), provisions: [renamed, SURVIVAL] };
    const result = compare(survives('P5Y', 'both'), b);
    const s = result.lifecycle.find((x) => x.aspect === 'survival')!;
    assert.deepEqual(row(s), [
      'widens',
      'survival',
      "Art. 1 of A and Art. 1 of B: B's survives longer (after termination: 10 years against 5 years; after a withdrawal: 10 years against 5 years)",
    ]);
  });
});

describe('the rules the rows name', () => {
  it('every membership row names its rule, and the comparison lists each rule with its text', () => {
    const result = compare({ provisions: [ASSISTANCE] }, { provisions: [ASSISTANCE] });
    const ids = ['withdrawal-alone', 'accession', 'parties', 'suspension', 'outside-end', 'minimum-parties', 'survival'] as const;
    assert.deepEqual(
      result.lifecycle.slice(6).map((r) => [r.aspect, r.rule]),
      [
        ['withdrawal-of-one-party', 'withdrawal-alone'],
        ['accession', 'accession'],
        ['parties', 'parties'],
        ['suspension', 'suspension'],
        ['ends-on-outside-event', 'outside-end'],
        ['minimum-parties', 'minimum-parties'],
        ['survival', 'survival'],
      ],
    );
    for (const id of ids) {
      const listed = result.rules.find((r) => r.id === id);
      assert.deepEqual(listed, { id, fields: [...RULES[id].fields], text: RULES[id].text });
    }
    assert.equal(
      RULES['withdrawal-alone'].text,
      "Whether one party's withdrawal or notice ends the treaty for every party or only its own participation. Only its own, the treaty continuing among the others, widens: the others' duties to one another outlive one party's leaving. For every party narrows. Where both treaties have two parties and neither is open to accession, the difference is the same: when one party leaves, the other has no party left to be bound to, so the treaty ends either way.",
    );
    assert.equal(
      RULES['minimum-parties'].text,
      'The treaty ends on the first day fewer than N parties remain: a minimum added, or a higher one, narrows (the treaty can end while more parties remain); dropped, or lower, widens. No minimum is the same as a minimum of one: without a clause, a multilateral treaty does not end because its parties become few (VCLT Art. 55).',
    );
  });
});

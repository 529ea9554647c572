/**
 * Paired before/after fixtures, one pair per kind of difference, each checked for its exact grade
 * and the rule that gave it. "Before" is A, "after" is B: widens means B commits more.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import type { Field, Grade } from '../../src/compare/schema.js';
import type { DurationClause } from '../../src/model/lifecycle-clause.js';
import type { Provision, Qualifier } from '../../src/model/provision.js';
import { ASSISTANCE, differenceOf, fixtureCorpus, fixtureTreaty, pairOf, variant } from './support.js';

function compare(
  before: Provision[],
  after: Provision[],
  options: { beforeDuration?: DurationClause; afterDuration?: DurationClause; afterOffset?: string } = {},
) {
  const a = fixtureTreaty({ id: 'before', provisions: before, duration: options.beforeDuration });
  const b = fixtureTreaty({
    id: 'after',
    provisions: after,
    duration: options.afterDuration,
    entryIntoForce: options.afterOffset ? { offset: options.afterOffset } : {},
  });
  return compareTreaties(fixtureCorpus(a, b), 'before', 'after');
}

const withQualifiers = (p: Provision, ...extra: Qualifier[]) => variant(p, { qualifiers: [...p.qualifiers, ...extra] });
const withoutQualifier = (p: Provision, type: Qualifier['type']) => variant(p, { qualifiers: p.qualifiers.filter((q) => q.type !== type) });
const replaceQualifier = (p: Provision, q: Qualifier) => variant(p, { qualifiers: [...p.qualifiers.filter((x) => x.type !== q.type), q] });

const ATTACK_ONLY = { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } } as const;
const ARTICLE_51: Qualifier = {
  type: 'legal-bound',
  text: 'in accordance with Article 51 of the UN Charter',
  instruments: ['Charter of the United Nations, Article 51'],
};

interface Case {
  name: string;
  before: Provision;
  after: Provision;
  field: Field;
  grade: Grade;
  rule: string;
}

const CASES: Case[] = [
  {
    name: 'trigger widened: a condition that had to hold too is dropped',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { trigger: ATTACK_ONLY }),
    field: 'trigger',
    grade: 'widens',
    rule: 'trigger-conditions',
  },
  {
    name: 'trigger narrowed: a condition that must hold too is added (a state of war)',
    before: variant(ASSISTANCE, { trigger: ATTACK_ONLY }),
    after: ASSISTANCE,
    field: 'trigger',
    grade: 'narrows',
    rule: 'trigger-conditions',
  },
  {
    name: 'trigger widened: an attack by one named state becomes an attack by any state',
    before: variant(ASSISTANCE, {
      trigger: {
        all: [
          { event: 'armed-attack', where: { against: 'attacked-party', by: 'USA' } },
          { fluent: 'state-of-war', subject: 'attacked-party' },
        ],
      },
    }),
    after: ASSISTANCE,
    field: 'trigger',
    grade: 'widens',
    rule: 'trigger-constraints',
  },
  {
    name: 'trigger added where the duty held whenever in force',
    before: variant(ASSISTANCE, { trigger: undefined, triggerText: undefined }),
    after: ASSISTANCE,
    field: 'trigger',
    grade: 'narrows',
    rule: 'trigger-added',
  },
  {
    name: 'trigger words narrowed: "armed attack" becomes "armed invasion"',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, {
      triggerText: 'Should either of the Contracting Parties suffer armed invasion by any State and thus find itself in a state of war',
    }),
    field: 'trigger.text',
    grade: 'narrows',
    rule: 'wording-table',
  },
  {
    name: 'trigger words the same but for drafting',
    before: variant(ASSISTANCE, {
      triggerText:
        'Should either of the Contracting Parties suffer armed attack by any State or coalition of States and thus find itself in a state of war',
    }),
    after: variant(ASSISTANCE, {
      triggerText:
        'In case any one of the two sides is put in a state of war by an armed attack from an individual state or several states',
    }),
    field: 'trigger.text',
    grade: 'same',
    rule: 'wording-table',
  },
  {
    name: 'trigger words outside the wording table: unclear',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, {
      triggerText:
        'Should either of the Contracting Parties suffer armed attack on its metropolitan territory by any State and thus find itself in a state of war',
    }),
    field: 'trigger.text',
    grade: 'unclear',
    rule: 'wording-table',
  },
  {
    name: 'timing: "immediately" and "without delay", the same under every reading',
    before: ASSISTANCE,
    after: replaceQualifier(ASSISTANCE, { type: 'timing', text: 'without delay', term: 'without-delay' }),
    field: 'timing',
    grade: 'same',
    rule: 'timing-readings',
  },
  {
    name: 'timing loosened: "within a month" allows more time under some readings, less under none',
    before: ASSISTANCE,
    after: replaceQualifier(ASSISTANCE, { type: 'timing', text: 'within a month', term: 'within-a-month' }),
    field: 'timing',
    grade: 'narrows',
    rule: 'timing-readings',
  },
  {
    name: 'timing tightened: the reverse',
    before: replaceQualifier(ASSISTANCE, { type: 'timing', text: 'within a month', term: 'within-a-month' }),
    after: ASSISTANCE,
    field: 'timing',
    grade: 'widens',
    rule: 'timing-readings',
  },
  {
    name: 'timing added: a time limit where there was none',
    before: withoutQualifier(ASSISTANCE, 'timing'),
    after: ASSISTANCE,
    field: 'timing',
    grade: 'widens',
    rule: 'timing-readings',
  },
  {
    name: 'means lessened: all means become all possible means',
    before: ASSISTANCE,
    after: replaceQualifier(ASSISTANCE, { type: 'means', text: 'with all possible means', extent: 'possible' }),
    field: 'means',
    grade: 'narrows',
    rule: 'means-extent',
  },
  {
    name: 'means the same in other words: "at its disposal", "in its possession"',
    before: ASSISTANCE,
    after: replaceQualifier(ASSISTANCE, { type: 'means', text: 'with all means in its possession', extent: 'all' }),
    field: 'means',
    grade: 'same',
    rule: 'means-extent',
  },
  {
    name: 'legal bound added: owed only within Article 51',
    before: ASSISTANCE,
    after: withQualifiers(ASSISTANCE, ARTICLE_51),
    field: 'legal-bound',
    grade: 'narrows',
    rule: 'legal-bound',
  },
  {
    name: 'legal bound removed',
    before: withQualifiers(ASSISTANCE, ARTICLE_51),
    after: ASSISTANCE,
    field: 'legal-bound',
    grade: 'widens',
    rule: 'legal-bound',
  },
  {
    name: 'legal bound the same in other words (same instruments)',
    before: withQualifiers(ASSISTANCE, ARTICLE_51),
    after: withQualifiers(ASSISTANCE, { ...ARTICLE_51, text: 'as Article 51 of the Charter of the United Nations allows' }),
    field: 'legal-bound',
    grade: 'same',
    rule: 'legal-bound',
  },
  {
    name: 'condition added: at the request of a party',
    before: ASSISTANCE,
    after: withQualifiers(ASSISTANCE, { type: 'condition', text: 'at the request of any one side' }),
    field: 'condition',
    grade: 'narrows',
    rule: 'condition',
  },
  {
    name: 'subject-to clause added',
    before: ASSISTANCE,
    after: withQualifiers(ASSISTANCE, { type: 'subject-to', text: 'taking into account their national laws' }),
    field: 'subject-to',
    grade: 'narrows',
    rule: 'subject-to',
  },
  {
    name: 'geographic scope added',
    before: ASSISTANCE,
    after: withQualifiers(ASSISTANCE, { type: 'scope', text: 'in the Far East', regions: ['Far East'] }),
    field: 'scope',
    grade: 'narrows',
    rule: 'scope',
  },
  {
    name: 'geographic scope widened to the world',
    before: withQualifiers(ASSISTANCE, { type: 'scope', text: 'in the Far East', regions: ['Far East'] }),
    after: withQualifiers(ASSISTANCE, { type: 'scope', text: 'in the Far East and throughout the world', regions: ['Far East', 'world'] }),
    field: 'scope',
    grade: 'widens',
    rule: 'scope',
  },
  {
    name: 'purpose added: interpretive, unclear',
    before: ASSISTANCE,
    after: withQualifiers(ASSISTANCE, { type: 'purpose', text: 'to restore peace' }),
    field: 'purpose',
    grade: 'unclear',
    rule: 'purpose-manner',
  },
  {
    name: 'bearer widened: the other party becomes each party',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { bearer: 'each-party' }),
    field: 'bearer',
    grade: 'widens',
    rule: 'role-scope',
  },
  {
    name: 'bearer made a joint duty: unclear',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { bearer: 'all-parties' }),
    field: 'bearer',
    grade: 'unclear',
    rule: 'role-scope',
  },
  {
    name: 'beneficiary widened: the attacked party becomes the other party',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { beneficiary: 'other-party' }),
    field: 'beneficiary',
    grade: 'widens',
    rule: 'role-scope',
  },
  {
    name: 'beneficiary dropped: unclear',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { beneficiary: undefined }),
    field: 'beneficiary',
    grade: 'unclear',
    rule: 'beneficiary-named',
  },
  {
    name: 'kind strengthened: a declaration becomes an obligation',
    before: variant(ASSISTANCE, { kind: 'declaration' }),
    after: ASSISTANCE,
    field: 'kind',
    grade: 'widens',
    rule: 'kind-force',
  },
  {
    name: 'kind changed: an obligation becomes a prohibition',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { kind: 'prohibition' }),
    field: 'kind',
    grade: 'unclear',
    rule: 'kind-force',
  },
  {
    name: 'act kinds fewer: military assistance no longer owed',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { act: { ...ASSISTANCE.act!, kind: ['other'] } }),
    field: 'act.kind',
    grade: 'narrows',
    rule: 'act-kinds',
  },
  {
    name: 'act replaced by another: unclear',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { act: { ...ASSISTANCE.act!, type: 'consultations-held', kind: undefined } }),
    field: 'act.type',
    grade: 'unclear',
    rule: 'act-type',
  },
  {
    name: 'act words: "extend" and "provide"',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { act: { ...ASSISTANCE.act!, text: 'provide military and other assistance' } }),
    field: 'act.text',
    grade: 'same',
    rule: 'wording-table',
  },
  {
    name: 'made a standing duty',
    before: ASSISTANCE,
    after: variant(ASSISTANCE, { continuing: true }),
    field: 'continuing',
    grade: 'widens',
    rule: 'continuing',
  },
];

describe('provision fields: one before/after pair per kind of difference', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.field} ${c.grade}`, () => {
      const result = compare([c.before], [c.after]);
      const d = differenceOf(pairOf(result, c.before.id, c.after.id), c.field);
      assert.ok(d, `${c.field} should differ`);
      assert.deepEqual({ grade: d.grade, rule: d.rule }, { grade: c.grade, rule: c.rule }, d.reason);
    });
  }

  it('"immediately" and "without delay": the reason says same under every reading and lists the deadlines', () => {
    const d = differenceOf(
      pairOf(
        compare([ASSISTANCE], [replaceQualifier(ASSISTANCE, { type: 'timing', text: 'without delay', term: 'without-delay' })]),
        'assistance',
        'assistance',
      ),
      'timing',
    )!;
    assert.equal(
      d.reason,
      'same under every reading: "immediately" (term immediately) and "without delay" (term without-delay) give the same deadline under each reading of the vocabulary (no-fixed-deadline: no fixed deadline, within-one-day: P1D, within-seven-days: P7D)',
    );
  });

  it('a looser timing term says under which readings', () => {
    const d = differenceOf(
      pairOf(
        compare([ASSISTANCE], [replaceQualifier(ASSISTANCE, { type: 'timing', text: 'within a month', term: 'within-a-month' })]),
        'assistance',
        'assistance',
      ),
      'timing',
    )!;
    assert.match(d.reason, /under within-one-day, A P1D and B P1M: B is looser; under within-seven-days, A P7D and B P1M: B is looser$/);
  });

  it('a legal bound added says the duty is owed only within it', () => {
    const d = differenceOf(
      pairOf(compare([ASSISTANCE], [withQualifiers(ASSISTANCE, ARTICLE_51)]), 'assistance', 'assistance'),
      'legal-bound',
    )!;
    assert.equal(d.reason, 'B adds a legal bound (Charter of the United Nations, Article 51): the duty is owed only within what it allows');
  });
});

const TALKS: Provision = {
  id: 'talks',
  article: '3',
  kind: 'obligation',
  summary: 'The parties must consult on a threat.',
  bearer: 'all-parties',
  beneficiary: 'threatened-party',
  trigger: { fluent: 'direct-threat', subject: 'threatened-party' },
  act: { type: 'consultations-held', description: 'consult' },
  continuing: false,
  qualifiers: [],
  tags: ['consultation'],
  quote: { source: 'src', text: 'In case of a direct threat the parties shall consult.' },
};
const UNIFICATION: Provision = {
  id: 'unification',
  article: '5',
  kind: 'declaration',
  summary: 'Korea should be unified peacefully.',
  bearer: 'all-parties',
  continuing: false,
  qualifiers: [],
  tags: ['korean-unification'],
  quote: { source: 'src', text: 'The parties consider that Korea should be unified peacefully.' },
};
const TRANSIT: Provision = {
  id: 'transit',
  article: '7',
  kind: 'permission',
  summary: 'Each party may transit.',
  bearer: 'each-party',
  continuing: false,
  qualifiers: [],
  tags: ['transit'],
  act: { type: 'transit-made', description: 'transit' },
  quote: { source: 'src', text: 'Each party may transit the territory of the other.' },
};

describe('provisions in one treaty only', () => {
  it('provision added: a new duty in B widens', () => {
    const r = compare([ASSISTANCE], [ASSISTANCE, TALKS]);
    assert.deepEqual(
      r.onlyInB.map((o) => [o.provision.id, o.change, o.grade, o.rule]),
      [['talks', 'added', 'widens', 'provision-only-in-one']],
    );
    assert.deepEqual(r.onlyInA, []);
  });
  it('provision removed: a duty of A with no counterpart in B narrows', () => {
    const r = compare([ASSISTANCE, TALKS], [ASSISTANCE]);
    assert.deepEqual(
      r.onlyInA.map((o) => [o.provision.id, o.change, o.grade]),
      [['talks', 'removed', 'narrows']],
    );
  });
  it('declaration removed narrows, and says it was a declaration', () => {
    const r = compare([ASSISTANCE, UNIFICATION], [ASSISTANCE]);
    assert.deepEqual(
      r.onlyInA.map((o) => [o.provision.id, o.grade]),
      [['unification', 'narrows']],
    );
    assert.match(r.onlyInA[0]!.reason, /^A's declaration \(a stated position, with no act the engine can test\) has no counterpart in B/);
  });
  it('permission added is unclear: a freedom, not a commitment', () => {
    const r = compare([ASSISTANCE], [ASSISTANCE, TRANSIT]);
    assert.deepEqual(
      r.onlyInB.map((o) => [o.provision.id, o.grade]),
      [['transit', 'unclear']],
    );
  });
});

function lifecycleGrades(before: DurationClause, after: DurationClause, afterOffset?: string) {
  const r = compare([ASSISTANCE], [ASSISTANCE], { beforeDuration: before, afterDuration: after, afterOffset });
  return { rows: Object.fromEntries(r.lifecycle.map((row) => [row.aspect, row.grade])), result: r };
}

const RENEWING: DurationClause = { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' };

describe('lifecycle: one before/after pair per kind of difference', () => {
  it('renewal changed: longer renewals widen', () => {
    assert.equal(lifecycleGrades(RENEWING, { ...RENEWING, renewalTerm: 'P10Y' }).rows.renewal, 'widens');
  });
  it('renewal added to a fixed term widens, as does the duration', () => {
    const { rows } = lifecycleGrades({ type: 'fixed', term: 'P10Y' }, RENEWING);
    assert.deepEqual([rows.renewal, rows.duration], ['widens', 'widens']);
  });
  it('duration: a longer fixed term widens', () => {
    assert.equal(lifecycleGrades({ type: 'fixed', term: 'P10Y' }, { type: 'fixed', term: 'P20Y' }).rows.duration, 'widens');
  });
  it('notice: renewing with notice becomes indefinite with no exit, which widens; the duration stays the same', () => {
    const { rows, result } = lifecycleGrades(RENEWING, { type: 'indefinite' });
    assert.deepEqual([rows.notice, rows.duration, rows.renewal, rows.withdrawal], ['widens', 'same', 'unclear', 'same']);
    // The two duration clauses align and carry the lifecycle rows as their differences.
    const pair = pairOf(result, 'duration', 'duration');
    assert.deepEqual(
      pair.differences.map((d) => [d.field, d.grade]),
      [
        ['lifecycle.duration', 'same'],
        ['lifecycle.renewal', 'unclear'],
        ['lifecycle.notice', 'widens'],
      ],
    );
  });
  it('notice: a shorter notice before the same term end narrows', () => {
    assert.equal(lifecycleGrades(RENEWING, { ...RENEWING, noticeBefore: 'P6M' }).rows.notice, 'narrows');
  });
  it('withdrawal added: a party may leave early, which narrows', () => {
    const { rows } = lifecycleGrades({ type: 'indefinite' }, { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y' } });
    assert.deepEqual([rows.withdrawal, rows.notice], ['narrows', 'narrows']);
  });
  it('entry into force delayed 30 days after the same act narrows', () => {
    assert.equal(lifecycleGrades(RENEWING, RENEWING, 'P30D').rows['entry-into-force'], 'narrows');
  });
});

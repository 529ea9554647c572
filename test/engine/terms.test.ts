import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  computeLifecycle,
  firstTermInTimeFor,
  noticeDeadline,
  type LifecycleInput,
  type StatusInterval,
  statusOn,
  termEnd,
  termOn,
  termRuleOf,
  termStart,
  type TermRule,
  type ComputableClause as DurationClause,
} from '../../src/engine/lifecycle/index.js';
import { addDays, contains, daysBetween, type IsoDate } from '../../src/model/calendar.js';
import type { LifecycleNotice, RenewingDuration } from '../../src/model/lifecycle-clause.js';
import { anyDate, anyDuration } from '../model/calendar-arbitraries.js';

// The 1961 USSR–DPRK treaty, Art. 6: ten years, then five-year renewals unless notice a year before.
const TREATY_1961: RenewingDuration = { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' };
const ENTRY_1961 = '1961-09-10';

function treaty1961(notices: LifecycleNotice[] = []): LifecycleInput {
  return { clause: TREATY_1961, entryIntoForce: ENTRY_1961, notices };
}

function rule1961(): TermRule {
  const rule = termRuleOf(TREATY_1961, ENTRY_1961);
  assert.ok(rule);
  return rule;
}

function notice(date: IsoDate, id = `notice-${date}`, by = 'RUS'): LifecycleNotice {
  return { id, date, by };
}

function inForce(from: IsoDate, to: IsoDate | null, term: number | null, termEnd: IsoDate | null = to): StatusInterval {
  return { status: 'in-force', from, to, term, termEnd };
}

describe('term arithmetic: the 1961 treaty', () => {
  it('runs ten years, then five-year terms, each starting the day the last one ends', () => {
    const rule = rule1961();
    const terms = [1, 2, 3, 4, 5, 6, 7].map((term) => [termStart(rule, term), termEnd(rule, term)]);
    assert.deepEqual(terms, [
      ['1961-09-10', '1971-09-10'],
      ['1971-09-10', '1976-09-10'],
      ['1976-09-10', '1981-09-10'],
      ['1981-09-10', '1986-09-10'],
      ['1986-09-10', '1991-09-10'],
      ['1991-09-10', '1996-09-10'],
      ['1996-09-10', '2001-09-10'],
    ]);
    assert.equal(noticeDeadline(rule, 6), '1995-09-10');
    assert.equal(noticeDeadline(rule, 7), '2000-09-10');
  });

  it('places each day in its term, half-open', () => {
    const rule = rule1961();
    assert.equal(termOn(rule, '1961-09-09'), null);
    assert.equal(termOn(rule, '1961-09-10'), 1);
    assert.equal(termOn(rule, '1971-09-09'), 1);
    assert.equal(termOn(rule, '1971-09-10'), 2);
    assert.equal(termOn(rule, '1996-09-09'), 6);
    assert.equal(termOn(rule, '1996-09-10'), 7);
    assert.equal(termOn(rule, '2024-06-19'), 12);
  });

  it('a notice on the deadline day is in time; the day after is not', () => {
    const rule = rule1961();
    assert.equal(firstTermInTimeFor(rule, '1995-08-07'), 6);
    assert.equal(firstTermInTimeFor(rule, '1995-09-10'), 6);
    assert.equal(firstTermInTimeFor(rule, '1995-09-11'), 7);
    assert.equal(firstTermInTimeFor(rule, '1995-12-01'), 7);
    assert.equal(firstTermInTimeFor(rule, '1996-09-10'), 7);
  });

  it('refuses term numbers that do not exist', () => {
    assert.throws(() => termEnd(rule1961(), 0), /no term 0/);
    const fixed = termRuleOf({ type: 'fixed', term: 'P10Y' }, ENTRY_1961);
    assert.ok(fixed);
    assert.throws(() => termEnd(fixed, 2), /no term 2: terms are numbered from 1 to 1/);
    assert.equal(termOn(fixed, '1971-09-10'), null);
  });
});

describe('lifecycle of the 1961 treaty', () => {
  const sixTerms = [
    inForce('1961-09-10', '1971-09-10', 1),
    inForce('1971-09-10', '1976-09-10', 2),
    inForce('1976-09-10', '1981-09-10', 3),
    inForce('1981-09-10', '1986-09-10', 4),
    inForce('1986-09-10', '1991-09-10', 5),
    inForce('1991-09-10', '1996-09-10', 6),
  ];

  it("Russia's notice of 1995-08-07 ends it on 1996-09-10, on time", () => {
    const lifecycle = computeLifecycle(treaty1961([notice('1995-08-07', 'notice-1995')]), { until: '2024-01-01' });
    const cause = {
      kind: 'notice',
      noticeId: 'notice-1995',
      by: 'RUS',
      givenOn: '1995-08-07',
      inTimeForTerm: 6,
      deadline: '1995-09-10',
      onTime: true,
    } as const;
    assert.deepEqual(lifecycle.intervals, [...sixTerms, { status: 'terminated', from: '1996-09-10', to: null, cause }]);
    assert.deepEqual(lifecycle.end, { date: '1996-09-10', cause });
    assert.deepEqual(lifecycle.notices, [
      {
        notice: notice('1995-08-07', 'notice-1995'),
        kind: 'non-renewal',
        givenInTerm: 6,
        givenInTermEnd: '1996-09-10',
        deadlineForTermGivenIn: '1995-09-10',
        onTime: true,
        inTimeForTerm: 6,
        deadline: '1995-09-10',
        takesEffect: '1996-09-10',
        outcome: 'terminates',
      },
    ]);
  });

  it('is in force on 1996-09-09 and terminated on 1996-09-10', () => {
    const input = treaty1961([notice('1995-08-07')]);
    const lastDay = statusOn(input, '1996-09-09');
    assert.equal(lastDay.status, 'in-force');
    assert.equal(lastDay.term, 6);
    assert.equal(lastDay.until, '1996-09-10');
    const endDay = statusOn(input, '1996-09-10');
    assert.equal(endDay.status, 'terminated');
    assert.equal(endDay.since, '1996-09-10');
    assert.equal(endDay.cause?.kind, 'notice');
  });

  it('a notice on the deadline day 1995-09-10 still ends it in 1996; on 1995-09-11 it runs to 2001', () => {
    assert.equal(computeLifecycle(treaty1961([notice('1995-09-10')]), { until: ENTRY_1961 }).end?.date, '1996-09-10');
    const late = computeLifecycle(treaty1961([notice('1995-09-11')]), { until: ENTRY_1961 });
    assert.equal(late.end?.date, '2001-09-10');
    assert.deepEqual(late.end?.cause, {
      kind: 'notice',
      noticeId: 'notice-1995-09-11',
      by: 'RUS',
      givenOn: '1995-09-11',
      inTimeForTerm: 7,
      deadline: '2000-09-10',
      onTime: false,
    });
  });

  it('a notice of 1995-12-01 is late for term 6 and ends the treaty with term 7, on 2001-09-10', () => {
    const lifecycle = computeLifecycle(treaty1961([notice('1995-12-01', 'late')]), { until: ENTRY_1961 });
    assert.deepEqual(lifecycle.intervals, [
      ...sixTerms,
      inForce('1996-09-10', '2001-09-10', 7),
      { status: 'terminated', from: '2001-09-10', to: null, cause: lifecycle.end?.cause },
    ]);
    assert.equal(lifecycle.end?.date, '2001-09-10');
    const [assessed] = lifecycle.notices;
    assert.ok(assessed && assessed.kind === 'non-renewal');
    assert.equal(assessed.givenInTerm, 6);
    assert.equal(assessed.deadlineForTermGivenIn, '1995-09-10');
    assert.equal(assessed.onTime, false);
    assert.equal(assessed.inTimeForTerm, 7);
    assert.equal(assessed.deadline, '2000-09-10');
  });

  it('without notice, lists the terms up to the horizon and then one open interval of renewals', () => {
    const lifecycle = computeLifecycle(treaty1961(), { until: '1980-01-01' });
    assert.deepEqual(lifecycle.intervals, [
      inForce('1961-09-10', '1971-09-10', 1),
      inForce('1971-09-10', '1976-09-10', 2),
      inForce('1976-09-10', '1981-09-10', 3),
      {
        status: 'in-force',
        from: '1981-09-10',
        to: null,
        term: null,
        termEnd: null,
        continuesByRenewal: { fromTerm: 4, renewalTerm: 'P5Y' },
      },
    ]);
    assert.equal(lifecycle.end, null);
    assert.equal(computeLifecycle(treaty1961(), { until: '1900-01-01' }).intervals.length, 2);
    assert.equal(computeLifecycle(treaty1961(), { until: '2024-06-19' }).intervals.length, 13);
  });

  it("gives the treaty office's view of a day: term, deadlines, what a notice would do", () => {
    const input = treaty1961();
    assert.deepEqual(statusOn(input, '2025-09-10'), {
      date: '2025-09-10',
      status: 'in-force',
      since: '1961-09-10',
      until: null,
      term: 12,
      termStart: '2021-09-10',
      termEnd: '2026-09-10',
      noticeDeadline: '2025-09-10',
      nextNoticeDeadline: { date: '2025-09-10', term: 12, termEnd: '2026-09-10' },
      endIfNoticeGiven: '2026-09-10',
      cause: null,
    });
    const dayAfter = statusOn(input, '2025-09-11');
    assert.equal(dayAfter.noticeDeadline, '2025-09-10');
    assert.deepEqual(dayAfter.nextNoticeDeadline, { date: '2030-09-10', term: 13, termEnd: '2031-09-10' });
    assert.equal(dayAfter.endIfNoticeGiven, '2031-09-10');
    assert.deepEqual(statusOn(input, '1961-09-09'), {
      date: '1961-09-09',
      status: 'not-in-force',
      since: null,
      until: '1961-09-10',
      term: null,
      termStart: null,
      termEnd: null,
      noticeDeadline: null,
      nextNoticeDeadline: null,
      endIfNoticeGiven: null,
      cause: null,
    });
  });

  it('a second notice is overtaken if given before the end, and ineffective if given after it', () => {
    const lifecycle = computeLifecycle(
      treaty1961([notice('1997-01-01', 'after'), notice('1995-12-01', 'second', 'PRK'), notice('1995-08-07', 'first')]),
      { until: ENTRY_1961 },
    );
    assert.equal(lifecycle.end?.date, '1996-09-10');
    assert.deepEqual(
      lifecycle.notices.map((assessed) => [assessed.notice.id, assessed.kind === 'ineffective' ? assessed.reason : assessed.outcome]),
      [
        ['first', 'terminates'],
        ['second', 'overtaken'],
        ['after', 'after-termination'],
      ],
    );
  });

  it('a notice before the entry into force is ineffective', () => {
    const lifecycle = computeLifecycle(treaty1961([notice('1961-07-06')]), { until: '1970-01-01' });
    assert.equal(lifecycle.end, null);
    assert.deepEqual(lifecycle.notices, [{ kind: 'ineffective', notice: notice('1961-07-06'), reason: 'before-entry-into-force' }]);
  });
});

describe('29 February and renewals counted from the entry into force', () => {
  const input: LifecycleInput = {
    clause: { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' },
    entryIntoForce: '2000-02-29',
  };

  it('ends each term on 29 February whenever that year has one', () => {
    const rule = termRuleOf(input.clause, input.entryIntoForce);
    assert.ok(rule);
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((term) => termEnd(rule, term)),
      ['2010-02-28', '2015-02-28', '2020-02-29', '2025-02-28', '2030-02-28', '2035-02-28', '2040-02-29'],
    );
    assert.deepEqual(
      [1, 3, 4].map((term) => noticeDeadline(rule, term)),
      ['2009-02-28', '2019-02-28', '2024-02-28'],
    );
  });

  it('counts the deadline back from the term end: for a term ending 2025-02-28, 2024-02-29 is a day late', () => {
    assert.equal(computeLifecycle({ ...input, notices: [notice('2024-02-28')] }, { until: '2000-02-29' }).end?.date, '2025-02-28');
    assert.equal(computeLifecycle({ ...input, notices: [notice('2024-02-29')] }, { until: '2000-02-29' }).end?.date, '2030-02-28');
  });
});

describe('notice periods longer than a renewal term', () => {
  it('a late notice skips every term whose deadline it missed', () => {
    const clause: DurationClause = { type: 'renewing', initialTerm: 'P2Y', renewalTerm: 'P1Y', noticeBefore: 'P18M' };
    const lifecycle = computeLifecycle({ clause, entryIntoForce: '2000-01-01', notices: [notice('2001-08-01')] }, { until: '2000-01-01' });
    assert.equal(lifecycle.end?.date, '2004-01-01');
    const [assessed] = lifecycle.notices;
    assert.ok(assessed && assessed.kind === 'non-renewal');
    assert.deepEqual(
      [assessed.givenInTerm, assessed.deadlineForTermGivenIn, assessed.inTimeForTerm, assessed.deadline],
      [1, '2000-07-01', 3, '2002-07-01'],
    );
  });
});

describe('fixed terms', () => {
  const fixed: LifecycleInput = { clause: { type: 'fixed', term: 'P10Y' }, entryIntoForce: '2000-01-01' };

  it('expire at the end of the term, half-open', () => {
    const lifecycle = computeLifecycle(fixed, { until: '2000-01-01' });
    assert.deepEqual(lifecycle.intervals, [
      inForce('2000-01-01', '2010-01-01', 1),
      { status: 'terminated', from: '2010-01-01', to: null, cause: { kind: 'expiry', term: 1, termEnd: '2010-01-01' } },
    ]);
    assert.equal(statusOn(fixed, '2009-12-31').status, 'in-force');
    assert.equal(statusOn(fixed, '2009-12-31').until, '2010-01-01');
    assert.equal(statusOn(fixed, '2010-01-01').status, 'terminated');
  });

  it('take no notice unless they provide for withdrawal', () => {
    const lifecycle = computeLifecycle({ ...fixed, notices: [notice('2003-03-31')] }, { until: '2000-01-01' });
    assert.equal(lifecycle.end?.cause.kind, 'expiry');
    assert.deepEqual(lifecycle.notices, [{ kind: 'ineffective', notice: notice('2003-03-31'), reason: 'no-notice-provision' }]);
    assert.equal(statusOn(fixed, '2003-03-31').endIfNoticeGiven, null);
  });

  it('a withdrawal cuts the term short, which keeps its scheduled end', () => {
    const clause: DurationClause = { type: 'fixed', term: 'P10Y', withdrawal: { noticePeriod: 'P6M' } };
    const lifecycle = computeLifecycle({ ...fixed, clause, notices: [notice('2003-03-31')] }, { until: '2000-01-01' });
    assert.deepEqual(lifecycle.intervals, [
      inForce('2000-01-01', '2003-09-30', 1, '2010-01-01'),
      {
        status: 'terminated',
        from: '2003-09-30',
        to: null,
        cause: {
          kind: 'withdrawal',
          noticeId: 'notice-2003-03-31',
          by: 'RUS',
          givenOn: '2003-03-31',
          noticePeriodEnds: '2003-09-30',
          minimumInForceEnds: null,
        },
      },
    ]);
    const tooLate = computeLifecycle({ ...fixed, clause, notices: [notice('2009-09-01')] }, { until: '2000-01-01' });
    assert.equal(tooLate.end?.cause.kind, 'expiry');
    assert.equal(tooLate.notices[0]?.kind === 'withdrawal' && tooLate.notices[0].outcome, 'overtaken');
  });
});

describe('indefinite treaties', () => {
  const treaty2024: LifecycleInput = { clause: { type: 'indefinite' }, entryIntoForce: '2024-12-04' };

  it('are in force from the entry into force with no end and no terms', () => {
    assert.deepEqual(computeLifecycle(treaty2024, { until: '2100-01-01' }).intervals, [inForce('2024-12-04', null, null)]);
    const status = statusOn(treaty2024, '2025-06-19');
    assert.equal(status.status, 'in-force');
    assert.equal(status.since, '2024-12-04');
    assert.equal(status.term, null);
    assert.equal(status.nextNoticeDeadline, null);
    assert.equal(statusOn(treaty2024, '2024-12-03').status, 'not-in-force');
  });

  it('a withdrawal takes effect after the notice period, but not before the minimum time in force', () => {
    const clause: DurationClause = { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P5Y' } };
    const early = computeLifecycle({ ...treaty2024, clause, notices: [notice('2025-01-10')] }, { until: '2024-12-04' });
    assert.deepEqual(early.end?.cause, {
      kind: 'withdrawal',
      noticeId: 'notice-2025-01-10',
      by: 'RUS',
      givenOn: '2025-01-10',
      noticePeriodEnds: '2026-01-10',
      minimumInForceEnds: '2029-12-04',
    });
    assert.equal(early.end?.date, '2029-12-04');
    const later = computeLifecycle({ ...treaty2024, clause, notices: [notice('2030-03-01')] }, { until: '2024-12-04' });
    assert.equal(later.end?.date, '2031-03-01');
    assert.deepEqual(
      later.intervals.map((interval) => [interval.status, interval.from, interval.to]),
      [
        ['in-force', '2024-12-04', '2031-03-01'],
        ['terminated', '2031-03-01', null],
      ],
    );
    assert.equal(statusOn({ ...treaty2024, clause }, '2025-01-10').endIfNoticeGiven, '2029-12-04');
  });

  it("per party: a withdrawal ends only its author's participation", () => {
    const clause: DurationClause = { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y' } };
    const input: LifecycleInput = {
      clause,
      entryIntoForce: '2000-01-01',
      perParty: true,
      notices: [notice('2020-01-15', 'fra-out', 'FRA')],
    };
    const whole = computeLifecycle(input, { until: '2030-01-01' });
    assert.equal(whole.end, null);
    assert.equal(whole.party, null);
    assert.equal(whole.notices[0]?.kind === 'withdrawal' && whole.notices[0].outcome, 'ends-only-its-party');
    const france = computeLifecycle(input, { until: '2030-01-01', party: 'FRA' });
    assert.equal(france.party, 'FRA');
    assert.equal(france.end?.date, '2021-01-15');
    assert.equal(computeLifecycle(input, { until: '2030-01-01', party: 'DEU' }).end, null);
    assert.equal(statusOn(input, '2022-01-01', { party: 'FRA' }).status, 'terminated');
    assert.equal(statusOn(input, '2022-01-01', { party: 'DEU' }).status, 'in-force');
    // In a bilateral treaty (perParty false) the same notice ends the treaty for everyone.
    assert.equal(computeLifecycle({ ...input, perParty: false }, { until: '2030-01-01', party: 'DEU' }).end?.date, '2021-01-15');
  });
});

describe('termination by agreement', () => {
  const fixed: LifecycleInput = { clause: { type: 'fixed', term: 'P10Y' }, entryIntoForce: '2000-01-01' };

  it('ends the treaty on the agreed day, citing the basis', () => {
    const lifecycle = computeLifecycle(
      { ...fixed, agreements: [{ id: 'protocol', date: '2003-05-01', effective: '2004-01-01' }] },
      { until: '2000-01-01' },
    );
    assert.equal(lifecycle.end?.date, '2004-01-01');
    assert.deepEqual(lifecycle.end?.cause, {
      kind: 'agreement',
      agreementId: 'protocol',
      concludedOn: '2003-05-01',
      basis: 'consent-of-all-parties',
    });
    assert.deepEqual(lifecycle.intervals[0], inForce('2000-01-01', '2004-01-01', 1, '2010-01-01'));
    const provided = computeLifecycle(
      { ...fixed, clause: { type: 'fixed', term: 'P10Y', terminationByAgreement: true }, agreements: [{ id: 'now', date: '2003-05-01' }] },
      { until: '2000-01-01' },
    );
    assert.deepEqual(provided.end, {
      date: '2003-05-01',
      cause: { kind: 'agreement', agreementId: 'now', concludedOn: '2003-05-01', basis: 'treaty-provision' },
    });
  });

  it('on the day of expiry, expiry is the cause', () => {
    const lifecycle = computeLifecycle(
      { ...fixed, agreements: [{ id: 'same-day', date: '2009-01-01', effective: '2010-01-01' }] },
      { until: '2000-01-01' },
    );
    assert.equal(lifecycle.end?.cause.kind, 'expiry');
    assert.equal(lifecycle.agreements[0]?.outcome, 'overtaken');
  });

  it('an agreed end before the entry into force leaves the treaty never in force', () => {
    const lifecycle = computeLifecycle({ ...fixed, agreements: [{ id: 'abandoned', date: '1999-06-01' }] }, { until: '2000-01-01' });
    assert.deepEqual(
      lifecycle.intervals.map((interval) => [interval.status, interval.from]),
      [['terminated', '2000-01-01']],
    );
    assert.equal(statusOn({ ...fixed, agreements: [{ id: 'abandoned', date: '1999-06-01' }] }, '2000-01-01').status, 'terminated');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const anyRenewingClause: fc.Arbitrary<RenewingDuration> = fc
  .record({ initialTerm: anyDuration, renewalTerm: anyDuration, noticeBefore: anyDuration })
  .map((fields) => ({ type: 'renewing', ...fields }));

const anyWithdrawal = fc.option(
  fc.record({
    noticePeriod: anyDuration,
    monthStart: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    minimumInForce: fc.option(anyDuration, { nil: undefined }),
  }),
  { nil: undefined },
);

const anyClause: fc.Arbitrary<DurationClause> = fc.oneof(
  anyRenewingClause,
  fc.record({ withdrawal: anyWithdrawal }).map(({ withdrawal }): DurationClause => ({ type: 'indefinite', withdrawal })),
  fc
    .record({ term: anyDuration, withdrawal: anyWithdrawal })
    .map(({ term, withdrawal }): DurationClause => ({ type: 'fixed', term, withdrawal })),
  fc
    .record({ initialTerm: anyDuration, withdrawal: anyWithdrawal.filter((w) => w !== undefined) })
    .map(({ initialTerm, withdrawal }): DurationClause => ({ type: 'first-term-then-indefinite', initialTerm, withdrawal: withdrawal! })),
);

/** A day from a little before `from` to some decades after it. */
function dayNear(from: IsoDate): fc.Arbitrary<IsoDate> {
  // The narrow range makes acts on the same day, and ties between them, common.
  return fc.oneof(fc.integer({ min: -400, max: 15000 }), fc.integer({ min: 0, max: 3 })).map((offset) => addDays(from, offset));
}

const anyLifecycleInput: fc.Arbitrary<LifecycleInput> = fc
  .tuple(anyClause, anyDate, fc.boolean())
  .chain(([clause, entryIntoForce, perParty]) =>
    fc.record({
      clause: fc.constant(clause),
      entryIntoForce: fc.constant(entryIntoForce),
      perParty: fc.constant(perParty),
      notices: fc.array(
        fc.record({ id: fc.constantFrom('a', 'b', 'c'), date: dayNear(entryIntoForce), by: fc.constantFrom('AAA', 'BBB') }),
        { maxLength: 4 },
      ),
      agreements: fc.array(
        fc
          .tuple(fc.constantFrom('x', 'y'), dayNear(entryIntoForce), fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }))
          .map(([id, date, delay]) => ({ id, date, effective: delay === undefined ? undefined : addDays(date, delay) })),
        { maxLength: 2 },
      ),
    }),
  );

/** Term rule plus a term number: the schedule to check, from any entry date. */
const anyRenewingRule = fc.tuple(anyRenewingClause, anyDate).map(([clause, entry]) => {
  const rule = termRuleOf(clause, entry);
  assert.ok(rule);
  return rule;
});

describe('term properties', () => {
  it('term k + 1 starts where term k ends; ends rise; deadlines come before the end and never fall', () => {
    fc.assert(
      fc.property(anyRenewingRule, (rule) => {
        for (let term = 1; term <= 12; term++) {
          assert.equal(termStart(rule, term + 1), termEnd(rule, term));
          assert.ok(termStart(rule, term)! < termEnd(rule, term)!);
          assert.ok(noticeDeadline(rule, term)! < termEnd(rule, term)!);
          assert.ok(noticeDeadline(rule, term)! <= noticeDeadline(rule, term + 1)!);
        }
      }),
    );
  });

  it('the k-th term end is counted from the entry into force, not chained', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 15 }), (entry, term) => {
        const rule = termRuleOf({ type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' }, entry);
        assert.ok(rule);
        const years = 10 + 5 * (term - 1);
        const [year, month, day] = entry.split('-').map(Number) as [number, number, number];
        const endYear = year + years;
        const leap = (endYear % 4 === 0 && endYear % 100 !== 0) || endYear % 400 === 0;
        const expectedDay = month === 2 && day === 29 && !leap ? 28 : day;
        const expected = `${String(endYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(expectedDay).padStart(2, '0')}`;
        assert.equal(termEnd(rule, term), expected);
      }),
    );
  });

  it('termOn and firstTermInTimeFor agree with a plain scan of the terms', () => {
    fc.assert(
      fc.property(anyRenewingRule, fc.integer({ min: 0, max: 20000 }), (rule, offset) => {
        const date = addDays(rule.entryIntoForce, offset);
        let scanned = 1;
        while (!contains({ from: termStart(rule, scanned)!, to: termEnd(rule, scanned) }, date)) scanned++;
        assert.equal(termOn(rule, date), scanned);
        let inTime = scanned;
        while (date > noticeDeadline(rule, inTime)!) inTime++;
        assert.equal(firstTermInTimeFor(rule, date), inTime);
      }),
    );
  });

  it('a notice on any day of a term up to its deadline ends the treaty with that term; any later day, with a later term', () => {
    fc.assert(
      fc.property(
        anyRenewingClause,
        anyDate,
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (clause, entry, term, position) => {
          const rule = termRuleOf(clause, entry);
          assert.ok(rule);
          const start = termStart(rule, term)!;
          const end = termEnd(rule, term)!;
          const date = addDays(start, Math.floor(position * daysBetween(start, end)));
          const lifecycle = computeLifecycle({ clause, entryIntoForce: entry, notices: [notice(date)] }, { until: entry });
          const endDate = lifecycle.end?.date;
          assert.ok(endDate !== undefined);
          if (date <= noticeDeadline(rule, term)!) assert.equal(endDate, end);
          else assert.ok(endDate > end && endDate === termEnd(rule, firstTermInTimeFor(rule, date)));
        },
      ),
    );
  });
});

describe('lifecycle properties', () => {
  it('intervals start at the entry into force, meet without gaps or overlaps, and only the last is open', () => {
    fc.assert(
      fc.property(anyLifecycleInput, anyDate, fc.option(fc.constantFrom('AAA', 'BBB'), { nil: undefined }), (input, until, party) => {
        const { intervals, end } = computeLifecycle(input, { until, party });
        assert.ok(intervals.length > 0);
        assert.equal(intervals[0]?.from, input.entryIntoForce);
        intervals.forEach((interval, index) => {
          const next = intervals[index + 1];
          if (next === undefined) {
            assert.equal(interval.to, null);
          } else {
            assert.equal(interval.status, 'in-force');
            assert.ok(interval.to !== null && interval.from < interval.to);
            assert.equal(next.from, interval.to);
          }
          if (interval.status === 'in-force' && interval.term !== null) {
            assert.equal(interval.term, index + 1);
            assert.ok(interval.termEnd !== null && interval.to !== null && interval.to <= interval.termEnd);
          }
        });
        const last = intervals[intervals.length - 1];
        assert.equal(last?.status === 'terminated', end !== null);
        if (end !== null) assert.equal(last?.from, end.date);
      }),
    );
  });

  it('the status of a day is the status of the interval that contains it', () => {
    fc.assert(
      fc.property(anyLifecycleInput, fc.integer({ min: -100, max: 15000 }), (input, offset) => {
        const date = addDays(input.entryIntoForce, offset);
        const status = statusOn(input, date);
        const interval = computeLifecycle(input, { until: date }).intervals.find((candidate) => contains(candidate, date));
        assert.equal(status.status, interval?.status ?? 'not-in-force');
        if (interval?.status === 'in-force') {
          assert.equal(status.term, interval.term);
          assert.equal(status.termEnd, interval.termEnd);
          if (status.noticeDeadline !== null && status.termEnd !== null) assert.ok(status.noticeDeadline < status.termEnd);
          if (status.nextNoticeDeadline !== null) assert.ok(status.nextNoticeDeadline.date >= date);
        }
      }),
    );
  });

  it('every act is accounted for, and the order of the input does not matter', () => {
    fc.assert(
      fc.property(anyLifecycleInput, anyDate, (input, until) => {
        const lifecycle = computeLifecycle(input, { until });
        const reversed = computeLifecycle(
          { ...input, notices: [...(input.notices ?? [])].reverse(), agreements: [...(input.agreements ?? [])].reverse() },
          { until },
        );
        // Byte for byte, as the JSON faces print it.
        assert.equal(JSON.stringify(reversed), JSON.stringify(lifecycle));
        assert.equal(lifecycle.notices.length, input.notices?.length ?? 0);
        assert.equal(lifecycle.agreements.length, input.agreements?.length ?? 0);
        const terminating = [
          ...lifecycle.notices.filter((assessed) => assessed.kind !== 'ineffective' && assessed.outcome === 'terminates'),
          ...lifecycle.agreements.filter((assessed) => assessed.outcome === 'terminates'),
        ];
        const endedByAct = lifecycle.end !== null && lifecycle.end.cause.kind !== 'expiry';
        assert.equal(terminating.length, endedByAct ? 1 : 0);
      }),
    );
  });
});

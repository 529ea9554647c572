/**
 * The lifecycle rows for the shapes of issue 14: month-start rounding, the later of a date and an
 * act, thresholds, fixed and unknown dates, provisional application, a first term then indefinite,
 * tied and unknown durations, withdrawal by month start or only after a time, and clauses that
 * depend on a reading. "Before" is A, "after" is B: widens means B commits more.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTreaties } from '../../src/compare/index.js';
import type { LifecycleAspect, LifecycleRow } from '../../src/compare/schema.js';
import type { DurationClause } from '../../src/model/index.js';
import { ASSISTANCE, type FixtureTreaty, fixtureCorpus, fixtureTreaty } from './support.js';

type Side = Omit<FixtureTreaty, 'id' | 'provisions'>;

function rows(before: Side, after: Side): Record<LifecycleAspect, LifecycleRow> {
  const a = fixtureTreaty({ id: 'before', provisions: [ASSISTANCE], ...before });
  const b = fixtureTreaty({ id: 'after', provisions: [ASSISTANCE], ...after });
  const result = compareTreaties(fixtureCorpus(a, b), 'before', 'after');
  return Object.fromEntries(result.lifecycle.map((r) => [r.aspect, r])) as Record<LifecycleAspect, LifecycleRow>;
}

const entry = (before: Side, after: Side) => rows(before, after)['entry-into-force'];

const TWENTY_YEARS: DurationClause = {
  type: 'by-reading',
  term: 'twenty-years',
  readings: {
    'notice-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', noticeAllowedAfter: 'P20Y' } },
    'effect-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P20Y' } },
  },
};

describe('entry into force: each new shape against another', () => {
  it('month-start rounding against thirty days: sooner on some days, later on others, so unclear', () => {
    const r = entry({ entryIntoForce: { monthStart: 1 } }, { entryIntoForce: { offset: 'P30D' } });
    assert.deepEqual(
      [r.grade, r.a, r.b],
      [
        'unclear',
        'on the first day of the month following the ratifications exchanged (Art. 9)',
        '30 days after the ratifications exchanged (Art. 9)',
      ],
    );
    assert.equal(r.reason, 'after the same act, B comes into force sooner on some days and later on others');
  });
  it('the third month following rather than the first narrows', () => {
    const r = entry({ entryIntoForce: { monthStart: 1 } }, { entryIntoForce: { monthStart: 3 } });
    assert.deepEqual([r.grade, r.b], ['narrows', 'on the first day of the third month following the ratifications exchanged (Art. 9)']);
  });
  it('"whichever is later" added narrows, dropped widens', () => {
    const r = entry({}, { entryIntoForce: { notBefore: '2000-01-01' } });
    assert.deepEqual([r.grade, r.b], ['narrows', 'on the ratifications exchanged, or on 2000-01-01 if that is later (Art. 9)']);
    assert.equal(entry({ entryIntoForce: { notBefore: '2000-01-01' } }, {}).grade, 'widens');
  });
  it('a threshold of more instruments, more states named among them, and a later delay (for later states too, by default) narrows', () => {
    const r = entry(
      { entryIntoForce: { event: 'instrument-deposited', threshold: { instruments: 7, including: ['USA'] } } },
      { entryIntoForce: { event: 'instrument-deposited', monthStart: 1, threshold: { instruments: 10, including: ['USA', 'GBR'] } } },
    );
    assert.deepEqual(
      [r.grade, r.a, r.b],
      [
        'narrows',
        "on the 7th state's instrument deposited (USA among the first 7) (Art. 9)",
        "on the first day of the month following the 10th state's instrument deposited (USA, GBR among the first 10) (Art. 9)",
      ],
    );
    assert.equal(
      r.reason,
      "B needs more instruments (10 against 7); B names more states that must be among them; B's entry into force comes later after the same act; a later state is bound later in B",
    );
  });
  it('other states named among the threshold is unclear; a threshold against a single act is unclear', () => {
    const threshold = (including: string[]) => ({ event: 'instrument-deposited', threshold: { instruments: 2, including } });
    assert.equal(entry({ entryIntoForce: threshold(['USA']) }, { entryIntoForce: threshold(['GBR']) }).grade, 'unclear');
    const r = entry({ entryIntoForce: { event: 'instrument-deposited' } }, { entryIntoForce: threshold([]) });
    assert.deepEqual(
      [r.grade, r.reason],
      ['unclear', 'B enters into force once a number of states have deposited their instruments, the other on one act'],
    );
  });
  it("a later state's own delay: thirty days rather than on the day narrows", () => {
    const t = { event: 'instrument-deposited', threshold: { instruments: 2, including: [] } };
    const r = entry({ entryIntoForce: { ...t, laterParties: {} } }, { entryIntoForce: { ...t, laterParties: { offset: 'P30D' } } });
    assert.deepEqual([r.grade, r.reason], ['narrows', 'a later state is bound later in B']);
    assert.match(r.b, /; for a state whose instrument comes later, 30 days after its instrument \(Art\. 9\)$/);
  });
  it('fixed dates: a later one narrows; a fixed date against an act is unclear', () => {
    const r = entry(
      { entryIntoForce: { event: undefined, date: '2000-01-01' } },
      { entryIntoForce: { event: undefined, date: '2001-06-01' } },
    );
    assert.deepEqual(
      [r.grade, r.b, r.reason],
      ['narrows', 'on 2001-06-01 (a fixed date) (Art. 9)', 'B enters into force later, on 2001-06-01 against 2000-01-01'],
    );
    const mixed = entry({ entryIntoForce: { event: undefined, date: '2000-01-01' } }, {});
    assert.deepEqual([mixed.grade, mixed.reason], ['unclear', 'A enters into force on a fixed date, the other on an act']);
  });
  it('an unknown clause is unclear against anything, and the same against itself', () => {
    const unknown = { event: undefined, unknown: 'the final clauses are not in the report' };
    const r = entry({}, { entryIntoForce: unknown });
    assert.deepEqual(
      [r.grade, r.b, r.reason],
      [
        'unclear',
        'unknown: the final clauses are not in the report (Art. 9)',
        "B's entry into force is unknown: the two cannot be compared",
      ],
    );
    assert.deepEqual([entry({ entryIntoForce: unknown }, { entryIntoForce: unknown }).grade], ['same']);
  });
  it('provisional application added widens (obligations apply before entry into force); changed is unclear', () => {
    const signed = { event: 'treaty-signed', provision: 'entry' };
    const r = entry({}, { lifecycle: { provisionalApplication: signed } });
    assert.deepEqual(
      [r.grade, r.b, r.reason],
      [
        'widens',
        'on the ratifications exchanged (Art. 9); applied provisionally from the treaty signed by every original party, until it enters into force for that state',
        'the same act puts both in force, with the same delay; B is applied provisionally before it enters into force, A is not',
      ],
    );
    const other = { date: '2000-01-01', parties: ['RUS'], provision: 'entry' };
    assert.equal(
      entry({ lifecycle: { provisionalApplication: signed } }, { lifecycle: { provisionalApplication: other } }).grade,
      'unclear',
    );
  });
});

describe('duration, notice and withdrawal: each new shape against another', () => {
  it('a first term then indefinite against indefinite: no end date either way; the first term delays the exit, which widens', () => {
    const r = rows(
      { duration: { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y' } } },
      { duration: { type: 'first-term-then-indefinite', initialTerm: 'P10Y', withdrawal: { noticePeriod: 'P1Y' } } },
    );
    assert.deepEqual([r.duration.grade, r.renewal.grade, r.notice.grade, r.withdrawal.grade], ['same', 'same', 'widens', 'same']);
    assert.equal(r.duration.b, 'a first term of 10 years, then no end date: in force until a party withdraws');
    assert.equal(r.notice.b, 'withdrawal by notice, effective 1 year after it, and not before the first term of 10 years ends');
  });
  it('tied: to the same treaty is the same, to another or against a term of its own is unclear', () => {
    const tied = (treaty: string): DurationClause => ({ type: 'tied', treaty });
    assert.deepEqual(
      [
        rows({ duration: tied('x') }, { duration: tied('x') }).duration.grade,
        rows({ duration: tied('x') }, { duration: tied('y') }).duration.grade,
      ],
      ['same', 'unclear'],
    );
    const r = rows({ duration: { type: 'fixed', term: 'P10Y' } }, { duration: tied('x') });
    assert.deepEqual(
      [r.duration.grade, r.duration.b, r.duration.reason],
      ['unclear', 'as long as treaty "x" is in force', 'B lasts as long as another treaty, which its own terms do not say how long is'],
    );
    assert.deepEqual([r.notice.grade, r.notice.b], ['widens', 'none by notice: it ends when treaty "x" does']);
  });
  it('an unknown duration makes every row but agreement unclear, and says "unknown"', () => {
    const r = rows({}, { duration: { type: 'unknown', reason: 'the report omits it' } });
    assert.deepEqual(
      [r.duration, r.renewal, r.notice, r.withdrawal, r['termination-by-agreement']].map((x) => [x.grade, x.b]),
      [
        ['unclear', 'unknown: the report omits it'],
        ['unclear', 'unknown'],
        ['unclear', 'unknown'],
        ['unclear', 'unknown'],
        ['same', 'not mentioned; always possible by consent (VCLT Art. 54(b))'],
      ],
    );
    assert.equal(r.duration.reason, "B's duration clause is unknown: the two cannot be compared");
  });
  it('withdrawal on the first day of the following month rather than six months after narrows', () => {
    const r = rows(
      { duration: { type: 'indefinite', withdrawal: { noticePeriod: 'P6M' } } },
      { duration: { type: 'indefinite', withdrawal: { monthStart: 1 } } },
    );
    assert.deepEqual([r.withdrawal.grade, r.notice.grade], ['narrows', 'narrows']);
    assert.equal(r.withdrawal.b, 'by notice, effective on the first day of the month following it');
  });
  it('a notice allowed only after twenty years widens the withdrawal and the exit', () => {
    const r = rows(
      { duration: { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y' } } },
      { duration: { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', noticeAllowedAfter: 'P20Y' } } },
    );
    assert.deepEqual([r.withdrawal.grade, r.notice.grade], ['widens', 'widens']);
  });
});

describe('a clause that depends on a reading', () => {
  it('against a plain clause: graded under each reading, the grades combined', () => {
    const r = rows(
      { duration: TWENTY_YEARS },
      { duration: { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P20Y' } } },
    );
    assert.deepEqual([r.duration.grade, r.notice.grade, r.withdrawal.grade], ['same', 'narrows', 'unclear']);
    assert.equal(
      r.notice.reason,
      'under A\'s "notice-after" (twenty-years): a party acting alone can end B sooner than A; under A\'s "effect-after" (twenty-years): the same way out by notice',
    );
    assert.equal(r.duration.reason, 'under every reading: if no party acts, both run with no end date');
    assert.equal(
      r.withdrawal.a,
      'depends on the reading of "twenty-years": under "notice-after", by notice, effective 1 year after it; a notice may be given only once the treaty has been in force 20 years (an earlier one has no effect); under "effect-after", by notice, effective 1 year after it, not before 20 years in force',
    );
  });
  it('both on the same term: reading by reading', () => {
    const longer: DurationClause = {
      ...TWENTY_YEARS,
      readings: {
        ...TWENTY_YEARS.readings,
        'effect-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P2Y', minimumInForce: 'P20Y' } },
      },
    };
    const r = rows({ duration: TWENTY_YEARS }, { duration: longer });
    assert.deepEqual([r.withdrawal.grade, r.notice.grade], ['widens', 'widens']);
    assert.equal(
      r.withdrawal.reason,
      'under "notice-after" (twenty-years): the same withdrawal clause; under "effect-after" (twenty-years): B\'s withdrawal takes longer to take effect',
    );
  });
  it('termination by agreement provided for under some readings only is said so', () => {
    const some: DurationClause = {
      type: 'by-reading',
      term: 'twenty-years',
      readings: { 'notice-after': { type: 'indefinite', terminationByAgreement: true }, 'effect-after': { type: 'indefinite' } },
    };
    assert.equal(
      rows({}, { duration: some })['termination-by-agreement'].b,
      'provided for by the treaty under some readings of "twenty-years"',
    );
  });
});

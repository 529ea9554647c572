import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgreedTermination, DurationClause, LifecycleNotice } from '../../src/model/lifecycle-clause.js';

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }): string {
  assert.equal(result.success, false);
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') ?? '';
}

describe('DurationClause', () => {
  it('reads the three kinds of clause', () => {
    const clauses = [
      { type: 'indefinite' },
      { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P5Y' } },
      { type: 'fixed', term: 'P10Y' },
      { type: 'fixed', term: 'P10Y', withdrawal: { noticePeriod: 'P6M' }, terminationByAgreement: true },
      { type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y', noticeBefore: 'P1Y' },
    ];
    for (const clause of clauses) assert.deepEqual(DurationClause.parse(clause), clause);
  });

  it('names the field with a bad duration and says what is wrong', () => {
    const result = DurationClause.safeParse({ type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'PT5H', noticeBefore: 'P1Y' });
    assert.match(messages(result), /^renewalTerm: .*time part/);
  });

  it('refuses missing and unknown fields (a typo must not pass silently)', () => {
    assert.match(messages(DurationClause.safeParse({ type: 'renewing', initialTerm: 'P10Y', renewalTerm: 'P5Y' })), /noticeBefore/);
    assert.match(messages(DurationClause.safeParse({ type: 'fixed', term: 'P10Y', noticeBefor: 'P1Y' })), /noticeBefor/);
    assert.equal(DurationClause.safeParse({ type: 'renewing-ish' }).success, false);
    assert.equal(
      DurationClause.safeParse({
        type: 'renewing',
        initialTerm: 'P10Y',
        renewalTerm: 'P5Y',
        noticeBefore: 'P1Y',
        withdrawal: { noticePeriod: 'P1Y' },
      }).success,
      false,
    );
  });
});

describe('notices and agreed terminations', () => {
  it('a notice needs an id, a real date and a party', () => {
    assert.ok(LifecycleNotice.safeParse({ id: 'notice-1995', date: '1995-08-07', by: 'RUS' }).success);
    assert.match(messages(LifecycleNotice.safeParse({ id: 'n', date: '1995-02-29', by: 'RUS' })), /^date: .*February 1995 has 28 days/);
    assert.equal(LifecycleNotice.safeParse({ id: 'n', date: '1995-08-07' }).success, false);
  });

  it('an agreement cannot end the treaty before it was made', () => {
    assert.ok(AgreedTermination.safeParse({ id: 'a', date: '2000-02-09', effective: '2000-02-09' }).success);
    assert.ok(AgreedTermination.safeParse({ id: 'a', date: '2000-02-09' }).success);
    assert.match(
      messages(AgreedTermination.safeParse({ id: 'a', date: '2000-02-09', effective: '2000-02-08' })),
      /^effective: .*cannot end the treaty earlier/,
    );
  });
});

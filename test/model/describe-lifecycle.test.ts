/** Lifecycle clauses in plain words (src/model/describe.ts): every entry-into-force and duration shape, exactly. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  delayInWords,
  describeDuration,
  describeEntryIntoForce,
  describeProvisionalApplication,
  type DurationClause,
  type EntryIntoForce,
} from '../../src/model/index.js';

describe('delays in words', () => {
  it('on the act, after it, on the first day of a month following it, or both', () => {
    assert.deepEqual(
      [{}, { offset: 'P30D' }, { monthStart: 1 }, { monthStart: 3 }, { monthStart: 13 }, { offset: 'P3M', monthStart: 1 }].map((rule) =>
        delayInWords(rule, 'the deposit'),
      ),
      [
        'on the deposit',
        '30 days after the deposit',
        'on the first day of the month following the deposit',
        'on the first day of the third month following the deposit',
        'on the first day of the 13th month following the deposit',
        'on the first day of the month following the end of 3 months after the deposit',
      ],
    );
  });
});

describe('entry into force in words', () => {
  const cases: [EntryIntoForce, string][] = [
    [{ event: 'ratifications-exchanged' }, 'on the ratifications exchanged'],
    [
      { event: 'ratifications-exchanged', offset: 'P30D', notBefore: '2000-01-01' },
      '30 days after the ratifications exchanged, or on 2000-01-01 if that is later',
    ],
    [{ event: 'treaty-signed' }, 'on the treaty signed'],
    [
      {
        event: 'ratification-deposited',
        monthStart: 1,
        threshold: { instruments: 7, including: ['USA', 'GBR'] },
        laterParties: { offset: 'P30D' },
      },
      "on the first day of the month following the 7th state's ratification deposited (USA, GBR among the first 7); for a state whose instrument comes later, 30 days after its instrument",
    ],
    [{ event: 'ratification-deposited', threshold: { instruments: 1, including: [] } }, "on the first state's ratification deposited"],
    [{ date: '1995-01-01' }, 'on 1995-01-01 (a fixed date)'],
    [{ unknown: 'the final clauses are not in the source' }, 'unknown: the final clauses are not in the source'],
  ];
  for (const [rule, words] of cases) it(words, () => assert.equal(describeEntryIntoForce(rule), words));
  it('provisional application: from an act or a date, by whom, until when', () => {
    assert.equal(
      describeProvisionalApplication({ event: 'treaty-signed', parties: ['AAA', 'BBB'], endEvent: 'ratification-refused' }),
      'applied provisionally from the treaty signed by AAA, BBB, until it enters into force for that state or its notice that it will not become a party ("ratification-refused")',
    );
    assert.equal(
      describeProvisionalApplication({ date: '2000-01-01' }),
      'applied provisionally from 2000-01-01 by every original party, until it enters into force for that state',
    );
  });
});

describe('durations in words', () => {
  const cases: [DurationClause, string][] = [
    [{ type: 'indefinite' }, 'indefinite; no withdrawal clause'],
    [
      { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P5Y' } },
      'indefinite; a party may withdraw by notice, effective 1 year after it, not before 5 years in force',
    ],
    [
      { type: 'indefinite', withdrawal: { monthStart: 1, noticeAllowedAfter: 'P20Y' } },
      'indefinite; a party may withdraw by notice, effective on the first day of the month following it; a notice may be given only once the treaty has been in force 20 years (an earlier one has no effect)',
    ],
    [
      { type: 'fixed', term: 'P10Y', withdrawal: { noticePeriod: 'P6M', monthStart: 1 } },
      'fixed term of 10 years; withdrawal by notice, effective on the first day of the month following the end of 6 months after it',
    ],
    [
      { type: 'first-term-then-indefinite', initialTerm: 'P10Y', withdrawal: { noticePeriod: 'P1Y' } },
      'first term 10 years, then indefinite; no withdrawal takes effect before the first term ends; a party may withdraw by notice, effective 1 year after it',
    ],
    [{ type: 'tied', treaty: 'north-atlantic-1949' }, 'in force as long as treaty "north-atlantic-1949" is'],
    [{ type: 'unknown', reason: 'the report omits it' }, 'unknown: the report omits it'],
    [
      {
        type: 'by-reading',
        term: 'twenty-years',
        readings: {
          'notice-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', noticeAllowedAfter: 'P20Y' } },
          'effect-after': { type: 'indefinite', withdrawal: { noticePeriod: 'P1Y', minimumInForce: 'P20Y' } },
        },
      },
      'depends on the reading of "twenty-years". Under "notice-after": indefinite; a party may withdraw by notice, effective 1 year after it; a notice may be given only once the treaty has been in force 20 years (an earlier one has no effect). Under "effect-after": indefinite; a party may withdraw by notice, effective 1 year after it, not before 20 years in force',
    ],
  ];
  for (const [clause, words] of cases) it(`${clause.type}: ${words.slice(0, 60)}…`, () => assert.equal(describeDuration(clause), words));
});

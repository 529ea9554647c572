/**
 * The schema's own rules for the lifecycle clauses of issue 14 (src/model/lifecycle-entry.ts,
 * lifecycle-clause.ts), as `pacta check` reports them: each a copy of the minimal fixture corpus
 * with one clause changed, asserted for its exact code, message, hint, file, line and column. The
 * good forms check clean.
 */
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { mutatedCorpus } from './support.js';

const T = 'demo-pact/treaty.yaml';
const ENTRY = 'entryIntoForce: { event: ratifications-exchanged, provision: art2-lifecycle }';
const DURATION = 'duration: { type: renewing, initialTerm: P10Y, renewalTerm: P5Y, noticeBefore: P1Y }';
const FIX = 'correct the value as the message says';

/** Every finding of the corpus with `find` replaced, as `file:line:column code: message | hint`. */
function findings(find: string, replace: string): string[] {
  const root = mutatedCorpus({ file: T, find, replace });
  return checkCorpus(root).diagnostics.map((d) => `${relative(root, d.file)}:${d.line}:${d.column} ${d.code}: ${d.message} | ${d.hint}`);
}

const entry = (replace: string) => findings(ENTRY, `entryIntoForce: ${replace}`);
const duration = (replace: string) => findings(DURATION, `duration: ${replace}`);

describe('pacta check: entry into force, as the schema reads it', () => {
  it('takes an act, a fixed date, "whichever is later", a threshold, or an unknown clause', () => {
    for (const good of [
      '{ event: ratifications-exchanged, monthStart: 1, provision: art2-lifecycle }',
      '{ event: ratifications-exchanged, offset: P3M, monthStart: 1, notBefore: 1990-07-01, provision: art2-lifecycle }',
      '{ event: ratifications-exchanged, threshold: { instruments: 2 }, laterParties: { offset: P30D }, provision: art2-lifecycle }',
      '{ date: 1990-06-01, provision: art2-lifecycle }',
      '{ unknown: the final clauses are not in the source }',
    ])
      assert.deepEqual(entry(good), [], good);
  });
  it('an act and a date together: one of them', () => {
    assert.deepEqual(entry('{ event: ratifications-exchanged, date: 1990-06-01, provision: art2-lifecycle }'), [
      `${T}:10:28 schema: lifecycle.entryIntoForce.event: give only one of event, date and unknown: for "the later of a date and an act" write event with notBefore | ${FIX}`,
    ]);
  });
  it('an act said to be unknown: one of them', () => {
    assert.deepEqual(entry('{ event: ratifications-exchanged, unknown: not in the text, provision: art2-lifecycle }'), [
      `${T}:10:28 schema: lifecycle.entryIntoForce.event: give only one of event, date and unknown: for "the later of a date and an act" write event with notBefore | ${FIX}`,
    ]);
  });
  it('neither an act, a date nor unknown: located at the clause, since the field is missing', () => {
    assert.deepEqual(entry('{ provision: art2-lifecycle }'), [
      `${T}:10:19 schema: lifecycle.entryIntoForce.event: give the act that puts the treaty in force (event), a fixed date (date), or say why it is unknown (unknown) | ${FIX}`,
    ]);
  });
  it('"whichever is later" without an act', () => {
    assert.deepEqual(entry('{ date: 1990-06-01, notBefore: 1990-01-01, provision: art2-lifecycle }'), [
      `${T}:10:50 schema: lifecycle.entryIntoForce.notBefore: notBefore qualifies an act: give the act's event type in event | ${FIX}`,
    ]);
  });
  it('month-start rounding and a threshold without an act: each field is named', () => {
    assert.deepEqual(entry('{ date: 1990-06-01, monthStart: 1, threshold: { instruments: 2 }, provision: art2-lifecycle }'), [
      `${T}:10:51 schema: lifecycle.entryIntoForce.monthStart: monthStart qualifies an act: give the act's event type in event | ${FIX}`,
      `${T}:10:65 schema: lifecycle.entryIntoForce.threshold: threshold qualifies an act: give the act's event type in event | ${FIX}`,
    ]);
  });
  it('a threshold naming a state twice, or more states than instruments', () => {
    assert.deepEqual(
      entry('{ event: ratifications-exchanged, threshold: { instruments: 1, including: [AAA, AAA] }, provision: art2-lifecycle }'),
      [`${T}:10:99 schema: lifecycle.entryIntoForce.threshold.including[1]: AAA is named twice: name each state once | ${FIX}`],
    );
    assert.deepEqual(
      entry('{ event: ratifications-exchanged, threshold: { instruments: 1, including: [AAA, BBB] }, provision: art2-lifecycle }'),
      [
        `${T}:10:93 schema: lifecycle.entryIntoForce.threshold.including: 2 states must be among 1 instruments: raise instruments to at least 2, or name fewer states | ${FIX}`,
      ],
    );
  });
  it('a rule for later states where no state can come later', () => {
    assert.deepEqual(entry('{ event: ratifications-exchanged, laterParties: { offset: P30D }, provision: art2-lifecycle }'), [
      `${T}:10:67 schema: lifecycle.entryIntoForce.laterParties: laterParties says when a later instrument takes effect, but no state can come later: add a threshold or an accessionEvent, or drop it | ${FIX}`,
    ]);
  });
  it('month-start rounding from month 0', () => {
    assert.deepEqual(entry('{ event: ratifications-exchanged, monthStart: 0, provision: art2-lifecycle }'), [
      `${T}:10:65 schema: lifecycle.entryIntoForce.monthStart: monthStart counts months from 1 (the month after the act) | see the JSON Schema in schemas/ for the expected form`,
    ]);
  });
  it('a rule with neither its provision nor who attests it', () => {
    assert.deepEqual(entry('{ event: ratifications-exchanged }'), [
      `${T}:10:19 schema: lifecycle.entryIntoForce.provision: say where the entry-into-force rule comes from: provision (its words in the source) or attestedBy (a report) | ${FIX}`,
    ]);
  });
});

describe('pacta check: provisional application, as the schema reads it', () => {
  const provisional = (clause: string) => findings(ENTRY, `${ENTRY}\n  provisionalApplication: ${clause}`);
  it('from an act, or from a date, for some parties', () => {
    assert.deepEqual(provisional('{ event: ratifications-exchanged, parties: [AAA], provision: art2-lifecycle }'), []);
    assert.deepEqual(provisional('{ date: 1990-03-01, provision: art2-lifecycle }'), []);
  });
  it('both an act and a date', () => {
    assert.deepEqual(provisional('{ event: ratifications-exchanged, date: 1990-03-01, provision: art2-lifecycle }'), [
      `${T}:11:67 schema: lifecycle.provisionalApplication.date: give only one of event and date: provisional application starts on an act or on a date | ${FIX}`,
    ]);
  });
  it('neither, and no source', () => {
    assert.deepEqual(provisional('{ parties: [AAA] }'), [
      `${T}:11:27 schema: lifecycle.provisionalApplication.event: say from when it is applied: event (an act, e.g. treaty-signed) or date | ${FIX}`,
      `${T}:11:27 schema: lifecycle.provisionalApplication.provision: say where provisional application comes from: provision or attestedBy | ${FIX}`,
    ]);
  });
});

describe('pacta check: duration clauses, as the schema reads them', () => {
  it('takes a withdrawal by month start, a first term then indefinite, tied, unknown and by-reading clauses', () => {
    for (const good of [
      '{ type: indefinite, withdrawal: { monthStart: 3, noticeAllowedAfter: P20Y } }',
      '{ type: first-term-then-indefinite, initialTerm: P10Y, withdrawal: { noticePeriod: P6M, monthStart: 1 } }',
      '{ type: unknown, reason: the report omits the duration clause }',
      '{ type: by-reading, term: immediately, readings: { no-fixed-deadline: { type: indefinite }, within-seven-days: { type: fixed, term: P20Y } } }',
    ])
      assert.deepEqual(duration(good), [], good);
  });
  it('a withdrawal that does not say when it takes effect', () => {
    assert.deepEqual(duration('{ type: indefinite, withdrawal: { minimumInForce: P5Y } }'), [
      `${T}:11:45 schema: lifecycle.duration.withdrawal.noticePeriod: say when a withdrawal takes effect: noticePeriod (e.g. P1Y), monthStart (the first day of the Nth month after), or both | ${FIX}`,
    ]);
  });
  it('the same under a reading: located at the clause of that reading', () => {
    assert.deepEqual(
      duration(
        '{ type: by-reading, term: immediately, readings: { no-fixed-deadline: { type: indefinite, withdrawal: { minimumInForce: P5Y } }, within-seven-days: { type: indefinite } } }',
      ),
      [
        `${T}:11:115 schema: lifecycle.duration.readings.no-fixed-deadline.withdrawal.noticePeriod: say when a withdrawal takes effect: noticePeriod (e.g. P1Y), monthStart (the first day of the Nth month after), or both | ${FIX}`,
      ],
    );
  });
  // The duration clause is one discriminated union over all seven types (src/model/lifecycle-clause.ts),
  // so that a plain clause's missing field is named, as before issue 14.
  it('a renewing clause without its notice names the missing field', () => {
    assert.deepEqual(duration('{ type: renewing, initialTerm: P10Y, renewalTerm: P5Y }'), [
      `${T}:11:13 schema: lifecycle.duration.noticeBefore: missing required field (expected string) | add the field`,
    ]);
  });
  it('a first term then indefinite without its withdrawal clause names the missing field', () => {
    assert.deepEqual(duration('{ type: first-term-then-indefinite, initialTerm: P10Y }'), [
      `${T}:11:13 schema: lifecycle.duration.withdrawal: missing required field (expected object) | add the field`,
    ]);
  });
});

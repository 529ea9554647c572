/**
 * Treaty lifecycle from the real corpus: statuses and their explanations on the days that matter,
 * and an entry into force that is unknown (not assumed) when its fact is missing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { statusAt } from '../../src/engine/status-at.js';
import type { ExplanationStep } from '../../src/model/results.js';
import { intervalsOf, loadRealCorpus, onlyRun, scenario } from './support.js';

const corpus = loadRealCorpus();

const eventIds = (steps: ExplanationStep[]) => steps.filter((s) => s.step === 'event').map((s) => s.event?.id);
const provisionIds = (steps: ExplanationStep[]) => steps.filter((s) => s.step === 'provision').map((s) => s.provision?.id);

describe('lifecycle of the 1961 treaty from its recorded history', () => {
  it('is in force on 1996-09-09, in its sixth term, which ends on 1996-09-10', () => {
    const s = statusAt(corpus, 'ussr-prk-1961', '1996-09-09');
    assert.equal(s.status, 'in-force');
    assert.equal(s.term, 6);
    assert.equal(s.termEnd, '1996-09-10');
    assert.equal(s.since, '1961-09-10');
    assert.equal(s.until, '1996-09-10');
    assert.equal(s.noticeDeadline, '1995-09-10');
    assert.deepEqual(provisionIds(s.explanation), ['art6-entry-into-force', 'art6-duration-renewal']);
    assert.deepEqual(eventIds(s.explanation), ['ratifications-exchanged']);
    assert.equal(s.explanation.at(-1)!.text, 'In force, term 6, from 1991-09-10 to 1996-09-10 (last day 1996-09-09).');
  });

  it('is terminated on 1996-09-10 by the 1995 notice, explained by the notice, Article 6 and the exchange of ratifications', () => {
    const s = statusAt(corpus, 'ussr-prk-1961', '1996-09-10');
    assert.equal(s.status, 'terminated');
    assert.equal(s.since, '1996-09-10');
    assert.equal(s.until, null);
    assert.equal(s.term, null);
    assert.deepEqual(eventIds(s.explanation), ['ratifications-exchanged', 'notice-1995']);
    assert.deepEqual(provisionIds(s.explanation), ['art6-entry-into-force', 'art6-duration-renewal']);
    const art6 = s.explanation.filter((step) => step.provision?.article === '6');
    assert.equal(art6.length, 2);
    const exchange = s.explanation.find((step) => step.event?.id === 'ratifications-exchanged')!;
    assert.equal(exchange.event!.date, '1961-09-10');
    const notice = s.explanation.find((step) => step.event?.id === 'notice-1995')!;
    assert.equal(notice.event!.date, '1995-08-07');
    assert.equal(notice.text.split(' (event')[0], 'Notice given by RUS, continuing SUN, on 1995-08-07');
    const succession = s.explanation.find((step) => step.step === 'succession')!;
    assert.match(succession.text, /^RUS continues SUN from 1991-12-25, in its place under its treaties \(Letter of the President/);
    assert.equal(
      s.explanation.at(-1)!.text,
      'The notice was in time for term 6: notice by 1995-09-10 (last day); so the treaty ended with that term, on 1996-09-10 (last day in force 1996-09-09).',
    );
  });

  it('gives the whole history as contiguous intervals: not in force, six terms, terminated', () => {
    const run = onlyRun(evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'] })));
    assert.deepEqual(intervalsOf(run, 'ussr-prk-1961'), [
      { status: 'not-in-force', from: null, to: '1961-09-10', term: null },
      { status: 'in-force', from: '1961-09-10', to: '1971-09-10', term: 1 },
      { status: 'in-force', from: '1971-09-10', to: '1976-09-10', term: 2 },
      { status: 'in-force', from: '1976-09-10', to: '1981-09-10', term: 3 },
      { status: 'in-force', from: '1981-09-10', to: '1986-09-10', term: 4 },
      { status: 'in-force', from: '1986-09-10', to: '1991-09-10', term: 5 },
      { status: 'in-force', from: '1991-09-10', to: '1996-09-10', term: 6 },
      { status: 'terminated', from: '1996-09-10', to: null, term: null },
    ]);
  });
});

describe('lifecycle of the 2024 treaty from its recorded history', () => {
  it('is not in force on 2024-12-03, until the exchange of ratifications', () => {
    const s = statusAt(corpus, 'prk-rus-2024', '2024-12-03');
    assert.equal(s.status, 'not-in-force');
    assert.equal(s.since, null);
    assert.equal(s.until, '2024-12-04');
  });

  it('is in force from 2024-12-04, without a term', () => {
    const s = statusAt(corpus, 'prk-rus-2024', '2024-12-04');
    assert.equal(s.status, 'in-force');
    assert.equal(s.since, '2024-12-04');
    assert.equal(s.until, null);
    assert.equal(s.term, null);
    assert.deepEqual(eventIds(s.explanation), ['ratifications-exchanged']);
    const exchange = s.explanation.find((step) => step.event?.id === 'ratifications-exchanged')!;
    assert.equal(exchange.event!.date, '2024-12-04');
  });
});

describe('a missing entry-into-force fact', () => {
  const noExchange = scenario({ treaties: ['prk-rus-2024'], drop: ['prk-rus-2024/ratifications-exchanged'] });

  it('leaves the entry into force unknown, not assumed, and says so', () => {
    const s = statusAt(corpus, 'prk-rus-2024', '2025-01-01', noExchange);
    assert.equal(s.status, 'not-in-force');
    assert.equal(s.until, null);
    const missing = s.explanation.filter((step) => step.step === 'missing-fact');
    assert.equal(missing.length, 1);
    assert.match(missing[0]!.text, /entry into force is unknown, not assumed/);
  });

  it('makes the whole timeline one open not-in-force interval, with a warning, and no duty', () => {
    const result = evaluateScenario(corpus, noExchange);
    const run = onlyRun(result);
    assert.deepEqual(intervalsOf(run, 'prk-rus-2024'), [{ status: 'not-in-force', from: null, to: null, term: null }]);
    assert.equal(run.treaties[0]!.intervals[0]!.explanation.at(-1)!.step, 'missing-fact');
    // No duty arose: every provision and binding has a row saying why not — the treaty never applied.
    assert.ok(run.obligations.length > 0);
    for (const o of run.obligations) {
      assert.deepEqual([o.outcome, o.from], ['not-applicable', null]);
      assert.equal(
        o.explanation.at(-1)!.text,
        'Not applicable: the treaty did not apply (in force or provisionally) on any day evaluated.',
      );
    }
    assert.deepEqual(result.warnings, [
      'prk-rus-2024: no recorded entry into force; treated as not in force (entry into force unknown, not assumed)',
    ]);
  });

  it('does the same for the 1961 treaty when its exchange is dropped: no term, no notice, no end', () => {
    const s = statusAt(corpus, 'ussr-prk-1961', '1980-01-01', scenario({ drop: ['ussr-prk-1961/ratifications-exchanged'] }));
    assert.equal(s.status, 'not-in-force');
    assert.equal(s.term, null);
    assert.ok(s.explanation.some((step) => step.step === 'missing-fact'));
  });
});

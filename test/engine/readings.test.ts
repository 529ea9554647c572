/**
 * Several readings in one run: one result per combination of readings, and a summary listing
 * exactly the conclusions that differ between them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { ev, loadRealCorpus, obligationsOf, scenario } from './support.js';

const corpus = loadRealCorpus();

describe('several readings in one run', () => {
  const result = evaluateScenario(
    corpus,
    scenario({
      treaties: ['ussr-prk-1961'],
      readings: { 'state-of-war': ['armed-hostilities', 'declared-war'], immediately: ['no-fixed-deadline', 'within-seven-days'] },
      events: [
        ev('attack', '1985-03-01', 'armed-attack', { by: 'USA', against: 'PRK' }),
        ev('aid', '1985-03-10', 'assistance-provided', { by: 'SUN', to: 'PRK', kind: 'military' }),
        ev('alliance', '1986-01-01', 'hostile-alliance-joined', { by: 'PRK', against: 'SUN' }),
      ],
    }),
  );

  it('evaluates every combination of the readings asked for, terms in order, the others at their default', () => {
    assert.deepEqual(
      result.runs.map((r) => ({ immediately: r.readings.immediately, 'state-of-war': r.readings['state-of-war'] })),
      [
        { immediately: 'no-fixed-deadline', 'state-of-war': 'armed-hostilities' },
        { immediately: 'no-fixed-deadline', 'state-of-war': 'declared-war' },
        { immediately: 'within-seven-days', 'state-of-war': 'armed-hostilities' },
        { immediately: 'within-seven-days', 'state-of-war': 'declared-war' },
      ],
    );
    // Every other term of the vocabulary is listed at its default in every run.
    for (const term of corpus.vocabulary.terms)
      if (term.id !== 'immediately' && term.id !== 'state-of-war')
        assert.deepEqual(
          result.runs.map((r) => r.readings[term.id]),
          result.runs.map(() => term.default),
          term.id,
        );
    assert.deepEqual(Object.keys(result.runs[0]!.readings), [...corpus.vocabulary.terms.map((t) => t.id)].sort());
  });

  it('gives each reading its own conclusions', () => {
    const assistance = result.runs.map((r) =>
      obligationsOf(r, 'art1-mutual-assistance').map((o) => ({
        outcome: o.outcome,
        from: o.from,
        to: o.to,
        deadline: o.deadline,
        events: o.events,
      })),
    );
    assert.deepEqual(assistance, [
      [{ outcome: 'discharged', from: '1985-03-01', to: '1985-03-10', deadline: null, events: ['attack', 'aid'] }],
      [],
      [{ outcome: 'breached', from: '1985-03-01', to: '1985-03-08', deadline: '1985-03-08', events: ['attack', 'aid'] }],
      [],
    ]);
    const breached = obligationsOf(result.runs[2]!, 'art1-mutual-assistance')[0]!;
    const readings = breached.explanation.filter((s) => s.step === 'reading').map((s) => s.reading);
    assert.deepEqual(readings, [
      { term: 'state-of-war', reading: 'armed-hostilities' },
      { term: 'immediately', reading: 'within-seven-days' },
    ]);
    assert.ok(
      breached.explanation.some((s) => s.step === 'event' && s.text.startsWith('Performed late: assistance provided by SUN to PRK')),
    );
  });

  it('lists exactly the conclusions that differ: the assistance duty, not the breach of Article 2 or the standing duties', () => {
    assert.deepEqual(
      result.differences.map((d) => [d.treaty, d.provision, d.bearer, d.beneficiary]),
      [['ussr-prk-1961', 'art1-mutual-assistance', 'SUN', 'PRK']],
    );
    const [d] = result.differences;
    assert.deepEqual(
      d!.outcomes.map((o) => [o.readings['state-of-war'], o.readings.immediately, o.outcome, o.from]),
      [
        ['armed-hostilities', 'no-fixed-deadline', 'discharged', '1985-03-01'],
        ['declared-war', 'no-fixed-deadline', 'not-triggered', null],
        ['armed-hostilities', 'within-seven-days', 'breached', '1985-03-01'],
        ['declared-war', 'within-seven-days', 'not-triggered', null],
      ],
    );
    assert.equal(
      d!.summary,
      'art1-mutual-assistance (SUN → PRK): discharged (duty from 1985-03-01) under immediately: no-fixed-deadline, state-of-war: armed-hostilities; ' +
        'not-triggered under immediately: no-fixed-deadline, state-of-war: declared-war; ' +
        'breached (duty from 1985-03-01) under immediately: within-seven-days, state-of-war: armed-hostilities; ' +
        'not-triggered under immediately: within-seven-days, state-of-war: declared-war',
    );
    // A difference carries what the schema says, nothing of one run's obligation besides.
    assert.deepEqual(Object.keys(d!).sort(), ['bearer', 'beneficiary', 'outcomes', 'provision', 'summary', 'treaty']);
    for (const run of result.runs)
      assert.deepEqual(
        obligationsOf(run, 'art2-no-hostile-alliance')
          .filter((o) => o.outcome === 'breached')
          .map((o) => o.from),
        ['1986-01-01'],
      );
  });

  it('lists nothing when the readings agree, and nothing for a single run', () => {
    const agree = evaluateScenario(
      corpus,
      scenario({
        treaties: ['ussr-prk-1961'],
        readings: { 'state-of-war': ['armed-hostilities', 'declared-war'] },
        events: [
          ev('w', '1970-04-01', 'war-declared', { by: 'KOR', against: 'PRK' }),
          ev('a', '1970-04-02', 'armed-attack', { by: 'KOR', against: 'PRK' }),
        ],
      }),
    );
    assert.equal(agree.runs.length, 2);
    assert.deepEqual(agree.differences, []);
    assert.deepEqual(evaluateScenario(corpus, scenario({ treaties: ['ussr-prk-1961'] })).differences, []);
  });

  it('declared war puts a party in a state of war on both readings; an attack alone only on armed hostilities', () => {
    const r = evaluateScenario(
      corpus,
      scenario({
        treaties: ['ussr-prk-1961'],
        readings: { 'state-of-war': ['armed-hostilities', 'declared-war'] },
        events: [ev('a', '1980-04-02', 'armed-attack', { by: 'KOR', against: 'PRK' })],
      }),
    );
    assert.deepEqual(
      r.runs.map((run) => run.fluents.map((f) => [f.fluent, f.subject, f.from])),
      [[['state-of-war', 'PRK', '1980-04-02']], []],
    );
  });
});

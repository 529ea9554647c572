/**
 * Triggers: a trigger on an event fires only for events on days the treaty is in force; a trigger
 * on a fluent holds whenever the fluent and the treaty both hold, whenever the fluent began.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import type { Provision } from '../../src/model/provision.js';
import type { RecordedEvent } from '../../src/model/timeline.js';
import {
  ev,
  exchange,
  fixtureCorpus,
  fixtureTreaty,
  gist,
  loadRealCorpus,
  obligationsOf,
  onlyRun,
  PROVISIONS,
  RENEWING_1961,
  scenario,
} from './support.js';

const real = loadRealCorpus();

// In force on [2000-01-01, 2010-01-01): ten years, ended by a notice given in time.
const tenYears = fixtureCorpus([
  fixtureTreaty({
    id: 't',
    parties: ['AAA', 'BBB'],
    duration: RENEWING_1961,
    provisions: [PROVISIONS.answerRequest, PROVISIONS.counterMeasures, PROVISIONS.assistance],
    history: [
      exchange('2000-01-01', ['AAA', 'BBB']),
      { id: 'notice', date: '2008-06-01', type: 'denunciation-notice', by: 'AAA', to: 'BBB', source: 'fixture' },
    ],
  }),
]);

describe('a trigger on an event', () => {
  it('fires only for events on days the treaty is in force: its first day and its last, not the days around', () => {
    const events = [
      ev('r1', '1999-12-31', 'consultation-requested', { by: 'AAA', to: 'BBB' }),
      ev('r2', '2000-01-01', 'consultation-requested', { by: 'AAA', to: 'BBB' }),
      ev('talks', '2000-01-05', 'consultations-held', { parties: ['AAA', 'BBB'] }),
      ev('r3', '2009-12-31', 'consultation-requested', { by: 'BBB', to: 'AAA' }),
      ev('r4', '2010-01-01', 'consultation-requested', { by: 'BBB', to: 'AAA' }),
    ];
    const run = onlyRun(evaluateScenario(tenYears, scenario({ events })));
    assert.deepEqual(obligationsOf(run, 'answer-request').map(gist), [
      {
        bearer: 'AAA+BBB',
        beneficiary: 'AAA',
        from: '2000-01-01',
        to: '2000-01-05',
        outcome: 'discharged',
        deadline: null,
        events: ['r2', 'talks'],
      },
      { bearer: 'AAA+BBB', beneficiary: 'BBB', from: '2009-12-31', to: '2010-01-01', outcome: 'lapsed', deadline: null, events: ['r3'] },
    ]);
    const lapsed = obligationsOf(run, 'answer-request')[1]!;
    assert.equal(
      lapsed.explanation.at(-1)!.text,
      'Lapsed on 2010-01-01: the treaty ceased to be in force that day, before it was performed (last day owed 2009-12-31).',
    );
  });

  it('an attack whose war ended before entry into force, and one after the end, trigger nothing (real corpus)', () => {
    const events = [
      ev('early', '1961-08-01', 'armed-attack', { by: 'USA', against: 'PRK' }),
      ev('peace', '1961-09-10', 'hostilities-ended', { parties: ['USA', 'PRK'] }),
      ev('late', '1996-09-10', 'armed-attack', { by: 'USA', against: 'PRK' }),
    ];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], events })));
    assert.deepEqual(obligationsOf(run, 'art1-mutual-assistance'), []);
  });

  it('a war begun before entry into force and going on after it triggers the duty from entry into force, citing VCLT Art. 28 (real corpus)', () => {
    const events = [
      ev('early', '1961-09-09', 'armed-attack', { by: 'USA', against: 'PRK' }),
      ev('peace', '1961-09-20', 'hostilities-ended', { parties: ['USA', 'PRK'] }),
    ];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], events })));
    const [duty] = obligationsOf(run, 'art1-mutual-assistance');
    assert.deepEqual(gist(duty!), {
      bearer: 'SUN',
      beneficiary: 'PRK',
      from: '1961-09-10',
      to: '1961-09-20',
      outcome: 'lapsed',
      deadline: null,
      events: ['early', 'peace'],
    });
    assert.ok(
      duty!.explanation.some(
        (s) =>
          s.step === 'rule' &&
          s.text.startsWith('The situation began on 1961-09-09, before the treaty applied on 1961-09-10, and continued') &&
          s.text.includes('VCLT Art. 28'),
      ),
    );
  });

  it('an attack on the first day in force triggers the duty (real corpus)', () => {
    const run = onlyRun(
      evaluateScenario(
        real,
        scenario({ treaties: ['ussr-prk-1961'], events: [ev('a', '1961-09-10', 'armed-attack', { by: 'USA', against: 'PRK' })] }),
      ),
    );
    assert.deepEqual(
      obligationsOf(run, 'art1-mutual-assistance').map((o) => [o.bearer, o.beneficiary, o.from, o.outcome]),
      [['SUN', 'PRK', '1961-09-10', 'lapsed']],
    );
  });

  it('a state of war that began before entry into force and continues is covered from entry into force (real corpus)', () => {
    const before = [ev('attack', '2024-08-01', 'armed-attack', { by: 'KOR', against: 'PRK' })];
    assert.deepEqual(
      obligationsOf(
        onlyRun(evaluateScenario(real, scenario({ treaties: ['prk-rus-2024'], events: before }))),
        'art4-mutual-assistance',
      ).map(gist),
      [{ bearer: 'RUS', beneficiary: 'PRK', from: '2024-12-04', to: null, outcome: 'active', deadline: null, events: ['attack'] }],
    );
  });
});

describe('a trigger on a fluent', () => {
  const sanctions = ev('measures', '2016-02-18', 'unilateral-measures-imposed', { by: 'USA', against: 'PRK' });

  it('holds from entry into force for sanctions imposed in 2016, and is discharged by countering them (real corpus)', () => {
    const events = [sanctions, ev('countered', '2025-01-20', 'measures-countered', { parties: ['PRK', 'RUS'] })];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['prk-rus-2024'], events })));
    assert.deepEqual(obligationsOf(run, 'counter-unilateral-measures').map(gist), [
      {
        bearer: 'PRK+RUS',
        beneficiary: 'PRK',
        from: '2024-12-04',
        to: '2025-01-20',
        outcome: 'discharged',
        deadline: null,
        events: ['measures', 'countered'],
      },
    ]);
  });

  it('stays active from entry into force while the measures last, and lapses when they are lifted (real corpus)', () => {
    const active = onlyRun(evaluateScenario(real, scenario({ treaties: ['prk-rus-2024'], events: [sanctions] })));
    assert.deepEqual(obligationsOf(active, 'counter-unilateral-measures').map(gist), [
      { bearer: 'PRK+RUS', beneficiary: 'PRK', from: '2024-12-04', to: null, outcome: 'active', deadline: null, events: ['measures'] },
    ]);
    const lifted = onlyRun(
      evaluateScenario(
        real,
        scenario({
          treaties: ['prk-rus-2024'],
          events: [sanctions, ev('lifted', '2026-03-01', 'unilateral-measures-lifted', { against: 'PRK' })],
        }),
      ),
    );
    assert.deepEqual(obligationsOf(lifted, 'counter-unilateral-measures').map(gist), [
      {
        bearer: 'PRK+RUS',
        beneficiary: 'PRK',
        from: '2024-12-04',
        to: '2026-03-01',
        outcome: 'lapsed',
        deadline: null,
        events: ['measures', 'lifted'],
      },
    ]);
  });

  it('does not hold for measures lifted before entry into force (real corpus)', () => {
    const events = [sanctions, ev('lifted', '2024-12-03', 'unilateral-measures-lifted', { against: 'PRK' })];
    assert.deepEqual(
      obligationsOf(onlyRun(evaluateScenario(real, scenario({ treaties: ['prk-rus-2024'], events }))), 'counter-unilateral-measures'),
      [],
    );
  });

  it('holds only while the treaty is in force: from its first day to its end', () => {
    const events = [ev('m', '1990-05-05', 'unilateral-measures-imposed', { by: 'CCC', against: 'BBB' })];
    const run = onlyRun(evaluateScenario(tenYears, scenario({ events })));
    const [o] = obligationsOf(run, 'counter-measures');
    assert.deepEqual(gist(o!), {
      bearer: 'AAA+BBB',
      beneficiary: 'BBB',
      from: '2000-01-01',
      to: '2010-01-01',
      outcome: 'lapsed',
      deadline: null,
      events: ['m'],
    });
    assert.equal(
      o!.explanation.at(-1)!.text,
      'Lapsed on 2010-01-01: the treaty ceased to be in force that day, before it was performed (last day owed 2009-12-31).',
    );
    assert.ok(
      o!.explanation.some((s) => s.step === 'fluent' && s.text.startsWith('BBB is in "under-unilateral-measures" from 1990-05-05')),
    );
  });

  it('combined with a request: the duty arises on the request, for a threat created before entry into force (real corpus)', () => {
    const events = [
      ev('threat', '2024-11-20', 'invasion-threat-created', { by: 'USA', against: 'PRK' }),
      ev('request', '2024-12-10', 'consultation-requested', { by: 'PRK', to: 'RUS' }),
      ev('talks', '2024-12-12', 'consultations-held', { parties: ['PRK', 'RUS'] }),
    ];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['prk-rus-2024'], events })));
    assert.deepEqual(obligationsOf(run, 'art3-threat-consultation').map(gist), [
      {
        bearer: 'PRK+RUS',
        beneficiary: 'PRK',
        from: '2024-12-10',
        to: '2024-12-12',
        outcome: 'discharged',
        deadline: null,
        events: ['threat', 'request', 'talks'],
      },
    ]);
  });

  it('a fluent started and ended on the same day held for no whole day, whatever the order the events are listed in', () => {
    const attack = ev('a', '2005-03-01', 'armed-attack', { by: 'CCC', against: 'AAA' });
    const ceasefire = ev('b', '2005-03-01', 'hostilities-ended', { parties: ['CCC', 'AAA'] });
    for (const events of [
      [attack, ceasefire],
      [ceasefire, attack],
    ]) {
      const run = onlyRun(evaluateScenario(tenYears, scenario({ events })));
      assert.deepEqual(run.fluents, []);
      assert.deepEqual(obligationsOf(run, 'assistance'), []);
    }
  });

  it('a war ended on a day of a new attack ends that day, whatever the order the events are listed in', () => {
    const events = [
      ev('a1', '2005-03-01', 'armed-attack', { by: 'CCC', against: 'AAA' }),
      ev('z-attack', '2005-04-01', 'armed-attack', { by: 'CCC', against: 'AAA' }),
      ev('b-ceasefire', '2005-04-01', 'hostilities-ended', { parties: ['CCC', 'AAA'] }),
    ];
    for (const order of [events, [...events].reverse()]) {
      const run = onlyRun(evaluateScenario(tenYears, scenario({ events: order })));
      assert.deepEqual(
        run.fluents.filter((f) => f.subject === 'AAA'),
        [{ fluent: 'state-of-war', subject: 'AAA', from: '2005-03-01', to: '2005-04-01', events: ['a1', 'b-ceasefire'] }],
      );
    }
  });
});

describe('a trigger on two fluents', () => {
  /** A treaty between AAA and BBB in force from 2000 whose one provision is the counter-measures duty with another trigger and beneficiary. */
  const treatyWith = (id: string, beneficiary: string, trigger: Provision['trigger'], history: RecordedEvent[] = []) =>
    fixtureCorpus([
      fixtureTreaty({
        id: 't',
        parties: ['AAA', 'BBB'],
        duration: RENEWING_1961,
        provisions: [{ ...PROVISIONS.counterMeasures, id, beneficiary, trigger }],
        history: [exchange('2000-01-01', ['AAA', 'BBB']), ...history],
      }),
    ]);

  it('holds only while both hold for the party, and the treaty is in force', () => {
    const both = treatyWith(
      'at-war-and-sanctioned',
      'sanctioned-party',
      {
        all: [
          { fluent: 'under-unilateral-measures', subject: 'sanctioned-party' },
          { fluent: 'state-of-war', subject: 'sanctioned-party' },
        ],
      },
      [{ id: 'notice', date: '2008-06-01', type: 'denunciation-notice', by: 'AAA', to: 'BBB', source: 'fixture' }],
    );
    const events = [
      ev('sanctions', '2001-01-01', 'unilateral-measures-imposed', { by: 'CCC', against: 'BBB' }),
      ev('war', '2002-01-01', 'war-declared', { by: 'CCC', against: 'BBB' }),
      ev('peace', '2003-01-01', 'hostilities-ended', { parties: ['BBB', 'CCC'] }),
      ev('lifted', '2004-01-01', 'unilateral-measures-lifted', { against: 'BBB' }),
      // War on AAA alone, while BBB is sanctioned no longer: nothing.
      ev('war-on-a', '2005-01-01', 'war-declared', { by: 'CCC', against: 'AAA' }),
    ];
    const run = onlyRun(evaluateScenario(both, scenario({ events })));
    const results = obligationsOf(run, 'at-war-and-sanctioned');
    // It cites what started each fluent, and the end of the one whose end ended the duty.
    assert.deepEqual(results.map(gist), [
      {
        bearer: 'AAA+BBB',
        beneficiary: 'BBB',
        from: '2002-01-01',
        to: '2003-01-01',
        outcome: 'lapsed',
        deadline: null,
        events: ['sanctions', 'war', 'peace'],
      },
    ]);
    const fluentSteps = results[0]!.explanation.filter((s) => s.step === 'fluent').map((s) => s.text);
    assert.deepEqual(fluentSteps, [
      'BBB is in "under-unilateral-measures" from 2001-01-01 to 2004-01-01 (last day 2003-12-31), started by sanctions, ended by lifted',
      'BBB is in "state-of-war" from 2002-01-01 to 2003-01-01 (last day 2002-12-31), started by war, ended by peace',
    ]);
    assert.deepEqual(
      results[0]!.explanation.filter((s) => s.step === 'event').map((s) => s.event?.id),
      ['exchange', 'sanctions', 'war', 'peace'],
    );
  });

  it('binds a second role to the party its fluent holds for, never to a state that is no party', () => {
    const twoRoles = treatyWith('sanctioned-while-other-at-war', 'attacked-party', {
      all: [
        { fluent: 'under-unilateral-measures', subject: 'sanctioned-party' },
        { fluent: 'state-of-war', subject: 'attacked-party' },
      ],
    });
    const events = [
      ev('sanctions', '2001-01-01', 'unilateral-measures-imposed', { by: 'CCC', against: 'BBB' }),
      // A war on a state that is no party to the treaty: no role is bound to it.
      ev('war-on-c', '2001-06-01', 'war-declared', { by: 'DDD', against: 'CCC' }),
      ev('war-on-a', '2002-01-01', 'war-declared', { by: 'CCC', against: 'AAA' }),
      ev('peace', '2003-01-01', 'hostilities-ended', { parties: ['AAA', 'CCC'] }),
    ];
    const run = onlyRun(evaluateScenario(twoRoles, scenario({ events })));
    assert.deepEqual(obligationsOf(run, 'sanctioned-while-other-at-war').map(gist), [
      {
        bearer: 'AAA+BBB',
        beneficiary: 'AAA',
        from: '2002-01-01',
        to: '2003-01-01',
        outcome: 'lapsed',
        deadline: null,
        events: ['sanctions', 'war-on-a', 'peace'],
      },
    ]);
  });
});

describe('outcomes', () => {
  const attack = ev('attack', '1975-05-01', 'armed-attack', { by: 'CHN', against: 'SUN' });
  const ceasefire = ev('ceasefire', '1975-06-01', 'hostilities-ended', { parties: ['CHN', 'SUN'] });
  const sevenDays = { immediately: ['within-seven-days'] };

  it('a duty performed late, while it still stood, is breached and the late act is cited', () => {
    const events = [attack, ceasefire, ev('aid', '1975-05-20', 'assistance-provided', { by: 'PRK', to: 'SUN', kind: 'military' })];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], readings: sevenDays, events })));
    const [o] = obligationsOf(run, 'art1-mutual-assistance');
    assert.deepEqual(gist(o!), {
      bearer: 'PRK',
      beneficiary: 'SUN',
      from: '1975-05-01',
      to: '1975-05-08',
      outcome: 'breached',
      deadline: '1975-05-08',
      events: ['attack', 'ceasefire', 'aid'],
    });
    assert.ok(o!.explanation.some((s) => s.text.startsWith('Performed late: assistance provided by PRK to SUN (military) on 1975-05-20')));
  });

  it('an act after the duty ended (the war over) is not cited by the breach', () => {
    const events = [attack, ceasefire, ev('aid', '1975-07-01', 'assistance-provided', { by: 'PRK', to: 'SUN', kind: 'military' })];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], readings: sevenDays, events })));
    const [o] = obligationsOf(run, 'art1-mutual-assistance');
    assert.deepEqual(gist(o!), {
      bearer: 'PRK',
      beneficiary: 'SUN',
      from: '1975-05-01',
      to: '1975-05-08',
      outcome: 'breached',
      deadline: '1975-05-08',
      events: ['attack', 'ceasefire'],
    });
    assert.ok(!o!.explanation.some((s) => s.text.startsWith('Performed late')));
  });

  it('without a deadline it lapses when the war ends, and the later act discharges nothing', () => {
    const events = [attack, ceasefire, ev('aid', '1975-07-01', 'assistance-provided', { by: 'PRK', to: 'SUN', kind: 'military' })];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], events })));
    assert.deepEqual(gist(obligationsOf(run, 'art1-mutual-assistance')[0]!), {
      bearer: 'PRK',
      beneficiary: 'SUN',
      from: '1975-05-01',
      to: '1975-06-01',
      outcome: 'lapsed',
      deadline: null,
      events: ['attack', 'ceasefire'],
    });
  });

  it('assistance of a kind the treaty does not name does not discharge the duty', () => {
    const events = [
      attack,
      ev('aid', '1975-05-02', 'assistance-provided', { by: 'PRK', to: 'SUN', kind: 'economic' }),
      ev('arms', '1975-05-03', 'assistance-provided', { by: 'PRK', to: 'SUN', kind: ['economic', 'military'] }),
    ];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], events })));
    assert.deepEqual(gist(obligationsOf(run, 'art1-mutual-assistance')[0]!), {
      bearer: 'PRK',
      beneficiary: 'SUN',
      from: '1975-05-01',
      to: '1975-05-03',
      outcome: 'discharged',
      deadline: null,
      events: ['attack', 'arms'],
    });
  });

  it('a standing duty lists the acts that performed it while the treaty was in force, and no others', () => {
    const events = [
      ev('t1', '1961-09-09', 'consultations-held', { parties: ['SUN', 'PRK'] }),
      ev('t2', '1970-01-01', 'consultations-held', { parties: ['SUN', 'PRK'] }),
      ev('t3', '1993-01-01', 'consultations-held', { parties: ['PRK', 'RUS'] }),
      ev('t4', '1996-09-10', 'consultations-held', { parties: ['PRK', 'RUS'] }),
      ev('t5', '1970-01-02', 'consultations-held', { parties: ['SUN', 'USA'] }),
    ];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], events })));
    assert.deepEqual(gist(obligationsOf(run, 'art3-consultation')[0]!), {
      bearer: 'SUN+PRK',
      beneficiary: null,
      from: '1961-09-10',
      to: '1996-09-10',
      outcome: 'active',
      deadline: null,
      events: ['t2', 't3'],
    });
  });

  it('a prohibition is kept with no forbidden act, and breached once per forbidden act on an in-force day', () => {
    const events = [
      ev('h0', '1961-09-01', 'hostile-alliance-joined', { by: 'PRK', against: 'SUN' }),
      ev('h1', '1970-01-01', 'hostile-alliance-joined', { by: 'PRK', against: 'SUN' }),
      ev('h2', '1980-01-01', 'hostile-alliance-joined', { by: 'PRK', against: 'SUN' }),
      ev('h3', '1980-01-01', 'hostile-alliance-joined', { by: 'PRK', against: 'USA' }),
    ];
    const run = onlyRun(evaluateScenario(real, scenario({ treaties: ['ussr-prk-1961'], events })));
    assert.deepEqual(
      obligationsOf(run, 'art2-no-hostile-alliance').map((o) => [o.bearer, o.beneficiary, o.from, o.to, o.outcome, o.events]),
      [
        ['SUN', 'PRK', '1961-09-10', '1996-09-10', 'kept', []],
        ['PRK', 'SUN', '1970-01-01', '1970-01-01', 'breached', ['h1']],
        ['PRK', 'SUN', '1980-01-01', '1980-01-01', 'breached', ['h2']],
      ],
    );
  });
});

describe('triggers on several events', () => {
  const both = fixtureTreaty({
    id: 'both',
    parties: ['AAA', 'BBB'],
    history: [exchange('2000-01-01', ['AAA', 'BBB'])],
    provisions: [
      {
        ...PROVISIONS.answerRequest,
        id: 'after-attack',
        trigger: {
          all: [
            { event: 'consultation-requested', where: { by: 'requesting-party' } },
            { event: 'armed-attack', where: { against: 'requesting-party' } },
          ],
        },
      },
      {
        ...PROVISIONS.answerRequest,
        id: 'either',
        trigger: {
          any: [
            { event: 'consultation-requested', where: { by: 'requesting-party' } },
            { event: 'armed-attack', where: { against: 'requesting-party' } },
          ],
        },
      },
    ],
  });
  const corpus = fixtureCorpus([both]);

  it('`all` fires on an event of the first condition once the others have occurred, in force, on or before it', () => {
    const events = [
      ev('r1', '2001-01-01', 'consultation-requested', { by: 'AAA' }),
      ev('attack', '2001-02-01', 'armed-attack', { by: 'CCC', against: 'AAA' }),
      ev('r2', '2001-02-01', 'consultation-requested', { by: 'AAA' }),
      ev('r3', '2001-03-01', 'consultation-requested', { by: 'BBB' }),
    ];
    const run = onlyRun(evaluateScenario(corpus, scenario({ events })));
    assert.deepEqual(
      obligationsOf(run, 'after-attack').map((o) => [o.beneficiary, o.from, o.events]),
      [['AAA', '2001-02-01', ['r2', 'attack']]],
    );
  });

  it('`any` fires on each condition on its own', () => {
    const events = [
      ev('r1', '2001-01-01', 'consultation-requested', { by: 'AAA' }),
      ev('attack', '2001-02-01', 'armed-attack', { by: 'CCC', against: 'BBB' }),
    ];
    const run = onlyRun(evaluateScenario(corpus, scenario({ events })));
    assert.deepEqual(
      obligationsOf(run, 'either').map((o) => [o.beneficiary, o.from, o.events]),
      [
        ['AAA', '2001-01-01', ['r1']],
        ['BBB', '2001-02-01', ['attack']],
      ],
    );
  });
});

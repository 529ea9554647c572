/**
 * The lifecycle shapes of docs/lifecycle.md (issue 14), each pinned to exact days by a treaty of
 * test/fixtures/corpus-lifecycle. Every date below and in the fixtures' `expect` blocks was computed
 * by hand from docs/lifecycle.md and the calendar rules of src/model/calendar.ts (and cross-checked
 * against Temporal's PlainDate arithmetic), never read off the engine: the corpus is an independent
 * check of it.
 *
 * (a) every expectation of every scenario of the corpus passes; (b) the status intervals of the
 * treaty and of its parties are exactly the ones the rules give, shape by shape; (c) a wrong
 * expectation fails, so that the scenarios cannot pass vacuously.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkExpectations } from '../../src/engine/expectations.js';
import {
  addDays,
  type ExplanationStep,
  type Expectation,
  type ObligationResult,
  type Run,
  RunResult,
  type StatusExpectation,
  TREATY_STATUSES,
  type TreatyTimeline,
} from '../../src/model/index.js';
import { fixtureCorpusAt } from './support.js';

const fixture = fixtureCorpusAt('corpus-lifecycle');
const checked = fixture.checked;
const corpus = fixture.corpus;
const SCENARIOS = fixture.scenarios;
const result = fixture.result;
/** The only run of a scenario, or the one under a reading of `twenty-years`. */
const runOf = (name: string, reading?: string): Run => fixture.runOf(name, 'twenty-years', reading);

function timelineOf(run: Run, treaty: string): TreatyTimeline {
  const timeline = run.treaties.find((t) => t.id === treaty);
  assert.ok(timeline, `treaty ${treaty} is in the run`);
  return timeline;
}

type Span = [status: string, from: string | null, to: string | null];
type PartySpan = Span | [status: string, from: string | null, to: string | null, state: string];

const NIF = 'not-in-force';
const IF = 'in-force';
const PA = 'provisionally-applied';
const TERMINATED = 'terminated';
const SUSPENDED = 'suspended';
const UNKNOWN = 'unknown';

/** The treaty's status intervals as (status, from, to). */
function treatySpans(name: string, treaty: string, reading?: string): Span[] {
  return timelineOf(runOf(name, reading), treaty).intervals.map((i) => [i.status, i.from, i.to]);
}

/** One party's status intervals as (status, from, to), with the state bound where it is not the party itself. */
function partySpans(name: string, treaty: string, party: string, reading?: string): PartySpan[] {
  const timeline = timelineOf(runOf(name, reading), treaty);
  const found = timeline.parties.find((p) => p.party === party);
  assert.ok(found, `${party} is among the parties of ${treaty}: ${timeline.parties.map((p) => p.party).join(', ')}`);
  return found.intervals.map((i): PartySpan => (i.state === undefined ? [i.status, i.from, i.to] : [i.status, i.from, i.to, i.state]));
}

/** The in-force spans of a party's intervals merged across terms, split only where the state bound changes: a member row. */
function mergedInForce(spans: PartySpan[]): [string | null, string | null, string | undefined][] {
  const out: [string | null, string | null, string | undefined][] = [];
  for (const [status, from, to, state] of spans) {
    if (status !== 'in-force') continue;
    const last = out[out.length - 1];
    if (last && last[1] === from && last[2] === state) last[1] = to;
    else out.push([from, to, state]);
  }
  return out;
}

function partiesOf(name: string, treaty: string): string[] {
  return timelineOf(runOf(name), treaty).parties.map((p) => p.party);
}

/** In force from `from` on, for good. */
const enteredOn = (from: string): Span[] => [
  [NIF, null, from],
  [IF, from, null],
];
/** In force over [from, to), then terminated. */
const inForceOver = (from: string, to: string): Span[] => [
  [NIF, null, from],
  [IF, from, to],
  [TERMINATED, to, null],
];

function obligations(name: string, provision: string, bearer: string, beneficiary?: string, reading?: string) {
  return runOf(name, reading)
    .obligations.filter(
      (o) =>
        o.provision === provision && o.bearer === bearer && (beneficiary === undefined || o.beneficiary === beneficiary) && o.from !== null,
    )
    .map((o: ObligationResult) => ({ from: o.from, to: o.to, outcome: o.outcome }));
}

function texts(steps: readonly ExplanationStep[]): string[] {
  return steps.map((s) => s.text);
}

// ---------------------------------------------------------------------------------------------
// (a)

describe('the lifecycle fixture corpus', () => {
  it('checks clean', () => {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}: ${d.message}`);
    assert.deepEqual(errors, []);
    assert.ok(checked.compiled);
  });

  it('has a treaty, with scenarios that expect something, for every shape of issue 14', () => {
    const shapes = [
      'eif-month-start',
      'eif-fixed-date',
      'eif-signature',
      'eif-later-of',
      'eif-threshold',
      'provisional',
      'first-term-then-indefinite',
      'tied-parent',
      'tied-child',
      'tied-to-unknown',
      'ends-on-outside-event',
      'withdrawal-month-start',
      'minimum-parties',
      'survival',
      'suspension-pair',
      'suspension-whole',
      'lifecycle-reading',
      'unknown-duration',
      'unknown-entry',
      'succession',
    ];
    assert.deepEqual(corpus.treaties.map((t) => t.treaty.id).sort(), [...shapes].sort());
    for (const shape of shapes)
      assert.ok(
        [...SCENARIOS.keys()].some((k) => k.startsWith(`${shape}/`)),
        `${shape} has a scenario`,
      );
    for (const [name, scenario] of SCENARIOS) assert.ok(scenario.expect.length > 0, `${name} expects something`);
  });
});

describe('every expectation of every lifecycle scenario', () => {
  for (const [name, scenario] of SCENARIOS) {
    it(`${name}: ${scenario.title}`, () => {
      const failures = checkExpectations(result(name), scenario.expect)
        .filter((o) => !o.passed)
        .map((o) => `expected ${o.expected}; got ${o.actual.join(' | ')}`);
      assert.deepEqual(failures, []);
    });
  }

  it('gives results of the published shape (RunResult)', () => {
    for (const name of SCENARIOS.keys()) {
      const parsed = RunResult.safeParse(result(name));
      assert.ok(parsed.success, `${name}: ${parsed.success ? '' : parsed.error.message}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (b)

describe('entry into force on the first day of the Nth month following the act', () => {
  it('from the 31st, the 29th, the 30th and the 1st of January 2023: 1 February 2023', () => {
    for (const name of ['recorded-history', 'from-the-29th', 'from-the-30th', 'from-the-first'])
      assert.deepEqual(treatySpans(`eif-month-start/${name}`, 'eif-month-start'), enteredOn('2023-02-01'), name);
    assert.deepEqual(partiesOf('eif-month-start/recorded-history', 'eif-month-start'), ['FRA', 'DEU']);
    for (const party of ['FRA', 'DEU'])
      assert.deepEqual(partySpans('eif-month-start/recorded-history', 'eif-month-start', party), enteredOn('2023-02-01'));
  });

  it('from 29 February 2024: 1 March 2024; from 31 December 2023: 1 January 2024', () => {
    assert.deepEqual(treatySpans('eif-month-start/leap-day', 'eif-month-start'), enteredOn('2024-03-01'));
    assert.deepEqual(treatySpans('eif-month-start/year-end', 'eif-month-start'), enteredOn('2024-01-01'));
  });

  it('the second month following an exchange of 29 February 2004: 1 April 2004', () => {
    assert.deepEqual(treatySpans('suspension-whole/recorded-history', 'suspension-whole'), enteredOn('2004-04-01'));
  });

  it('three months and the next month start after the threshold day 2023-11-30: 2024-02-29, so 1 March 2024', () => {
    assert.deepEqual(treatySpans('eif-threshold/recorded-history', 'eif-threshold'), enteredOn('2024-03-01'));
  });

  it('without the act, never in force, said to be missing (not assumed), with a warning', () => {
    const name = 'eif-month-start/no-act';
    assert.deepEqual(treatySpans(name, 'eif-month-start'), [[NIF, null, null]]);
    const interval = timelineOf(runOf(name), 'eif-month-start').intervals[0]!;
    assert.ok(
      interval.explanation.some((s) => s.step === 'missing-fact'),
      `a missing-fact step: ${texts(interval.explanation).join(' / ')}`,
    );
    assert.ok(result(name).warnings.length > 0, 'a run warning');
  });
});

describe('entry into force on a fixed date, on signature, on the later of a date and an act', () => {
  it('on 29 February 2000, for ten years: expired on 28 February 2010', () => {
    assert.deepEqual(treatySpans('eif-fixed-date/recorded-history', 'eif-fixed-date'), inForceOver('2000-02-29', '2010-02-28'));
    for (const party of ['AUS', 'NZL'])
      assert.deepEqual(partySpans('eif-fixed-date/recorded-history', 'eif-fixed-date', party), inForceOver('2000-02-29', '2010-02-28'));
  });

  it('on signature (1995-03-31), ended by six months’ notice of 2023-08-31 on 2024-02-29', () => {
    assert.deepEqual(treatySpans('eif-signature/recorded-history', 'eif-signature'), enteredOn('1995-03-31'));
    assert.deepEqual(treatySpans('eif-signature/notice-to-leap-day', 'eif-signature'), inForceOver('1995-03-31', '2024-02-29'));
    assert.deepEqual(treatySpans('eif-signature/signature-by-one', 'eif-signature'), [[NIF, null, null]]);
  });

  it('the later of 1 January 2001 and thirty days after the exchange', () => {
    assert.deepEqual(treatySpans('eif-later-of/recorded-history', 'eif-later-of'), enteredOn('2001-01-01'));
    assert.deepEqual(treatySpans('eif-later-of/exchange-meets-date', 'eif-later-of'), enteredOn('2001-01-01'));
    assert.deepEqual(treatySpans('eif-later-of/exchange-a-day-later', 'eif-later-of'), enteredOn('2001-01-02'));
    assert.deepEqual(treatySpans('eif-later-of/exchange-after-date', 'eif-later-of'), enteredOn('2001-01-30'));
  });
});

describe('a threshold of instruments, then each later state on its own date', () => {
  const name = 'eif-threshold/recorded-history';

  it('lists the signatories in the treaty’s order, then the acceder', () => {
    assert.deepEqual(partiesOf(name, 'eif-threshold'), ['FRA', 'DEU', 'ITA', 'NLD', 'BEL', 'LUX', 'ESP', 'PRT', 'POL']);
  });

  it('binds the states whose instruments were in by the threshold day from 1 March 2024', () => {
    for (const party of ['FRA', 'DEU', 'ITA', 'NLD', 'BEL', 'LUX'])
      assert.deepEqual(partySpans(name, 'eif-threshold', party), enteredOn('2024-03-01'), party);
  });

  it('binds Spain (instrument 2024-01-31) from 1 May 2024 and Poland (accession 2024-12-31) from 1 April 2025; never Portugal', () => {
    assert.deepEqual(partySpans(name, 'eif-threshold', 'ESP'), enteredOn('2024-05-01'));
    assert.deepEqual(partySpans(name, 'eif-threshold', 'POL'), enteredOn('2025-04-01'));
    assert.deepEqual(partySpans(name, 'eif-threshold', 'PRT'), [[NIF, null, null]]);
  });

  it('counts one instrument per state, and both instruments of the threshold day', () => {
    const byCount = 'eif-threshold/threshold-by-count';
    assert.deepEqual(treatySpans(byCount, 'eif-threshold'), enteredOn('2023-07-01'));
    for (const party of ['FRA', 'DEU', 'ITA', 'NLD', 'BEL'])
      assert.deepEqual(partySpans(byCount, 'eif-threshold', party), enteredOn('2023-07-01'));
    assert.deepEqual(partySpans(byCount, 'eif-threshold', 'LUX'), enteredOn('2023-08-01'));
    assert.deepEqual(treatySpans('eif-threshold/named-states-missing', 'eif-threshold'), [[NIF, null, null]]);
  });

  it('binds a later state to duties from its own date', () => {
    assert.deepEqual(obligations(name, 'art1-consultation', 'ESP', 'ITA'), []);
    assert.deepEqual(obligations(name, 'art1-consultation', 'ESP', 'NLD'), [{ from: '2024-05-01', to: null, outcome: 'active' }]);
    assert.deepEqual(obligations(name, 'art1-consultation', 'POL', 'BEL'), []);
    assert.deepEqual(obligations(name, 'art1-consultation', 'POL', 'LUX'), [{ from: '2025-04-01', to: null, outcome: 'active' }]);
  });
});

describe('provisional application', () => {
  const name = 'provisional/recorded-history';

  it('the treaty: provisionally applied from signature until entry into force (2021-01-29 + P30D)', () => {
    assert.deepEqual(treatySpans(name, 'provisional'), [
      [NIF, null, '2019-06-28'],
      [PA, '2019-06-28', '2021-02-28'],
      [IF, '2021-02-28', null],
    ]);
  });

  it('each state: until it is bound, or until it says it will not become a party', () => {
    for (const party of ['ESP', 'PRT'])
      assert.deepEqual(partySpans(name, 'provisional', party), [
        [NIF, null, '2019-06-28'],
        [PA, '2019-06-28', '2021-02-28'],
        [IF, '2021-02-28', null],
      ]);
    assert.deepEqual(partySpans(name, 'provisional', 'FRA'), [
      [NIF, null, '2019-06-28'],
      [PA, '2019-06-28', '2020-02-29'],
      [NIF, '2020-02-29', null],
    ]);
    assert.deepEqual(partySpans(name, 'provisional', 'ITA'), enteredOn('2021-02-28'));
  });

  it('obligations apply to the states applying it as while in force, and to no other', () => {
    assert.deepEqual(obligations(name, 'art1-consultation', 'PRT', 'ESP'), [{ from: '2019-07-01', to: null, outcome: 'active' }]);
    assert.deepEqual(obligations(name, 'art1-consultation', 'FRA', 'ESP'), [
      { from: '2019-07-01', to: '2019-09-10', outcome: 'discharged' },
    ]);
    assert.deepEqual(obligations(name, 'art1-consultation', 'ITA', 'ESP'), []);
    assert.deepEqual(obligations(name, 'art1-consultation', 'FRA', 'PRT'), []);
    assert.deepEqual(obligations(name, 'art1-consultation', 'ITA', 'PRT'), [{ from: '2021-02-28', to: null, outcome: 'active' }]);
  });
});

describe('a first term, then until notice', () => {
  const spans = (name: string) =>
    timelineOf(runOf(`first-term-then-indefinite/${name}`), 'first-term-then-indefinite').intervals.map((i) => [
      i.status,
      i.from,
      i.to,
      i.term,
    ]);

  it('term 1 is [1990-03-01, 2000-03-01), then in force without a term', () => {
    assert.deepEqual(spans('recorded-history'), [
      [NIF, null, '1990-03-01', null],
      [IF, '1990-03-01', '2000-03-01', 1],
      [IF, '2000-03-01', null, null],
    ]);
  });

  it('a notice in the first term takes effect at its end; one after it twelve months later', () => {
    assert.deepEqual(spans('notice-in-first-term'), [
      [NIF, null, '1990-03-01', null],
      [IF, '1990-03-01', '2000-03-01', 1],
      [TERMINATED, '2000-03-01', null, null],
    ]);
    assert.deepEqual(spans('notice-after-first-term'), [
      [NIF, null, '1990-03-01', null],
      [IF, '1990-03-01', '2000-03-01', 1],
      [IF, '2000-03-01', '2005-02-28', null],
      [TERMINATED, '2005-02-28', null, null],
    ]);
  });
});

describe('as long as another treaty is in force', () => {
  it('the protocol ends the day the agreement does (2012-02-29), citing it', () => {
    const name = 'tied-child/parent-denounced';
    assert.deepEqual(treatySpans(name, 'tied-parent'), inForceOver('1992-02-29', '2012-02-29'));
    assert.deepEqual(treatySpans(name, 'tied-child'), inForceOver('1993-07-01', '2012-02-29'));
    const end = timelineOf(runOf(name), 'tied-child').intervals.at(-1)!;
    assert.match(`${end.cause ?? ''} ${texts(end.explanation).join(' ')}`, /tied-parent/);
  });

  it('unknown from its own entry into force when the other’s status is unknown', () => {
    assert.deepEqual(treatySpans('tied-to-unknown/recorded-history', 'tied-to-unknown'), [
      [NIF, null, '2020-06-30'],
      [UNKNOWN, '2020-06-30', null],
    ]);
  });
});

describe('ending on an outside event', () => {
  it('the treaty ends the day a party leaves the organisation (scope: treaty)', () => {
    const name = 'ends-on-outside-event/party-leaves-organisation';
    assert.deepEqual(treatySpans(name, 'ends-on-outside-event'), inForceOver('2010-02-28', '2020-01-31'));
    for (const party of ['ESP', 'FRA'])
      assert.deepEqual(partySpans(name, 'ends-on-outside-event', party), inForceOver('2010-02-28', '2020-01-31'));
  });

  it('a party ceases to be one the day it leaves the organisation (scope: party), and too few remain', () => {
    const name = 'minimum-parties/withdrawal-then-leaving';
    assert.deepEqual(partySpans(name, 'minimum-parties', 'FRA'), inForceOver('2000-01-01', '2010-03-15'));
    assert.deepEqual(partySpans(name, 'minimum-parties', 'LUX'), inForceOver('2000-01-01', '2012-06-30'));
    assert.deepEqual(partySpans(name, 'minimum-parties', 'NLD'), inForceOver('2000-01-01', '2012-06-30'));
    assert.deepEqual(treatySpans(name, 'minimum-parties'), inForceOver('2000-01-01', '2012-06-30'));
  });
});

describe('withdrawal of one party, effective at a month start', () => {
  it('notices of 29, 30 and 31 August 2010: each leaves on 1 March 2011, the others stay', () => {
    const name = 'withdrawal-month-start/notices-from-month-ends';
    assert.deepEqual(partiesOf(name, 'withdrawal-month-start'), ['FRA', 'DEU', 'ITA', 'NLD', 'BEL', 'POL', 'ESP']);
    for (const party of ['NLD', 'BEL', 'ITA'])
      assert.deepEqual(partySpans(name, 'withdrawal-month-start', party), inForceOver('2005-01-01', '2011-03-01'));
    for (const party of ['FRA', 'DEU', 'POL']) assert.deepEqual(partySpans(name, 'withdrawal-month-start', party), enteredOn('2005-01-01'));
    assert.deepEqual(partySpans(name, 'withdrawal-month-start', 'ESP'), enteredOn('2007-03-31'));
    assert.deepEqual(treatySpans(name, 'withdrawal-month-start'), enteredOn('2005-01-01'));
    assert.deepEqual(obligations(name, 'art1-reporting', 'NLD'), [{ from: '2005-01-01', to: '2011-03-01', outcome: 'active' }]);
  });

  it('a notice of 1 September 2011 (+P6M = 2012-03-01): 1 April 2012; one of 29 August 2015 (+P6M = 2016-02-29): 1 March 2016', () => {
    const name = 'withdrawal-month-start/notice-on-first-and-leap-day';
    assert.deepEqual(partySpans(name, 'withdrawal-month-start', 'DEU'), inForceOver('2005-01-01', '2012-04-01'));
    assert.deepEqual(partySpans(name, 'withdrawal-month-start', 'FRA'), inForceOver('2005-01-01', '2016-03-01'));
  });
});

describe('fewer than the minimum number of parties', () => {
  it('two withdrawals leave two of four: the convention ends on 2011-02-28 for all', () => {
    const name = 'minimum-parties/withdrawals-below-three';
    assert.deepEqual(treatySpans(name, 'minimum-parties'), inForceOver('2000-01-01', '2011-02-28'));
    for (const party of ['BEL', 'LUX', 'NLD'])
      assert.deepEqual(partySpans(name, 'minimum-parties', party), inForceOver('2000-01-01', '2011-02-28'));
    assert.deepEqual(partySpans(name, 'minimum-parties', 'FRA'), inForceOver('2000-01-01', '2010-03-15'));
  });
});

describe('survival of provisions after withdrawal or termination', () => {
  it('after Italy’s withdrawal (2015-12-31), Article 1 binds it for twenty years; consultation does not', () => {
    const name = 'survival/withdrawal-with-survival';
    assert.deepEqual(partySpans(name, 'survival', 'ITA'), inForceOver('1998-04-16', '2015-12-31'));
    assert.deepEqual(treatySpans(name, 'survival'), enteredOn('1998-04-16'));
    assert.deepEqual(obligations(name, 'art1-fair-treatment', 'ITA'), [{ from: '1998-04-16', to: '2035-12-31', outcome: 'active' }]);
    assert.deepEqual(obligations(name, 'art1-fair-treatment', 'ESP'), [{ from: '1998-04-16', to: null, outcome: 'active' }]);
    assert.deepEqual(obligations(name, 'art2-consultation', 'ITA', 'ESP'), [{ from: '2015-06-01', to: '2015-12-31', outcome: 'lapsed' }]);
    assert.deepEqual(obligations(name, 'art2-consultation', 'ITA', 'PRT'), []);
  });

  it('after termination by agreement (2020-06-30), Article 1 binds every party to 2040-06-30', () => {
    const name = 'survival/termination-with-survival';
    assert.deepEqual(treatySpans(name, 'survival'), inForceOver('1998-04-16', '2020-06-30'));
    for (const party of ['ITA', 'ESP', 'PRT'])
      assert.deepEqual(
        obligations(name, 'art1-fair-treatment', party),
        [{ from: '1998-04-16', to: '2040-06-30', outcome: 'active' }],
        party,
      );
  });

  it('a notice before five years in force has no effect and is reported as too early; one on the day has', () => {
    const early = 'survival/notice-too-early';
    assert.deepEqual(partySpans(early, 'survival', 'PRT'), enteredOn('1998-04-16'));
    assert.match(JSON.stringify(result(early)), /too early/i);
    const onTime = 'survival/notice-when-allowed';
    assert.deepEqual(partySpans(onTime, 'survival', 'PRT'), inForceOver('1998-04-16', '2004-04-16'));
    assert.deepEqual(obligations(onTime, 'art1-fair-treatment', 'PRT'), [{ from: '1998-04-16', to: '2024-04-16', outcome: 'active' }]);
  });
});

describe('suspension', () => {
  it('between two parties: the treaty and every party stay in force; the pair is suspended', () => {
    const name = 'suspension-pair/us-suspends-obligations-to-nzl';
    assert.deepEqual(treatySpans(name, 'suspension-pair'), enteredOn('1952-04-29'));
    for (const party of ['AUS', 'NZL', 'USA']) assert.deepEqual(partySpans(name, 'suspension-pair', party), enteredOn('1952-04-29'));
    const suspensions = timelineOf(runOf(name), 'suspension-pair').suspensions ?? [];
    assert.deepEqual(
      suspensions.map((s) => [s.bearer, s.beneficiary, s.from, s.to]),
      [['USA', 'NZL', '1986-09-17', null]],
    );
  });

  it('between two parties: the suspending party’s duties to the other do not arise; the reverse and the others’ do', () => {
    const name = 'suspension-pair/us-suspends-obligations-to-nzl';
    assert.deepEqual(obligations(name, 'art1-consultation', 'USA', 'NZL'), []);
    assert.deepEqual(obligations(name, 'art1-consultation', 'AUS', 'NZL'), [{ from: '1987-03-02', to: null, outcome: 'active' }]);
    assert.deepEqual(obligations(name, 'art1-consultation', 'NZL', 'USA'), [{ from: '1987-03-03', to: null, outcome: 'active' }]);
    assert.deepEqual(obligations(name, 'art1-consultation', 'USA', 'AUS'), [{ from: '1987-04-01', to: null, outcome: 'active' }]);
  });

  it('between two parties: a duty in course lapses the day it begins; only a resumption naming the same two ends it', () => {
    const name = 'suspension-pair/suspension-lapse-and-resumption';
    const suspensions = timelineOf(runOf(name), 'suspension-pair').suspensions ?? [];
    assert.deepEqual(
      suspensions.map((s) => [s.bearer, s.beneficiary, s.from, s.to]),
      [['USA', 'NZL', '1986-09-17', '2010-11-04']],
    );
    assert.deepEqual(obligations(name, 'art1-consultation', 'USA', 'NZL'), [
      { from: '1986-09-16', to: '1986-09-17', outcome: 'lapsed' },
      { from: '2010-11-04', to: null, outcome: 'active' },
    ]);
    assert.deepEqual(
      obligations(name, 'art1-consultation', 'AUS', 'NZL').map((o) => o.from),
      ['1986-09-16', '2005-01-01', '2010-11-03', '2010-11-04'],
    );
  });

  it('of the whole treaty: suspended for the treaty and every party over [2008-03-31, 2009-12-01)', () => {
    const name = 'suspension-whole/suspended-and-resumed';
    const spans: Span[] = [
      [NIF, null, '2004-04-01'],
      [IF, '2004-04-01', '2008-03-31'],
      [SUSPENDED, '2008-03-31', '2009-12-01'],
      [IF, '2009-12-01', null],
    ];
    assert.deepEqual(treatySpans(name, 'suspension-whole'), spans);
    for (const party of ['DEU', 'NLD']) assert.deepEqual(partySpans(name, 'suspension-whole', party), spans, party);
    assert.deepEqual(obligations(name, 'art1-consultation', 'NLD', 'DEU'), [
      { from: '2008-03-01', to: '2008-03-31', outcome: 'lapsed' },
      { from: '2009-12-01', to: null, outcome: 'active' },
    ]);
    assert.deepEqual(obligations(name, 'art1-consultation', 'DEU', 'NLD'), []);
  });
});

describe('a lifecycle clause read two ways', () => {
  const name = 'lifecycle-reading/notices-around-twenty-years';
  const effect = 'effect-no-earlier';
  const noticeOnly = 'notice-only-after';

  it('runs once per reading', () => {
    assert.deepEqual(
      result(name)
        .runs.map((r) => r.readings['twenty-years'])
        .sort(),
      [effect, noticeOnly],
    );
  });

  it('France’s notice of 1966: effective on the twentieth anniversary (1972-02-29), or of no effect', () => {
    assert.deepEqual(partySpans(name, 'lifecycle-reading', 'FRA', effect), inForceOver('1952-02-29', '1972-02-29'));
    assert.deepEqual(partySpans(name, 'lifecycle-reading', 'FRA', noticeOnly), enteredOn('1952-02-29'));
    assert.deepEqual(obligations(name, 'art1-self-help', 'FRA', undefined, effect), [
      { from: '1952-02-29', to: '1972-02-29', outcome: 'active' },
    ]);
    assert.deepEqual(obligations(name, 'art1-self-help', 'FRA', undefined, noticeOnly), [
      { from: '1952-02-29', to: null, outcome: 'active' },
    ]);
  });

  it('Luxembourg’s a day before it: 1973-02-28, or none; Belgium’s on the day: 1973-02-28 under both', () => {
    assert.deepEqual(partySpans(name, 'lifecycle-reading', 'LUX', effect), inForceOver('1952-02-29', '1973-02-28'));
    assert.deepEqual(partySpans(name, 'lifecycle-reading', 'LUX', noticeOnly), enteredOn('1952-02-29'));
    for (const reading of [effect, noticeOnly])
      assert.deepEqual(partySpans(name, 'lifecycle-reading', 'BEL', reading), inForceOver('1952-02-29', '1973-02-28'), reading);
    for (const reading of [effect, noticeOnly]) assert.deepEqual(treatySpans(name, 'lifecycle-reading', reading), enteredOn('1952-02-29'));
  });
});

describe('unknown', () => {
  it('an unknown duration: not in force before entry into force, unknown from it on, with the reason', () => {
    const name = 'unknown-duration/recorded-history';
    assert.deepEqual(treatySpans(name, 'unknown-duration'), [
      [NIF, null, '2019-12-31'],
      [UNKNOWN, '2019-12-31', null],
    ]);
    for (const party of ['ITA', 'POL'])
      assert.deepEqual(partySpans(name, 'unknown-duration', party), [
        [NIF, null, '2019-12-31'],
        [UNKNOWN, '2019-12-31', null],
      ]);
    const unknown = timelineOf(runOf(name), 'unknown-duration').intervals[1]!;
    assert.match(texts(unknown.explanation).join(' / '), /the report does not give the treaty's duration/);
  });

  it('an unknown entry into force: unknown on every day, with the reason', () => {
    const name = 'unknown-entry/recorded-history';
    assert.deepEqual(treatySpans(name, 'unknown-entry'), [[UNKNOWN, null, null]]);
    const unknown = timelineOf(runOf(name), 'unknown-entry').intervals[0]!;
    assert.match(texts(unknown.explanation).join(' / '), /the report does not say when or how the agreement enters into force/);
  });
});

describe('succession', () => {
  const name = 'succession/rus-notice';

  it('splits the USSR’s status on 1991-12-25: SUN before, RUS continuing it from then to the end, term by term', () => {
    // A party's intervals follow the treaty's terms (its status includes the term), and split again where a continuator takes its place.
    assert.deepEqual(partySpans(name, 'succession', 'SUN'), [
      [NIF, null, '1961-09-10'],
      [IF, '1961-09-10', '1971-09-10'],
      [IF, '1971-09-10', '1976-09-10'],
      [IF, '1976-09-10', '1981-09-10'],
      [IF, '1981-09-10', '1986-09-10'],
      [IF, '1986-09-10', '1991-09-10'],
      [IF, '1991-09-10', '1991-12-25'],
      [IF, '1991-12-25', '1996-09-10', 'RUS'],
      [TERMINATED, '1996-09-10', null, 'RUS'],
    ]);
    const bound = (party: string) => mergedInForce(partySpans(name, 'succession', party));
    assert.deepEqual(bound('SUN'), [
      ['1961-09-10', '1991-12-25', undefined],
      ['1991-12-25', '1996-09-10', 'RUS'],
    ]);
    assert.deepEqual(bound('POL'), [['1961-09-10', '1996-09-10', undefined]]);
  });

  it('keeps the terms of the treaty whole: six terms, the last ended by the notice', () => {
    assert.deepEqual(
      timelineOf(runOf(name), 'succession').intervals.map((i) => [i.status, i.from, i.to, i.term]),
      [
        [NIF, null, '1961-09-10', null],
        [IF, '1961-09-10', '1971-09-10', 1],
        [IF, '1971-09-10', '1976-09-10', 2],
        [IF, '1976-09-10', '1981-09-10', 3],
        [IF, '1981-09-10', '1986-09-10', 4],
        [IF, '1986-09-10', '1991-09-10', 5],
        [IF, '1991-09-10', '1996-09-10', 6],
        [TERMINATED, '1996-09-10', null, null],
      ],
    );
  });

  it('reports the notice as Russia’s, continuing the USSR, citing the succession; never as the USSR’s', () => {
    const end = timelineOf(runOf(name), 'succession').intervals.at(-1)!;
    const said = texts(end.explanation);
    assert.ok(
      said.some((t) => /RUS, continuing SUN/.test(t)),
      said.join(' / '),
    );
    assert.ok(
      end.explanation.some((s) => s.step === 'succession'),
      'a succession step',
    );
    assert.ok(!said.some((t) => /notice[^.]*\bby SUN\b/.test(t)), said.join(' / '));
  });

  it('does not count a notice Russia gave before it continued the USSR, and warns', () => {
    const early = 'succession/notice-before-succession';
    const spans = timelineOf(runOf(early), 'succession').intervals.map((i) => [i.status, i.from, i.to, i.term]);
    assert.ok(!spans.some(([status]) => status === TERMINATED), JSON.stringify(spans));
    for (const term of [
      [IF, '1991-09-10', '1996-09-10', 6],
      [IF, '1996-09-10', '2001-09-10', 7],
    ])
      assert.ok(
        spans.some((s) => JSON.stringify(s) === JSON.stringify(term)),
        `${JSON.stringify(term)} in ${JSON.stringify(spans)}`,
      );
    assert.ok(
      result(early).warnings.some((w) => w.includes('early-notice')),
      `a warning says the notice was not counted: ${result(early).warnings.join(' / ')}`,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// (c)

describe('a wrong expectation fails', () => {
  const passes = (name: string, expectation: Expectation) => checkExpectations(result(name), [expectation])[0]!.passed;
  // A wrong version of an expectation that already fails proves nothing: those are reported above.
  const passing = (name: string, expect: readonly Expectation[]) => expect.filter((x) => passes(name, x));

  it('every status expectation of the corpus, with any other status', () => {
    let tried = 0;
    for (const [name, scenario] of SCENARIOS) {
      for (const expectation of passing(name, scenario.expect)) {
        if ('obligation' in expectation) continue;
        for (const status of TREATY_STATUSES) {
          if (status === expectation.status) continue;
          const wrong: StatusExpectation = { ...expectation, status };
          assert.equal(passes(name, wrong), false, `${name}: ${JSON.stringify(wrong)} should fail`);
          tried++;
        }
      }
    }
    assert.ok(tried > 500, `${tried} wrong status expectations tried`);
  });

  it('every obligation expectation of the corpus, a day off or with another outcome', () => {
    let tried = 0;
    for (const [name, scenario] of SCENARIOS) {
      for (const expectation of passing(name, scenario.expect)) {
        if (!('obligation' in expectation)) continue;
        const wrongs: Expectation[] = [];
        if (expectation.outcome === 'not-triggered')
          wrongs.push({ ...expectation, outcome: 'active' }, { ...expectation, outcome: 'lapsed' });
        else {
          wrongs.push({ ...expectation, outcome: 'not-triggered' }, { ...expectation, outcome: 'breached' });
          for (const field of ['from', 'to'] as const) {
            const day = expectation[field];
            if (day !== undefined) wrongs.push({ ...expectation, [field]: addDays(day, 1) }, { ...expectation, [field]: addDays(day, -1) });
          }
        }
        for (const wrong of wrongs) {
          assert.equal(passes(name, wrong), false, `${name}: ${JSON.stringify(wrong)} should fail`);
          tried++;
        }
      }
    }
    assert.ok(tried > 150, `${tried} wrong obligation expectations tried`);
  });

  it('the classic mistakes: in force on the act’s own day, at the offset day, without constraining, before the threshold', () => {
    const wrong: [string, StatusExpectation][] = [
      ['eif-month-start/recorded-history', { at: '2023-01-31', treaty: 'eif-month-start', status: 'in-force' }],
      ['eif-month-start/from-the-first', { at: '2023-01-01', treaty: 'eif-month-start', status: 'in-force' }],
      ['eif-fixed-date/recorded-history', { at: '2010-02-28', treaty: 'eif-fixed-date', status: 'in-force' }],
      ['eif-later-of/recorded-history', { at: '2000-12-15', treaty: 'eif-later-of', status: 'in-force' }],
      ['eif-threshold/recorded-history', { at: '2024-02-29', treaty: 'eif-threshold', status: 'in-force' }],
      ['eif-threshold/recorded-history', { at: '2024-03-01', treaty: 'eif-threshold', party: 'ESP', status: 'in-force' }],
      ['eif-threshold/threshold-by-count', { at: '2023-06-01', treaty: 'eif-threshold', status: 'in-force' }],
      [
        'withdrawal-month-start/notice-on-first-and-leap-day',
        { at: '2012-03-01', treaty: 'withdrawal-month-start', party: 'DEU', status: 'terminated' },
      ],
      ['withdrawal-month-start/recorded-history', { at: '2004-10-15', treaty: 'withdrawal-month-start', party: 'POL', status: 'in-force' }],
      ['unknown-duration/recorded-history', { at: '2030-01-01', treaty: 'unknown-duration', status: 'in-force' }],
      [
        'lifecycle-reading/notices-around-twenty-years',
        { at: '1972-02-29', treaty: 'lifecycle-reading', party: 'FRA', status: 'in-force' },
      ],
      ['succession/rus-notice', { at: '1996-09-10', treaty: 'succession', status: 'in-force', term: 7 }],
    ];
    for (const [name, expectation] of wrong)
      assert.equal(passes(name, expectation), false, `${name}: ${JSON.stringify(expectation)} should fail`);
  });
});

describe('what a reading of a lifecycle clause changes, said', () => {
  const name = 'lifecycle-reading/notices-around-twenty-years';

  it("lists each party's status that differs between the readings, with a summary", () => {
    const differences = result(name).statusDifferences ?? [];
    assert.deepEqual(
      differences.map((d) => d.party),
      ['FRA', 'LUX'],
    );
    assert.equal(
      differences[0]!.summary,
      'lifecycle-reading for FRA: not-in-force to 1952-02-29 (last day 1952-02-28), in-force from 1952-02-29 under twenty-years: notice-only-after; ' +
        'not-in-force to 1952-02-29 (last day 1952-02-28), in-force from 1952-02-29 to 1972-02-29 (last day 1972-02-28), terminated from 1972-02-29 under twenty-years: effect-no-earlier',
    );
  });

  it('says under which reading a notice does nothing', () => {
    assert.ok(
      result(name).warnings.includes(
        'lifecycle-reading: notice fra-notice of 1966-03-07 by FRA has no effect: it was given too early, before 1972-02-29, the first day the treaty allows a notice (under twenty-years: notice-only-after)',
      ),
      result(name).warnings.join('\n'),
    );
  });

  it('lists no status difference where no lifecycle clause is read two ways', () => {
    assert.equal(result('succession/rus-notice').statusDifferences, undefined);
  });
});

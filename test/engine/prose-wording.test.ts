/**
 * One wording of time in the engine's prose (issue 19): every explanation step, reason, cause,
 * warning and summary the engine writes — for every corpus scenario, for every treaty's status on the
 * days its status changes (and the days either side), and for who-must-help answers — says a span
 * "from D1 to D2 (last day D3)" and a deadline by its last day, never "[D1, D2)", "(exclusive)",
 * "the first day late" or a bare "until D".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkExpectations,
  evaluateScenario,
  HISTORY_ONLY,
  parseHypothesisText,
  resolveHypothesis,
  statusAt,
  whoMustHelp,
} from '../../src/engine/index.js';
import { addDays } from '../../src/model/index.js';
import { faultsIn, stringsIn, timeWordingFaults } from '../support/time-wording.js';
import { ev, loadRealCorpus, realScenarios, scenario } from './support.js';

const corpus = loadRealCorpus();

describe('the time-wording guard', () => {
  it('names each way of saying time that a reader would misread, and passes the one wording', () => {
    assert.deepEqual(timeWordingFaults('In force, term 6, [1991-09-10, 1996-09-10).'), ['interval notation "[D1, D2)"']);
    assert.deepEqual(timeWordingFaults('it exists until 1991-12-26 (exclusive)'), [
      '"(exclusive)"',
      '"until D" without its last day (say "to D (last day D−1)")',
    ]);
    assert.deepEqual(timeWordingFaults('Breached: not performed before the deadline of 1985-03-02 (the first day late).'), [
      '"the first day late" (say the last day in time)',
      'a bare "deadline D" (say "by D (last day)")',
    ]);
    assert.deepEqual(timeWordingFaults('Owed from 1995-03-01; due before 1995-03-02.'), ['"due before D" (say "due by D−1 (last day)")']);
    assert.deepEqual(timeWordingFaults('In force, term 6, from 1991-09-10 to 1996-09-10 (last day 1996-09-09).'), []);
    assert.deepEqual(timeWordingFaults('notice by 1995-09-10 (last day); applied until a notice takes effect'), []);
  });
});

describe('engine prose says time in the one wording', () => {
  it('every corpus scenario: explanations, causes, warnings, differences and expectation texts', () => {
    const faults: string[] = [];
    const scenarios = realScenarios();
    assert.ok(scenarios.length >= 40, `only ${scenarios.length} scenarios found`);
    for (const { file, scenario } of scenarios) {
      const result = evaluateScenario(corpus, scenario);
      faults.push(...faultsIn(file, stringsIn(result)));
      faults.push(...faultsIn(`${file} (expectations)`, stringsIn(checkExpectations(result, scenario.expect))));
    }
    assert.deepEqual(faults, []);
  });

  it("every treaty's status, and each party's, on each day its status changes and the days either side", () => {
    const faults: string[] = [];
    const history = evaluateScenario(corpus, HISTORY_ONLY).runs[0]!;
    let asked = 0;
    for (const treaty of history.treaties) {
      const days = new Set<string>(['1990-01-01', '2003-03-01']);
      for (const i of [...treaty.intervals, ...treaty.parties.flatMap((p) => p.intervals)])
        for (const d of [i.from, i.to]) if (d) for (const day of [addDays(d, -1), d, addDays(d, 1)]) days.add(day);
      for (const day of days) {
        faults.push(...faultsIn(`${treaty.id} on ${day}`, stringsIn(statusAt(corpus, treaty.id, day))));
        asked++;
      }
      // Each party's own status (--party) on the days its own status changes, and the days either side.
      for (const party of treaty.parties)
        for (const i of party.intervals)
          for (const d of [i.from, i.to])
            if (d)
              for (const day of [addDays(d, -1), d]) {
                const status = statusAt(corpus, treaty.id, day, HISTORY_ONLY, party.party);
                faults.push(...faultsIn(`${treaty.id} for ${party.party} on ${day}`, stringsIn(status)));
                asked++;
              }
    }
    assert.ok(asked > 150, `only ${asked} days asked`);
    assert.deepEqual(faults, []);
  });

  it('who-must-help answers: duties, grounds, reasons for owing nothing, warnings', () => {
    const faults: string[] = [];
    for (const question of [
      'armed-attack by USA against PRK on 1995-03-01',
      'armed-attack by USA against PRK on 1960-06-01',
      'armed-attack by KOR against RUS on 2025-01-15',
      'armed-attack by RUS against POL on 2003-03-01',
      'armed-attack by CHN against NZL on 1990-06-01',
    ]) {
      const answer = whoMustHelp(corpus, resolveHypothesis(corpus, parseHypothesisText(question)));
      faults.push(...faultsIn(question, stringsIn(answer)));
    }
    assert.deepEqual(faults, []);
  });
});

describe("a duty's deadline said by its last day in time", () => {
  // An attack on 1985-03-01; "immediately" read as within seven days: the deadline field is
  // 1985-03-08, the first day late, so the last day in time is 1985-03-07.
  const attack = (assisted: boolean) =>
    evaluateScenario(
      corpus,
      scenario({
        treaties: ['ussr-prk-1961'],
        readings: { immediately: ['within-seven-days'], 'state-of-war': ['armed-hostilities'] },
        events: [
          ev('e1', '1985-03-01', 'armed-attack', { by: 'USA', against: 'PRK' }),
          ...(assisted ? [ev('e2', '1985-03-07', 'assistance-provided', { by: 'SUN', to: 'PRK', kind: 'military' })] : []),
        ],
      }),
    ).runs[0]!.obligations.find((o) => o.provision === 'art1-mutual-assistance' && o.bearer === 'SUN')!;

  it('discharged on the last day in time: in time, due by that day', () => {
    const row = attack(true);
    assert.deepEqual([row.outcome, row.from, row.to, row.deadline], ['discharged', '1985-03-01', '1985-03-07', '1985-03-08']);
    assert.equal(row.explanation.at(-1)!.text, 'Discharged on 1985-03-07, in time: due by 1985-03-07 (last day).');
  });

  it('not performed: breached, not performed by the last day, late from the day after', () => {
    const row = attack(false);
    assert.deepEqual([row.outcome, row.deadline], ['breached', '1985-03-08']);
    assert.equal(row.explanation.at(-1)!.text, 'Breached: not performed by 1985-03-07 (last day); late from 1985-03-08.');
  });
});

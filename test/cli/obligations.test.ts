/**
 * `pacta obligations --if …` (issue 17) on the fixture corpus test/fixtures/corpus-triggers: the
 * human answer (who owes what to whom, why they are bound, who owes nothing and why), the same
 * answer as JSON, and a refusal naming the part of the question at fault (exit 2).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HypotheticalAnswer } from '../../src/model/index.js';
import { pacta } from './support.js';

const FIXTURE = ['--corpus', 'test/fixtures/corpus-triggers'];

describe('pacta obligations', () => {
  it('prints who owes what to whom, why each is bound, and who owes nothing and why', async () => {
    const r = await pacta(['obligations', '--if', 'armed-attack by XAA against NZL at nzl-territory on 2007-06-01', ...FIXTURE]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      'If: armed-attack by XAA against NZL at nzl-territory on 2007-06-01',
      '',
      'Treaties looked at:',
      '  pacific-pact (in-force on 2007-06-01): the state acted against NZL is among its parties; 5 runs (every reading of immediately, state-of-war)',
      '  XAA is not a party to any treaty of the corpus.',
      '',
    ]);
    const table = lines.indexOf('Owed (3):');
    // The table without its rule line, runs of spaces made one.
    const owed = [lines[table + 1], ...lines.slice(table + 3, table + 6)].map((l) => l!.replace(/ +/g, ' ').trim());
    assert.deepEqual(owed, [
      'treaty article bearer → beneficiary duty outcome from due by (last day) reading',
      'pacific-pact 1 AUS → NZL extend military and other assistance active 2007-06-01 immediately: no-fixed-deadline, state-of-war: armed-hostilities',
      'pacific-pact 1 AUS → NZL extend military and other assistance active 2007-06-01 2007-06-07 immediately: within-seven-days, state-of-war: armed-hostilities',
      'pacific-pact 2 AUS → NZL act to meet the common danger active 2007-06-01 every reading',
    ]);
    assert.equal(lines[table + 6], '');
    const why = lines.slice(lines.indexOf('Why they are bound:'), lines.indexOf('Owes nothing:') - 1);
    assert.deepEqual(why, [
      'Why they are bound:',
      '  pacific-pact Art. 1 (art1-mutual-assistance): "Should either Party suffer armed attack by any State and thus find itself in a state of war, the other Party shall immediately extend to it military and other assistance with all the means at its disposal."',
      '    - pacific-pact in force since 2002-04-29.',
      '    - NZL (beneficiary): bound by pacific-pact since 2002-04-29.',
      '    - AUS (bearer): bound by pacific-pact since 2002-04-29.',
      '  pacific-pact Art. 2 (art2-common-danger): "Each Party recognises that an armed attack in the Pacific Area on the other Party would be dangerous to its own peace and safety and declares that it would act to meet the common danger in accordance with its constitutional processes."',
      '    - pacific-pact in force since 2002-04-29.',
      '    - NZL (beneficiary): bound by pacific-pact since 2002-04-29.',
      "    - Article 2's area: the event lies in the territory of attacked-party NZL (nzl-territory).",
      '    - AUS (bearer): bound by pacific-pact since 2002-04-29.',
    ]);
    const nothing = r.stdout.slice(r.stdout.indexOf('Owes nothing:')).split('\n');
    assert.deepEqual(nothing.slice(0, 4), [
      'Owes nothing:',
      '  pacific-pact Art. 1 (art1-mutual-assistance):',
      '    not-triggered, under state-of-war: declared-war: Not triggered: event "armed-attack" (against attacked-party, by any-state) and attacked-party is in "state-of-war" (with attacked-party NZL) — never on a day the treaty applied, under state-of-war: declared-war.',
      '      1 pair: AUS → NZL',
    ]);
  });

  it('--json gives the answer as the schema says, the same as the engine', async () => {
    const r = await pacta([
      'obligations',
      '--if',
      'armed-attack by XAA against USA at usa-forces,pacific-area on 2007-06-01',
      '--json',
      ...FIXTURE,
    ]);
    assert.equal(r.status, 0, r.stderr);
    const answer = HypotheticalAnswer.parse(JSON.parse(r.stdout));
    assert.deepEqual(answer.owed, []);
    assert.deepEqual(
      answer.owesNothing.map((n) => [n.treaty, n.provision, n.reason, n.pairs]),
      [
        [
          'atlantic-pact',
          'art5-collective-defence',
          'outside-area',
          [
            { bearer: 'CAN', beneficiary: 'USA' },
            { bearer: 'GBR', beneficiary: 'USA' },
          ],
        ],
      ],
    );
  });

  it('refuses a part it cannot use, naming it and what to give (exit 2)', async () => {
    const r = await pacta(['obligations', '--if', 'armed-attack by XAA against Newzealand on 2007-06-01', ...FIXTURE]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    const [first, second] = r.stderr.split('\n');
    assert.equal(
      first,
      '--if: error: --if "armed-attack by XAA against Newzealand on 2007-06-01": against: unknown state "Newzealand": did you mean NZL (New Zealand)?',
    );
    assert.equal(second, '  hint: write its code, or a name or alias of states.yaml');
    const noDay = await pacta(['obligations', '--if', 'armed-attack by XAA against GBR', ...FIXTURE]);
    assert.equal(noDay.status, 2);
    assert.match(
      noDay.stderr,
      /^--if: error: --if "armed-attack by XAA against GBR": on: the day of the event is missing\n {2}hint: add "on YYYY-MM-DD"/,
    );
  });
});

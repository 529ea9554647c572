/**
 * One wording of time in the CLI (issue 19): `pacta status` says a span "from D1 to D2 (last day D3)",
 * the notice deadline by its last day and an end "terminated on D (last day in force D−1)"; tables
 * show a "last day" where the JSON has a half-open `to`; `run` and `obligations` say each duty's days
 * without "until", "(exclusive)" or a first day late. `--json` keeps the half-open fields.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faultsIn } from '../support/time-wording.js';
import { pacta } from './support.js';

/** The status block: the lines before "Why:" (the parties and suspensions with it). */
const head = (stdout: string) => stdout.split('\nWhy:\n')[0]!;
const whyLast = (stdout: string) => stdout.trimEnd().split('\n').at(-1)!;

describe('pacta status says time in the one wording', () => {
  it('the 1961 treaty on 1990-01-01: in force, term 5, the last day for notice in term 5', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1990-01-01']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      head(r.stdout),
      [
        'ussr-prk-1961 on 1990-01-01: IN-FORCE',
        '  in force from 1961-09-10 to 1996-09-10 (last day 1996-09-09), an end set by the recorded acts or the term',
        '  term 5, from 1986-09-10 to 1991-09-10 (last day 1991-09-09)',
        '  notice by 1990-09-10 (last day to give notice of non-renewal for this term)',
        '  parties SUN, PRK: each in-force',
        '',
      ].join('\n'),
    );
    assert.equal(whyLast(r.stdout), '  4. In force, term 5, from 1986-09-10 to 1991-09-10 (last day 1991-09-09).');
  });

  it('on 1996-09-09, its last day: in force, term 6 ending with the day, each party to the same last day', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1996-09-09']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      head(r.stdout),
      [
        'ussr-prk-1961 on 1996-09-09: IN-FORCE',
        '  in force from 1961-09-10 to 1996-09-10 (last day 1996-09-09), an end set by the recorded acts or the term',
        '  term 6, from 1991-09-10 to 1996-09-10 (last day 1996-09-09)',
        '  notice by 1995-09-10 (last day to give notice of non-renewal for this term)',
        '',
        'Parties:',
        '  party  state                status    from        last day',
        '  ─────  ───────────────────  ────────  ──────────  ──────────',
        '  SUN    RUS, continuing SUN  in-force  1991-12-25  1996-09-09',
        '  PRK    PRK                  in-force  1961-09-10  1996-09-09',
        '',
      ].join('\n'),
    );
    assert.equal(whyLast(r.stdout), '  4. In force, term 6, from 1991-09-10 to 1996-09-10 (last day 1996-09-09).');
  });

  it('on 1996-09-10: terminated on that day, its last day in force the day before, by the notice in time', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1996-09-10']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      head(r.stdout),
      [
        'ussr-prk-1961 on 1996-09-10: TERMINATED',
        '  terminated on 1996-09-10 (last day in force 1996-09-09)',
        '',
        'Parties:',
        '  party  state                status      from        last day',
        '  ─────  ───────────────────  ──────────  ──────────  ────────',
        '  SUN    RUS, continuing SUN  terminated  1996-09-10  …',
        '  PRK    PRK                  terminated  1996-09-10  …',
        '',
      ].join('\n'),
    );
    assert.equal(
      whyLast(r.stdout),
      '  6. The notice was in time for term 6: notice by 1995-09-10 (last day); so the treaty ended with that term, on 1996-09-10 (last day in force 1996-09-09).',
    );
  });

  it('--json keeps the half-open fields: until is the first day no longer in force', async () => {
    const s = JSON.parse((await pacta(['status', 'ussr-prk-1961', '--at', '1996-09-09', '--json'])).stdout);
    assert.deepEqual([s.since, s.until, s.termEnd, s.noticeDeadline], ['1961-09-10', '1996-09-10', '1996-09-10', '1995-09-10']);
    assert.equal(s.parties[0].until, '1996-09-10');
  });

  it('before entry into force: not in force to the day of entry, with its last day', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1960-01-01']);
    assert.match(r.stdout, /^ussr-prk-1961 on 1960-01-01: NOT-IN-FORCE\n {2}not in force to 1961-09-10 \(last day 1961-09-09\)\n/);
  });
});

describe('pacta run and obligations say time in the one wording', () => {
  it("run: the status table's last day, a discharged duty on the day of its act, standing duties to their last day", async () => {
    const r = await pacta(['run', 'corpus/ussr-prk-1961/scenarios/attack-1985.yaml']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\ntreaty +status +from +last day +term +cause\n/);
    assert.match(r.stdout, /\nussr-prk-1961 +in-force +1991-09-10 +1996-09-09 +6\n/);
    assert.match(
      r.stdout,
      /\nussr-prk-1961 +terminated +1996-09-10 +… +notice notice-1995 by RUS, continuing SUN, of 1995-08-07, in time for term 6: notice by 1995-09-10 \(last day\)\n/,
    );
    assert.match(r.stdout, /\nussr-prk-1961 +art1-mutual-assistance +1 +SUN → PRK +discharged on 1985-03-03 \(owed from 1985-03-01\)\n/);
    assert.match(
      r.stdout,
      /\nussr-prk-1961 +art3-consultation +3 +SUN\+PRK +active from 1961-09-10 to 1996-09-10 \(last day 1996-09-09\)\n/,
    );
  });

  it('run: no scenario of these says time otherwise', async () => {
    const faults: string[] = [];
    for (const file of [
      'corpus/ussr-prk-1961/scenarios/counterfactual-late-notice.yaml',
      'corpus/ussr-prk-1961/scenarios/succession-assistance.yaml',
      'corpus/anzus-1951/scenarios/withdrawal-notice.yaml',
      'corpus/anzus-1951/scenarios/attack-on-new-zealand-1990.yaml',
      'corpus/north-atlantic-1949/scenarios/finland-2022-2024.yaml',
      'corpus/prk-rus-2024/scenarios/request-after-threat-removed.yaml',
    ]) {
      const r = await pacta(['run', file]);
      assert.equal(r.status, 0, r.stderr);
      faults.push(...faultsIn(file, r.stdout.split('\n')));
    }
    assert.deepEqual(faults, []);
  });

  it('obligations --if: a deadline column of last days, the day of reasons said with their last day', async () => {
    const r = await pacta(['obligations', '--if', 'armed-attack by USA against PRK on 1995-03-01']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\n {2}treaty +article +bearer → beneficiary +duty +outcome +from +due by \(last day\) +reading\n/);
    // Within one day: due on the day of the attack itself, the last day in time.
    assert.match(
      r.stdout,
      /\n {2}ussr-prk-1961 +1 +RUS → PRK +extend military and other assistance +active +1995-03-01 +1995-03-01 +immediately: within-one-day/,
    );
    assert.match(
      r.stdout,
      /\n {2}ussr-prk-1961 +1 +RUS → PRK +extend military and other assistance +active +1995-03-01 +1995-03-07 +immediately: within-seven-days/,
    );
    assert.match(r.stdout, /prk-rus-2024 is not-in-force on 1995-03-01: not-in-force to 2024-12-04 \(last day 2024-12-03\)\./);
    assert.deepEqual(faultsIn('obligations', r.stdout.split('\n')), []);
  });

  it('network: each edge from its first day to its last day', async () => {
    const r = await pacta(['network', '--at', '1995-01-01']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\n {0}owes +treaty +codes +articles +from +last day\n/);
    assert.match(r.stdout, /\nRUS → PRK +ussr-prk-1961 +[A-Z ]+ +Art\. 1[^\n]* +1991-12-25 +1996-09-09\n/);
  });
});

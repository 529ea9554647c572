/** `pacta check`, `status`, `run`, `test` and `render` from the command line: outputs, exit codes, errors. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { humanRun } from '../../src/faces/cli/commands/run.js';
import { humanStatus } from '../../src/faces/cli/commands/status.js';
import type { RunResult, StatusIntervalJson, StatusResult } from '../../src/model/index.js';
import { pacta, ROOT } from './support.js';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pacta-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('pacta check', () => {
  it("exits 0 on the bundled corpus: every sentence of both sources covered, the KCNA report's gap apart", async () => {
    const r = await pacta(['check', 'corpus/ussr-prk-1961', 'corpus/prk-rus-2024']);
    assert.equal(r.status, 0, r.stderr);
    // The KCNA report lacks Article 22 (issue 15): complete except for that gap, never 100% alone.
    assert.match(
      r.stdout,
      /prk-rus-2024 +corpus\/prk-rus-2024\/sources\/003_696defb046d6bd54\.txt +21 +20 +1 +0 +complete except for 1 gap\n/,
    );
    assert.ok(
      r.stdout.includes(
        'prk-rus-2024, corpus/prk-rus-2024/sources/003_696defb046d6bd54.txt: covered 95.2% · non-operative 4.7% · gaps: 1 (Article 22 on entry into force is not in the report)\n',
      ),
    );
    assert.match(r.stdout, /ussr-prk-1961 +corpus\/ussr-prk-1961\/sources\/000_df94f2d4f29a19fa\.txt +21 +9 +12 +0 +100%/);
    assert.match(r.stdout, /OK: 2 treaties checked, no errors\./);
  });
  it('counts the gaps of an incomplete source apart (test/fixtures/corpus-gaps)', async () => {
    const r = await pacta(['check', '--corpus', 'test/fixtures/corpus-gaps']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /gap-pact +test\/fixtures\/corpus-gaps\/gap-pact\/sources\/treaty\.txt +9 +6 +2 +0 +complete except for 2 gaps\n/,
    );
    assert.ok(
      r.stdout.includes(
        "gap-pact, test/fixtures/corpus-gaps/gap-pact/sources/treaty.txt: covered 75% · non-operative 25% · gaps: 2 (the rest of Article 3's sentence; Article 4 (not retrieved))\n",
      ),
    );
    const json = JSON.parse((await pacta(['check', '--corpus', 'test/fixtures/corpus-gaps', '--json'])).stdout);
    const c = json.treaties[0].coverage[0];
    assert.deepEqual(
      [c.complete, c.totals.gap, c.totals.gaps, c.totals.percent, c.gaps.map((g: { what: string }) => g.what)],
      [false, 1, 2, 100, ["the rest of Article 3's sentence", 'Article 4 (not retrieved)']],
    );
  });
  it('a corpus folder given as the argument checks every treaty in it, as --corpus does', async () => {
    const given = await pacta(['check', 'test/fixtures/corpus-gaps']);
    const option = await pacta(['check', '--corpus', 'test/fixtures/corpus-gaps']);
    assert.equal(given.status, 0, given.stderr);
    assert.equal(given.stdout, option.stdout);
    assert.match(given.stdout, /OK: 1 treaty checked, no errors\.\n$/);
  });
  it('a treaty folder outside any corpus, or no folder at all, is bad input (exit 2) with one message saying what to do', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'pacta-cli-')), 'lonely-treaty');
    mkdirSync(outside);
    const lonely = await pacta(['check', outside]);
    assert.equal(lonely.status, 2);
    assert.equal(
      lonely.stderr,
      `${outside}: error: not in a corpus folder: ${join(outside, '..')} holds no states.yaml\n` +
        '  hint: a treaty folder lies in a corpus folder beside states.yaml and vocabulary.yaml: move it there, or name the corpus with --corpus DIR\n',
    );
    assert.equal(lonely.stdout, '');
    const missing = await pacta(['check', 'corpus/no-such-treaty']);
    assert.equal(missing.status, 2);
    assert.equal(
      missing.stderr,
      'corpus/no-such-treaty: error: no such folder\n  hint: give a treaty folder such as corpus/ussr-prk-1961, or no folder to check the whole corpus\n',
    );
  });
  it('--json gives the coverage as data', async () => {
    const r = await pacta(['check', '--json']);
    const out = JSON.parse(r.stdout);
    assert.equal(out.ok, true);
    assert.deepEqual(
      out.treaties.map((t: { id: string }) => t.id),
      ['anzus-1951', 'north-atlantic-1949', 'prk-rus-2024', 'ussr-prk-1961'],
    );
    assert.equal(out.treaties[1].coverage[0].totals.percent, 100);
  });
  it('exits 1 with file:line:column on a finding', async () => {
    const r = await pacta(['check', '--corpus', 'test/fixtures/corpus-minimal', '--json']);
    assert.equal(r.status, 0);
    const bad = await pacta(['check', 'corpus/ussr-prk-1961', '--corpus', 'no/such/dir']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^no\/such\/dir: error: not a corpus folder \(no states\.yaml\)\n {2}hint: /);
  });
});

describe('pacta status', () => {
  it('1961 treaty on 1996-09-09: in force, term 6, ending 1996-09-10', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1996-09-09', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.deepEqual(
      {
        treaty: s.treaty,
        date: s.date,
        status: s.status,
        since: s.since,
        until: s.until,
        term: s.term,
        termEnd: s.termEnd,
        noticeDeadline: s.noticeDeadline,
      },
      {
        treaty: 'ussr-prk-1961',
        date: '1996-09-09',
        status: 'in-force',
        since: '1961-09-10',
        until: '1996-09-10',
        term: 6,
        termEnd: '1996-09-10',
        noticeDeadline: '1995-09-10',
      },
    );
    assert.deepEqual(
      s.explanation.map((e: { step: string }) => e.step),
      ['provision', 'event', 'provision', 'lifecycle'],
    );
    assert.equal(s.explanation[1].event.id, 'ratifications-exchanged');
  });
  it('1961 treaty on 1996-09-10: terminated by the 1995 notice of Russia as continuator', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1996-09-10', '--json']);
    const s = JSON.parse(r.stdout);
    assert.equal(s.status, 'terminated');
    assert.equal(s.since, '1996-09-10');
    assert.equal(s.until, null);
    const notice = s.explanation.find((e: { event?: { id: string } }) => e.event?.id === 'notice-1995');
    assert.match(notice.text, /^Notice given by RUS, continuing SUN, on 1995-08-07/);
    assert.match(s.explanation.at(-1).text, /^The notice was in time for term 6: notice by 1995-09-10 \(last day\);/);
  });
  it('human output states the status and the reasons', async () => {
    const r = await pacta(['status', 'prk-rus-2024', '--at', '2024-12-04']);
    assert.match(r.stdout, /^prk-rus-2024 on 2024-12-04: IN-FORCE\n {2}in force from 2024-12-04\n/);
    assert.match(r.stdout, /Why:\n {2}1\. Entry into force on the ratifications exchanged \(Interfax quoting KCNA; Russian MFA/);
  });
  it("shows each party's status where a continuator stands in a party's place", async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1995-01-01']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^ussr-prk-1961 on 1995-01-01: IN-FORCE\n {2}in force from 1961-09-10 to 1996-09-10 \(last day 1996-09-09\)[^]*\n\nParties:\n {2}party +state +status +from +last day\n {2}─+ +─+ +─+ +─+ +─+\n {2}SUN +RUS, continuing SUN +in-force +1991-12-25 +1996-09-09\n {2}PRK +PRK +in-force +\d{4}-\d\d-\d\d +1996-09-09\n\nWhy:\n/,
    );
    // Before the succession, the parties are in force with the treaty and bound themselves: one line says so.
    const before = await pacta(['status', 'ussr-prk-1961', '--at', '1980-01-01']);
    assert.match(before.stdout, /\n {2}parties SUN, PRK: each in-force\n\nWhy:/);
    assert.doesNotMatch(before.stdout, /Parties:/);
  });
  it("--party gives that party's status on top, named by the state acting for it", async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1995-01-01', '--party', 'RUS']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ussr-prk-1961 on 1995-01-01, for RUS, continuing SUN: IN-FORCE\n/);
    assert.match(r.stdout, /\d\. RUS continues SUN from 1991-12-25, in its place under its treaties/);
    const json = JSON.parse((await pacta(['status', 'ussr-prk-1961', '--at', '1995-01-01', '--party', 'SUN', '--json'])).stdout);
    assert.equal(json.party, 'SUN');
    assert.deepEqual(
      json.parties.map((p: { party: string; state: string; status: string }) => [p.party, p.state, p.status]),
      [
        ['SUN', 'RUS', 'in-force'],
        ['PRK', 'PRK', 'in-force'],
      ],
    );
    assert.deepEqual(json.suspensions, []);
    const prk = await pacta(['status', 'ussr-prk-1961', '--at', '1996-09-10', '--party', 'PRK']);
    assert.match(prk.stdout, /^ussr-prk-1961 on 1996-09-10, for PRK: TERMINATED\n/);
  });
  it('--party naming no party exits 2, listing the parties', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '1995-01-01', '--party', 'USA']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      '--party: error: --party "USA": not a party to ussr-prk-1961 on 1995-01-01\n  hint: give one of its parties: SUN (or RUS, continuing it on that day), PRK\n',
    );
    // RUS acts for SUN only from the succession.
    const early = await pacta(['status', 'ussr-prk-1961', '--at', '1980-01-01', '--party', 'RUS', '--json']);
    assert.equal(early.status, 2);
    assert.equal(
      early.stderr,
      '--party: error: --party "RUS": not a party to ussr-prk-1961 on 1980-01-01\n  hint: give one of its parties: SUN, PRK\n',
    );
  });
  it('on the lifecycle fixtures: suspensions between parties on the day, provisional application party by party', async () => {
    const corpus = 'test/fixtures/corpus-lifecycle';
    const pair = await pacta([
      'status',
      'suspension-pair',
      '--at',
      '1987-01-01',
      '--corpus',
      corpus,
      '--scenario',
      `${corpus}/suspension-pair/scenarios/us-suspends-obligations-to-nzl.yaml`,
    ]);
    assert.equal(pair.status, 0, pair.stderr);
    assert.match(
      pair.stdout,
      /^suspension-pair on 1987-01-01: IN-FORCE\n[^]*\n {2}parties AUS, NZL, USA: each in-force\n\nSuspended between parties:\n {2}USA's obligations towards NZL suspended from 1986-09-17\n\nWhy:\n/,
    );
    const provisional = await pacta(['status', 'provisional', '--at', '2020-06-01', '--corpus', corpus]);
    assert.equal(provisional.status, 0, provisional.stderr);
    assert.match(provisional.stdout, /^provisional on 2020-06-01: PROVISIONALLY-APPLIED\n/);
    assert.match(provisional.stdout, /\n {2}ESP +ESP +provisionally-applied +2019-06-28 +2021-02-27\n/);
    assert.match(provisional.stdout, /\n {2}FRA +FRA +not-in-force +/);
    const run = await pacta(['run', `${corpus}/suspension-pair/scenarios/us-suspends-obligations-to-nzl.yaml`, '--corpus', corpus]);
    assert.match(
      run.stdout,
      /\ntreaty +between parties +from +last day\n[─ ]+\nsuspension-pair +USA's obligations towards NZL suspended +1986-09-17 +…\n/,
    );
  });
  it('names the new statuses and the suspensions between parties in words', () => {
    const party = (code: string, status: StatusResult['status'], state = code) => ({
      party: code,
      state,
      status,
      since: '2001-01-01',
      until: null,
      explanation: [],
    });
    const result: StatusResult = {
      treaty: 'pact',
      date: '2002-02-02',
      party: null,
      status: 'provisionally-applied',
      since: '2001-01-01',
      until: null,
      term: null,
      termEnd: null,
      noticeDeadline: null,
      readings: {},
      explanation: [{ step: 'lifecycle', text: 'Applied provisionally from the signature.' }],
      parties: [party('AAA', 'provisionally-applied'), party('BBB', 'not-in-force'), party('CCC', 'unknown')],
      suspensions: [{ bearer: 'AAA', beneficiary: 'CCC', from: '2002-01-01', to: null, explanation: [] }],
    };
    assert.equal(
      humanStatus(result),
      [
        'pact on 2002-02-02: PROVISIONALLY-APPLIED',
        '  provisionally applied from 2001-01-01',
        '',
        'Parties:',
        '  party  state  status                 from        last day',
        '  ─────  ─────  ─────────────────────  ──────────  ────────',
        '  AAA    AAA    provisionally-applied  2001-01-01  …',
        '  BBB    BBB    not-in-force           2001-01-01  …',
        '  CCC    CCC    unknown                2001-01-01  …',
        '',
        'Suspended between parties:',
        "  AAA's obligations towards CCC suspended from 2002-01-01",
        '',
        'Why:',
        '  1. Applied provisionally from the signature.',
        '',
      ].join('\n'),
    );
  });
  it('bad date and unknown treaty exit 2 with what to do', async () => {
    const d = await pacta(['status', 'ussr-prk-1961', '--at', '1995-02-29']);
    assert.equal(d.status, 2);
    assert.equal(
      d.stderr,
      '--at: error: --at "1995-02-29": "1995-02-29" is not a calendar date: February 1995 has 28 days\n  hint: write the date as YYYY-MM-DD, e.g. 1996-09-10\n',
    );
    const t = await pacta(['status', 'nato', '--at', '1995-02-28']);
    assert.equal(t.status, 2);
    assert.match(
      t.stderr,
      /^nato: error: unknown treaty "nato"\n {2}hint: use one of: anzus-1951, north-atlantic-1949, prk-rus-2024, ussr-prk-1961\n$/,
    );
  });
});

describe('pacta run', () => {
  it('gives the DESIGN §5 fields, one run per reading, and the differences', async () => {
    const r = await pacta(['run', 'corpus/ussr-prk-1961/scenarios/attack-1985.yaml', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.scenario, 'Attack on the DPRK in 1985 (hypothetical)');
    assert.deepEqual(
      out.runs.map((run: { readings: Record<string, string> }) => run.readings['state-of-war']),
      ['armed-hostilities', 'declared-war'],
    );
    const o = out.runs[0].obligations.find((x: { provision: string }) => x.provision === 'art1-mutual-assistance');
    assert.deepEqual(Object.keys(o), [
      'treaty',
      'provision',
      'article',
      'kind',
      'bearer',
      'beneficiary',
      'from',
      'to',
      'deadline',
      'outcome',
      'events',
      'explanation',
    ]);
    assert.deepEqual(
      [o.bearer, o.beneficiary, o.from, o.to, o.outcome, o.events],
      ['SUN', 'PRK', '1985-03-01', '1985-03-03', 'discharged', ['e1', 'e2']],
    );
    const provisionStep = o.explanation.find(
      (e: { step: string; provision?: { id: string } }) => e.provision?.id === 'art1-mutual-assistance',
    );
    assert.equal(provisionStep.provision.file, 'ussr-prk-1961/sources/000_df94f2d4f29a19fa.txt');
    assert.equal(provisionStep.provision.spans.length, 1);
    assert.equal(out.differences.length, 1);
    assert.match(
      out.differences[0].summary,
      /^art1-mutual-assistance \(SUN → PRK\): discharged \(duty from 1985-03-01\) under .*state-of-war: armed-hostilities.*; not-triggered under .*state-of-war: declared-war/,
    );
  });
  it('human tables show the party whose course differs, split at the succession, and no notice given by SUN', async () => {
    const r = await pacta(['run', 'corpus/ussr-prk-1961/scenarios/recorded-history.yaml']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /\ntreaty +party +state +status +from +last day +cause\n[─ ]+\nussr-prk-1961 +SUN +SUN +not-in-force +… +1961-09-09\nussr-prk-1961 +SUN +SUN +in-force +1961-09-10 +1991-12-24\nussr-prk-1961 +SUN +RUS, continuing SUN +in-force +1991-12-25 +1996-09-09\nussr-prk-1961 +SUN +RUS, continuing SUN +terminated +1996-09-10 +… +notice notice-1995 by RUS, continuing SUN, of 1995-08-07, in time for term 6: notice by 1995-09-10 \(last day\)\n\n/,
    );
    // PRK's course is the treaty's: no rows of its own.
    assert.doesNotMatch(r.stdout, /ussr-prk-1961 +PRK/);
    assert.doesNotMatch(r.stdout, /by SUN/);
  });
  it('human tables show per-party intervals, suspensions between parties and unknown outcomes', () => {
    const i = (status: StatusIntervalJson['status'], from: string | null, to: string | null, more: Partial<StatusIntervalJson> = {}) => ({
      status,
      from,
      to,
      term: null,
      explanation: [],
      ...more,
    });
    const treaty = [i('not-in-force', null, '2000-01-01'), i('in-force', '2000-01-01', null)];
    const result: RunResult = {
      scenario: 'Synthetic',
      runs: [
        {
          readings: {},
          treaties: [
            {
              id: 'pact',
              intervals: treaty,
              parties: [
                { party: 'AAA', intervals: treaty },
                {
                  party: 'BBB',
                  intervals: [
                    i('provisionally-applied', null, '2000-01-01'),
                    i('suspended', '2000-01-01', '2001-01-01'),
                    i('unknown', '2001-01-01', null),
                  ],
                },
              ],
              suspensions: [{ bearer: 'AAA', beneficiary: 'BBB', from: '2000-06-01', to: '2000-09-01', explanation: [] }],
            },
          ],
          fluents: [],
          obligations: [
            {
              treaty: 'pact',
              provision: 'art1',
              article: '1',
              kind: 'obligation',
              bearer: 'AAA',
              beneficiary: 'BBB',
              from: '2001-02-01',
              to: null,
              deadline: null,
              outcome: 'unknown',
              events: ['e1'],
              explanation: [{ step: 'missing-fact', text: 'The status of pact on 2001-02-01 is unknown.' }],
            },
          ],
        },
      ],
      differences: [],
      warnings: [],
    };
    const out = humanRun(result);
    assert.match(
      out,
      /\ntreaty +party +state +status +from +last day +cause\n[─ ]+\npact +BBB +BBB +provisionally-applied +… +1999-12-31\npact +BBB +BBB +suspended +2000-01-01 +2000-12-31\npact +BBB +BBB +unknown +2001-01-01 +…\n\n/,
    );
    assert.doesNotMatch(out, /pact +AAA +AAA/);
    assert.match(
      out,
      /\ntreaty +between parties +from +last day\n[─ ]+\npact +AAA's obligations towards BBB suspended +2000-06-01 +2000-08-31\n/,
    );
    assert.match(out, /\npact +art1 +1 +AAA → BBB +unknown from 2001-02-01\n/);
    assert.match(out, /\nart1 \(AAA → BBB\): UNKNOWN\n {2}- The status of pact on 2001-02-01 is unknown\.\n/);
  });
  it('is deterministic: the same inputs give byte-identical output', async () => {
    const a = (await pacta(['run', 'corpus/prk-rus-2024/scenarios/invasion-of-russia.yaml', '--json'])).stdout;
    const b = (await pacta(['run', 'corpus/prk-rus-2024/scenarios/invasion-of-russia.yaml', '--json'])).stdout;
    assert.ok(a.length > 1000);
    assert.equal(a, b);
  });
  it('a malformed scenario is refused with file, line and column', async () => {
    const file = tempFile('bad.yaml', 'title: Bad\nevents:\n  - { id: e1, date: 1985-02-30, type: armed-attack, by: USA, against: PRK }\n');
    const r = await pacta(['run', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.yaml:3:21: error: events\[0\]\.date: "1985-02-30" is not a calendar date: February 1985 has 28 days\n/);
  });
  it('a scenario naming an unknown state or event type is refused', async () => {
    const file = tempFile(
      'bad.yaml',
      'title: Bad\nevents:\n  - { id: e1, date: 1985-02-01, type: armed-attak, by: USA, against: PRK }\n  - { id: e2, date: 1985-02-01, type: armed-attack, by: USA, against: XYZ }\n',
    );
    const r = await pacta(['run', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.yaml:3:39: error: unknown event type "armed-attak"/);
    assert.match(r.stderr, /bad\.yaml:4:71: error: unknown state "XYZ"/);
  });
});

describe('pacta test', () => {
  it('passes on every scenario of the corpus', async () => {
    const r = await pacta(['test']);
    assert.equal(r.status, 0, r.stdout);
    // Every scenario file of every treaty folder is run and passes; the total counts them all.
    const files = readdirSync(join(ROOT, 'corpus'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'corpus', d.name, 'scenarios')))
      .flatMap((d) =>
        readdirSync(join(ROOT, 'corpus', d.name, 'scenarios'))
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => `corpus/${d.name}/scenarios/${f}`),
      )
      .sort();
    const passed = r.stdout.split('\n').filter((line) => line.startsWith('ok   '));
    assert.deepEqual(passed.map((line) => line.slice(5).split(' — ')[0]).sort(), files);
    const expectations = passed.reduce((n, line) => n + Number(/\((\d+) expectations?\)$/.exec(line)![1]), 0);
    assert.ok(files.length >= 48 && expectations >= 200, `${files.length} scenarios, ${expectations} expectations`);
    assert.ok(r.stdout.endsWith(`\n${files.length} scenarios: ${expectations} expectations passed, 0 failed\n`), r.stdout);
  });
  it('passes on the multilateral fixture: roles bound per attack, withdrawal by one party alone', async () => {
    const r = await pacta(['test', '--corpus', 'test/fixtures/corpus-multilateral']);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /\n2 scenarios: 16 expectations passed, 0 failed\n$/);
  });
  it('exits 1 on a mismatch, showing expected and actual', async () => {
    const file = tempFile(
      'wrong.yaml',
      'title: Wrong\ntreaties: [ussr-prk-1961]\nexpect:\n  - { at: 1996-09-10, treaty: ussr-prk-1961, status: in-force }\n',
    );
    const r = await pacta(['test', file]);
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      /FAIL .*wrong\.yaml — Wrong \(1 expectation\)\n {5}\S*wrong\.yaml:4:5: expected: ussr-prk-1961 in-force on 1996-09-10\n {5}actual: {3}terminated on 1996-09-10\n/,
    );
    assert.match(r.stdout, /1 scenarios: 0 expectations passed, 1 failed/);
    const json = JSON.parse((await pacta(['test', file, '--json'])).stdout);
    assert.deepEqual(
      json.scenarios[0].outcomes.map((o: { passed: boolean; line?: number; column?: number }) => [o.passed, o.line, o.column]),
      [[false, 4, 5]],
    );
  });
  it('warns of a scenario without expectations (it checks nothing), exit 0', async () => {
    const file = tempFile(
      'empty.yaml',
      'title: Empty\ntreaties: [ussr-prk-1961]\nevents:\n  - { id: e1, date: 1985-03-01, type: armed-attack, by: USA, against: PRK }\n',
    );
    const r = await pacta(['test', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^warn .*empty\.yaml — Empty \(0 expectations\)\n {5}warning: no expectations, so nothing is checked: add an expect block \(see the scenario format in the README\)\n\n1 scenarios: 0 expectations passed, 0 failed; 1 scenario without expectations\n$/,
    );
    const json = JSON.parse((await pacta(['test', file, '--json'])).stdout);
    assert.equal(
      json.scenarios[0].warning,
      'warning: no expectations, so nothing is checked: add an expect block (see the scenario format in the README)',
    );
  });
});

describe('pacta render', () => {
  it('renders Markdown with each article beside its provisions', async () => {
    const r = await pacta(['render', 'ussr-prk-1961']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /### Article 1, paragraph 2\n\n> Should either of the Contracting Parties suffer armed attack/);
    assert.match(r.stdout, /\*\*`art1-mutual-assistance`\*\* — obligation, Article 1\./);
    assert.match(r.stdout, /\| timing \| "immediately" — reading of "immediately" \|/);
  });
  it('renders HTML with quoted words highlighted', async () => {
    const r = await pacta(['render', 'prk-rus-2024', '--format', 'html']);
    assert.match(r.stdout, /^<!doctype html>/);
    assert.match(
      r.stdout,
      /<mark class="prov" data-provision="art4-mutual-assistance">In case any one of the two sides is put in a state of war/,
    );
  });
  it('refuses an unknown format', async () => {
    const r = await pacta(['render', 'prk-rus-2024', '--format', 'pdf']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format "pdf"\n {2}hint: use --format md or --format html/);
  });
});

describe('pacta serve', () => {
  it('refuses a port that is not a port number, before opening anything', async () => {
    const r = await pacta(['serve', '--port', 'eighty', '--data', 'test-output/serve-bad-port']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, '--port: error: --port "eighty" is not a port number\n  hint: give a whole number from 0 to 65535\n');
  });
});

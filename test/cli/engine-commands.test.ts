/** `pacta check`, `status`, `run`, `test` and `render` from the command line: outputs, exit codes, errors. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pacta } from './support.js';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pacta-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('pacta check', () => {
  it('exits 0 on the bundled corpus with 100% coverage of both sources', async () => {
    const r = await pacta(['check', 'corpus/ussr-prk-1961', 'corpus/prk-rus-2024']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /prk-rus-2024 +corpus\/prk-rus-2024\/sources\/003_696defb046d6bd54\.txt +21 +20 +1 +0 +100%/);
    assert.match(r.stdout, /ussr-prk-1961 +corpus\/ussr-prk-1961\/sources\/000_df94f2d4f29a19fa\.txt +21 +9 +12 +0 +100%/);
    assert.match(r.stdout, /OK: 2 treaties checked, no errors\./);
  });
  it('--json gives the coverage as data', async () => {
    const r = await pacta(['check', '--json']);
    const out = JSON.parse(r.stdout);
    assert.equal(out.ok, true);
    assert.deepEqual(
      out.treaties.map((t: { id: string }) => t.id),
      ['prk-rus-2024', 'ussr-prk-1961'],
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
    assert.match(notice.text, /^Notice given by RUS, acting for SUN as its continuator on 1995-08-07/);
    assert.match(s.explanation.at(-1).text, /met the deadline of 1995-09-10 for term 6/);
  });
  it('human output states the status and the reasons', async () => {
    const r = await pacta(['status', 'prk-rus-2024', '--at', '2024-12-04']);
    assert.match(r.stdout, /^prk-rus-2024 on 2024-12-04: IN-FORCE\n {2}since {6}2024-12-04\n/);
    assert.match(r.stdout, /Why:\n {2}1\. Entry into force on the ratifications exchanged \(Interfax quoting KCNA; Russian MFA/);
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
    assert.match(t.stderr, /^nato: error: unknown treaty "nato"\n {2}hint: use one of: prk-rus-2024, ussr-prk-1961\n$/);
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
      /^art1-mutual-assistance \(SUN → PRK\): discharged from 1985-03-01 under .*state-of-war: armed-hostilities.*; not-triggered under .*state-of-war: declared-war/,
    );
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
    assert.match(r.stdout, /\n20 scenarios: 50 expectations passed, 0 failed\n$/);
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
      /FAIL .*wrong\.yaml — Wrong \(1 expectation\)\n {5}expected: ussr-prk-1961 in-force on 1996-09-10\n {5}actual: {3}terminated on 1996-09-10\n/,
    );
    assert.match(r.stdout, /1 scenarios: 0 expectations passed, 1 failed/);
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

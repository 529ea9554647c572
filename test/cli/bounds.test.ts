/**
 * Issue 18 through the CLI: dates to the end of year 9999 answer instead of crashing ("date out of
 * range: year 10000", exit 3), and a scenario asking for repeated readings is refused (exit 2).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pacta, ROOT } from './support.js';

const NO_NOTICE = join(ROOT, 'corpus', 'ussr-prk-1961', 'scenarios', 'counterfactual-no-notice.yaml');

/** A copy of the bundled corpus whose recorded 1995 notice is moved to 9999-12-31 (it passes `pacta check`). */
function corpusWithLastDayEvent(): string {
  const root = mkdtempSync(join(tmpdir(), 'pacta-bounds-'));
  cpSync(join(ROOT, 'corpus'), root, { recursive: true });
  const history = join(root, 'ussr-prk-1961', 'history.yaml');
  writeFileSync(history, readFileSync(history, 'utf8').replace('    date: 1995-08-07', '    date: 9999-12-31'));
  return root;
}

function scenarioFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-bounds-'));
  const path = join(dir, 'scenario.yaml');
  writeFileSync(path, text);
  return path;
}

describe('dates to the end of year 9999', () => {
  it('status on 9999-12-31 of a treaty renewing every five years: the term ends beyond the calendar', async () => {
    const r = await pacta(['status', 'ussr-prk-1961', '--at', '9999-12-31', '--scenario', NO_NOTICE]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /^ussr-prk-1961 on 9999-12-31: IN-FORCE\n {2}in force from 1961-09-10\n {2}term 1607, from 9996-09-10, ending after 9999-12-31\n/,
    );
    assert.match(r.stdout, /In force, term 1607, from 9996-09-10, ending after 9999-12-31\./);
    const json = JSON.parse((await pacta(['status', 'ussr-prk-1961', '--at', '9996-12-31', '--scenario', NO_NOTICE, '--json'])).stdout);
    assert.deepEqual([json.status, json.term, json.termEnd, json.noticeDeadline], ['in-force', 1607, null, null]);
  });

  it('status in year 9996 of an indefinite treaty', async () => {
    const r = await pacta(['status', 'prk-rus-2024', '--at', '9996-01-01']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^prk-rus-2024 on 9996-01-01: IN-FORCE\n/);
  });

  it('run and test a scenario with an event on 9999-12-31', async () => {
    const file = scenarioFile(
      [
        'title: An attack on the last day of the calendar',
        'treaties: [ussr-prk-1961, prk-rus-2024]',
        'drop: [ussr-prk-1961/notice-1995]',
        'readings: { immediately: [no-fixed-deadline, within-seven-days] }',
        'events:',
        '  - { id: e1, date: 9999-12-31, type: armed-attack, by: USA, against: PRK, source: hypothetical }',
        '  - { id: e2, date: 9999-12-30, type: armed-attack, by: USA, against: RUS, source: hypothetical }',
        'expect:',
        '  - { at: 9999-12-31, treaty: ussr-prk-1961, status: in-force, term: 1607 }',
        '',
      ].join('\n'),
    );
    const run = await pacta(['run', file, '--json']);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const result = JSON.parse(run.stdout);
    assert.equal(result.runs.length, 2);
    const test = await pacta(['test', file]);
    assert.equal(test.status, 0, test.stdout + test.stderr);
  });

  it('status, run, test and every export with a recorded event on 9999-12-31', async () => {
    const corpus = corpusWithLastDayEvent();
    assert.equal((await pacta(['check', '--corpus', corpus])).status, 0);
    const status = await pacta(['status', 'ussr-prk-1961', '--at', '9999-12-31', '--corpus', corpus, '--json']);
    assert.equal(status.status, 0, status.stderr);
    assert.deepEqual(JSON.parse(status.stdout).termEnd, null);
    const run = await pacta(['run', join(corpus, 'ussr-prk-1961', 'scenarios', 'attack-1985.yaml'), '--corpus', corpus, '--json']);
    assert.equal(run.status, 0, run.stderr);
    // The expectations written for the real history may fail (exit 1); nothing crashes (exit 3).
    const test = await pacta(['test', '--corpus', corpus]);
    assert.ok(test.status === 0 || test.status === 1, test.stderr);
    for (const format of ['json', 'csv', 'akn']) {
      const r = await pacta(['export', 'ussr-prk-1961', '--format', format, '--corpus', corpus]);
      assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    }
  });
});

describe('scenario bounds', () => {
  it('refuse a reading asked for twice, with file, line, column and what to do', async () => {
    const file = scenarioFile('title: x\nreadings:\n  state-of-war: [declared-war, declared-war]\n');
    const r = await pacta(['run', file]);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /scenario\.yaml:3:32: error: readings\.state-of-war\[1\]: reading "declared-war" is asked for twice \(also at readings\.state-of-war\[0\]\)\n {2}hint: list each reading of a term once: every combination of readings is evaluated, so a repeat only repeats runs/,
    );
  });
});

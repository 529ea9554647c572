// Covers src/faces/web/lib/parties.ts: a continuator named "RUS, continuing SUN", a party's intervals grouped by the state bound, runs of one status, and whether a party differs from its treaty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StatusIntervalJson } from '../../src/faces/web/api/types.js';
import { boundAs, byStateBound, differsFromTreaty, statusRuns } from '../../src/faces/web/lib/parties.js';

const i = (
  status: StatusIntervalJson['status'],
  from: string | null,
  to: string | null,
  more: Partial<StatusIntervalJson> = {},
): StatusIntervalJson => ({
  status,
  from,
  to,
  term: null,
  explanation: [],
  ...more,
});

const treaty = [
  i('not-in-force', null, '1961-09-10'),
  i('in-force', '1961-09-10', '1971-09-10', { term: 1 }),
  i('in-force', '1971-09-10', null, { term: 2 }),
];
const sun = [
  i('not-in-force', null, '1961-09-10'),
  i('in-force', '1961-09-10', '1971-09-10', { term: 1 }),
  i('in-force', '1971-09-10', '1991-12-25', { term: 2 }),
  i('in-force', '1991-12-25', null, { term: 2, state: 'RUS' }),
];

describe('per-party status in the web pages', () => {
  it('names a continuator bound in a party’s place', () => {
    assert.equal(boundAs('SUN', 'RUS'), 'RUS, continuing SUN');
    assert.equal(boundAs('PRK', 'PRK'), 'PRK');
    assert.equal(boundAs('PRK', undefined), 'PRK');
  });

  it('groups a party’s intervals by the state bound, in order', () => {
    assert.deepEqual(
      byStateBound('SUN', sun).map((g) => [g.state, g.label, g.intervals.length]),
      [
        ['SUN', 'SUN', 3],
        ['RUS', 'RUS, continuing SUN', 1],
      ],
    );
    assert.deepEqual(byStateBound('SUN', []), []);
  });

  it('runs intervals of one status and state bound together, the last interval kept for its explanation', () => {
    assert.deepEqual(
      statusRuns(sun).map((r) => [r.status, r.from, r.to, r.state ?? null, r.last.from]),
      [
        ['not-in-force', null, '1961-09-10', null, null],
        ['in-force', '1961-09-10', '1991-12-25', null, '1971-09-10'],
        ['in-force', '1991-12-25', null, 'RUS', '1991-12-25'],
      ],
    );
    const ended = statusRuns([i('in-force', '2000-01-01', '2001-01-01'), i('terminated', '2001-01-01', null, { cause: 'notice' })]);
    assert.equal(ended[1]!.cause, 'notice');
  });

  it('never joins an open end to an open start (intervals that do not meet)', () => {
    // A counterexample the chart's property test once found: a run "from 1950-01-02 to 1950-01-01".
    const runs = statusRuns([i('terminated', '1950-01-02', null), i('terminated', null, '1950-01-01')]);
    assert.deepEqual(
      runs.map((r) => [r.from, r.to]),
      [
        ['1950-01-02', null],
        [null, '1950-01-01'],
      ],
    );
  });

  it('tells a party whose course is the treaty’s from one that differs', () => {
    assert.equal(differsFromTreaty(treaty, treaty), false);
    assert.equal(differsFromTreaty(sun, treaty), true);
    // Terms are the treaty's: a party in force over the same days does not differ for being cut elsewhere.
    assert.equal(differsFromTreaty([i('not-in-force', null, '1961-09-10'), i('in-force', '1961-09-10', null)], treaty), false);
    assert.equal(
      differsFromTreaty(
        [i('not-in-force', null, '1961-09-10'), i('in-force', '1961-09-10', '1980-01-01'), i('terminated', '1980-01-01', null)],
        treaty,
      ),
      true,
    );
    assert.equal(differsFromTreaty([i('not-in-force', null, '1961-09-10'), i('suspended', '1961-09-10', null)], treaty), true);
  });
});

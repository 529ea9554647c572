/** Reading a party's intervals: the state bound in its place, and its runs of one status. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundAs, statusRuns, type StatusIntervalJson } from '../../src/model/index.js';

const i = (
  status: StatusIntervalJson['status'],
  from: string | null,
  to: string | null,
  extra: Partial<StatusIntervalJson> = {},
): StatusIntervalJson => ({
  status,
  from,
  to,
  term: null,
  explanation: [],
  ...extra,
});

describe('boundAs', () => {
  it('names the party itself, or its continuator as continuing it', () => {
    assert.equal(boundAs('PRK', undefined), 'PRK');
    assert.equal(boundAs('PRK', 'PRK'), 'PRK');
    assert.equal(boundAs('SUN', 'RUS'), 'RUS, continuing SUN');
  });
});

describe('statusRuns', () => {
  it('runs terms of one status and state together, splits where the state bound changes, keeps the last cause', () => {
    const runs = statusRuns([
      i('not-in-force', null, '1961-09-10'),
      i('in-force', '1961-09-10', '1971-09-10', { term: 1 }),
      i('in-force', '1971-09-10', '1991-12-25', { term: 2 }),
      i('in-force', '1991-12-25', '1996-09-10', { term: 2, state: 'RUS' }),
      i('terminated', '1996-09-10', null, { state: 'RUS', cause: 'notice' }),
    ]);
    assert.deepEqual(runs, [
      { status: 'not-in-force', from: null, to: '1961-09-10' },
      { status: 'in-force', from: '1961-09-10', to: '1991-12-25' },
      { status: 'in-force', from: '1991-12-25', to: '1996-09-10', state: 'RUS' },
      { status: 'terminated', from: '1996-09-10', to: null, state: 'RUS', cause: 'notice' },
    ]);
  });

  it('never joins an open end to an open start', () => {
    assert.equal(statusRuns([i('terminated', '1950-01-02', null), i('terminated', null, '1950-01-01')]).length, 2);
  });
});

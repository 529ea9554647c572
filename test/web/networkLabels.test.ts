// Covers src/faces/web/lib/networkLabels.ts and networkChangeDates (networkDates.ts): a state's label where room is short, the room labels need, and the days the network may change on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { networkChangeDates } from '../../src/faces/web/lib/networkDates.js';
import { labelRoom, shortStateName } from '../../src/faces/web/lib/networkLabels.js';

describe('shortStateName', () => {
  it('keeps a name that fits', () => {
    assert.equal(shortStateName('United States of America', ['United States', 'US'], 24), 'United States of America');
  });

  it('takes the longest recorded alias in words that fits, never an acronym', () => {
    assert.equal(shortStateName("Democratic People's Republic of Korea", ['DPRK', 'North Korea'], 24), 'North Korea');
    assert.equal(shortStateName('United Kingdom of Great Britain and Northern Ireland', ['United Kingdom', 'UK'], 24), 'United Kingdom');
  });

  it('cuts the name with an ellipsis when no alias fits', () => {
    assert.equal(shortStateName('Union of Soviet Socialist Republics', ['USSR'], 24), 'Union of Soviet Sociali…');
    assert.equal(shortStateName('Union of Soviet Socialist Republics', [], 10), 'Union of…');
  });
});

describe('labelRoom', () => {
  it('is the longest label at 0.6 em a character, plus a margin', () => {
    assert.equal(labelRoom(['USA', 'North Korea (PRK)'], 12), Math.ceil(17 * 12 * 0.6) + 10);
    assert.equal(labelRoom([], 12), 10);
  });
});

describe('networkChangeDates', () => {
  it("lists each first day and first day after of the treaties', parties' and suspensions' intervals, once, in order", () => {
    const anzus = {
      intervals: [
        { from: null, to: '1952-04-29' },
        { from: '1952-04-29', to: null },
      ],
      parties: [{ intervals: [{ from: '1952-04-29', to: null }] }],
      suspensions: [{ from: '1986-09-17', to: null }],
    };
    const dprk = {
      intervals: [{ from: '1961-09-10', to: '1996-09-10' }],
      parties: [{ intervals: [{ from: '1961-09-10', to: '1991-12-25' }] }],
    };
    assert.deepEqual(networkChangeDates([anzus, dprk]), ['1952-04-29', '1961-09-10', '1986-09-17', '1991-12-25', '1996-09-10']);
    assert.deepEqual(networkChangeDates([]), []);
  });
});

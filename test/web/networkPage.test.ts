// Covers src/faces/web/pages/network/pageQuery.ts and codes.ts: the network page's URL with fields changed, the corpus order of treaties (groups, colours, legend), the code asked for and when an edge is drawn as unknown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeOf, isUnknownEdge } from '../../src/faces/web/pages/network/codes.js';
import { networkHref, treatyOrder } from '../../src/faces/web/pages/network/pageQuery.js';

const codes = (values: Partial<Record<'DEFENSE' | 'OFFENSE' | 'NEUTRAL' | 'NONAGG' | 'CONSUL', 0 | 1 | null>>) =>
  (['DEFENSE', 'OFFENSE', 'NEUTRAL', 'NONAGG', 'CONSUL'] as const).map((code) => ({
    code,
    value: code in values ? (values[code] as 0 | 1 | null) : 0,
  }));

describe('networkHref', () => {
  it('changes the fields named, keeps the others, and leaves out the emptied ones', () => {
    const query = new URLSearchParams('at=1985-01-01&code=any&view=help');
    assert.equal(networkHref(query, { at: '1986-08-11' }), '/network?at=1986-08-11&code=any&view=help');
    assert.equal(networkHref(query, { view: undefined, code: '' }), '/network?at=1985-01-01');
    assert.equal(networkHref(new URLSearchParams(), {}), '/network');
  });
});

describe('treatyOrder', () => {
  it('puts the oldest signature first, ties by id', () => {
    const treaty = (id: string, date: string) => ({ id, signature: { date } });
    const list = {
      treaties: [
        treaty('prk-rus-2024', '2024-06-19'),
        treaty('b', '1949-04-04'),
        treaty('a', '1949-04-04'),
        treaty('anzus-1951', '1951-09-01'),
      ],
    };
    assert.deepEqual(treatyOrder(list as unknown as Parameters<typeof treatyOrder>[0]), ['a', 'b', 'anzus-1951', 'prk-rus-2024']);
  });
});

describe('codes', () => {
  it('draws DEFENSE unless the query names another code, or any', () => {
    assert.equal(codeOf(new URLSearchParams('')), 'DEFENSE');
    assert.equal(codeOf(new URLSearchParams('code=CONSUL')), 'CONSUL');
    assert.equal(codeOf(new URLSearchParams('code=any')), null);
    assert.equal(codeOf(new URLSearchParams('code=defense')), 'DEFENSE', 'an unknown code: the default');
  });

  it('draws an edge as unknown when its status is, or the code drawn is unknown, or (any code) none is 1', () => {
    assert.equal(isUnknownEdge({ status: 'in-force', codes: codes({ DEFENSE: 1 }) }, 'DEFENSE'), false);
    assert.equal(isUnknownEdge({ status: 'unknown', codes: codes({ DEFENSE: 1 }) }, 'DEFENSE'), true);
    assert.equal(isUnknownEdge({ status: 'in-force', codes: codes({ DEFENSE: null, CONSUL: 1 }) }, 'DEFENSE'), true);
    assert.equal(isUnknownEdge({ status: 'in-force', codes: codes({ DEFENSE: null, CONSUL: 1 }) }, null), false);
    assert.equal(isUnknownEdge({ status: 'in-force', codes: codes({ DEFENSE: null }) }, null), true);
    assert.equal(isUnknownEdge({ status: 'provisionally-applied', codes: codes({ NONAGG: 1 }) }, 'NONAGG'), false);
  });
});

// Covers src/faces/web/pages/compare/pairs.ts: the compare page lists every pair of treaties of the corpus once, n·(n−1)/2 of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { treatyPairs } from '../../src/faces/web/pages/compare/pairs.js';

describe('treatyPairs', () => {
  it('pairs each treaty with each later one, in the order given', () => {
    assert.deepEqual(
      treatyPairs(['nato', 'anzus', 'dprk-1961', 'dprk-2024']).map((p) => `${p.a}:${p.b}`),
      ['nato:anzus', 'nato:dprk-1961', 'nato:dprk-2024', 'anzus:dprk-1961', 'anzus:dprk-2024', 'dprk-1961:dprk-2024'],
    );
    assert.deepEqual(treatyPairs(['only']), []);
  });

  it('gives n·(n−1)/2 pairs, each unordered pair of different treaties once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 12 }), (ids) => {
        const pairs = treatyPairs(ids);
        assert.equal(pairs.length, (ids.length * Math.max(0, ids.length - 1)) / 2);
        const seen = new Set(pairs.map((p) => JSON.stringify([p.a, p.b].sort())));
        assert.equal(seen.size, pairs.length);
        for (const p of pairs) assert.notEqual(p.a, p.b);
      }),
    );
  });
});

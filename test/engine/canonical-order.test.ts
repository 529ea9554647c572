/**
 * The canonical order against its definition (date; history as given; scenario events by id in
 * code-unit order; the order given for equal ids), for ids of any characters and days of any size.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalOrder as orderOf, dayKey, idKey, sortKey } from '../../src/engine/canonical-order.js';
import { addDays } from '../../src/model/calendar.js';
import { compareStrings } from '../../src/model/common.js';

/** Ids that share long prefixes and use characters on both sides of the key's 7-bit limit. */
const anyId = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.string({ unit: fc.constantFrom('a', 'b', '~', '\u007f', '\u0000', 'é', '\uffff', '\ud83d'), maxLength: 9 }),
  fc.nat(2_000_000).map((n) => `e${n}`),
);

/** The order of events as the timeline computes it: days and sort keys read, then ordered. */
function canonicalOrder(events: readonly { id: string; date: string }[], historyCount: number) {
  const days = Int32Array.from(events, (e) => dayKey(e.date));
  const keys = Float64Array.from(events, (e, i) => sortKey(i, historyCount, e.id));
  return orderOf(days, keys, (i) => events[i]!.id);
}

/** The definition, written plainly: a stable sort by (day, history first, id). */
function reference(events: readonly { id: string; date: string }[], historyCount: number): number[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      if (a.e.date !== b.e.date) return compareStrings(a.e.date, b.e.date);
      const ha = a.i < historyCount;
      const hb = b.i < historyCount;
      if (ha !== hb) return ha ? -1 : 1;
      if (ha) return a.i - b.i;
      return compareStrings(a.e.id, b.e.id) || a.i - b.i;
    })
    .map(({ i }) => i);
}

describe('id keys', () => {
  it('never order two ids against code-unit order', () => {
    fc.assert(
      fc.property(anyId, anyId, (a, b) => {
        const c = compareStrings(a, b);
        if (c < 0) assert.ok(idKey(a) <= idKey(b), `${JSON.stringify(a)} < ${JSON.stringify(b)}`);
        if (idKey(a) < idKey(b)) assert.equal(c, -1);
      }),
      { numRuns: 5000 },
    );
  });

  it('tell apart ids that differ in their first seven plain characters', () => {
    assert.ok(idKey('e99999') < idKey('e999990'));
    assert.ok(idKey('e100000') < idKey('e99999'));
    assert.ok(idKey('') < idKey('\u0000'));
    assert.equal(idKey('abcdefgX'), idKey('abcdefgY'));
  });
});

describe('canonical order', () => {
  it('is the definition’s order, whatever the ids, the history and the order given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: anyId, day: fc.integer({ min: 0, max: 6 }) }), { maxLength: 60 }),
        fc.nat(10),
        (drawn, history) => {
          const events = drawn.map(({ id, day }) => ({ id, date: addDays('1999-12-30', day) }));
          const historyCount = Math.min(history, events.length);
          const { order, moved } = canonicalOrder(events, historyCount);
          const expected = reference(events, historyCount);
          assert.deepEqual([...order], expected);
          assert.equal(
            moved,
            expected.some((i, j) => i !== j),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sorts a day of hundreds of events (the comparison sort) as it does a small one', () => {
    fc.assert(
      fc.property(fc.array(anyId, { minLength: 65, maxLength: 300 }), (ids) => {
        const events = ids.map((id) => ({ id, date: '2024-06-19' }));
        assert.deepEqual([...canonicalOrder(events, 0).order], reference(events, 0));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves a timeline already in order as given, and says so', () => {
    const events = [
      { id: 'h2', date: '2000-01-01' },
      { id: 'h1', date: '2000-01-01' },
      { id: 'a', date: '2000-01-01' },
      { id: 'a10', date: '2000-01-01' },
      { id: 'b', date: '2000-01-01' },
      { id: 'a', date: '2000-01-02' },
    ];
    const { order, moved } = canonicalOrder(events, 2);
    assert.deepEqual([...order], [0, 1, 2, 3, 4, 5]);
    assert.equal(moved, false);
    assert.equal(canonicalOrder(events.slice(0, 2), 0).moved, true);
  });

  it('orders days that span more than the counting sort covers', () => {
    const events = [
      { id: 'x', date: '9999-12-31' },
      { id: 'y', date: '0001-01-01' },
      { id: 'a', date: '9999-12-31' },
    ];
    assert.deepEqual([...canonicalOrder(events, 0).order], [1, 2, 0]);
  });
});

/**
 * Properties of pairSpans (src/engine/dyads/spans.ts) on random status lists and suspensions,
 * against a day-by-day model: A owes B on a day exactly when both are bound that day (in force,
 * provisionally applied or unknown) and no suspension of A's obligations towards B covers it; the
 * spans are ordered, disjoint, and each says the states and status of every day it covers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { pairSpans, type DyadSpan } from '../../src/engine/dyads/index.js';
import { addDays } from '../../src/model/calendar.js';
import type { PairSuspension, StatusIntervalJson } from '../../src/model/results.js';

const START = '2000-01-01';
const DAYS = 60;
const day = (n: number) => addDays(START, n);
const STATUSES = ['not-in-force', 'in-force', 'provisionally-applied', 'unknown', 'suspended', 'terminated'] as const;
const BOUND = new Set(['in-force', 'provisionally-applied', 'unknown']);

/** A contiguous status list: cut days, a status and (sometimes) a continuator per piece. */
const statusList = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: DAYS - 1 }), { maxLength: 5 }),
    fc.array(fc.tuple(fc.constantFrom(...STATUSES), fc.boolean()), { minLength: 6, maxLength: 6 }),
  )
  .map(([cuts, pieces]): StatusIntervalJson[] => {
    const days = [...cuts].sort((a, b) => a - b);
    const bounds = [null, ...days.map(day), null];
    return bounds.slice(0, -1).map((from, k) => ({
      status: pieces[k]![0],
      from,
      to: bounds[k + 1]!,
      term: null,
      ...(pieces[k]![1] ? { state: 'NEW' } : {}),
      explanation: [{ step: 'lifecycle' as const, text: `piece ${k}` }],
    }));
  });

const suspensions = fc.array(
  fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), fc.boolean()),
  { maxLength: 2 },
);

const on = (list: readonly StatusIntervalJson[], d: string) =>
  list.find((i) => (i.from === null || i.from <= d) && (i.to === null || d < i.to))!;
const spanOn = (spans: readonly DyadSpan[], d: string) =>
  spans.filter((s) => (s.from === null || s.from <= d) && (s.to === null || d < s.to));

describe('pairSpans against a day-by-day model', () => {
  it('holds on exactly the days both are bound and A → B is not suspended, with the states and status of each day', () => {
    fc.assert(
      fc.property(statusList, statusList, suspensions, (a, b, raw) => {
        const pairs: PairSuspension[] = raw.map(([from, length, ours]) => ({
          bearer: ours ? 'AAA' : 'BBB',
          beneficiary: ours ? 'BBB' : 'AAA',
          from: day(from),
          to: length === undefined ? null : day(from + length),
          explanation: [{ step: 'lifecycle', text: 'suspended' }],
        }));
        const spans = pairSpans('AAA', a, 'BBB', b, pairs);
        for (let n = -1; n <= DAYS + 1; n++) {
          const d = day(n);
          const ia = on(a, d);
          const ib = on(b, d);
          const suspended = pairs.some((s) => s.bearer === 'AAA' && s.from <= d && (s.to === null || d < s.to));
          const expected = BOUND.has(ia.status) && BOUND.has(ib.status) && !suspended;
          const found = spanOn(spans, d);
          assert.ok(found.length <= 1, `spans overlap on ${d}`);
          assert.equal(found.length === 1, expected, `on ${d}: ${ia.status}/${ib.status}, suspended ${suspended}`);
          if (!found[0]) continue;
          assert.equal(found[0].stateA, ia.state ?? 'AAA');
          assert.equal(found[0].stateB, ib.state ?? 'BBB');
          const status =
            ia.status === 'unknown' || ib.status === 'unknown'
              ? 'unknown'
              : ia.status === 'in-force' && ib.status === 'in-force'
                ? 'in-force'
                : 'provisionally-applied';
          assert.equal(found[0].status, status);
        }
        // Ordered; neighbours that meet differ in something (else they would be one span); an ended span says why.
        for (let k = 1; k < spans.length; k++) {
          const [p, s] = [spans[k - 1]!, spans[k]!];
          assert.ok(p.to !== null && s.from !== null && p.to <= s.from);
          if (p.to === s.from) assert.ok(p.stateA !== s.stateA || p.stateB !== s.stateB || p.status !== s.status || p.reason !== s.reason);
        }
        for (const s of spans) if (s.to !== null) assert.ok(s.endedBy, `a span ending ${s.to} says why`);
      }),
      { numRuns: 300 },
    );
  });
});

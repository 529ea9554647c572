/**
 * Acts between two parties found by the codes of the pairs index, held to the definition of an act
 * written plainly over the events: the bearer acts (`by`, else among `parties`), on the beneficiary
 * (`to` or `against`, else among `parties`, else on no one), of a kind the act names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codeTest, type Side } from '../../src/engine/act-codes.js';
import { Timeline, type TimelineEvent } from '../../src/engine/event-index/index.js';
import { addDays } from '../../src/model/calendar.js';
import type { Event } from '../../src/model/event.js';

const TYPE = 'assistance-provided';
const KINDS = ['military', 'economic', 'other'];
const state = fc.constantFrom('AAA', 'BBB', 'CCC', 'EEE');

const anyEvent = fc
  .record(
    {
      day: fc.integer({ min: 0, max: 40 }),
      type: fc.constantFrom(TYPE, 'consultations-held'),
      by: state,
      against: state,
      to: state,
      parties: fc.array(state, { maxLength: 3 }),
      kind: fc.oneof(fc.constantFrom(...KINDS), fc.array(fc.constantFrom(...KINDS), { maxLength: 2 })),
    },
    { requiredKeys: ['day', 'type'] },
  )
  .map(({ day, ...rest }) => ({ date: addDays('2000-01-01', day), ...rest }));

/** The definition: is `e` an act of `bearers` on `beneficiary` (null: on anyone) of one of `kinds` (null: any)? */
function isAct(e: Event, bearers: readonly string[], beneficiary: string | null, kinds: readonly string[] | null): boolean {
  if (e.type !== TYPE) return false;
  const parties = e.parties ?? [];
  // Between the two: naming both, or naming only its actor (no one it is done to).
  const named = new Set([e.by, e.against, e.to, ...parties].filter((s) => s !== undefined));
  const untargeted = e.to === undefined && e.against === undefined && parties.length === 0;
  if (!((named.has('AAA') && named.has('BBB')) || (untargeted && (e.by === 'AAA' || e.by === 'BBB')))) return false;
  for (const b of bearers) if (e.by !== undefined ? e.by !== b : !parties.includes(b)) return false;
  if (beneficiary !== null) {
    if (e.to !== undefined || e.against !== undefined) {
      if (e.to !== beneficiary && e.against !== beneficiary) return false;
    } else if (parties.length > 0 && !parties.includes(beneficiary)) return false;
  }
  if (kinds && e.kind !== undefined) {
    const listed = [e.kind].flat();
    if (listed.length > 0 && !listed.some((k) => kinds.includes(k))) return false;
  }
  return true;
}

const duties: { bearers: string[]; beneficiary: string | null }[] = [
  { bearers: ['AAA'], beneficiary: 'BBB' },
  { bearers: ['BBB'], beneficiary: 'AAA' },
  { bearers: ['AAA', 'BBB'], beneficiary: null },
  { bearers: ['BBB'], beneficiary: null },
];

describe('acts found by the codes of the pairs index', () => {
  it('are the events the definition names, for each direction, joint duties and any kinds', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), fc.option(fc.subarray(KINDS), { nil: null }), (draws, kinds) => {
        const events: Event[] = draws.map((d, i) => ({ id: `e${i}`, source: 'test', ...d }));
        const t = new Timeline({
          treaties: [],
          includeHistory: true,
          drop: [],
          events,
          states: new Set(['AAA', 'BBB', 'CCC']),
          types: new Set([TYPE, 'consultations-held']),
          pairs: [['AAA', 'BBB']],
        });
        const found = t.pairActs('AAA', 'BBB', TYPE);
        assert.ok(found);
        const sideOf = (s: string): Side => (s === 'AAA' ? found.sideOfX : found.sideOfX === 0 ? 1 : 0);
        const kindIds = kinds ? new Set(kinds.map((k) => t.kindId(k))) : null;
        const severalMatch = (position: number) => {
          const listed = [t.at(position).kind ?? []].flat();
          return listed.length === 0 || listed.some((k) => kinds!.includes(k));
        };
        for (const duty of duties) {
          const test = codeTest(
            duty.bearers.map(sideOf),
            duty.beneficiary === null ? null : sideOf(duty.beneficiary),
            kindIds,
            severalMatch,
          );
          const actual: string[] = found.positions.filter((p, j) => test(found.codes[j]!, p)).map((p) => t.at(p).id);
          const expected = t.events.filter((e: TimelineEvent) => isAct(e, duty.bearers, duty.beneficiary, kinds)).map((e) => e.id);
          assert.deepEqual(actual, expected, JSON.stringify(duty));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('are none for a pair the index does not keep', () => {
    const t = new Timeline({
      treaties: [],
      includeHistory: true,
      drop: [],
      events: [],
      states: new Set(['AAA', 'BBB', 'CCC']),
      types: new Set([TYPE]),
      pairs: [['AAA', 'BBB']],
    });
    assert.equal(t.pairActs('AAA', 'CCC', TYPE), undefined);
    assert.equal(t.pairActs('AAA', 'AAA', TYPE), undefined);
    assert.deepEqual(t.pairActs('BBB', 'AAA', 'armed-attack'), { positions: [], codes: [], sideOfX: 1 });
  });
});

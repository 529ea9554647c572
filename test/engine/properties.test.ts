/**
 * Property tests of the engine's invariants on random timelines against a small fixture corpus:
 * three treaties (renewing, indefinite, fixed), one of whose parties is continued by another state
 * in the middle of the period, with every kind of provision.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { addDays } from '../../src/model/calendar.js';
import type { Event } from '../../src/model/event.js';
import type { ObligationResult, RunResult, StatusIntervalJson } from '../../src/model/results.js';
import { fixtureCorpus, fixtureTreaty, scenario } from './support.js';

const corpus = fixtureCorpus([
  fixtureTreaty({
    id: 'renewing',
    parties: ['AAA', 'BBB'],
    duration: { type: 'renewing', initialTerm: 'P2Y', renewalTerm: 'P1Y', noticeBefore: 'P3M' },
  }),
  fixtureTreaty({ id: 'indefinite', parties: ['OLD', 'CCC'], duration: { type: 'indefinite' } }),
  fixtureTreaty({ id: 'fixed', parties: ['BBB', 'NEW'], duration: { type: 'fixed', term: 'P3Y' } }),
]);

const STATES = ['AAA', 'BBB', 'CCC', 'DDD', 'OLD', 'NEW'] as const;
const START = '1996-01-01';
const DAYS = 8 * 365; // OLD is continued by NEW from 2000-01-01, in the middle.

const TYPES = [
  'ratifications-exchanged',
  'denunciation-notice',
  'termination-agreed',
  'armed-attack',
  'war-declared',
  'hostilities-ended',
  'consultation-requested',
  'unilateral-measures-imposed',
  'unilateral-measures-lifted',
  'assistance-provided',
  'consultations-held',
  'measures-countered',
  'hostile-alliance-joined',
] as const;

/** The pairs of states that treaties bind (with the continuator of OLD): most acts are between them. */
const PAIRS = [
  ['AAA', 'BBB'],
  ['OLD', 'CCC'],
  ['NEW', 'CCC'],
  ['BBB', 'NEW'],
] as const;

interface Draw {
  day: number;
  type: (typeof TYPES)[number];
  a: string;
  b: string;
  kind: 'military' | 'other' | 'economic';
}

const anyPair: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...PAIRS), fc.boolean()).map(([[a, b], flip]): [string, string] => (flip ? [b, a] : [a, b])),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...STATES), fc.constantFrom(...STATES)) },
);

const anyDraw: fc.Arbitrary<Draw> = fc
  .record({
    day: fc.integer({ min: 0, max: DAYS }),
    // Entry into force and crises are drawn often enough to make things happen.
    type: fc.oneof(fc.constant('ratifications-exchanged' as const), fc.constant('armed-attack' as const), fc.constantFrom(...TYPES)),
    pair: anyPair,
    kind: fc.constantFrom('military' as const, 'other' as const, 'economic' as const),
  })
  .map(({ pair: [a, b], ...rest }) => ({ ...rest, a, b }));

function toEvent(d: Draw, i: number): Event {
  const e: Event = { id: `e${i}`, date: addDays(START, d.day), type: d.type, source: 'property test' };
  switch (d.type) {
    case 'ratifications-exchanged':
    case 'termination-agreed':
    case 'hostilities-ended':
    case 'consultations-held':
    case 'measures-countered':
      e.parties = [d.a, d.b];
      break;
    case 'unilateral-measures-lifted':
      e.against = d.a;
      break;
    case 'consultation-requested':
    case 'denunciation-notice':
      e.by = d.a;
      e.to = d.b;
      break;
    case 'assistance-provided':
      e.by = d.a;
      e.to = d.b;
      e.kind = d.kind;
      break;
    default:
      e.by = d.a;
      e.against = d.b;
  }
  return e;
}

const anyTimeline = fc.array(anyDraw, { minLength: 0, maxLength: 60 }).map((draws) => draws.map(toEvent));
const anyReadings = fc.record({
  'state-of-war': fc.subarray(['armed-hostilities', 'declared-war'], { minLength: 1 }),
  immediately: fc.subarray(['no-fixed-deadline', 'within-seven-days'], { minLength: 1 }),
});

function evaluate(events: Event[], readings: Record<string, string[]> = {}): RunResult {
  return evaluateScenario(corpus, scenario({ events, readings }));
}

function inForceOn(intervals: readonly StatusIntervalJson[], date: string): boolean {
  return intervals.some((i) => i.status === 'in-force' && i.from !== null && i.from <= date && (i.to === null || date < i.to));
}

const FINISHED = new Set(['discharged', 'breached', 'lapsed']);
const PROPERTY_RUNS = { numRuns: 150 };

describe('engine invariants on random timelines', () => {
  it('status intervals are ordered, non-overlapping and contiguous from entry into force', () => {
    fc.assert(
      fc.property(anyTimeline, (events) => {
        for (const t of evaluate(events).runs[0]!.treaties) {
          const intervals = t.intervals;
          assert.equal(intervals[0]!.status, 'not-in-force');
          assert.equal(intervals[0]!.from, null);
          assert.equal(intervals.at(-1)!.to, null);
          for (let i = 1; i < intervals.length; i++) {
            const [prev, cur] = [intervals[i - 1]!, intervals[i]!];
            assert.notEqual(cur.from, null);
            assert.equal(prev.to, cur.from, `${t.id}: interval ${i} starts where the one before ends`);
            if (cur.to !== null) assert.ok(cur.from! < cur.to, `${t.id}: interval ${i} is not empty`);
            assert.notEqual(cur.status, 'not-in-force');
            if (prev.status === 'terminated') assert.fail(`${t.id}: nothing follows termination`);
          }
          const terms = intervals.map((i) => i.term).filter((x): x is number => x !== null);
          assert.deepEqual(
            terms,
            terms.map((_, k) => k + 1),
            `${t.id}: terms are numbered 1, 2, … in order`,
          );
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('no duty is active or breached on a day its treaty is not in force, and finished outcomes end on or after they start', () => {
    fc.assert(
      fc.property(anyTimeline, anyReadings, (events, readings) => {
        for (const run of evaluate(events, readings).runs) {
          const intervals = new Map(run.treaties.map((t) => [t.id, t.intervals]));
          for (const o of run.obligations) {
            // A row without a day says why a duty did not arise.
            if (o.from === null) {
              assert.ok(['not-triggered', 'not-applicable', 'unknown'].includes(o.outcome), `${o.outcome} without a day`);
              continue;
            }
            assert.ok(
              inForceOn(intervals.get(o.treaty)!, o.from!),
              `${o.treaty}/${o.provision} ${o.outcome} from ${o.from}: in force that day`,
            );
            if (FINISHED.has(o.outcome)) {
              assert.notEqual(o.to, null, `${o.outcome} has an end`);
              assert.ok(o.to! >= o.from!, `${o.outcome}: to ${o.to} ≥ from ${o.from}`);
            }
            if (o.kind === 'prohibition' && o.outcome === 'breached') {
              assert.equal(o.to, o.from);
              assert.ok(inForceOn(intervals.get(o.treaty)!, o.from!));
            }
            if (o.to !== null && !FINISHED.has(o.outcome))
              assert.ok(o.to > o.from!, `${o.outcome}: a span that ends, ends after it starts`);
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('every provision and binding has a row in every run: a duty that arose, or why not', () => {
    fc.assert(
      fc.property(anyTimeline, (events) => {
        for (const run of evaluate(events).runs) {
          for (const t of corpus.treaties) {
            for (const p of t.treaty.provisions) {
              if (p.kind !== 'obligation' && p.kind !== 'prohibition') continue;
              const rows = run.obligations.filter((o) => o.treaty === t.treaty.id && o.provision === p.id);
              assert.ok(rows.length > 0, `${t.treaty.id}/${p.id} has a row`);
              for (const o of rows.filter((x) => x.from === null)) assert.equal(o.explanation.at(-1)!.step, 'outcome');
            }
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('every result is explained, with a provision step naming its provision', () => {
    fc.assert(
      fc.property(anyTimeline, (events) => {
        for (const o of evaluate(events).runs[0]!.obligations) {
          assert.ok(o.explanation.length > 0);
          assert.ok(
            o.explanation.some((s) => s.step === 'provision' && s.provision?.id === o.provision),
            `${o.treaty}/${o.provision}: a provision step names it`,
          );
          assert.equal(o.explanation.at(-1)!.step, 'outcome');
          for (const id of o.events)
            assert.ok(
              events.some((e) => e.id === id),
              `event ${id} is one of the timeline's`,
            );
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('an event after every other never changes an outcome already discharged, breached or lapsed before it', () => {
    const key = (o: ObligationResult) =>
      JSON.stringify([o.treaty, o.provision, o.bearer, o.beneficiary, o.from, o.to, o.outcome, o.deadline]);
    fc.assert(
      fc.property(anyTimeline, anyDraw, fc.integer({ min: 1, max: 400 }), (events, extra, gap) => {
        const last = events.reduce((max, e) => (e.date > max ? e.date : max), START);
        const later = { ...toEvent(extra, events.length), date: addDays(last, gap) };
        const before = evaluate(events).runs[0]!.obligations.filter((o) => FINISHED.has(o.outcome) && o.to! < later.date);
        const after = new Set(evaluate([...events, later]).runs[0]!.obligations.map(key));
        for (const o of before) assert.ok(after.has(key(o)), `${key(o)} still holds after ${later.type} on ${later.date}`);
      }),
      PROPERTY_RUNS,
    );
  });

  it("each party's intervals are contiguous, agree with the treaty's in a bilateral treaty, and name the continuator from the day of succession", () => {
    fc.assert(
      fc.property(anyTimeline, (events) => {
        for (const t of evaluate(events).runs[0]!.treaties) {
          assert.equal(t.parties.length, 2, `${t.id}: one timeline per party`);
          const days = new Set(t.intervals.flatMap((i) => [i.from, i.to]).filter((d): d is string => d !== null));
          for (const p of t.parties) {
            const intervals = p.intervals;
            assert.equal(intervals[0]!.from, null);
            assert.equal(intervals.at(-1)!.to, null);
            for (let i = 1; i < intervals.length; i++)
              assert.equal(intervals[i - 1]!.to, intervals[i]!.from, `${t.id}/${p.party}: contiguous`);
            for (const i of intervals) {
              // Bilateral: a party is bound exactly when the treaty is; only the succession splits its intervals further.
              const day = i.from ?? START;
              assert.equal(inForceOn(intervals, day), inForceOn(t.intervals, day), `${t.id}/${p.party} on ${day}`);
              assert.equal(
                i.state,
                p.party === 'OLD' && i.from !== null && i.from >= '2000-01-01' ? 'NEW' : undefined,
                `${t.id}/${p.party}: state on ${day}`,
              );
            }
            for (const day of days) assert.equal(inForceOn(intervals, day), inForceOn(t.intervals, day), `${t.id}/${p.party} on ${day}`);
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

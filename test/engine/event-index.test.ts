/**
 * The timeline's canonical order and its index: what the index selects is exactly what a scan of
 * every event would find.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ANY_FIELD, dayKey, FIELD_BITS, Timeline, type Selection, type TimelineEvent } from '../../src/engine/event-index/index.js';
import { addDays } from '../../src/model/calendar.js';
import type { Event, StateField } from '../../src/model/event.js';
import { ev, exchange, fixtureTreaty } from './support.js';

const STATES = ['AAA', 'BBB', 'CCC', 'DDD'];
const TYPES = ['armed-attack', 'assistance-provided', 'consultations-held'];

const ALL_PAIRS = STATES.flatMap((a, i) => STATES.slice(i + 1).map((b): [string, string] => [a, b]));

function timeline(events: readonly Event[], history: ReturnType<typeof fixtureTreaty>[] = [], pairs: [string, string][] = []): Timeline {
  return new Timeline({
    treaties: history,
    includeHistory: true,
    drop: [],
    events,
    states: new Set(STATES),
    types: new Set(TYPES),
    allOf: new Set(TYPES),
    pairs,
  });
}

describe('canonical order', () => {
  it('orders by date; within a day, recorded history first, then the scenario’s events by id', () => {
    const treaty = fixtureTreaty({
      id: 't',
      parties: ['AAA', 'BBB'],
      history: [exchange('2000-01-02', ['AAA', 'BBB'], 'z-recorded'), exchange('2000-01-02', ['AAA', 'BBB'], 'a-recorded')],
    });
    const events = [
      ev('b', '2000-01-02', 'armed-attack'),
      ev('c', '2000-01-01', 'armed-attack'),
      ev('a', '2000-01-02', 'armed-attack'),
      ev('a10', '2000-01-02', 'armed-attack'),
    ];
    const order = timeline(events, [treaty]).events.map((e) => `${e.date} ${e.id}${e.origin ? ' (history)' : ''}`);
    assert.deepEqual(order, [
      '2000-01-01 c',
      '2000-01-02 z-recorded (history)',
      '2000-01-02 a-recorded (history)',
      '2000-01-02 a',
      '2000-01-02 a10',
      '2000-01-02 b',
    ]);
  });

  it('keeps the scenario’s events as given (no copies) and copies recorded ones with their origin', () => {
    const e = ev('x', '2000-01-01', 'armed-attack');
    const treaty = fixtureTreaty({ id: 't', parties: ['AAA', 'BBB'], history: [exchange('1999-01-01', ['AAA', 'BBB'])] });
    const t = timeline([e], [treaty]);
    assert.equal(t.events[1], e);
    assert.deepEqual(t.events[0]!.origin, { kind: 'history', treaty: 't' });
  });

  it('is the same for any order of the events', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 })), { maxLength: 40 }),
        fc.integer(),
        (draws, seed) => {
          const events = draws.map(([day, n], i) => ev(`e${n}-${i}`, addDays('2000-01-01', day), 'armed-attack'));
          const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length }), { seed, numRuns: 1 })[0]!;
          assert.deepEqual(
            timeline(shuffled).events.map((e) => e.id),
            timeline(events).events.map((e) => e.id),
          );
        },
      ),
    );
  });
});

describe('canonical order of a timeline already by date', () => {
  it('sorts each day by id as it does a shuffled timeline', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 30 })), { maxLength: 40 }), (draws) => {
        const events = draws.map(([day, n], i) => ev(`e${n}-${i}`, addDays('2000-01-01', day), 'armed-attack'));
        const byDate = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const ids = timeline(byDate).events.map((e) => e.id);
        assert.deepEqual(
          ids,
          timeline([...events].reverse()).events.map((e) => e.id),
        );
        assert.deepEqual(
          ids,
          [...byDate]
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map((e) => e.id),
        );
      }),
    );
  });
});

const anyEvent = fc
  .record({
    day: fc.integer({ min: 0, max: 60 }),
    type: fc.constantFrom(...TYPES),
    by: fc.option(fc.constantFrom(...STATES, 'EEE'), { nil: undefined }),
    against: fc.option(fc.constantFrom(...STATES), { nil: undefined }),
    to: fc.option(fc.constantFrom(...STATES), { nil: undefined }),
    parties: fc.option(fc.array(fc.constantFrom(...STATES, 'EEE'), { maxLength: 3 }), { nil: undefined }),
  })
  .map(({ day, ...rest }) => ({ date: addDays('2000-01-01', day), ...rest }));

const anyStates = fc.subarray(STATES, { minLength: 1 });
const anyFields = fc.integer({ min: 1, max: ANY_FIELD });
const anySelection: fc.Arbitrary<Selection> = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    states: anyStates,
    fields: anyFields,
    with: fc.record({ states: anyStates, fields: anyFields, orUntargeted: fc.boolean() }),
  },
  { requiredKeys: ['type', 'states', 'fields'] },
);

function names(e: Event, states: readonly string[], fields: number): boolean {
  return (Object.entries(FIELD_BITS) as [StateField, number][]).some(([field, bit]) => {
    if ((fields & bit) === 0) return false;
    const value = e[field];
    return value !== undefined && [value].flat().some((s) => states.includes(s));
  });
}

/** What a scan of every event finds. */
function scan(events: readonly TimelineEvent[], s: Selection): TimelineEvent[] {
  return events.filter((e) => {
    if (e.type !== s.type) return false;
    if (names(e, s.states, s.fields) && (!s.with || names(e, s.with.states, s.with.fields))) return true;
    if (!s.with?.orUntargeted) return false;
    const untargeted = e.to === undefined && e.against === undefined && !e.parties?.length;
    return untargeted && (names(e, s.states, ANY_FIELD) || names(e, s.with.states, ANY_FIELD));
  });
}

describe('the index', () => {
  it('selects exactly what a scan finds, with and without a second side', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 80 }), anySelection, (draws, selection) => {
        const t = timeline(draws.map((d, i) => ({ id: `e${i}`, source: 'test', ...d })));
        assert.deepEqual(
          t.select(selection).map((e) => e.id),
          scan(t.events, selection).map((e) => e.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('indexes an event naming more states than its scratch space holds (a signature by 100 states)', () => {
    const many = Array.from({ length: 100 }, (_, i) => `S${String(i).padStart(2, '0')}`);
    const signing = { id: 'all', date: '2000-01-01', type: 'consultations-held', parties: many, source: 'test' };
    const t = new Timeline({
      treaties: [],
      includeHistory: true,
      drop: [],
      events: [signing],
      states: new Set(many),
      types: new Set(TYPES),
      pairs: [[many[0]!, many[99]!]],
    });
    for (const state of many)
      assert.deepEqual(
        t.select({ type: 'consultations-held', states: [state], fields: FIELD_BITS.parties }).map((e) => e.id),
        ['all'],
        state,
      );
    assert.deepEqual(
      t
        .select({
          type: 'consultations-held',
          states: [many[0]!],
          fields: ANY_FIELD,
          with: { states: [many[99]!], fields: ANY_FIELD, orUntargeted: true },
        })
        .map((e) => e.id),
      ['all'],
    );
  });

  it('selects the same through the index of pairs (any field, untargeted events included)', () => {
    const anyPairSelection = fc.record({ type: fc.constantFrom(...TYPES), a: anyStates, b: anyStates });
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 80 }), anyPairSelection, fc.boolean(), (draws, { type, a, b }, somePairs) => {
        const events = draws.map((d, i) => ({ id: `e${i}`, source: 'test', ...d }));
        const selection: Selection = { type, states: a, fields: ANY_FIELD, with: { states: b, fields: ANY_FIELD, orUntargeted: true } };
        const t = timeline(events, [], somePairs ? ALL_PAIRS.slice(0, 3) : ALL_PAIRS);
        assert.deepEqual(
          t.select(selection).map((e) => e.id),
          scan(t.events, selection).map((e) => e.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('finds the first selected event in a window as a scan does', () => {
    fc.assert(
      fc.property(
        fc.array(anyEvent, { maxLength: 80 }),
        anySelection,
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        (draws, selection, lo, hi) => {
          const t = timeline(draws.map((d, i) => ({ id: `e${i}`, source: 'test', ...d })));
          const from = addDays('2000-01-01', lo);
          const to = hi === null ? null : addDays('2000-01-01', hi);
          const odd = (e: TimelineEvent) => Number(e.id.slice(1)) % 2 === 1;
          const expected = scan(t.events, selection).find((e) => e.date >= from && (to === null || e.date < to) && odd(e));
          assert.equal(t.first(selection, from, to, odd)?.id, expected?.id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges the events of several states once each, in order, through a treaty’s view', () => {
    const events = [
      ev('1', '2000-01-01', 'consultations-held', { parties: ['AAA', 'BBB'] }),
      ev('2', '2000-01-02', 'consultations-held', { parties: ['BBB', 'CCC'] }),
      ev('3', '2000-01-03', 'consultations-held', { parties: ['CCC', 'DDD'] }),
      ev('4', '2000-01-04', 'armed-attack', { by: 'AAA', against: 'BBB' }),
    ];
    const view = timeline(events).view(['BBB', 'AAA', 'BBB']);
    assert.deepEqual(view.actors, ['AAA', 'BBB']);
    assert.deepEqual(
      view.ofType('consultations-held').map((e) => e.id),
      ['1', '2'],
    );
    assert.deepEqual(
      view
        .matching('against', () => ({ selection: { type: 'armed-attack', states: ['BBB'], fields: FIELD_BITS.against } }))
        .map((e) => e.id),
      ['4'],
    );
    assert.deepEqual(
      view.matching('by', () => ({ selection: { type: 'armed-attack', states: ['BBB'], fields: FIELD_BITS.by } })),
      [],
    );
  });

  it('lists every event of the types kept whoever they name, and finds a day among positions', () => {
    const events = [
      ev('x', '2000-01-03', 'armed-attack', { by: 'ZZZ', against: 'YYY' }),
      ev('y', '2000-01-01', 'assistance-provided', { by: 'AAA', to: 'BBB' }),
    ];
    const t = timeline(events);
    assert.deepEqual(
      t.ofTypes(['armed-attack', 'assistance-provided']).map((e) => e.id),
      ['y', 'x'],
    );
    assert.equal(t.positionFrom(dayKey('2000-01-02')), 1);
    assert.equal(t.positionFrom(dayKey('2000-01-04')), 2);
    assert.equal(t.firstFrom([0, 1], '2000-01-02')?.id, 'x');
    assert.equal(t.firstFrom([0, 1], '2000-01-04'), undefined);
    assert.deepEqual(
      t.within([0, 1], '2000-01-01', '2000-01-03').map((e) => e.id),
      ['y'],
    );
  });
});

describe('days among positions', () => {
  // Days close together (the table of day starts) and thousands of years apart (the binary search).
  const anyDate = fc.oneof(
    fc.integer({ min: 0, max: 400 }).map((d) => addDays('2000-01-01', d)),
    fc.integer({ min: 0, max: 2_900_000 }).map((d) => addDays('0001-01-01', d)),
  );
  it('finds the first position on or after any day, and the events of positions within any dates, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(anyDate, { maxLength: 40 }), anyDate, fc.option(anyDate, { nil: null }), (dates, from, to) => {
        const t = timeline(dates.map((date, i) => ev(`e${i}`, date, 'armed-attack')));
        const positions = t.events.map((_, i) => i);
        assert.equal(t.positionFrom(dayKey(from)), t.events.filter((e) => e.date < from).length);
        assert.deepEqual(
          t.within(positions, from, to),
          t.events.filter((e) => e.date >= from && (to === null || e.date < to)),
        );
        assert.equal(
          t.firstFrom(positions, from),
          t.events.find((e) => e.date >= from),
        );
      }),
    );
  });
});

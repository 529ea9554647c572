// Covers src/faces/web/pages/workbench/draft.ts: the scenario form's draft, its conversions to and from the scenario format, and the API's errors sorted for the form.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EventType, ScenarioEvent, ScenarioOutput } from '../../src/faces/web/api/types.js';
import {
  STATE_FIELDS,
  draftToScenario,
  emptyDraft,
  errorsAt,
  fieldsOf,
  newEvent,
  scenarioToDraft,
  shownFields,
  sortErrors,
  type EventDraft,
} from '../../src/faces/web/pages/workbench/draft.js';

const type = (id: string, roles: EventType['roles'], optionalRoles: EventType['optionalRoles'] = []): EventType => ({
  id,
  description: id,
  roles,
  optionalRoles,
});
const TYPES: EventType[] = [
  type('armed-attack', ['by', 'against']),
  type('assistance', ['by', 'to']),
  type('exchange', ['parties'], ['by']),
  type('notice', ['by'], ['to']),
];

/** A form row with every field empty but the ones given. */
function row(over: Partial<EventDraft>): EventDraft {
  return {
    key: 'k',
    id: 'e1',
    date: '1961-07-11',
    type: '',
    by: '',
    against: '',
    to: '',
    parties: [],
    treaty: '',
    kind: '',
    place: '',
    source: '',
    sourceNote: '',
    note: '',
    ...over,
  };
}

describe('emptyDraft', () => {
  it('is a new scenario with history, no events, and the treaties given', () => {
    assert.deepEqual(emptyDraft(), {
      title: 'New scenario',
      description: '',
      treaties: [],
      history: true,
      drop: [],
      readings: {},
      until: '',
      events: [],
      expect: [],
    });
    assert.deepEqual(emptyDraft(['ussr-prk-1961']).treaties, ['ussr-prk-1961']);
  });
});

describe('newEvent', () => {
  it('numbers the new event after the others, a hypothetical one with the date given', () => {
    const first = newEvent([]);
    assert.deepEqual({ ...first, key: 'k' }, row({ id: 'e1', date: '', source: 'hypothetical' }));
    assert.equal(newEvent([row({ id: 'x' })], '1962-01-01').id, 'e2');
    assert.equal(newEvent([row({ id: 'x' })], '1962-01-01').date, '1962-01-01');
  });

  it('skips a number already taken', () => {
    assert.equal(newEvent([row({ id: 'e1' }), row({ id: 'e3' })]).id, 'e4');
    assert.equal(newEvent([row({ id: 'e2' })]).id, 'e3');
    assert.equal(newEvent([row({ id: 'e2' }), row({ id: 'e3' }), row({ id: 'e5' })]).id, 'e4');
  });

  it('gives every row its own key, whatever its id', () => {
    const rows = [
      newEvent([]),
      newEvent([]),
      ...scenarioToDraft({ title: 'T', events: [{ id: 'e1', date: '1961-07-11', type: 'notice' }] }).events,
      newEvent([]),
    ];
    assert.equal(new Set(rows.map((r) => r.key)).size, 4);
    for (const r of rows) assert.match(r.key, /^row-\d+$/);
  });
});

describe('scenarioToDraft', () => {
  it('fills in the defaults of a scenario that leaves them out', () => {
    assert.deepEqual(scenarioToDraft({ title: 'T' }), {
      title: 'T',
      description: '',
      treaties: [],
      history: true,
      drop: [],
      readings: {},
      until: '',
      events: [],
      expect: [],
    });
    assert.equal(scenarioToDraft({ title: 'T', history: false }).history, false);
  });

  it('keeps what the scenario says', () => {
    const expect = [{ at: '1962-01-01', treaty: 'ussr-prk-1961', status: 'in-force' as const }];
    const draft = scenarioToDraft({
      title: 'T',
      description: 'd',
      treaties: ['ussr-prk-1961'],
      history: false,
      drop: ['ussr-prk-1961/ratification'],
      readings: { 'armed-attack': ['declared-war', 'any-attack'] },
      until: '1970-01-01',
      expect,
    });
    assert.deepEqual(
      { ...draft, events: [] },
      {
        title: 'T',
        description: 'd',
        treaties: ['ussr-prk-1961'],
        history: false,
        drop: ['ussr-prk-1961/ratification'],
        readings: { 'armed-attack': ['declared-war', 'any-attack'] },
        until: '1970-01-01',
        events: [],
        expect,
      },
    );
  });

  it('turns each event into a form row: kinds and places joined with commas, a citation split into its text and note', () => {
    // Every field a plain string: the event and its row hold the same values.
    const plain = {
      id: 'e2',
      date: '1962-01-01',
      type: 'armed-attack',
      by: 'USA',
      against: 'PRK',
      to: 'CHN',
      treaty: 'ussr-prk-1961',
      kind: 'military',
      place: 'Pyongyang',
      source: 'KCNA',
      note: 'n',
    };
    const events: ScenarioEvent[] = [
      {
        id: 'e1',
        date: '1961-07-11',
        type: 'exchange',
        parties: ['SUN', 'PRK'],
        kind: ['military', 'economic'],
        place: ['kursk-oblast', 'europe'],
        source: { cite: 'UNTS 420', note: 'the Russian text' },
      },
      plain,
      { id: 'e3', date: '1962-02-01', type: 'notice', source: { cite: 'Pravda' } },
    ];
    const rows = scenarioToDraft({ title: 'T', events }).events.map((r) => ({ ...r, key: 'k' }));
    assert.deepEqual(rows, [
      row({
        id: 'e1',
        date: '1961-07-11',
        type: 'exchange',
        parties: ['SUN', 'PRK'],
        kind: 'military, economic',
        place: 'kursk-oblast, europe',
        source: 'UNTS 420',
        sourceNote: 'the Russian text',
      }),
      row(plain),
      row({ id: 'e3', date: '1962-02-01', type: 'notice', source: 'Pravda' }),
    ]);
  });
});

describe('fieldsOf', () => {
  it('offers every state field, none required, for a type the vocabulary lacks', () => {
    assert.deepEqual(fieldsOf(undefined), [
      { field: 'by', required: false },
      { field: 'against', required: false },
      { field: 'to', required: false },
      { field: 'parties', required: false },
    ]);
  });

  it('offers the type’s roles (required) and optional roles, in the form’s order', () => {
    assert.deepEqual(fieldsOf(type('t', ['to'], ['by'])), [
      { field: 'by', required: false },
      { field: 'to', required: true },
    ]);
    assert.deepEqual(fieldsOf(type('t', ['parties'], ['against', 'by'])), [
      { field: 'by', required: false },
      { field: 'against', required: false },
      { field: 'parties', required: true },
    ]);
    assert.deepEqual(fieldsOf(type('t', [])), []);
    assert.deepEqual(STATE_FIELDS, ['by', 'against', 'to', 'parties']);
  });
});

describe('draftToScenario', () => {
  it('sends only what is filled in, trimmed, and always history, drop, readings, events and expectations', () => {
    const draft = {
      ...emptyDraft(),
      title: 'T',
      description: '   ',
      events: [row({ id: ' e1 ', type: 'notice', by: 'PRK', place: '  ', note: ' a note ' })],
    };
    assert.deepEqual(draftToScenario(draft, TYPES), {
      title: 'T',
      history: true,
      drop: [],
      readings: {},
      events: [{ id: 'e1', date: '1961-07-11', type: 'notice', by: 'PRK', note: 'a note' }],
      expect: [],
    });
    const full = { ...draft, description: ' about ', treaties: ['ussr-prk-1961'], until: '1970-01-01', history: false, drop: ['a/b'] };
    const scenario = draftToScenario(full, TYPES);
    assert.equal(scenario.description, 'about');
    assert.deepEqual(scenario.treaties, ['ussr-prk-1961']);
    assert.equal(scenario.until, '1970-01-01');
    assert.equal(scenario.history, false);
    assert.deepEqual(scenario.drop, ['a/b']);
  });

  it('leaves out the state fields the event’s type does not use', () => {
    const all = { by: 'USA', against: 'PRK', to: 'CHN', parties: ['SUN', 'PRK'] };
    const events = (t: string) => draftToScenario({ ...emptyDraft(), events: [row({ type: t, ...all })] }, TYPES).events;
    assert.deepEqual(events('armed-attack'), [{ id: 'e1', date: '1961-07-11', type: 'armed-attack', by: 'USA', against: 'PRK' }]);
    assert.deepEqual(events('exchange'), [{ id: 'e1', date: '1961-07-11', type: 'exchange', by: 'USA', parties: ['SUN', 'PRK'] }]);
    // A type the vocabulary does not know keeps them all: the server says what is wrong.
    assert.deepEqual(events('unknown'), [{ id: 'e1', date: '1961-07-11', type: 'unknown', ...all }]);
  });

  it('reads the kinds as a comma-separated list: one kind is a string, several a list', () => {
    const kind = (text: string) =>
      draftToScenario({ ...emptyDraft(), events: [row({ type: 'notice', kind: text })] }, TYPES).events?.[0]?.kind;
    assert.equal(kind('military'), 'military');
    assert.equal(kind(' military , '), 'military');
    assert.deepEqual(kind('military, , economic '), ['military', 'economic']);
    assert.equal(kind(' , '), undefined);
  });

  it('sends a source with a note as a citation, without one as a string, and no source when the text is empty', () => {
    const source = (text: string, note: string) =>
      draftToScenario({ ...emptyDraft(), events: [row({ type: 'notice', source: text, sourceNote: note })] }, TYPES).events?.[0]?.source;
    assert.deepEqual(source(' UNTS 420 ', 'the Russian text'), { cite: 'UNTS 420', note: 'the Russian text' });
    assert.equal(source(' KCNA ', ''), 'KCNA');
    assert.equal(source('  ', 'orphan note'), undefined);
  });

  it('drops a contested term with no reading chosen', () => {
    const draft = { ...emptyDraft(), readings: { 'armed-attack': ['declared-war'], 'state-of-war': [] } };
    assert.deepEqual(draftToScenario(draft, TYPES).readings, { 'armed-attack': ['declared-war'] });
  });

  const id = fc.constantFrom('e1', 'e2', 'x', 'ratification', 'art1.2');
  const state = fc.constantFrom('PRK', 'SUN', 'CHN', 'USA');
  const trimmed = fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'é', ':'), minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s);
  const date = fc.integer({ min: 0, max: 40_000 }).map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  /** An event in the shape the form writes back: only the fields its type uses, one kind as a string, a citation only with a note. */
  const event: fc.Arbitrary<ScenarioEvent> = fc
    .record({
      id,
      date,
      type: fc.constantFrom(...TYPES),
      by: optional(state),
      against: optional(state),
      to: optional(state),
      parties: optional(fc.array(state, { minLength: 1, maxLength: 3 })),
      treaty: optional(fc.constantFrom('ussr-prk-1961', 'prc-prk-1961')),
      kind: optional(
        fc.oneof(
          trimmed.filter((k) => !k.includes(',')),
          fc.array(fc.constantFrom('military', 'economic', 'a b'), { minLength: 2, maxLength: 3 }),
        ),
      ),
      place: optional(
        fc.oneof(
          trimmed.filter((p) => !p.includes(',')),
          fc.array(fc.constantFrom('kursk-oblast', 'europe', 'korean-peninsula'), { minLength: 2, maxLength: 3 }),
        ),
      ),
      source: optional(
        fc.oneof(
          trimmed,
          fc.record({ cite: trimmed, note: trimmed }).map((c) => ({ ...c })),
        ),
      ),
      note: optional(trimmed),
    })
    .map(({ type: t, ...e }) => {
      const allowed = new Set([...t.roles, ...t.optionalRoles]);
      const out: ScenarioEvent = { id: e.id, date: e.date, type: t.id };
      for (const field of STATE_FIELDS) if (allowed.has(field) && e[field] !== undefined) Object.assign(out, { [field]: e[field] });
      for (const field of ['treaty', 'kind', 'place', 'source', 'note'] as const)
        if (e[field] !== undefined) Object.assign(out, { [field]: e[field] });
      return out;
    });
  const scenario: fc.Arbitrary<ScenarioOutput> = fc
    .record({
      title: trimmed,
      description: optional(trimmed),
      treaties: optional(fc.array(fc.constantFrom('ussr-prk-1961', 'prc-prk-1961'), { minLength: 1, maxLength: 2 })),
      history: fc.boolean(),
      drop: fc.array(fc.constantFrom('ussr-prk-1961/e1', 'prc-prk-1961/ratification'), { maxLength: 2 }),
      readings: fc.dictionary(
        fc.constantFrom('armed-attack', 'state-of-war'),
        fc.array(fc.constantFrom('declared-war', 'any-attack'), { minLength: 1, maxLength: 2 }),
      ),
      until: optional(date),
      events: fc.array(event, { maxLength: 5 }),
    })
    .map((s) => {
      const out: ScenarioOutput = {
        title: s.title,
        history: s.history,
        drop: s.drop,
        readings: { ...s.readings },
        events: s.events,
        expect: [],
      };
      if (s.description !== undefined) out.description = s.description;
      if (s.treaties !== undefined) out.treaties = s.treaties;
      if (s.until !== undefined) out.until = s.until;
      return out;
    });

  it('gives back the scenario the draft was made from', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        assert.deepEqual(draftToScenario(scenarioToDraft(s), TYPES), s);
      }),
    );
  });
});

describe('errorsAt', () => {
  it('gives a field its own errors, and the row its own and those of fields the row does not show', () => {
    const errors = [
      { field: 'date', message: 'not a date' },
      { field: null, message: 'duplicate id' },
      { field: 'place', message: 'unknown place' },
      { field: 'article', message: 'not taken by this type' },
      { field: 'to', message: 'not taken by this type' },
    ];
    const attack = TYPES.find((t) => t.id === 'armed-attack')!;
    const shown = shownFields(attack);
    // armed-attack takes by and against, not to.
    assert.deepEqual([shown.has('by'), shown.has('against'), shown.has('to')], [true, true, false]);
    assert.deepEqual(errorsAt(errors, 'date', shown), [errors[0]]);
    assert.deepEqual(errorsAt(errors, 'place', shown), [errors[2]]);
    assert.deepEqual(errorsAt(errors, null, shown), [errors[1], errors[3], errors[4]]);
    // Every field shown, and only those, takes its errors away from the row.
    for (const e of errors.filter((x) => x.field !== null))
      assert.equal(errorsAt(errors, null, shown).includes(e), !shown.has(e.field!), e.field!);
  });
});

describe('sortErrors', () => {
  it('files an error under its event (and field) when its path starts with events[i], under the scenario otherwise', () => {
    const sorted = sortErrors([
      { field: 'events[0].date', message: 'not a date', hint: 'write YYYY-MM-DD', line: 3, column: 5 },
      { field: 'title', message: 'required' },
      { field: 'events[12]', message: 'duplicate id' },
      { field: 'events[0].source.cite', message: 'empty' },
      { field: 'events.1.by', message: 'zod path' },
      { field: 'readings.armed-attack', message: 'unknown term', hint: 'see the vocabulary' },
    ]);
    assert.deepEqual(
      [...sorted.byEvent.entries()],
      [
        [
          0,
          [
            { field: 'date', message: 'not a date', hint: 'write YYYY-MM-DD' },
            { field: 'source', message: 'empty' },
          ],
        ],
        [12, [{ field: null, message: 'duplicate id' }]],
      ],
    );
    assert.deepEqual(sorted.general, [
      { field: 'title', message: 'required' },
      { field: 'events.1.by', message: 'zod path' },
      { field: 'readings.armed-attack', message: 'unknown term', hint: 'see the vocabulary' },
    ]);
  });

  it('sorts no errors into nothing', () => {
    const sorted = sortErrors([]);
    assert.equal(sorted.byEvent.size, 0);
    assert.deepEqual(sorted.general, []);
  });
});

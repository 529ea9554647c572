/**
 * The gazetteer's schema (src/model/gazetteer.ts), the actors of states.yaml, and the codes and
 * places an event may carry: what each accepts and refuses, with the messages a person reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ActorCode,
  Event,
  GazetteerFile,
  holdsOn,
  isActorCode,
  isStateCode,
  Place,
  placesOf,
  Provision,
  StatesFile,
  StateOrActorCode,
} from '../../src/model/index.js';

/** The messages of a failed parse, as `path: message`. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  assert.equal(result.success, false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a place', () => {
  it('reads ids and dated containments, with empty within and partlyWithin by default', () => {
    const p = Place.parse({
      id: 'rus-territory',
      name: 'Territory of the Russian Federation',
      kind: 'territory',
      state: 'RUS',
      within: [{ place: 'sun-territory', from: '1922-12-30', to: '1991-12-26', source: 'USSR Constitution (1977), Art. 71' }],
      partlyWithin: ['europe', 'asia'],
    });
    assert.deepEqual(p.partlyWithin, ['europe', 'asia']);
    assert.equal(Place.parse({ id: 'europe', name: 'Europe', kind: 'region' }).within.length, 0);
  });

  it('needs the state of a territory and of forces, not of a region, area, sea or city', () => {
    assert.deepEqual(problems(Place.safeParse({ id: 'x-territory', name: 'X', kind: 'territory' })), [
      'state: a place of kind territory needs the state it belongs to (state: its code)',
    ]);
    assert.deepEqual(problems(Place.safeParse({ id: 'x-forces', name: 'X', kind: 'forces' })), [
      'state: a place of kind forces needs the state it belongs to (state: its code)',
    ]);
    for (const kind of ['island-territory', 'region', 'area', 'sea', 'city'])
      assert.equal(Place.safeParse({ id: 'x', name: 'X', kind }).success, true, kind);
  });

  it('refuses dates the wrong way round, on the place and on a containment', () => {
    assert.deepEqual(problems(Place.safeParse({ id: 'x', name: 'X', kind: 'region', from: '2000-01-01', to: '2000-01-01' })), [
      'to: to (2000-01-01) must be after from (2000-01-01)',
    ]);
    assert.deepEqual(
      problems(Place.safeParse({ id: 'x', name: 'X', kind: 'region', within: [{ place: 'y', from: '2000-01-01', to: '1999-01-01' }] })),
      ['within.0.to: to (1999-01-01) must be after from (2000-01-01)'],
    );
  });

  it('refuses a kind not in the list, an id not kebab-case and an unknown field', () => {
    assert.equal(Place.safeParse({ id: 'x', name: 'X', kind: 'continent' }).success, false);
    assert.equal(Place.safeParse({ id: 'Kursk', name: 'Kursk', kind: 'region' }).success, false);
    assert.equal(Place.safeParse({ id: 'x', name: 'X', kind: 'region', inside: ['y'] }).success, false);
  });

  it('a gazetteer has at least one place', () => {
    assert.equal(GazetteerFile.safeParse({ places: [] }).success, false);
  });

  it('holds on a day within [from, to)', () => {
    assert.equal(holdsOn({}, '1000-01-01'), true);
    assert.equal(holdsOn({ from: '2000-01-01' }, '1999-12-31'), false);
    assert.equal(holdsOn({ from: '2000-01-01' }, '2000-01-01'), true);
    assert.equal(holdsOn({ to: '2000-01-01' }, '1999-12-31'), true);
    assert.equal(holdsOn({ to: '2000-01-01' }, '2000-01-01'), false);
  });
});

describe('actors', () => {
  it('have codes of four or more capital letters, digits and hyphens, beginning with a letter', () => {
    for (const code of ['UNSC', 'ISIL', 'UN-SC', 'G77X', 'AU-PSC']) assert.equal(isActorCode(code), true, code);
    for (const code of ['UN', 'PRK', 'unsc', '1UNS', 'UN--SC', 'UNSC-', '-UNSC', 'UN SC']) assert.equal(isActorCode(code), false, code);
    assert.deepEqual(problems(ActorCode.safeParse('UNO')), [
      ': an actor code is four or more capital letters or digits, in parts joined by single hyphens, beginning with a letter (e.g. UNSC)',
    ]);
  });

  it('are listed in states.yaml with a kind, and are optional there', () => {
    const file = StatesFile.parse({
      states: [{ code: 'PRK', name: "Democratic People's Republic of Korea" }],
      actors: [{ code: 'UNSC', name: 'United Nations Security Council', kind: 'international-organ', source: 'UN Charter, Art. 7(1)' }],
    });
    assert.deepEqual(file.actors, [
      { code: 'UNSC', name: 'United Nations Security Council', kind: 'international-organ', aliases: [], source: 'UN Charter, Art. 7(1)' },
    ]);
    assert.equal(StatesFile.parse({ states: [{ code: 'PRK', name: 'DPRK' }] }).actors, undefined);
    assert.equal(
      StatesFile.safeParse({ states: [{ code: 'PRK', name: 'DPRK' }], actors: [{ code: 'UNSC', name: 'x', kind: 'militia' }] }).success,
      false,
    );
  });

  it('a state field takes a state code or an actor code, and nothing else', () => {
    for (const code of ['PRK', 'UNSC', 'ISIL']) assert.equal(StateOrActorCode.safeParse(code).success, true, code);
    for (const code of ['UN', 'prk', 'P1K', 'UNSC-']) assert.equal(StateOrActorCode.safeParse(code).success, false, code);
    assert.equal(isStateCode('PRK'), true);
    assert.equal(isStateCode('UNSC'), false);
  });

  it("a provision's bearer and beneficiary may be an actor's code", () => {
    const provision = {
      id: 'art51-report',
      article: '1',
      kind: 'obligation',
      summary: 'Measures of self-defence are reported to the Security Council.',
      bearer: 'each-party',
      beneficiary: 'UNSC',
      act: { type: 'reported-to-security-council', description: 'report the measures' },
      quote: { source: 's', text: 'shall be immediately reported to the Security Council' },
    };
    assert.equal(Provision.parse(provision).beneficiary, 'UNSC');
    assert.equal(Provision.safeParse({ ...provision, beneficiary: 'UN' }).success, false);
  });
});

describe("an event's actors and places", () => {
  const base = { id: 'e1', date: '2024-08-06', type: 'armed-attack' };

  it('names an actor in by, against, to and parties', () => {
    const e = Event.parse({ ...base, by: 'ISIL', against: 'RUS', to: 'UNSC', parties: ['RUS', 'UNSC'] });
    assert.deepEqual([e.by, e.against, e.to, e.parties], ['ISIL', 'RUS', 'UNSC', ['RUS', 'UNSC']]);
  });

  it('lies in one place or several, each a gazetteer id', () => {
    assert.deepEqual(placesOf(Event.parse({ ...base, place: 'kursk-oblast' })), ['kursk-oblast']);
    assert.deepEqual(placesOf(Event.parse({ ...base, place: ['usa-forces', 'pacific-area'] })), ['usa-forces', 'pacific-area']);
    assert.equal(placesOf(Event.parse(base)), undefined);
  });

  it('refuses a free-text place and an empty list', () => {
    assert.deepEqual(problems(Event.safeParse({ ...base, place: 'the Kursk region' })), [
      'place: an id is lower-case letters, digits and single hyphens or dots, e.g. "art1-assistance"',
    ]);
    assert.equal(Event.safeParse({ ...base, place: [] }).success, false);
  });
});

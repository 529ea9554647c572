/**
 * pacta check on places and actors (issue 15): the gazetteer (ids, states, containments, cycles),
 * events' places (defined, existing on the day), provisions' scopes (places, roles, a place of the
 * kind for every party) and non-state actors in events, provisions and expectations. Each case a copy
 * of the minimal corpus with a gazetteer and two actors, one change applied, and its exact findings.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { findingsOf, mutate, mutatedCorpus, type Mutation } from './support.js';

const T = 'demo-pact/treaty.yaml';
const H = 'demo-pact/history.yaml';
const S = 'demo-pact/scenarios/basic.yaml';
const G = 'gazetteer.yaml';
const ST = 'states.yaml';

const GAZETTEER = `places:
  - { id: world, name: the world, kind: region }
  - { id: europa, name: Europa (fictional), kind: region, within: [world] }
  - { id: aaa-territory, name: Territory of Aland, kind: territory, state: AAA, within: [europa] }
  - { id: bbb-territory, name: Territory of Borduria, kind: territory, state: BBB, within: [europa] }
  - { id: ccc-territory, name: Territory of Syldavia, kind: territory, state: CCC, to: 2000-01-01, within: [europa] }
  - { id: ddd-territory, name: Territory of New Syldavia, kind: territory, state: DDD, from: 2000-01-01, within: [europa] }
  - { id: alandia, name: Alandia, kind: city, state: AAA, within: [aaa-territory] }
  - { id: aaa-forces, name: Armed forces of Aland, kind: forces, state: AAA }
  - { id: bbb-forces, name: Armed forces of Borduria, kind: forces, state: BBB }
`;

const ACTORS = `actors:
  - { code: UNSC, name: United Nations Security Council, kind: international-organ, source: "UN Charter, Art. 7(1)" }
  - { code: ISIL, name: Islamic State in Iraq and the Levant, kind: armed-group }
`;

/** The minimal corpus with the gazetteer and the actors (unless left out), then the mutations. */
function corpus(mutations: Mutation[], options: { gazetteer?: string | null; actors?: string | null } = {}): string {
  const root = mutatedCorpus();
  const gazetteer = options.gazetteer === undefined ? GAZETTEER : options.gazetteer;
  const actors = options.actors === undefined ? ACTORS : options.actors;
  if (gazetteer !== null) writeFileSync(join(root, G), gazetteer);
  if (actors !== null) writeFileSync(join(root, ST), readFileSync(join(root, ST), 'utf8') + actors);
  return mutate(root, ...mutations);
}

/** Every finding: `file:line:column`, code, message and hint. */
const findings = (root: string) => findingsOf(root).map(({ severity: _, ...finding }) => finding);

const ATTACK = '{ id: attack, date: 1995-01-10, type: armed-attack, by: CCC, against: BBB, source: hypothetical }';
const atPlace = (place: string, date = '1995-01-10', by = 'CCC') => ({
  file: S,
  find: ATTACK,
  replace: `{ id: attack, date: ${date}, type: armed-attack, by: ${by}, against: BBB, place: ${place}, source: hypothetical }`,
});
const SCOPE_AT = '    tags: [defence]\n';
const withScope = (scope: string): Mutation => ({ file: T, find: SCOPE_AT, replace: `    scope: ${scope}\n${SCOPE_AT}` });

describe('pacta check: a corpus with places and actors', () => {
  it('checks clean with events placed, actors acting and a scope on a provision', () => {
    const root = corpus([
      atPlace('[bbb-territory, bbb-forces]'),
      { file: H, find: 'parties: [AAA, BBB], source', replace: 'parties: [AAA, BBB], place: alandia, source' },
      {
        file: S,
        find: '  - { id: aid,',
        replace:
          '  - { id: raid, date: 1996-02-01, type: armed-attack, by: ISIL, against: AAA, place: alandia, source: hypothetical }\n  - { id: aid,',
      },
      withScope('[europa, { all: [bbb-forces, world] }, { of: attacked-party, places: forces, in: europa }]'),
    ]);
    assert.deepEqual(findings(root), []);
  });

  it('checks clean without a gazetteer, event places unchecked (a corpus may record places before it has a gazetteer)', () => {
    const root = corpus([atPlace('somewhere-else')], { gazetteer: null });
    assert.deepEqual(findings(root), []);
  });
});

describe('pacta check: event places', () => {
  it('an unknown place: its line and column, and the nearest ids', () => {
    assert.deepEqual(findings(corpus([atPlace('borduria')])), [
      {
        at: `${S}:3:87`,
        code: 'unknown-place',
        message: 'unknown place "borduria"',
        hint: 'define it in gazetteer.yaml, or use one of the nearest: bbb-forces, bbb-territory, alandia, europa, world',
      },
    ]);
  });

  it('an unknown place among several: the item at fault', () => {
    assert.deepEqual(findings(corpus([atPlace('[bbb-territory, bbb-forcse]')])), [
      {
        at: `${S}:3:103`,
        code: 'unknown-place',
        message: 'unknown place "bbb-forcse"',
        hint: 'define it in gazetteer.yaml, or use one of the nearest: bbb-forces, aaa-forces, bbb-territory, world, europa',
      },
    ]);
  });

  it("a place that no longer existed on the event's day: the continuator's territory is suggested", () => {
    assert.deepEqual(findings(corpus([atPlace('ccc-territory', '2001-03-01', 'DDD')])), [
      {
        at: `${S}:3:87`,
        code: 'place-not-existing',
        message: 'place "ccc-territory" did not exist on 2001-03-01 (its last day was 1999-12-31)',
        hint: 'name ddd-territory (Territory of New Syldavia): DDD continues CCC',
      },
    ]);
  });

  it('a place that did not exist yet on the day', () => {
    assert.deepEqual(findings(corpus([atPlace('ddd-territory')])), [
      {
        at: `${S}:3:87`,
        code: 'place-not-existing',
        message: 'place "ddd-territory" did not exist on 1995-01-10 (its first day was 2000-01-01)',
        hint: 'name a place that existed on that day',
      },
    ]);
  });

  it('a recorded event is checked as a scenario event is', () => {
    const root = corpus([{ file: H, find: 'parties: [AAA, BBB], source', replace: 'parties: [AAA, BBB], place: Alandia, source' }]);
    assert.deepEqual(findings(root), [
      {
        at: `${H}:2:98`,
        code: 'schema',
        message: 'events[0].place: an id is lower-case letters, digits and single hyphens or dots, e.g. "art1-assistance"',
        hint: 'correct the value as the message says',
      },
    ]);
  });
});

describe('pacta check: the gazetteer', () => {
  const line = (n: number, text: string): Mutation => ({ file: G, find: GAZETTEER.split('\n')[n - 1]!, replace: text });

  it('a place defined twice, an unknown state, an unknown containing place', () => {
    const root = corpus([
      line(3, '  - { id: europa, name: Europa (fictional), kind: region, within: [wrold] }'),
      line(5, '  - { id: bbb-territory, name: Territory of Borduria, kind: territory, state: BRD, within: [europa] }'),
      line(
        8,
        '  - { id: alandia, name: Alandia, kind: city, state: AAA, within: [aaa-territory] }\n  - { id: alandia, name: Alandia, kind: city }',
      ),
    ]);
    assert.deepEqual(findings(root), [
      {
        at: `${G}:3:68`,
        code: 'unknown-place',
        message: 'unknown place "wrold"',
        hint: 'define it in gazetteer.yaml, or use one of the nearest: world, europa, alandia, aaa-forces, bbb-forces',
      },
      {
        at: `${G}:5:79`,
        code: 'unknown-state',
        message: 'unknown state "BRD": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AAA)',
        hint: 'check the spelling, or add the state to states.yaml',
      },
      { at: `${G}:9:11`, code: 'duplicate-id', message: 'place "alandia" is defined twice', hint: 'keep one definition, or rename one' },
    ]);
  });

  it('a place within itself, and containment that goes round through two places', () => {
    const root = corpus([
      line(2, '  - { id: world, name: the world, kind: region, within: [world] }'),
      line(3, '  - { id: europa, name: Europa (fictional), kind: region, within: [world, alandia] }'),
    ]);
    assert.deepEqual(findings(root), [
      { at: `${G}:2:58`, code: 'place-cycle', message: 'place "world" lies within itself', hint: 'remove this within entry' },
      {
        at: `${G}:4:90`,
        code: 'place-cycle',
        message: 'place "europa" lies within itself: europa → alandia → aaa-territory → europa',
        hint: 'containment cannot go round: remove one of these within entries',
      },
    ]);
  });

  it('a territory or forces without its state, and dates the wrong way round (schema)', () => {
    const root = corpus([
      line(10, '  - { id: bbb-forces, name: Armed forces of Borduria, kind: forces }'),
      line(
        6,
        '  - { id: ccc-territory, name: Territory of Syldavia, kind: territory, state: CCC, from: 2000-01-01, to: 1990-01-01, within: [europa] }',
      ),
    ]);
    assert.deepEqual(findings(root), [
      {
        at: `${G}:6:106`,
        code: 'schema',
        message: 'places[4].to: to (1990-01-01) must be after from (2000-01-01)',
        hint: 'correct the value as the message says',
      },
      {
        at: `${G}:10:5`,
        code: 'schema',
        message: 'places[8].state: a place of kind forces needs the state it belongs to (state: its code)',
        hint: 'correct the value as the message says',
      },
    ]);
  });
});

describe("pacta check: a provision's scope", () => {
  it('unknown places, in a list, in an all and in an of … in', () => {
    const root = corpus([withScope('[europe, { all: [bbb-forces, wrld] }, { of: attacked-party, places: forces, in: eurpa }]')]);
    assert.deepEqual(findings(root), [
      {
        at: `${T}:26:13`,
        code: 'unknown-place',
        message: 'unknown place "europe"',
        hint: 'define it in gazetteer.yaml, or use one of the nearest: europa, world, alandia, aaa-forces, bbb-forces',
      },
      {
        at: `${T}:26:41`,
        code: 'unknown-place',
        message: 'unknown place "wrld"',
        hint: 'define it in gazetteer.yaml, or use one of the nearest: world, europa, alandia, aaa-forces, bbb-forces',
      },
      {
        at: `${T}:26:92`,
        code: 'unknown-place',
        message: 'unknown place "eurpa"',
        hint: 'define it in gazetteer.yaml, or use one of the nearest: europa, world, alandia, aaa-forces, bbb-forces',
      },
    ]);
  });

  it('an `of` role that is neither standard nor bound by the trigger', () => {
    const root = corpus([withScope('[{ of: invaded-party, places: territory }]')]);
    assert.deepEqual(findings(root), [
      {
        at: `${T}:26:19`,
        code: 'unknown-role',
        message: 'unknown role "invaded-party"',
        hint: 'use each-party, all-parties, other-party, or a role the trigger binds: attacked-party',
      },
    ]);
  });

  it('an `of` scope when a party has no place of the kind', () => {
    const root = corpus([
      withScope('[{ of: attacked-party, places: forces }]'),
      { file: G, find: '  - { id: bbb-forces, name: Armed forces of Borduria, kind: forces, state: BBB }\n', replace: '' },
    ]);
    assert.deepEqual(findings(root), [
      {
        at: `${T}:26:43`,
        code: 'missing-place',
        message: 'the gazetteer has no forces of BBB, a party the role "attacked-party" may bind to',
        hint: 'add a place of kind forces with state: BBB to gazetteer.yaml',
      },
    ]);
  });

  it('a scope in a corpus without a gazetteer', () => {
    const root = corpus([withScope('[europa]')], { gazetteer: null });
    assert.deepEqual(findings(root), [
      {
        at: `${T}:26:12`,
        code: 'unknown-place',
        message: 'scope names places, but the corpus has no gazetteer.yaml',
        hint: 'add gazetteer.yaml to the corpus folder, defining the places scopes and events name (schemas/gazetteer.schema.json)',
      },
    ]);
  });
});

describe('pacta check: non-state actors', () => {
  it('an unknown actor in an event field, with the actors defined', () => {
    assert.deepEqual(findings(corpus([atPlace('bbb-territory', '1995-01-10', 'ISIS')])), [
      {
        at: `${S}:3:61`,
        code: 'unknown-actor',
        message: 'unknown actor "ISIS"',
        hint: 'define it under actors in states.yaml, or use one of: ISIL, UNSC',
      },
    ]);
  });

  it('an actor in a corpus that defines none', () => {
    assert.deepEqual(findings(corpus([atPlace('bbb-territory', '1995-01-10', 'ISIL')], { actors: null })), [
      {
        at: `${S}:3:61`,
        code: 'unknown-actor',
        message: 'unknown actor "ISIL"',
        hint: 'define it under actors in states.yaml (it defines none yet)',
      },
    ]);
  });

  it('an actor defined twice', () => {
    const root = corpus([], { actors: `${ACTORS}  - { code: UNSC, name: Security Council, kind: international-organ }\n` });
    assert.deepEqual(findings(root), [
      { at: `${ST}:11:13`, code: 'duplicate-id', message: 'actor UNSC is defined twice', hint: 'keep one definition' },
    ]);
  });

  it("a provision's beneficiary may be a defined actor; an unknown one is refused", () => {
    assert.deepEqual(findings(corpus([{ file: T, find: 'beneficiary: attacked-party', replace: 'beneficiary: UNSC' }])), []);
    assert.deepEqual(findings(corpus([{ file: T, find: 'beneficiary: attacked-party', replace: 'beneficiary: UNSCR' }])), [
      {
        at: `${T}:20:18`,
        code: 'unknown-actor',
        message: 'unknown actor "UNSCR"',
        hint: 'define it under actors in states.yaml, or use one of: ISIL, UNSC',
      },
    ]);
  });

  it("an expectation's beneficiary may name an actor", () => {
    const find = 'bearer: AAA, beneficiary: BBB }';
    assert.deepEqual(findings(corpus([{ file: S, find, replace: 'bearer: AAA, beneficiary: UNSC }' }])), []);
    assert.deepEqual(findings(corpus([{ file: S, find, replace: 'bearer: AAA, beneficiary: UNSCC }' }])), [
      {
        at: `${S}:7:94`,
        code: 'unknown-actor',
        message: 'unknown actor "UNSCC"',
        hint: 'define it under actors in states.yaml, or use one of: ISIL, UNSC',
      },
    ]);
  });

  it('a code of neither shape that is no name of states.yaml is an unknown state', () => {
    assert.deepEqual(findings(corpus([atPlace('bbb-territory', '1995-01-10', 'IS')])), [
      {
        at: `${S}:3:61`,
        code: 'unknown-state',
        message: 'unknown state "IS": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AAA)',
        hint: 'check the spelling, or add the state to states.yaml',
      },
    ]);
  });
});

describe('the bundled corpus', () => {
  it('names only gazetteer places in its histories, and has a territory and forces for every state', () => {
    const result = checkCorpus(join(import.meta.dirname, '..', '..', 'corpus'));
    const compiled = result.compiled!;
    const ids = new Set(compiled.gazetteer!.places.map((p) => p.id));
    const named = compiled.treaties.flatMap((t) => t.history.flatMap((e) => (e.place === undefined ? [] : [e.place].flat())));
    assert.deepEqual([...new Set(named)].sort(), ['canberra', 'moscow', 'pyongyang']);
    for (const id of named) assert.ok(ids.has(id), id);
    // Every state a treaty of the corpus names as a party (states.yaml lists every ISO 3166-1 state).
    for (const state of [...new Set(compiled.treaties.flatMap((t) => t.treaty.parties))].map((code) => ({ code }))) {
      assert.ok(
        compiled.gazetteer!.places.some((p) => p.kind === 'territory' && p.state === state.code),
        `territory of ${state.code}`,
      );
      assert.ok(
        compiled.gazetteer!.places.some((p) => p.kind === 'forces' && p.state === state.code),
        `forces of ${state.code}`,
      );
    }
    assert.deepEqual(
      (compiled.states.actors ?? []).map((a) => [a.code, a.kind]),
      [
        ['UNSC', 'international-organ'],
        ['ISIL', 'armed-group'],
      ],
    );
  });

  it('cites a source for every place but the world, the continents and the forces named after the phrase', () => {
    const compiled = checkCorpus(join(import.meta.dirname, '..', '..', 'corpus')).compiled!;
    const unsourced = compiled.gazetteer!.places.filter((p) => p.source === undefined).map((p) => p.id);
    assert.deepEqual(unsourced, [
      'world',
      'europe',
      'asia',
      'north-america',
      'rus-forces',
      'prk-forces',
      'kor-forces',
      'usa-forces',
      'jpn-forces',
      'chn-forces',
      'ukr-forces',
      'gbr-forces',
      'africa',
      'south-america',
    ]);
  });
});

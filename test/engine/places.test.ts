/**
 * Places (src/engine/places.ts): containment through the gazetteer, dated; where an event place lies
 * relative to an area (in, maybe, out); a provision's scope against an event's places. On the
 * corpus's own gazetteer, on small hand-made ones, and by fast-check against a model in which each
 * place is a set of atoms (its own, its descendants', one shared with each place it partly overlaps).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { Places, scopeMatch } from '../../src/engine/places.js';
import { GazetteerFile, type Place, type PlaceScope } from '../../src/model/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = new Places(GazetteerFile.parse(parse(readFileSync(join(ROOT, 'corpus', 'gazetteer.yaml'), 'utf8'))));

/** A gazetteer from short place specs (kind region unless given). */
function gazetteer(...places: Partial<Place>[]): Places {
  return new Places(GazetteerFile.parse({ places: places.map((p) => ({ name: p.id, kind: 'region', ...p })) }));
}

describe('Places on the corpus gazetteer', () => {
  it('puts Kursk Oblast in Russia, in Europe, and in the USSR until 1991-12-26 (through Russia, dated)', () => {
    assert.equal(CORPUS.within('kursk-oblast', 'rus-territory', '2024-08-06'), true);
    assert.equal(CORPUS.within('kursk-oblast', 'europe', '2024-08-06'), true);
    assert.equal(CORPUS.within('kursk-oblast', 'world', '2024-08-06'), true);
    assert.equal(CORPUS.within('kursk-oblast', 'sun-territory', '1985-03-01'), true);
    assert.equal(CORPUS.within('kursk-oblast', 'sun-territory', '1991-12-25'), true);
    assert.equal(CORPUS.within('kursk-oblast', 'sun-territory', '1991-12-26'), false);
    assert.equal(CORPUS.within('moscow', 'sun-territory', '1961-07-06'), true);
  });

  it('does not carry Russia being partly in Asia down to Kursk: Kursk is out of Asia, Russia maybe in it', () => {
    assert.equal(CORPUS.within('kursk-oblast', 'asia', '2024-08-06'), false);
    assert.equal(CORPUS.relation('kursk-oblast', 'asia', '2024-08-06'), 'out');
    assert.equal(CORPUS.relation('rus-territory', 'asia', '2024-08-06'), 'maybe');
    assert.equal(CORPUS.relation('rus-territory', 'europe', '2024-08-06'), 'maybe');
    assert.equal(CORPUS.relation('europe', 'kursk-oblast', '2024-08-06'), 'maybe');
    assert.equal(CORPUS.relation('pyongyang', 'far-east', '2024-06-19'), 'in');
    assert.equal(CORPUS.relation('pyongyang', 'europe', '2024-06-19'), 'out');
  });

  it('places a state forces nowhere: only an area of forces rules them out; an event naming no forces is not on them', () => {
    assert.equal(CORPUS.relation('usa-forces', 'pacific-area', '2000-01-01'), 'maybe');
    assert.equal(CORPUS.relation('usa-forces', 'gbr-forces', '2000-01-01'), 'out');
    assert.equal(CORPUS.relation('jpn-territory', 'usa-forces', '2000-01-01'), 'out');
  });

  it("lists each state's territory and forces", () => {
    assert.deepEqual(CORPUS.territoryOf('RUS'), ['rus-territory']);
    assert.deepEqual(CORPUS.forcesOf('SUN'), ['sun-forces']);
    assert.deepEqual(CORPUS.territoryOf('ISIL'), []);
    for (const state of ['SUN', 'RUS', 'PRK', 'KOR', 'USA', 'JPN', 'CHN', 'UKR', 'GBR'])
      assert.equal(CORPUS.forcesOf(state).length, 1, state);
    for (const state of ['SUN', 'RUS', 'PRK', 'KOR', 'JPN', 'CHN', 'UKR']) assert.equal(CORPUS.territoryOf(state).length, 1, state);
    // Island territories count as the state's territory (Art. 6 (i) of the North Atlantic Treaty: islands under a party's jurisdiction).
    assert.deepEqual(CORPUS.territoryOf('USA'), ['usa-territory', 'guam']);
    assert.deepEqual(CORPUS.territoryOf('GBR'), ['gbr-territory', 'bermuda']);
  });

  it('says whether a place exists on a day', () => {
    assert.equal(CORPUS.existsOn('sun-territory', '1991-12-25'), true);
    assert.equal(CORPUS.existsOn('sun-territory', '1991-12-26'), false);
    assert.equal(CORPUS.existsOn('sun-territory', '1922-12-29'), false);
    assert.equal(CORPUS.existsOn('atlantis', '2000-01-01'), false);
  });
});

describe('scopeMatch', () => {
  const d = '2024-08-06';
  it('is in for an event inside a scope place, out for one outside every one', () => {
    assert.equal(scopeMatch(['europe', 'north-america'], ['kursk-oblast'], {}, d, CORPUS), 'in');
    assert.equal(scopeMatch(['europe', 'north-america'], ['pyongyang'], {}, d, CORPUS), 'out');
    assert.equal(scopeMatch(['far-east'], ['moscow'], {}, d, CORPUS), 'out');
  });

  it('is unknown when the event may or may not lie in the scope (Russia, partly in Europe)', () => {
    assert.equal(scopeMatch(['europe'], ['rus-territory'], {}, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(['europe'], ['rus-territory', 'kursk-oblast'], {}, d, CORPUS), 'in');
  });

  it('is unknown for an event without a place, or with a place the gazetteer lacks', () => {
    assert.equal(scopeMatch(['europe'], undefined, {}, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(['europe'], [], {}, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(['europe'], ['atlantis'], {}, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(['atlantis'], ['moscow'], {}, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(['europe'], ['moscow'], {}, d, new Places(undefined)), 'unknown');
  });

  it("an event lies in every place it lists: on US forces in the Pacific is in scope 'forces of the attacked party in the Pacific'", () => {
    const scope: PlaceScope[] = [{ of: 'attacked-party', places: 'forces', in: 'pacific-area' }];
    assert.equal(scopeMatch(scope, ['usa-forces', 'pacific-area'], { 'attacked-party': 'USA' }, d, CORPUS), 'in');
    assert.equal(scopeMatch(scope, ['usa-forces', 'europe'], { 'attacked-party': 'USA' }, d, CORPUS), 'out');
    assert.equal(scopeMatch(scope, ['usa-forces'], { 'attacked-party': 'USA' }, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(scope, ['gbr-forces', 'pacific-area'], { 'attacked-party': 'USA' }, d, CORPUS), 'out');
    assert.equal(scopeMatch(['pacific-area'], ['usa-forces', 'pacific-area'], {}, d, CORPUS), 'in');
  });

  it("resolves `of` through the binding to the state's territory, and is unknown when the role is unbound or the state has none", () => {
    const scope: PlaceScope[] = [{ of: 'attacked-party', places: 'territory' }];
    assert.equal(scopeMatch(scope, ['kursk-oblast'], { 'attacked-party': 'RUS' }, d, CORPUS), 'in');
    assert.equal(scopeMatch(scope, ['kursk-oblast'], { 'attacked-party': 'PRK' }, d, CORPUS), 'out');
    assert.equal(scopeMatch(scope, ['kursk-oblast'], {}, d, CORPUS), 'unknown');
    assert.equal(scopeMatch(scope, ['kursk-oblast'], { 'attacked-party': 'ISIL' }, d, CORPUS), 'unknown');
    // The USSR's territory no longer exists in 1995: nothing of SUN's to lie in.
    assert.equal(scopeMatch(scope, ['kursk-oblast'], { 'attacked-party': 'SUN' }, '1995-01-01', CORPUS), 'unknown');
    assert.equal(scopeMatch(scope, ['kursk-oblast'], { 'attacked-party': 'SUN' }, '1985-01-01', CORPUS), 'in');
  });

  it('needs every place of an `all` entry', () => {
    assert.equal(scopeMatch([{ all: ['usa-forces', 'pacific-area'] }], ['usa-forces', 'pacific-area'], {}, d, CORPUS), 'in');
    assert.equal(scopeMatch([{ all: ['usa-forces', 'pacific-area'] }], ['usa-forces', 'europe'], {}, d, CORPUS), 'out');
    assert.equal(scopeMatch([{ all: ['usa-forces', 'pacific-area'] }], ['pacific-area'], {}, d, CORPUS), 'out');
  });

  it('bounds nothing with an empty scope', () => {
    assert.equal(scopeMatch([], ['moscow'], {}, d, CORPUS), 'in');
  });
});

describe('Places on small gazetteers', () => {
  it('follows dated containments, and a place that does not exist contains nothing', () => {
    const g = gazetteer(
      {
        id: 'crimea',
        within: [
          { place: 'a', to: '2000-01-01' },
          { place: 'b', from: '2000-01-01' },
        ],
      },
      { id: 'a' },
      { id: 'b', to: '2010-01-01' },
    );
    assert.equal(g.within('crimea', 'a', '1999-12-31'), true);
    assert.equal(g.within('crimea', 'a', '2000-01-01'), false);
    assert.equal(g.within('crimea', 'b', '2000-01-01'), true);
    assert.equal(g.within('crimea', 'b', '2010-01-01'), false);
  });

  it('terminates on a containment cycle (pacta check refuses one) and reads it as mutual containment', () => {
    const g = gazetteer({ id: 'a', within: ['b'] }, { id: 'b', within: ['a'] }, { id: 'c' });
    assert.equal(g.within('a', 'b', '2000-01-01'), true);
    assert.equal(g.within('b', 'a', '2000-01-01'), true);
    assert.equal(g.relation('a', 'c', '2000-01-01'), 'out');
  });

  it('is reflexive for any id, known or not', () => {
    assert.equal(gazetteer({ id: 'a' }).within('zz', 'zz', '2000-01-01'), true);
    assert.equal(new Places(undefined).within('zz', 'zz', '2000-01-01'), true);
    assert.equal(new Places(undefined).within('zz', 'yy', '2000-01-01'), false);
    assert.equal(new Places(undefined).defined, false);
  });
});

// ---- Properties ----

const DATES = ['1990-01-01', '1995-06-15', '2000-01-01', '2005-03-31', '2010-12-31'] as const;
const anyDate = fc.constantFrom(...DATES);
const anySpan = fc
  .tuple(fc.option(fc.constantFrom(...DATES), { nil: undefined }), fc.option(fc.constantFrom(...DATES), { nil: undefined }))
  .filter(([from, to]) => from === undefined || to === undefined || from < to)
  .map(([from, to]) => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }));

/** A gazetteer of up to 8 regions; place i may be within or partly within any place j > i (so no cycle), each containment dated or not. */
const anyGazetteer = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .array(
      fc.record({
        within: fc.array(fc.tuple(fc.nat(), anySpan), { maxLength: 3 }),
        partly: fc.array(fc.tuple(fc.nat(), anySpan), { maxLength: 2 }),
        span: fc.oneof(fc.constant({}), anySpan),
      }),
      { minLength: n, maxLength: n },
    )
    .map((specs) =>
      specs.map((s, i) => {
        const later = (k: number) => (i + 1 < n ? `p${i + 1 + (k % (n - i - 1))}` : undefined);
        const links = (list: [number, object][]) =>
          list
            .flatMap(([k, span]) => (later(k) ? [{ place: later(k)!, ...span }] : []))
            .filter((c, j, all) => all.findIndex((x) => x.place === c.place) === j);
        return { id: `p${i}`, name: `p${i}`, kind: 'region' as const, ...s.span, within: links(s.within), partlyWithin: links(s.partly) };
      }),
    ),
);

/** The model: each place a set of atoms, on a day. */
function atomsOn(places: readonly Place[], date: string): Map<string, Set<string>> {
  const holds = (s: { from?: string; to?: string }) => (s.from === undefined || date >= s.from) && (s.to === undefined || date < s.to);
  const exists = new Map(places.map((p) => [p.id, holds(p)]));
  const atoms = new Map(places.map((p) => [p.id, new Set<string>([`own:${p.id}`])]));
  for (const p of places)
    for (const c of p.partlyWithin)
      if (typeof c !== 'string' && exists.get(p.id) && exists.get(c.place) && holds(c)) {
        atoms.get(p.id)!.add(`shared:${p.id}:${c.place}`);
        atoms.get(c.place)!.add(`shared:${p.id}:${c.place}`);
      }
  // Places are listed so that containers come later: push each place's atoms up, from the first.
  for (const p of places)
    for (const c of p.within)
      if (typeof c !== 'string' && exists.get(p.id) && exists.get(c.place) && holds(c))
        for (const a of atoms.get(p.id)!) atoms.get(c.place)!.add(a);
  // Atoms pushed into a container before its own were pushed up: repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const p of places)
      for (const c of p.within)
        if (typeof c !== 'string' && exists.get(p.id) && exists.get(c.place) && holds(c))
          for (const a of atoms.get(p.id)!)
            if (!atoms.get(c.place)!.has(a)) {
              atoms.get(c.place)!.add(a);
              changed = true;
            }
  }
  return atoms;
}

function modelRelation(atoms: Map<string, Set<string>>, p: string, a: string): 'in' | 'maybe' | 'out' {
  const x = atoms.get(p)!;
  const y = atoms.get(a)!;
  if ([...x].every((atom) => y.has(atom))) return 'in';
  return [...x].some((atom) => y.has(atom)) ? 'maybe' : 'out';
}

describe('Places: properties', () => {
  it('containment is reflexive and transitive on every day', () => {
    fc.assert(
      fc.property(anyGazetteer, anyDate, (places, date) => {
        const g = new Places({ places: places as Place[] });
        const ids = places.map((p) => p.id);
        for (const a of ids) {
          assert.equal(g.within(a, a, date), true);
          for (const b of ids)
            for (const c of ids)
              if (g.within(a, b, date) && g.within(b, c, date)) assert.equal(g.within(a, c, date), true, `${a} ${b} ${c}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the model of places as sets of atoms: in = subset, out = disjoint, maybe otherwise', () => {
    fc.assert(
      fc.property(anyGazetteer, anyDate, (places, date) => {
        const g = new Places({ places: places as Place[] });
        const atoms = atomsOn(places as Place[], date);
        for (const p of places)
          for (const a of places) assert.equal(g.relation(p.id, a.id, date), modelRelation(atoms, p.id, a.id), `${p.id} ${a.id} ${date}`);
      }),
      { numRuns: 300 },
    );
  });

  it('a place outside every scope place is out; inside one, in', () => {
    fc.assert(
      fc.property(anyGazetteer, anyDate, fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (places, date, e, s) => {
        const g = new Places({ places: places as Place[] });
        const atoms = atomsOn(places as Place[], date);
        const event = places[e % places.length]!.id;
        const scope = s.map((k) => places[k % places.length]!.id);
        const relations = scope.map((id) => modelRelation(atoms, event, id));
        const expected = relations.includes('in') ? 'in' : relations.every((r) => r === 'out') ? 'out' : 'unknown';
        assert.equal(scopeMatch(scope, [event], {}, date, g), expected);
      }),
      { numRuns: 300 },
    );
  });
});

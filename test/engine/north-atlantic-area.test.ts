/**
 * The North Atlantic Treaty's area (Art. 6) in the corpus gazetteer. The engine has no scope for "the
 * territory of any party on the day", so the gazetteer's area north-atlantic-treaty-territories holds
 * each party's territory in Europe or North America from the day it became a party: those dates are
 * a copy of what the engine derives from history.yaml, and this test keeps the two in step. It also
 * pins the places Article 6 puts inside and outside the area.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { Places } from '../../src/engine/places.js';
import { containmentOf, GazetteerFile } from '../../src/model/index.js';
import { CORPUS_ROOT, loadRealCorpus, onlyRun, scenario } from './support.js';

const AREA = 'north-atlantic-treaty-territories';
const gazetteer = GazetteerFile.parse(parse(readFileSync(join(CORPUS_ROOT, 'gazetteer.yaml'), 'utf8')));
const places = new Places(gazetteer);

/** State → the days its places enter the area (one per place that lies in it). */
function areaDays(): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const place of gazetteer.places)
    for (const c of place.within.map(containmentOf))
      if (c.place === AREA) {
        assert.ok(place.state, `${place.id} lies in ${AREA} but names no state`);
        assert.ok(c.from, `${place.id} lies in ${AREA} with no from: give the day its state became a party`);
        days.set(place.state, [...(days.get(place.state) ?? []), c.from]);
      }
  return days;
}

/** Party → the first day the engine finds it bound, from the treaty's recorded history alone. */
function partyDays(): Map<string, string> {
  const run = onlyRun(evaluateScenario(loadRealCorpus(), scenario({ treaties: ['north-atlantic-1949'] })));
  const days = new Map<string, string>();
  for (const party of run.treaties[0]!.parties) {
    const first = party.intervals.find((i) => i.status === 'in-force');
    if (first?.from) days.set(party.party, first.from);
  }
  return days;
}

describe("the North Atlantic Treaty's area in the gazetteer", () => {
  it("puts each party's territory in Europe or North America in the area from the day the engine binds the party, and no other state's", () => {
    const parties = partyDays();
    assert.equal(parties.size, 32);
    assert.equal(parties.get('USA'), '1949-08-24');
    assert.equal(parties.get('SWE'), '2024-03-07');
    const area = areaDays();
    assert.deepEqual([...area.keys()].sort(), [...parties.keys()].sort());
    for (const [state, days] of area) for (const day of days) assert.equal(day, parties.get(state), state);
  });

  it('places the Azores, Madeira, the Canary Islands and Bermuda in the North Atlantic area, and Ceuta, Melilla, Hawaii and Guam outside Europe, North America and that area', () => {
    for (const island of ['azores', 'madeira', 'canary-islands', 'bermuda'])
      assert.equal(places.relation(island, 'north-atlantic-area', '2000-01-01'), 'in', island);
    for (const outside of ['ceuta', 'melilla', 'hawaii', 'guam'])
      for (const area of ['europe', 'north-america', 'north-atlantic-area', AREA])
        assert.equal(places.relation(outside, area, '2000-01-01'), 'out', `${outside} in ${area}`);
  });

  it('ends the Algerian Departments of France on 1962-07-03, when Algeria begins', () => {
    assert.equal(places.existsOn('algerian-departments-of-france', '1962-07-02'), true);
    assert.equal(places.existsOn('algerian-departments-of-france', '1962-07-03'), false);
    assert.equal(places.existsOn('dza-territory', '1962-07-02'), false);
    assert.equal(places.existsOn('dza-territory', '1962-07-03'), true);
    assert.equal(places.within('algerian-departments-of-france', 'fra-territory', '1962-07-02'), true);
  });

  it("counts Poland's territory in the area only from 1999-03-12, and France's only in Europe", () => {
    assert.equal(places.relation('pol-territory', AREA, '1999-03-11'), 'out');
    assert.equal(places.relation('pol-territory', AREA, '1999-03-12'), 'in');
    assert.equal(places.relation('paris', AREA, '1949-08-24'), 'in');
    assert.equal(places.relation('french-guiana', AREA, '2000-01-01'), 'out');
    assert.equal(places.relation('fra-territory', AREA, '2000-01-01'), 'maybe');
  });
});

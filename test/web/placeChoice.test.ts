// Covers src/faces/web/lib/placeChoice.ts: the places an event's place field offers as it is typed,
// one after another with commas, and the places named under it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { placeChoices, placeIds, placesNamed } from '../../src/faces/web/lib/placeChoice.js';

const PLACES = [
  { id: 'kursk-oblast', name: 'Kursk Oblast', kind: 'region' },
  { id: 'rus-territory', name: 'Territory of the Russian Federation', kind: 'territory' },
  { id: 'europe', name: 'Europe', kind: 'region' },
];

describe('placeChoices', () => {
  it('offers every place, each as the whole value, with its name and kind', () => {
    assert.deepEqual(placeChoices('', PLACES), [
      { value: 'kursk-oblast', label: 'Kursk Oblast (region)' },
      { value: 'rus-territory', label: 'Territory of the Russian Federation (territory)' },
      { value: 'europe', label: 'Europe (region)' },
    ]);
    assert.deepEqual(placeChoices('ku', PLACES).length, 3);
  });

  it('after a comma: keeps the places written in front, does not offer them again', () => {
    assert.deepEqual(
      placeChoices('kursk-oblast,ru', PLACES).map((c) => c.value),
      ['kursk-oblast, rus-territory', 'kursk-oblast, europe'],
    );
    assert.deepEqual(
      placeChoices(' kursk-oblast , , europe, ', PLACES).map((c) => c.value),
      ['kursk-oblast, europe, rus-territory'],
    );
  });

  it('property: each choice is the ids written before the last comma, then one place not among them', () => {
    const id = fc.constantFrom(...PLACES.map((p) => p.id), 'x', '');
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 4 }),
        fc.string({ maxLength: 5 }).filter((s) => !s.includes(',')),
        (before, typing) => {
          const value = [...before, typing].join(',');
          const written = placeIds(before.join(','));
          for (const c of placeChoices(value, PLACES)) {
            const ids = placeIds(c.value);
            assert.deepEqual(ids.slice(0, -1), written);
            assert.ok(!written.includes(ids.at(-1)!));
            assert.ok(PLACES.some((p) => p.id === ids.at(-1)));
          }
        },
      ),
    );
  });
});

describe('placesNamed', () => {
  it('names the ids the gazetteer knows, in order; an unknown one has no name', () => {
    assert.deepEqual(placesNamed('kursk-oblast, kursk-oblats', PLACES), [
      { id: 'kursk-oblast', name: 'Kursk Oblast' },
      { id: 'kursk-oblats', name: null },
    ]);
    assert.deepEqual(placesNamed(' , ', PLACES), []);
  });
});

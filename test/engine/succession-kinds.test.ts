/**
 * The kinds of succession in corpus/states.yaml as the engine reads them: a continuation (Serbia for
 * Serbia and Montenegro from 2006-06-03) puts the continuator in the predecessor's place; an absorption
 * (the GDR into the Federal Republic of Germany on 1990-10-03) puts no one in it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStatesFile } from '../../src/corpus/index.js';
import { Successions } from '../../src/engine/index.js';
import { actsForPredecessor } from '../../src/model/index.js';

const file = loadStatesFile('corpus').loaded!.value;
const successions = new Successions(file.successions);
const record = (predecessor: string) => file.successions.find((s) => s.predecessor === predecessor)!;

describe('succession kinds (corpus/states.yaml)', () => {
  it('records the GDR as absorbed by the Federal Republic of Germany on 1990-10-03, citing the Unification Treaty', () => {
    const gdr = record('DDR');
    assert.deepEqual([gdr.continuator, gdr.from, gdr.kind, actsForPredecessor(gdr)], ['DEU', '1990-10-03', 'absorption', false]);
    assert.match(JSON.stringify(gdr.source), /Unification Treaty\), Berlin, 31 Aug 1990, Art\. 1\(1\), 11 and 12/);
    assert.equal(file.states.find((s) => s.code === 'DDR')!.to, '1990-10-03');
  });

  it('does not make Germany act for the GDR under the GDR’s treaties after the accession', () => {
    assert.equal(successions.countsAs('DEU', ['DDR', 'POL'], '1991-01-01'), undefined);
    assert.equal(successions.actingFor('DDR', '1991-01-01'), 'DDR');
    assert.deepEqual(successions.chainOf('DDR'), []);
    assert.deepEqual(successions.actorsOf('DDR'), ['DDR']);
  });

  it('makes Serbia act for Serbia and Montenegro from 2006-06-03, not the day before', () => {
    assert.equal(successions.actingFor('SCG', '2006-06-02'), 'SCG');
    assert.equal(successions.actingFor('SCG', '2006-06-03'), 'SRB');
    assert.equal(successions.countsAs('SRB', ['SCG'], '2006-06-02'), undefined);
    assert.equal(successions.countsAs('SRB', ['SCG'], '2006-06-03'), 'SCG');
  });

  it('still makes the Russian Federation act for the USSR from 1991-12-25', () => {
    assert.equal(successions.actingFor('SUN', '1991-12-24'), 'SUN');
    assert.equal(successions.actingFor('SUN', '1991-12-25'), 'RUS');
  });
});

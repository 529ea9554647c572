/** Alignment: one-to-one, one-to-many, unmatched, and the score's reasons. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, scorePair } from '../../src/compare/align.js';
import type { Provision } from '../../src/model/provision.js';
import { ASSISTANCE, variant } from './support.js';

const NO_ALLIANCE: Provision = {
  id: 'no-alliance',
  article: '2',
  kind: 'prohibition',
  summary: 'No hostile alliance.',
  bearer: 'each-party',
  beneficiary: 'other-party',
  act: { type: 'hostile-alliance-joined', description: 'join a hostile alliance' },
  continuing: false,
  qualifiers: [],
  tags: ['non-aggression', 'alliance-commitment'],
  quote: { source: 'src', text: 'Each Party undertakes not to enter into any alliance or action directed against the other Party.' },
};
const NO_AGREEMENT = variant(NO_ALLIANCE, {
  id: 'no-agreement',
  act: { type: 'hostile-agreement-concluded', description: 'conclude a hostile agreement' },
  quote: { source: 'src', text: 'Each side is obliged not to conclude with any third country any agreement against the other side,' },
});
const NO_ACTION = variant(NO_ALLIANCE, {
  id: 'no-action',
  tags: ['non-aggression'],
  act: { type: 'hostile-action-joined', description: 'take part in hostile actions' },
  quote: { source: 'src', text: 'nor to take part in such actions.' },
});
const CONSULT: Provision = {
  id: 'consult',
  article: '3',
  kind: 'obligation',
  summary: 'Consult.',
  bearer: 'all-parties',
  continuing: true,
  act: { type: 'consultations-held', description: 'consult' },
  qualifiers: [],
  tags: ['consultation'],
  quote: { source: 'src', text: 'The parties shall consult together on all important international questions.' },
};
const CRISIS_TALKS = variant(CONSULT, {
  id: 'crisis-talks',
  continuing: false,
  beneficiary: 'threatened-party',
  trigger: { fluent: 'direct-threat', subject: 'threatened-party' },
  tags: ['consultation', 'defence'],
  quote: { source: 'src', text: 'In case a direct threat is created, the parties shall immediately consult together.' },
});
const SCIENCE: Provision = {
  id: 'science',
  article: '9',
  kind: 'obligation',
  summary: 'Science.',
  bearer: 'all-parties',
  continuing: true,
  qualifiers: [],
  tags: ['science'],
  quote: { source: 'src', text: 'The two sides shall develop cooperation in science and technology.' },
};

const ids = (r: ReturnType<typeof align>) => ({
  matches: r.matches.map((m) => [m.a.map((p) => p.id), m.b.map((p) => p.id)]),
  onlyInA: r.onlyInA.map((o) => o.provision.id),
  onlyInB: r.onlyInB.map((o) => o.provision.id),
});

describe('alignment', () => {
  it('one prohibition of A split in two by B: one-to-many', () => {
    assert.deepEqual(ids(align([ASSISTANCE, NO_ALLIANCE], [ASSISTANCE, NO_AGREEMENT, NO_ACTION])), {
      matches: [
        [['assistance'], ['assistance']],
        [['no-alliance'], ['no-agreement', 'no-action']],
      ],
      onlyInA: [],
      onlyInB: [],
    });
  });
  it('and the same the other way round: many-to-one', () => {
    assert.deepEqual(ids(align([NO_AGREEMENT, NO_ACTION], [NO_ALLIANCE])).matches, [[['no-agreement', 'no-action'], ['no-alliance']]]);
  });
  it('a triggered crisis duty does not join a standing duty to consult: it is new', () => {
    assert.deepEqual(ids(align([CONSULT], [CONSULT, CRISIS_TALKS])), {
      matches: [[['consult'], ['consult']]],
      onlyInA: [],
      onlyInB: ['crisis-talks'],
    });
  });
  it('provisions with nothing in common stay unmatched, with their nearest counterpart', () => {
    const r = align([ASSISTANCE], [SCIENCE]);
    assert.deepEqual(ids(r), { matches: [], onlyInA: ['assistance'], onlyInB: ['science'] });
    assert.equal(r.onlyInA[0]!.nearest!.id, 'science');
  });
  it('a pair carries its score and one reason per feature', () => {
    const p = scorePair(ASSISTANCE, ASSISTANCE);
    assert.equal(p.score, 1);
    assert.deepEqual(
      p.reasons.map((r) => [r.feature, r.weight, r.similarity]),
      [
        ['kind', 1, 1],
        ['act', 2, 1],
        ['trigger', 2, 1],
        ['roles', 1, 1],
        ['tags', 3, 1],
        ['text', 3, 1],
      ],
    );
    assert.equal(scorePair(NO_ALLIANCE, NO_ACTION).score, scorePair(NO_ACTION, NO_ALLIANCE).score);
  });
});

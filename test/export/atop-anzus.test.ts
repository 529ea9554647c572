/**
 * ATOP codes of ANZUS (corpus/anzus-1951), derived by the mapping, never typed: DEFENSE from
 * Article IV (a duty to act when a party is attacked in the Pacific Area, by anyone) and CONSUL from
 * Article III (consultation when a party's security is threatened). An attack "by any-actor" names no
 * party as the attacker, so it does not earn OFFENSE (a keyword the classifier once read as a role).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atopCodingOf, describeEvidence } from '../../src/export/atop/classify.js';
import { ATOP_CODES } from '../../src/export/atop/mapping.js';
import { inputOf } from './support.js';

describe('ATOP codes of ANZUS (1951)', () => {
  const coding = atopCodingOf(inputOf('anzus-1951'));

  it('DEFENSE (Art. IV) and CONSUL (Art. III); no OFFENSE, NEUTRAL or NONAGG', () => {
    assert.deepEqual(Object.fromEntries(ATOP_CODES.map((c) => [c, coding[c].value])), {
      DEFENSE: 1,
      OFFENSE: 0,
      NEUTRAL: 0,
      NONAGG: 0,
      CONSUL: 1,
    });
    assert.equal(describeEvidence(coding), 'DEFENSE: art4-common-danger; CONSUL: art3-consultation');
  });

  it('Article IV earns DEFENSE by military assistance on an attack on a party, not OFFENSE: "an armed attack" by any actor names no party as attacker', () => {
    assert.deepEqual(
      coding.DEFENSE.provisions.map((p) => p.provision),
      ['art4-common-danger'],
    );
    assert.deepEqual(coding.OFFENSE.provisions, []);
  });

  it('Article I forbids force "inconsistent with the purposes of the United Nations" towards any state, owed to no partner: no NONAGG', () => {
    assert.deepEqual(coding.NONAGG.provisions, []);
  });
});

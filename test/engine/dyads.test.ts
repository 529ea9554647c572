/**
 * Directed dyads (src/engine/dyads): which ways a provision runs, and the exact days one party owes
 * another over the fixture corpus test/fixtures/corpus-network (an accession, a suspension of one
 * party's obligations towards another, a withdrawal a year after its notice, a succession).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { directedDyads, directionsOf, isOneWay, pairSpans } from '../../src/engine/dyads/index.js';
import type { DirectedDyad } from '../../src/engine/dyads/index.js';
import type { CompiledCorpus } from '../../src/model/compiled.js';
import type { Provision } from '../../src/model/provision.js';
import type { StatusIntervalJson } from '../../src/model/results.js';

export const NETWORK = join(import.meta.dirname, '..', 'fixtures', 'corpus-network');

export function networkCorpus(): CompiledCorpus {
  const check = checkCorpus(NETWORK);
  assert.deepEqual(
    check.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  return check.compiled!;
}

const provision = (bearer: string, beneficiary?: string): Provision =>
  ({ id: 'p', article: '1', kind: 'obligation', summary: 's', bearer, ...(beneficiary ? { beneficiary } : {}) }) as Provision;

describe('directionsOf: the ordered pairs a provision runs between', () => {
  const parties = ['FRA', 'DEU', 'USA'];
  it('other-party → attacked-party: every ordered pair of distinct parties', () => {
    assert.deepEqual(directionsOf(provision('other-party', 'attacked-party'), parties), [
      ['FRA', 'DEU'],
      ['FRA', 'USA'],
      ['DEU', 'FRA'],
      ['DEU', 'USA'],
      ['USA', 'FRA'],
      ['USA', 'DEU'],
    ]);
  });
  it('a state named as bearer: from that state only, one way', () => {
    const p = provision('USA', 'each-party');
    assert.deepEqual(directionsOf(p, parties), [
      ['USA', 'FRA'],
      ['USA', 'DEU'],
    ]);
    assert.equal(isOneWay(p), true);
    assert.equal(isOneWay(provision('each-party', 'other-party')), false);
  });
  it('no beneficiary, a non-state actor, or a named state that is no party: no pair', () => {
    assert.deepEqual(directionsOf(provision('each-party'), parties), []);
    assert.deepEqual(directionsOf(provision('each-party', 'UNSC'), parties), []);
    assert.deepEqual(directionsOf(provision('GBR', 'each-party'), parties), []);
  });
});

describe('directedDyads over the network fixture', () => {
  const { dyads, recordedUntil } = directedDyads(networkCorpus());
  const dyad = (treaty: string, a: string, b: string): DirectedDyad => {
    const found = dyads.find((d) => d.treaty === treaty && d.partyA === a && d.partyB === b);
    assert.ok(found, `no dyad ${a} → ${b} under ${treaty}`);
    return found;
  };
  const bounds = (d: DirectedDyad) => d.spans.map((s) => [s.from, s.to, s.stateA, s.stateB, s.status]);

  it('the last recorded day is the last event of any history', () => {
    assert.equal(recordedUntil, '2004-05-20');
  });

  it('the provisions running each way: the one-way promise only from USA', () => {
    assert.deepEqual(dyad('alliance', 'USA', 'DEU').provisions, ['art1-defence', 'art2-no-hostile-agreement', 'art3-consultation']);
    assert.deepEqual(dyad('alliance', 'DEU', 'USA').provisions, ['art1-defence', 'art3-consultation']);
  });

  it('an original party from entry into force (the last deposit); an acceder from its own deposit, not before', () => {
    assert.deepEqual(bounds(dyad('alliance', 'FRA', 'USA')), [['2000-04-03', null, 'FRA', 'USA', 'in-force']]);
    assert.deepEqual(bounds(dyad('alliance', 'FRA', 'POL')), [['2002-06-15', null, 'FRA', 'POL', 'in-force']]);
    assert.deepEqual(bounds(dyad('alliance', 'POL', 'FRA')), [['2002-06-15', null, 'POL', 'FRA', 'in-force']]);
  });

  it('a withdrawal ends both directions one year after the notice, and says so', () => {
    for (const [a, b] of [
      ['DEU', 'FRA'],
      ['FRA', 'DEU'],
    ] as const) {
      const d = dyad('alliance', a, b);
      assert.deepEqual(bounds(d), [['2000-04-03', '2005-05-20', a, b, 'in-force']]);
      assert.equal(d.spans[0]!.endedBy, 'withdrawal notice deu-notice by DEU of 2004-05-20');
    }
  });

  it('a suspension of USA → FRA removes that direction only, for its days', () => {
    const suspended = dyad('alliance', 'USA', 'FRA');
    assert.deepEqual(bounds(suspended), [
      ['2000-04-03', '2003-02-01', 'USA', 'FRA', 'in-force'],
      ['2003-09-01', null, 'USA', 'FRA', 'in-force'],
    ]);
    assert.equal(
      suspended.spans[0]!.endedBy,
      'USA suspended its obligations towards FRA from 2003-02-01 to 2003-09-01 (last day 2003-08-31); the treaty stays in force.',
    );
    assert.deepEqual(bounds(dyad('alliance', 'FRA', 'USA')), [['2000-04-03', null, 'FRA', 'USA', 'in-force']]);
  });

  it("a continuator carries its predecessor's dyads from the succession date, both ways", () => {
    assert.deepEqual(bounds(dyad('east-pact', 'SUN', 'POL')), [
      ['1985-06-01', '1991-12-25', 'SUN', 'POL', 'in-force'],
      ['1991-12-25', null, 'RUS', 'POL', 'in-force'],
    ]);
    assert.deepEqual(bounds(dyad('east-pact', 'POL', 'SUN')), [
      ['1985-06-01', '1991-12-25', 'POL', 'SUN', 'in-force'],
      ['1991-12-25', null, 'POL', 'RUS', 'in-force'],
    ]);
    assert.match(dyad('east-pact', 'SUN', 'POL').spans[0]!.endedBy!, /^RUS continues SUN from 1991-12-25/);
  });

  it('lists treaties in corpus order, then A, then B', () => {
    const keys = dyads.map((d) => `${d.treaty} ${d.partyA} ${d.partyB}`);
    assert.equal(keys.length, 14);
    assert.deepEqual(keys.slice(0, 3), ['alliance DEU FRA', 'alliance DEU POL', 'alliance DEU USA']);
    assert.deepEqual(keys.slice(-2), ['east-pact POL SUN', 'east-pact SUN POL']);
  });
});

describe('pairSpans: statuses and reasons', () => {
  const interval = (
    status: StatusIntervalJson['status'],
    from: string | null,
    to: string | null,
    text: string = status,
  ): StatusIntervalJson => ({
    status,
    from,
    to,
    term: null,
    explanation: [{ step: 'lifecycle', text }],
  });
  it('an unknown status makes the span unknown, with the step that leaves it open; provisional application is its own status', () => {
    const a = [
      interval('not-in-force', null, '2000-01-01'),
      interval('provisionally-applied', '2000-01-01', '2001-01-01'),
      interval('in-force', '2001-01-01', '2010-01-01'),
      interval('unknown', '2010-01-01', null, 'In force from 2001-01-01; how long is unknown: the term is not recorded.'),
    ];
    const b = [interval('not-in-force', null, '2000-01-01'), interval('in-force', '2000-01-01', null)];
    assert.deepEqual(pairSpans('AAA', a, 'BBB', b, []), [
      { from: '2000-01-01', to: '2001-01-01', stateA: 'AAA', stateB: 'BBB', status: 'provisionally-applied', endedBy: 'in-force' },
      {
        from: '2001-01-01',
        to: '2010-01-01',
        stateA: 'AAA',
        stateB: 'BBB',
        status: 'in-force',
        endedBy: 'In force from 2001-01-01; how long is unknown: the term is not recorded.',
      },
      {
        from: '2010-01-01',
        to: null,
        stateA: 'AAA',
        stateB: 'BBB',
        status: 'unknown',
        reason: 'In force from 2001-01-01; how long is unknown: the term is not recorded.',
      },
    ]);
  });
  it('an unknown entry into force gives a span whose start is not settled (null)', () => {
    const unknown = [interval('unknown', null, null, 'No entry into force recorded.')];
    assert.deepEqual(pairSpans('AAA', unknown, 'BBB', unknown, []), [
      { from: null, to: null, stateA: 'AAA', stateB: 'BBB', status: 'unknown', reason: 'No entry into force recorded.' },
    ]);
  });
});

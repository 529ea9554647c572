// Covers src/faces/web/lib/networkLayout.ts: states on a circle grouped by treaty, one line per pair and treaty (two arrowheads when owed both ways, offset curves when several treaties join a pair), the same picture for the same edges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { groupOf, layoutNetwork, linkPath, type DirectedEdge } from '../../src/faces/web/lib/networkLayout.js';

/** Every member owes every other under a treaty (an alliance's directed edges). */
const allPairs = (treaty: string, members: string[]): DirectedEdge[] =>
  members.flatMap((from) => members.filter((to) => to !== from).map((to) => ({ from, to, treaty })));

const ORDER = ['alpha', 'beta', 'gamma'];
const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
/** The first and last points of a path's data ("M x,y … x,y"). */
function ends(path: string): [{ x: number; y: number }, { x: number; y: number }] {
  const numbers = path.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
  return [
    { x: numbers[0]!, y: numbers[1]! },
    { x: numbers[numbers.length - 2]!, y: numbers[numbers.length - 1]! },
  ];
}

describe('groupOf', () => {
  it('puts a state in the group of the treaty with most of its lines', () => {
    const edges = [...allPairs('alpha', ['USA', 'GBR', 'FRA']), ...allPairs('beta', ['USA', 'AUS'])];
    const groups = groupOf(edges, ORDER);
    assert.equal(groups.get('USA'), 'alpha'); // 4 lines under alpha, 2 under beta
    assert.equal(groups.get('AUS'), 'beta');
    assert.equal(groups.get('GBR'), 'alpha');
  });

  it('breaks a tie for the treaty that comes first in the order, whatever the order of the edges', () => {
    const edges = [
      { from: 'NZL', to: 'AUS', treaty: 'beta' },
      { from: 'NZL', to: 'USA', treaty: 'alpha' },
    ];
    assert.equal(groupOf(edges, ORDER).get('NZL'), 'alpha');
    assert.equal(groupOf([...edges].reverse(), ['beta', 'alpha']).get('NZL'), 'beta');
  });
});

describe('layoutNetwork', () => {
  it('draws nothing for no edges', () => {
    const layout = layoutNetwork([], { treatyOrder: ORDER });
    assert.deepEqual(layout.nodes, []);
    assert.deepEqual(layout.links, []);
  });

  it('places the states on a circle from the top, clockwise, by group and then by code, a slot apart between groups', () => {
    const edges = [...allPairs('beta', ['NZL', 'AUS']), ...allPairs('alpha', ['USA', 'CAN', 'GBR'])];
    const layout = layoutNetwork(edges, { treatyOrder: ORDER, spacing: 30, minRadius: 10 });
    assert.deepEqual(
      layout.nodes.map((n) => [n.code, n.group]),
      [
        ['CAN', 'alpha'],
        ['GBR', 'alpha'],
        ['USA', 'alpha'],
        ['AUS', 'beta'],
        ['NZL', 'beta'],
      ],
    );
    // 5 states and 2 gaps: 7 slots of 30 units round the circle.
    const radius = (7 * 30) / (2 * Math.PI);
    assert.equal(layout.radius, Math.round(radius * 10) / 10);
    assert.deepEqual(layout.nodes[0]!, {
      code: 'CAN',
      group: 'alpha',
      x: 0,
      y: -33.4,
      label: { x: 0, y: -46.4, rotate: -90, anchor: 'start' },
    });
    const slotOf = (code: string) => {
      const n = layout.nodes.find((m) => m.code === code)!;
      return Math.round((((Math.atan2(n.y, n.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI)) / (2 * Math.PI)) * 7);
    };
    assert.deepEqual(['CAN', 'GBR', 'USA', 'AUS', 'NZL'].map(slotOf), [0, 1, 2, 4, 5]);
    for (const n of layout.nodes) assert.ok(Math.abs(distance(n, { x: 0, y: 0 }) - radius) < 0.1, n.code);
  });

  it('keeps the smallest radius for a few states, and makes room for the labels', () => {
    const layout = layoutNetwork(allPairs('alpha', ['PRK', 'SUN']), { treatyOrder: ORDER, minRadius: 120, nodeRadius: 7, labelRoom: 150 });
    assert.equal(layout.radius, 120);
    assert.equal(layout.extent, 277);
    assert.deepEqual(
      layout.nodes.map((n) => [n.code, n.x, n.y]),
      [
        ['PRK', 0, -120],
        ['SUN', 0, 120],
      ],
    );
  });

  it('writes the labels along the radius, turned round and anchored at their end on the left half', () => {
    const layout = layoutNetwork(allPairs('alpha', ['AAA', 'BBB', 'CCC', 'DDD']), { treatyOrder: ORDER, minRadius: 100, nodeRadius: 5 });
    const label = (code: string) => layout.nodes.find((n) => n.code === code)!.label;
    assert.deepEqual(label('AAA'), { x: 0, y: -111, rotate: -90, anchor: 'start' }); // top
    assert.deepEqual(label('BBB'), { x: 111, y: 0, rotate: 0, anchor: 'start' }); // right
    assert.deepEqual(label('CCC'), { x: 0, y: 111, rotate: 90, anchor: 'start' }); // bottom
    assert.deepEqual(label('DDD'), { x: -111, y: 0, rotate: 0, anchor: 'end' }); // left: turned round, read left to right
  });

  it('draws a pair owing each other under one treaty as one line with two arrowheads, and a one-way duty with one', () => {
    const edges = [
      { from: 'USA', to: 'NZL', treaty: 'beta' },
      { from: 'AUS', to: 'NZL', treaty: 'beta' },
      { from: 'NZL', to: 'AUS', treaty: 'beta' },
    ];
    const layout = layoutNetwork(edges, { treatyOrder: ORDER });
    assert.deepEqual(
      layout.links.map((l) => [l.key, l.a, l.b, l.toB, l.toA, l.edges.length]),
      [
        ['beta|AUS|NZL', 'AUS', 'NZL', true, true, 2],
        ['beta|NZL|USA', 'NZL', 'USA', false, true, 1],
      ],
    );
    assert.match(layout.links[0]!.path, /^M-?[\d.]+,-?[\d.]+L-?[\d.]+,-?[\d.]+$/, 'a single treaty on a pair: a straight line');
  });

  it('gives a pair joined under several treaties one curve per treaty, on either side of the straight line', () => {
    const edges = [...allPairs('gamma', ['AUS', 'USA']), ...allPairs('alpha', ['AUS', 'USA']), ...allPairs('beta', ['AUS', 'USA'])];
    const layout = layoutNetwork(edges, { treatyOrder: ORDER, curveGap: 10 });
    assert.deepEqual(
      layout.links.map((l) => l.key),
      ['alpha|AUS|USA', 'beta|AUS|USA', 'gamma|AUS|USA'],
    );
    const [first, middle, last] = layout.links.map((l) => l.path);
    assert.match(first!, /Q/);
    assert.match(middle!, /^M[^Q]*L/, 'the middle one of three is straight');
    assert.match(last!, /Q/);
    assert.notEqual(first, last);
  });

  it('stops every line on the rims of its two states', () => {
    const edges = [...allPairs('alpha', ['BEL', 'CAN', 'DNK', 'FRA', 'ISL']), ...allPairs('beta', ['CAN', 'FRA'])];
    const layout = layoutNetwork(edges, { treatyOrder: ORDER, nodeRadius: 8 });
    const at = new Map(layout.nodes.map((n) => [n.code, n]));
    for (const link of layout.links) {
      const [start, end] = ends(link.path);
      assert.ok(Math.abs(distance(start, at.get(link.a)!) - 8) < 0.2, `${link.key} starts on ${link.a}'s rim`);
      assert.ok(Math.abs(distance(end, at.get(link.b)!) - 8) < 0.2, `${link.key} ends on ${link.b}'s rim`);
    }
  });

  it('places the treaties the order does not name after the others, by id', () => {
    const edges = [...allPairs('zeta', ['AAA', 'BBB']), ...allPairs('eta', ['CCC', 'DDD']), ...allPairs('beta', ['EEE', 'FFF'])];
    const layout = layoutNetwork(edges, { treatyOrder: ORDER });
    assert.deepEqual(
      layout.nodes.map((n) => n.group),
      ['beta', 'beta', 'eta', 'eta', 'zeta', 'zeta'],
    );
  });

  it('draws the same picture whatever the order of the edges, with every edge on exactly one line', () => {
    const code = fc.constantFrom('AUS', 'CAN', 'FRA', 'NZL', 'PRK', 'RUS', 'USA');
    const edge = fc
      .record({ from: code, to: code, treaty: fc.constantFrom('alpha', 'beta', 'gamma', 'delta') })
      .filter((e) => e.from !== e.to);
    const unique = fc.uniqueArray(edge, { selector: (e) => `${e.from}>${e.to}@${e.treaty}`, maxLength: 30 });
    fc.assert(
      fc.property(
        unique.chain((edges) => fc.tuple(fc.constant(edges), fc.shuffledSubarray(edges, { minLength: edges.length }))),
        ([edges, shuffled]) => {
          const layout = layoutNetwork(edges, { treatyOrder: ORDER });
          const again = layoutNetwork(shuffled, { treatyOrder: ORDER });
          const strip = (l: typeof layout) => ({ ...l, links: l.links.map((k) => ({ ...k, edges: k.edges.length })) });
          assert.deepEqual(strip(again), strip(layout));
          assert.equal(
            layout.links.reduce((n, l) => n + l.edges.length, 0),
            edges.length,
          );
          for (const link of layout.links)
            for (const e of link.edges) {
              assert.equal(e.treaty, link.treaty);
              assert.ok((e.from === link.a && link.toB) || (e.from === link.b && link.toA));
            }
          assert.equal(new Set(layout.nodes.map((n) => n.code)).size, new Set(edges.flatMap((e) => [e.from, e.to])).size);
        },
      ),
    );
  });
});

describe('linkPath', () => {
  it('is a straight line cut back by the node radius at both ends', () => {
    assert.equal(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10), 'M10,0L90,0');
  });

  it('bends an offset line through a control point twice the offset away, on opposite sides for opposite offsets', () => {
    assert.equal(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 0), 'M0,0Q50,20 100,0');
    assert.equal(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, -10, 0), 'M0,0Q50,-20 100,0');
  });
});

/**
 * Where the defence network's states and lines go in the SVG drawing. Deterministic: the same edges
 * give the same picture (no randomness, no simulation), so a date always looks the same and a
 * screenshot can be compared with another.
 *
 * States sit on a circle, grouped by the treaty most of their lines belong to (groups in the given
 * treaty order, a gap between groups, codes alphabetical within a group), starting at the top and
 * going clockwise. Each pair of states gets one line per treaty: a pair owing each other under the
 * same treaty is one line with an arrowhead at each end; a pair joined under several treaties gets
 * one curve per treaty, offset from each other so none hides another. The drawing is centred on
 * (0, 0); `extent` is half the side of the square that holds it, labels included.
 */

/** What the layout needs to know of an edge "from owes defence to to under treaty". */
export interface DirectedEdge {
  from: string;
  to: string;
  treaty: string;
}

export interface PlacedNode {
  code: string;
  /** The treaty whose group the state is drawn in. */
  group: string;
  x: number;
  y: number;
  /** Where the label starts, its rotation (degrees, along the radius) and which end it is anchored at. */
  label: { x: number; y: number; rotate: number; anchor: 'start' | 'end' };
}

export interface PlacedLink<E extends DirectedEdge> {
  /** `treaty|a|b`: unique in a layout, stable across dates. */
  key: string;
  treaty: string;
  /** The two ends, `a` before `b` in code order. */
  a: string;
  b: string;
  /** An arrowhead at b (a owes b) and at a (b owes a). */
  toB: boolean;
  toA: boolean;
  /** The directed edges this line draws (one, or one each way). */
  edges: E[];
  /** SVG path data from a to b, both ends cut back to the nodes' rims. */
  path: string;
}

export interface NetworkLayout<E extends DirectedEdge> {
  nodes: PlacedNode[];
  links: PlacedLink<E>[];
  radius: number;
  extent: number;
}

export interface LayoutOptions {
  /** Treaty ids in the order their groups go round the circle (and their colours are given). */
  treatyOrder: readonly string[];
  /** The drawn radius of a node: lines stop this far from its centre. */
  nodeRadius?: number;
  /** Arc length per node along the circle, so nodes do not touch. */
  spacing?: number;
  /** The smallest radius of the circle. */
  minRadius?: number;
  /** Room beyond the circle for the labels. */
  labelRoom?: number;
  /** Distance between the curves of a pair joined under several treaties. */
  curveGap?: number;
}

const round = (v: number) => Math.round(v * 10) / 10 + 0; // + 0: no "-0" in path data

/** An angle in degrees brought into (-180, 180]. */
function halfTurn(degrees: number): number {
  const turned = (((degrees % 360) + 540) % 360) - 180;
  return turned === -180 ? 180 : turned;
}

/** Codes in a fixed order (plain code-unit order, not the locale's, so every browser agrees). */
const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Each state's group: the treaty with most of its lines, ties to the treaty that comes first. */
export function groupOf(edges: readonly DirectedEdge[], treatyOrder: readonly string[]): Map<string, string> {
  const rank = treatyRank(edges, treatyOrder);
  const counts = new Map<string, Map<string, number>>();
  for (const e of edges)
    for (const code of [e.from, e.to]) {
      const perTreaty = counts.get(code) ?? new Map<string, number>();
      perTreaty.set(e.treaty, (perTreaty.get(e.treaty) ?? 0) + 1);
      counts.set(code, perTreaty);
    }
  const groups = new Map<string, string>();
  for (const [code, perTreaty] of counts) {
    const best = [...perTreaty].sort(([t1, n1], [t2, n2]) => n2 - n1 || rank(t1) - rank(t2))[0];
    if (best) groups.set(code, best[0]);
  }
  return groups;
}

/** A treaty's place in the order; treaties not listed come after, by id. */
function treatyRank(edges: readonly DirectedEdge[], treatyOrder: readonly string[]): (treaty: string) => number {
  const extra = [...new Set(edges.map((e) => e.treaty))].filter((t) => !treatyOrder.includes(t)).sort(byCode);
  const order = [...treatyOrder, ...extra];
  return (treaty) => order.indexOf(treaty);
}

export function layoutNetwork<E extends DirectedEdge>(edges: readonly E[], options: LayoutOptions): NetworkLayout<E> {
  const { nodeRadius = 7, spacing = 34, minRadius = 120, labelRoom = 150, curveGap = 14 } = options;
  const rank = treatyRank(edges, options.treatyOrder);
  const groups = groupOf(edges, options.treatyOrder);
  const codes = [...groups.keys()].sort((x, y) => rank(groups.get(x)!) - rank(groups.get(y)!) || byCode(x, y));
  const groupCount = new Set(groups.values()).size;
  // One empty slot between groups (none when there is a single group).
  const slots = codes.length + (groupCount > 1 ? groupCount : 0);
  const radius = Math.max(minRadius, (slots * spacing) / (2 * Math.PI));
  const nodes: PlacedNode[] = [];
  let slot = 0;
  codes.forEach((code, i) => {
    if (i > 0 && groupCount > 1 && groups.get(code) !== groups.get(codes[i - 1]!)) slot++;
    const angle = -Math.PI / 2 + (2 * Math.PI * slot) / Math.max(1, slots);
    slot++;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const labelAt = radius + nodeRadius + 6;
    const degrees = (angle * 180) / Math.PI;
    // Labels along the radius, read left to right: on the left half turned round and anchored at their end.
    const left = cos < -1e-9;
    nodes.push({
      code,
      group: groups.get(code)!,
      x: round(radius * cos),
      y: round(radius * sin),
      label: {
        x: round(labelAt * cos),
        y: round(labelAt * sin),
        rotate: round(halfTurn(left ? degrees + 180 : degrees)),
        anchor: left ? 'end' : 'start',
      },
    });
  });
  const at = new Map(nodes.map((n) => [n.code, n]));
  return {
    nodes,
    links: placeLinks(edges, at, rank, nodeRadius, curveGap),
    radius: round(radius),
    extent: Math.ceil(radius + nodeRadius + labelRoom),
  };
}

/** One line per treaty and pair of states, with its path. */
function placeLinks<E extends DirectedEdge>(
  edges: readonly E[],
  at: ReadonlyMap<string, PlacedNode>,
  rank: (treaty: string) => number,
  nodeRadius: number,
  curveGap: number,
): PlacedLink<E>[] {
  const lines = new Map<string, PlacedLink<E>>();
  for (const e of edges) {
    const [a, b] = byCode(e.from, e.to) <= 0 ? [e.from, e.to] : [e.to, e.from];
    const key = `${e.treaty}|${a}|${b}`;
    const line = lines.get(key) ?? { key, treaty: e.treaty, a, b, toB: false, toA: false, edges: [], path: '' };
    if (e.from === a) line.toB = true;
    else line.toA = true;
    line.edges.push(e);
    lines.set(key, line);
  }
  const ordered = [...lines.values()].sort((x, y) => byCode(x.a, y.a) || byCode(x.b, y.b) || rank(x.treaty) - rank(y.treaty));
  const perPair = new Map<string, PlacedLink<E>[]>();
  for (const line of ordered) {
    const pair = `${line.a}|${line.b}`;
    perPair.set(pair, [...(perPair.get(pair) ?? []), line]);
  }
  for (const pairLines of perPair.values())
    pairLines.forEach((line, i) => {
      const offset = (i - (pairLines.length - 1) / 2) * curveGap;
      line.path = linkPath(at.get(line.a)!, at.get(line.b)!, offset, nodeRadius);
    });
  return ordered;
}

/**
 * The path from a to b: straight when `offset` is 0, else a quadratic curve whose middle lies
 * `offset` off the straight line (positive and negative offsets on opposite sides; the side depends
 * only on a and b, so the curves of one pair never cross). Each end is cut back to the node's rim,
 * along the direction the path leaves it, so an arrowhead ends on the rim.
 */
export function linkPath(a: { x: number; y: number }, b: { x: number; y: number }, offset: number, nodeRadius: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  // The control point of a quadratic curve lies twice as far out as the curve's middle.
  const control = { x: (a.x + b.x) / 2 - (dy / length) * offset * 2, y: (a.y + b.y) / 2 + (dx / length) * offset * 2 };
  const towards = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: round(from.x + ((to.x - from.x) / d) * nodeRadius), y: round(from.y + ((to.y - from.y) / d) * nodeRadius) };
  };
  if (offset === 0) {
    const start = towards(a, b);
    const end = towards(b, a);
    return `M${start.x},${start.y}L${end.x},${end.y}`;
  }
  const start = towards(a, control);
  const end = towards(b, control);
  return `M${start.x},${start.y}Q${round(control.x)},${round(control.y)} ${end.x},${end.y}`;
}

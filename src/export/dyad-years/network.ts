/**
 * The network on a day (`pacta network --at DATE`, `GET /api/network?at=DATE`): an edge A → B for
 * each treaty under which A owes B that day, with its five codes, the provisions behind them (their
 * words and where they stand) and the current interval; the states at the ends as nodes. With a
 * code, only the edges where it is 1 or unknown.
 */
import {
  compareStrings,
  type AtopCodeName,
  type CompiledCorpus,
  type IsoDate,
  type NetworkEdge,
  type NetworkResult,
  type TreatyCheck,
} from '../../model/index.js';
import { ATOP_MAPPING } from '../atop/mapping.js';
import { saysSomething } from './codes.js';
import { codedDyads, type CodedDyads } from './dyads.js';

export const CODEBOOK = `${ATOP_MAPPING.codebook}; derived from each provision running from A to B by Pacta's mapping (src/export/atop/mapping.ts)`;

/** The network on `date`, from the corpus (or from dyads already coded). */
export function networkAt(
  compiled: CompiledCorpus,
  check: { treaties: readonly TreatyCheck[] },
  date: IsoDate,
  code: AtopCodeName | null = null,
  coded: CodedDyads = codedDyads(compiled, check),
): NetworkResult {
  const edges: NetworkEdge[] = [];
  for (const d of coded.dyads) {
    const i = d.intervals.find((x) => (x.from === null || x.from <= date) && (x.to === null || date < x.to));
    if (!i || !saysSomething(i.codes)) continue;
    if (code !== null && i.codes.find((c) => c.code === code)!.value === 0) continue;
    const treaty = compiled.treaties.find((t) => t.treaty.id === d.treaty)!.treaty;
    const behind = new Set(i.codes.flatMap((c) => c.provisions));
    edges.push({
      from: i.stateA,
      to: i.stateB,
      treaty: d.treaty,
      treatyTitle: treaty.shortTitle,
      partyFrom: d.partyA,
      partyTo: d.partyB,
      codes: i.codes,
      provisions: d.provisions.filter((p) => behind.has(p.id)),
      since: i.from,
      until: i.to,
      status: i.status,
    });
  }
  edges.sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.treaty, b.treaty));
  const names = new Map(compiled.states.states.map((s) => [s.code, s.name]));
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))]
    .sort(compareStrings)
    .map((state) => ({ state, name: names.get(state) ?? state }));
  return { date, code, nodes, edges, codebook: CODEBOOK };
}

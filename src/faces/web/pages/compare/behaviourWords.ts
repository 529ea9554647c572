/**
 * The behaviour of two treaties under a scenario, as the compare page says it: each cell in plain
 * dates (the one wording of time, lib/wording.ts: a duty's `deadline` is its first day late, so it
 * is said by its last day; a span by its last day too), and the rows ordered with those that differ
 * first. Display only: the pairing and the outcomes are the API's (/api/diff?scenario=…).
 */
import type { BehaviourRow, BehaviourRun, OutcomeCell, TreatyComparison } from '../../api/types.js';
import { datedOutcomeInWords } from '../../lib/outcomeWords.js';
import { reasonWithoutOutcome } from '../../lib/whyNot.js';
import { spanInWords } from '../../lib/wording.js';

/** Why no duty arose, without the outcome its reason starts with (the badge says it). */
function whyNot(cell: OutcomeCell): string {
  return reasonWithoutOutcome((cell.reason ?? '').replace(/\.$/, '')) || 'no reason given';
}

/** One treaty's outcome for a row in words; null cell: what there is no row of. */
export function cellInWords(cell: OutcomeCell | null, pairing: BehaviourRow['pairing']): string {
  if (!cell) return pairing === 'aligned' ? 'No such duty for this binding' : 'No such provision';
  const dated = datedOutcomeInWords(cell);
  if (dated !== null) return dated;
  if (cell.outcome === 'unknown')
    return cell.from ? `unknown, ${spanInWords(cell.from, cell.to)}: ${whyNot(cell)}` : `unknown: ${whyNot(cell)}`;
  return whyNot(cell);
}

/** The rows that differ first, each group in the API's order. */
export function differingFirst<T extends Pick<BehaviourRow, 'differs'>>(rows: readonly T[]): T[] {
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)];
}

/** A run's readings in words: "immediately: within-one-day; …", or that no contested term is in play. */
export function readingsInWords(readings: Readonly<Record<string, string>>): string {
  const entries = Object.entries(readings);
  return entries.length ? entries.map(([term, reading]) => `${term}: ${reading}`).join('; ') : 'no contested term in play';
}

/** The runs with differences first (most first), the others in the API's order. */
export function runsDifferingFirst(runs: readonly BehaviourRun[]): BehaviourRun[] {
  return runs
    .map((run, i) => ({ run, i }))
    .sort((x, y) => y.run.differences - x.run.differences || x.i - y.i)
    .map((x) => x.run);
}

/** Each provision's label ("Art. 1(2)", "unnumbered") by `treaty/provision`, from the comparison's own lists. */
export function provisionLabels(c: Pick<TreatyComparison, 'matches' | 'onlyInA' | 'onlyInB'>): Map<string, string> {
  const refs = [...c.matches.flatMap((m) => m.pairs.flatMap((p) => [p.a, p.b])), ...[...c.onlyInA, ...c.onlyInB].map((o) => o.provision)];
  return new Map(refs.map((r) => [`${r.treaty}/${r.id}`, r.label]));
}

/**
 * What matters in a run, first. Every row of a run's obligations falls in one of three groups,
 * decided from the data alone (its outcome, its day, the events it rests on):
 *
 * - `scenario`: the duties the scenario set off or decided — an event triggered it (it rests on at
 *   least one event), or its outcome is discharged, breached, lapsed or unknown (something happened
 *   to it, or the engine could not tell). These are listed first and drawn on the chart.
 * - `why-not`: no duty arose (the row has no day): not triggered, not applicable, or unknown with no
 *   day; listed next, each with why not, grouped by provision.
 * - `standing`: a duty that arose with no event behind it and ended in no event either — outcome
 *   `active` (it applies for as long as the treaty is in force, e.g. to consult) or `kept` (a
 *   prohibition no act broke). The scenario changed nothing about it: folded into one line.
 *
 * A standing duty the scenario breaks is `breached` and so in the first group: the folded line never
 * hides a breach ("none breached" is true by construction).
 */
import type { ObligationResult } from '../../../api/types.js';

export type Outcome = ObligationResult['outcome'];
export type Group = 'scenario' | 'why-not' | 'standing';

type Row = Pick<ObligationResult, 'from' | 'outcome' | 'events'>;

export function groupOf(o: Row): Group {
  if (o.from === null) return 'why-not';
  if (o.events.length === 0 && (o.outcome === 'active' || o.outcome === 'kept')) return 'standing';
  return 'scenario';
}

/** The states a row concerns: each bearer (joint duties join the codes with "+") and the beneficiary. */
export function partiesOf(o: Pick<ObligationResult, 'bearer' | 'beneficiary'>): string[] {
  return [...o.bearer.split('+'), ...(o.beneficiary ? [o.beneficiary] : [])];
}

export interface ResultFilter {
  /** '' for every treaty. */
  treaty: string;
  /** '' for every party; else rows where it bears the duty or is owed it. */
  party: string;
  /** Empty for every outcome. */
  outcomes: ReadonlySet<Outcome>;
}

export const NO_FILTER: ResultFilter = { treaty: '', party: '', outcomes: new Set() };

type Filterable = Pick<ObligationResult, 'treaty' | 'bearer' | 'beneficiary' | 'outcome'>;

/** Whether a row passes the treaty and party filters (the outcome filter aside). */
export function inScope(o: Filterable, f: ResultFilter): boolean {
  return (!f.treaty || o.treaty === f.treaty) && (!f.party || partiesOf(o).includes(f.party));
}

export function shown(o: Filterable, f: ResultFilter): boolean {
  return inScope(o, f) && (f.outcomes.size === 0 || f.outcomes.has(o.outcome));
}

/**
 * The count of each outcome among the rows in scope (treaty and party filters applied), in the
 * order given: ticking an outcome then shows exactly that many rows.
 */
export function outcomeCounts(
  rows: readonly Filterable[],
  f: ResultFilter,
  order: readonly Outcome[],
): { outcome: Outcome; count: number }[] {
  const counts = new Map<Outcome, number>();
  for (const o of rows) if (inScope(o, f)) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
  return order.filter((o) => counts.has(o)).map((outcome) => ({ outcome, count: counts.get(outcome)! }));
}

/**
 * The outcomes a filter offers, with their counts (outcomeCounts), and each outcome ticked too, at 0
 * where no row in scope has it: the filters are kept from one reading's tab to the next, where a
 * ticked outcome may not occur, and it must stay there to be unticked.
 */
export function offeredOutcomes(
  rows: readonly Filterable[],
  f: ResultFilter,
  order: readonly Outcome[],
): { outcome: Outcome; count: number }[] {
  const counts = new Map(outcomeCounts(rows, f, order).map((c) => [c.outcome, c.count]));
  return order.filter((o) => counts.has(o) || f.outcomes.has(o)).map((outcome) => ({ outcome, count: counts.get(outcome) ?? 0 }));
}

/** The order outcomes are listed in: what happened first, then what did not. */
export const OUTCOME_ORDER: readonly Outcome[] = [
  'breached',
  'discharged',
  'lapsed',
  'unknown',
  'active',
  'kept',
  'not-triggered',
  'not-applicable',
];

export interface IndexedRow {
  o: ObligationResult;
  /** Its index in the run's obligations (the explanation opened). */
  index: number;
}

export interface WhyNotGroup {
  key: string;
  treaty: string;
  provision: string;
  article: string;
  outcome: Outcome;
  rows: IndexedRow[];
}

/** The run's rows that pass the filter, by group; the why-not rows by provision and outcome, in the run's order. */
export function groupRows(
  obligations: readonly ObligationResult[],
  f: ResultFilter,
): { scenario: IndexedRow[]; whyNot: WhyNotGroup[]; standing: IndexedRow[] } {
  const scenario: IndexedRow[] = [];
  const standing: IndexedRow[] = [];
  const whyNot = new Map<string, WhyNotGroup>();
  obligations.forEach((o, index) => {
    if (!shown(o, f)) return;
    const group = groupOf(o);
    if (group === 'scenario') scenario.push({ o, index });
    else if (group === 'standing') standing.push({ o, index });
    else {
      const key = `${o.treaty}/${o.provision}/${o.outcome}`;
      const g = whyNot.get(key) ?? { key, treaty: o.treaty, provision: o.provision, article: o.article, outcome: o.outcome, rows: [] };
      g.rows.push({ o, index });
      whyNot.set(key, g);
    }
  });
  return { scenario, whyNot: [...whyNot.values()], standing };
}

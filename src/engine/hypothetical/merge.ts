/**
 * Rows of several runs made one: a duty alike under several readings is one row listing them, and
 * the readings it lists name only the terms that make a difference to it (a term under every
 * reading of which the row holds alike is left out). Pairs that owe nothing for one reason are one
 * group. Output order: treaty (corpus order), provision (treaty order), bearer, beneficiary, day.
 */
import { compareStrings, type HypotheticalDuty, type NothingOwed, type ReadingChoice } from '../../model/index.js';

export type SortKey = readonly [treaty: number, provision: number, bearer: string, beneficiary: string, from: string, run: number];

/** A row of one run, before merging. */
export interface Keyed<T> {
  /** Rows with the same key (and treaty) are one. */
  key: string;
  sortKey: SortKey;
  /** The run's choice of the readings evaluated. */
  choice: ReadingChoice;
  /** Every choice evaluated for the row's provision (the runs of its evaluation). */
  runs: readonly ReadingChoice[];
  pair?: { bearer: string; beneficiary: string | null };
  value: T;
}

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    a[0] - b[0] || a[1] - b[1] || compareStrings(a[2], b[2]) || compareStrings(a[3], b[3]) || compareStrings(a[4], b[4]) || a[5] - b[5]
  );
}

const choiceKey = (c: ReadingChoice) =>
  Object.keys(c)
    .sort()
    .map((t) => `${t}=${c[t]}`)
    .join(';');

/**
 * The choices a row holds under, without the terms that make no difference to it: a term is left
 * out when, for every choice the row holds under, the row holds under every reading of that term
 * the runs evaluated. `everyReading`: it holds in every run.
 */
export function minimalReadings(
  holds: readonly ReadingChoice[],
  runs: readonly ReadingChoice[],
): { readings: ReadingChoice[]; everyReading: boolean } {
  let current = dedupe(holds);
  let universe = dedupe(runs);
  const everyReading = current.length === universe.length;
  const terms = [...new Set(universe.flatMap((c) => Object.keys(c)))].sort();
  for (const term of terms) {
    const values = [...new Set(universe.map((c) => c[term]!))];
    const held = new Set(current.map(choiceKey));
    const closed = current.every((c) => values.every((v) => held.has(choiceKey({ ...c, [term]: v }))));
    if (!closed) continue;
    const without = (c: ReadingChoice) => Object.fromEntries(Object.entries(c).filter(([t]) => t !== term));
    current = dedupe(current.map(without));
    universe = dedupe(universe.map(without));
  }
  return { readings: current, everyReading };
}

function dedupe(choices: readonly ReadingChoice[]): ReadingChoice[] {
  const seen = new Map<string, ReadingChoice>();
  for (const c of choices) if (!seen.has(choiceKey(c))) seen.set(choiceKey(c), c);
  return [...seen.values()];
}

/** Rows alike in several runs are one, listing the readings they hold under. */
export function mergeDuties(rows: readonly Keyed<HypotheticalDuty>[]): HypotheticalDuty[] {
  const merged = new Map<string, { first: Keyed<HypotheticalDuty>; holds: ReadingChoice[] }>();
  for (const row of [...rows].sort((a, b) => compareKeys(a.sortKey, b.sortKey))) {
    const key = `${row.value.treaty}\u0000${row.key}`;
    const kept = merged.get(key);
    if (kept) kept.holds.push(row.choice);
    else merged.set(key, { first: row, holds: [row.choice] });
  }
  return [...merged.values()].map(({ first, holds }) => ({ ...first.value, ...minimalReadings(holds, first.runs) }));
}

/** Pairs of one provision with the same reason, per run; then groups alike in several runs are one. */
export function mergeNothing(rows: readonly Keyed<NothingOwed>[]): NothingOwed[] {
  const perRun = new Map<string, { first: Keyed<NothingOwed>; pairs: { bearer: string; beneficiary: string | null }[] }>();
  for (const row of [...rows].sort((a, b) => compareKeys(a.sortKey, b.sortKey))) {
    const key = `${row.value.treaty}\u0000${row.key}\u0000${choiceKey(row.choice)}`;
    let kept = perRun.get(key);
    if (!kept) perRun.set(key, (kept = { first: row, pairs: [] }));
    const p = row.pair!;
    if (!kept.pairs.some((x) => x.bearer === p.bearer && x.beneficiary === p.beneficiary)) kept.pairs.push(p);
  }
  const groups = new Map<string, { first: Keyed<NothingOwed>; pairs: NothingOwed['pairs']; holds: ReadingChoice[] }>();
  for (const { first, pairs } of perRun.values()) {
    const key = `${first.value.treaty}\u0000${first.key}\u0000${JSON.stringify(pairs)}`;
    const kept = groups.get(key);
    if (kept) kept.holds.push(first.choice);
    else groups.set(key, { first, pairs, holds: [first.choice] });
  }
  return [...groups.values()]
    .sort((a, b) => compareKeys(a.first.sortKey, b.first.sortKey))
    .map(({ first, pairs, holds }) => ({ ...first.value, pairs, ...minimalReadings(holds, first.runs) }));
}

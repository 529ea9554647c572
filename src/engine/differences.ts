/** What differs between the runs of one scenario (its combinations of readings): duties' outcomes, and statuses where a lifecycle clause is read two ways. */
import {
  compareStrings,
  type CompiledTreaty,
  type ObligationResult,
  type ReadingDifference,
  type Run,
  type StatusDifference,
  type StatusIntervalJson,
  spanInWords,
} from '../model/index.js';
import { describeChoice } from './readings.js';

/** A result's provision and binding, as a key: the rows two runs (or two variants of a run) compare. */
export function rowKey(o: ObligationResult): string {
  return `${o.treaty}|${o.provision}|${o.bearer}|${o.beneficiary ?? ''}`;
}

/** A run's rows grouped by provision and binding, in their order. */
export function rowsByKey(rows: readonly ObligationResult[]): Map<string, ObligationResult[]> {
  const out = new Map<string, ObligationResult[]>();
  for (const o of rows) {
    const key = rowKey(o);
    const list = out.get(key);
    if (list) list.push(o);
    else out.set(key, [o]);
  }
  return out;
}

/**
 * The readings that tell the runs apart: only the terms whose reading varies between them (every run
 * lists every term of the vocabulary, most at their default; a summary naming them all would bury the
 * one that matters).
 */
function varyingChoice(runs: readonly Run[]): (choice: Run['readings']) => string {
  const terms = Object.keys(runs[0]?.readings ?? {}).filter((term) => new Set(runs.map((r) => r.readings[term])).size > 1);
  return (choice) => describeChoice(Object.fromEntries(terms.map((term) => [term, choice[term] ?? ''])));
}

/**
 * Conclusions that differ between readings: per provision and binding, the outcomes in each run;
 * in treaty and provision order, then by bearer and beneficiary.
 */
export function readingDifferences(runs: Run[], treaties: readonly CompiledTreaty[]): ReadingDifference[] {
  if (runs.length < 2) return [];
  const describe = varyingChoice(runs);
  const rank = new Map<string, number>();
  treaties.forEach((t, i) => t.treaty.provisions.forEach((p, j) => rank.set(`${t.treaty.id}|${p.id}`, i * 100_000 + j)));
  const keys = new Map<string, { treaty: string; provision: string; bearer: string; beneficiary: string | null }>();
  const byRun = runs.map((run) => rowsByKey(run.obligations));
  for (const run of runs) for (const o of run.obligations) keys.set(rowKey(o), o);
  const out: ReadingDifference[] = [];
  const ordered = [...keys.entries()].sort(
    ([, a], [, b]) =>
      rank.get(`${a.treaty}|${a.provision}`)! - rank.get(`${b.treaty}|${b.provision}`)! ||
      compareStrings(a.bearer, b.bearer) ||
      compareStrings(a.beneficiary ?? '', b.beneficiary ?? ''),
  );
  for (const [key, k] of ordered) {
    const outcomes = runs.map((run, r) => {
      const found = byRun[r]!.get(key) ?? [];
      return found.length
        ? found.map((o) => ({ readings: run.readings, outcome: o.outcome, from: o.from }))
        : [{ readings: run.readings, outcome: 'not-triggered' as const, from: null }];
    });
    const signature = outcomes.map((list) => list.map((o) => `${o.outcome}@${o.from}`).join(','));
    if (new Set(signature).size < 2) continue;
    const flat = outcomes.flat();
    out.push({
      treaty: k.treaty,
      provision: k.provision,
      bearer: k.bearer,
      beneficiary: k.beneficiary,
      outcomes: flat,
      summary: `${k.provision} (${k.bearer}${k.beneficiary ? ` → ${k.beneficiary}` : ''}): ${flat.map((o) => `${o.outcome}${o.from ? ` (duty from ${o.from})` : ''} under ${describe(o.readings)}`).join('; ')}`,
    });
  }
  return out;
}

/** The treaty's and each party's status intervals, where they differ between runs, in treaty then party order. */
export function statusDifferencesOf(runs: readonly Run[]): StatusDifference[] {
  if (runs.length < 2) return [];
  const describe = varyingChoice(runs);
  const out: StatusDifference[] = [];
  const gist = (intervals: readonly StatusIntervalJson[]) => {
    const list: StatusDifference['outcomes'][number]['intervals'] = [];
    // Terms and continuators aside: only the status and its days.
    for (const i of intervals) {
      const last = list[list.length - 1];
      if (last && last.status === i.status && last.to === i.from) last.to = i.to;
      else list.push({ status: i.status, from: i.from, to: i.to });
    }
    return list;
  };
  const words = (list: StatusDifference['outcomes'][number]['intervals']) =>
    list.map((i) => `${i.status}${i.to ? ` ${spanInWords(i.from, i.to)}` : i.from ? ` from ${i.from}` : ''}`).join(', ');
  runs[0]!.treaties.forEach((first, k) => {
    const subjects: (string | null)[] = [null, ...first.parties.map((p) => p.party)];
    for (const party of subjects) {
      const outcomes = runs.map((run) => {
        const t = run.treaties[k]!;
        const intervals = party === null ? t.intervals : (t.parties.find((p) => p.party === party)?.intervals ?? []);
        return { readings: run.readings, intervals: gist(intervals) };
      });
      if (new Set(outcomes.map((o) => JSON.stringify(o.intervals))).size < 2) continue;
      out.push({
        treaty: first.id,
        party,
        outcomes,
        summary: `${first.id}${party ? ` for ${party}` : ''}: ${outcomes.map((o) => `${words(o.intervals)} under ${describe(o.readings)}`).join('; ')}`,
      });
    }
  });
  return out;
}

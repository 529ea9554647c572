/**
 * The engine's entry points: evaluate a scenario (every combination of its readings) and the status
 * of a treaty on a day. Pure: corpus and scenario in, results out, deterministic to the byte.
 */
import { addDays, type IsoDate } from '../model/calendar.js';
import type { CompiledCorpus, CompiledTreaty } from '../model/compiled.js';
import type { ObligationResult, ReadingDifference, Run, RunResult, StatusResult } from '../model/results.js';
import type { ScenarioFile } from '../model/timeline.js';
import type { ReadingChoice } from '../model/vocabulary.js';
import { computeFluents } from './fluents.js';
import { statusOn } from './lifecycle/index.js';
import { evaluateProvision } from './obligations.js';
import { describeChoice, readingCombinations } from './readings.js';
import { Successions } from './succession.js';
import { Timeline } from './timeline.js';
import { treatyLifecycle, type TreatyLifecycle } from './treaty-lifecycle.js';

export class EngineInputError extends Error {}

/** The scenario a bare run uses: the recorded history, default readings, no events of its own. */
export const HISTORY_ONLY: ScenarioFile = { title: 'Recorded history', history: true, drop: [], readings: {}, events: [], expect: [] };

function selectTreaties(corpus: CompiledCorpus, ids: readonly string[] | undefined): CompiledTreaty[] {
  if (!ids) return corpus.treaties;
  return ids.map((id) => {
    const t = corpus.treaties.find((x) => x.treaty.id === id);
    if (!t) throw new EngineInputError(`unknown treaty "${id}"`);
    return t;
  });
}

export function evaluateScenario(corpus: CompiledCorpus, scenario: ScenarioFile, name = scenario.title): RunResult {
  const treaties = selectTreaties(corpus, scenario.treaties);
  // History of every treaty in the corpus: a scenario on one treaty still sees the others' records.
  const timeline = new Timeline({ treaties: corpus.treaties, includeHistory: scenario.history, drop: scenario.drop, events: scenario.events });
  const successions = new Successions(corpus.states.successions);
  const lastDay = scenario.until ?? addDays(timeline.lastDate() ?? '2000-01-01', 1);
  const lifecycles = new Map(treaties.map((t) => [t.treaty.id, treatyLifecycle(t, timeline.involving(actorsOfTreaty(t, successions)), successions, lastDay)]));

  const runs: Run[] = readingCombinations(corpus.vocabulary, scenario.readings).map((choice) => {
    const fluents = computeFluents(corpus.vocabulary, timeline.events, choice);
    const obligations: ObligationResult[] = [];
    for (const t of treaties) {
      const lc = lifecycles.get(t.treaty.id)!;
      const events = timeline.involving(actorsOfTreaty(t, successions));
      for (const provision of t.treaty.provisions) {
        obligations.push(
          ...evaluateProvision(provision, { treaty: t, lifecycle: lc, vocabulary: corpus.vocabulary, choice, parties: t.treaty.parties, events, fluents, inForce: lc.inForce, successions }),
        );
      }
    }
    const fluentList = [...fluents.values()].flatMap((bySubject) => [...bySubject.values()].flat());
    return {
      readings: choice,
      treaties: treaties.map((t) => ({ id: t.treaty.id, intervals: lifecycles.get(t.treaty.id)!.intervals })),
      fluents: fluentList
        .map((f) => ({ fluent: f.fluent, subject: f.subject, from: f.from, to: f.to, events: [f.initiatedBy.id, ...(f.terminatedBy ? [f.terminatedBy.id] : [])] }))
        .sort((a, b) => a.fluent.localeCompare(b.fluent) || a.subject.localeCompare(b.subject) || a.from.localeCompare(b.from)),
      obligations: sortObligations(obligations, treaties),
    };
  });
  const warnings = [...lifecycles.values()].filter((lc) => !lc.entryEvent).map((lc) => `${lc.treatyId}: no recorded entry into force; treated as not in force (entry into force unknown, not assumed)`);
  return { scenario: name, runs, differences: readingDifferences(runs), warnings };
}

function actorsOfTreaty(t: CompiledTreaty, successions: Successions): string[] {
  return t.treaty.parties.flatMap((p) => successions.actorsOf(p));
}

function sortObligations(list: ObligationResult[], treaties: readonly CompiledTreaty[]): ObligationResult[] {
  const order = new Map<string, number>();
  treaties.forEach((t, i) => t.treaty.provisions.forEach((p, j) => order.set(`${t.treaty.id}/${p.id}`, i * 100000 + j)));
  return list
    .map((o, i) => ({ o, i }))
    .sort(
      (a, b) =>
        order.get(`${a.o.treaty}/${a.o.provision}`)! - order.get(`${b.o.treaty}/${b.o.provision}`)! ||
        (a.o.from ?? '').localeCompare(b.o.from ?? '') ||
        a.o.bearer.localeCompare(b.o.bearer) ||
        (a.o.beneficiary ?? '').localeCompare(b.o.beneficiary ?? '') ||
        a.i - b.i,
    )
    .map((x) => x.o);
}

/** Conclusions that differ between readings: per provision and binding, the outcomes in each run. */
function readingDifferences(runs: Run[]): ReadingDifference[] {
  if (runs.length < 2) return [];
  const keys = new Map<string, { treaty: string; provision: string; bearer: string; beneficiary: string | null }>();
  for (const run of runs) for (const o of run.obligations) keys.set(`${o.treaty}|${o.provision}|${o.bearer}|${o.beneficiary}`, o);
  const out: ReadingDifference[] = [];
  for (const [key, k] of [...keys.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const outcomes = runs.map((run) => {
      const found = run.obligations.filter((o) => `${o.treaty}|${o.provision}|${o.bearer}|${o.beneficiary}` === key);
      return found.length ? found.map((o) => ({ readings: run.readings, outcome: o.outcome, from: o.from })) : [{ readings: run.readings, outcome: 'not-triggered' as const, from: null }];
    });
    const signature = outcomes.map((list) => list.map((o) => `${o.outcome}@${o.from}`).join(','));
    if (new Set(signature).size < 2) continue;
    const flat = outcomes.flat();
    out.push({
      ...k,
      outcomes: flat,
      summary: `${k.provision} (${k.bearer}${k.beneficiary ? ` → ${k.beneficiary}` : ''}): ${flat.map((o) => `${o.outcome}${o.from ? ` from ${o.from}` : ''} under ${describeChoice(o.readings)}`).join('; ')}`,
    });
  }
  return out;
}

/** The status of a treaty on a day, with its explanation (`pacta status`). */
export function statusAt(corpus: CompiledCorpus, treatyId: string, date: IsoDate, scenario: ScenarioFile = HISTORY_ONLY): StatusResult {
  const [treaty] = selectTreaties(corpus, [treatyId]);
  const timeline = new Timeline({ treaties: corpus.treaties, includeHistory: scenario.history, drop: scenario.drop, events: scenario.events });
  const successions = new Successions(corpus.states.successions);
  const lc: TreatyLifecycle = treatyLifecycle(treaty!, timeline.involving(actorsOfTreaty(treaty!, successions)), successions, date);
  const choice: ReadingChoice = readingCombinations(corpus.vocabulary, scenario.readings)[0]!;
  const interval = lc.intervals.find((i) => (i.from === null || i.from <= date) && (i.to === null || date < i.to))!;
  const detail = lc.input && lc.entryIntoForce && date >= lc.entryIntoForce ? statusOn(lc.input, date) : undefined;
  return {
    treaty: treatyId,
    date,
    status: interval.status,
    since: interval.status === 'not-in-force' ? null : (detail?.since ?? interval.from),
    until: interval.status === 'not-in-force' ? (lc.entryIntoForce ?? null) : (detail?.until ?? null),
    term: detail?.term ?? null,
    termEnd: detail?.termEnd ?? null,
    noticeDeadline: detail?.noticeDeadline ?? null,
    readings: choice,
    explanation: interval.explanation,
  };
}

/**
 * Behaviour side by side: the same scenario run against both treaties, outcomes paired through the
 * alignment, and where they differ.
 *
 * Two treaties that were never in force together (the 1961 treaty ended in 1996, the 2024 one began
 * in 2024) cannot be compared on their recorded histories. So each is evaluated as if it entered
 * into force on the scenario's first day: recorded history is left out, and a synthetic
 * entry-into-force event is added for each treaty, made by the states acting for its parties that
 * day (a continuator for its predecessor: states.yaml). The report states these assumptions.
 */
import {
  type CompiledCorpus,
  type CompiledTreaty,
  type Event,
  InputError,
  type ObligationResult,
  type ScenarioFile,
  subtractDuration,
} from '../model/index.js';
import { describeChoice, evaluateScenario, Successions } from '../engine/index.js';
import type { Alignment } from './align.js';
import type { BehaviourComparison, BehaviourRow, OutcomeCell } from './schema.js';

export interface BehaviourInput {
  corpus: CompiledCorpus;
  a: CompiledTreaty;
  b: CompiledTreaty;
  alignment: Alignment;
  scenario: ScenarioFile;
  /** How to name the scenario in messages (its file), default its title. */
  scenarioName?: string;
}

/** The synthetic event that puts a treaty in force on `day`, made by the states acting for its parties. */
function assumedEntry(t: CompiledTreaty, day: string, successions: Successions): Event {
  const rule = t.treaty.lifecycle.entryIntoForce;
  const date = rule.offset ? subtractDuration(day, rule.offset) : day;
  return {
    id: `assumed-entry-into-force-${t.treaty.id}`,
    date,
    type: rule.event,
    parties: t.treaty.parties.map((p) => successions.actingFor(p, date)),
    treaty: t.treaty.id,
    source: `assumption of pacta diff: ${t.treaty.id} treated as in force from ${day}`,
  };
}

/** A state code as the one acting in the end: a predecessor becomes its (last) continuator, for pairing. */
function pairingCode(code: string, corpus: CompiledCorpus): string {
  return code
    .split('+')
    .map((c) => {
      let state = c;
      for (let guard = 0; guard < 16; guard++) {
        const next = corpus.states.successions.find((s) => s.predecessor === state);
        if (!next) break;
        state = next.continuator;
      }
      return state;
    })
    .sort()
    .join('+');
}

function cellOf(o: ObligationResult): OutcomeCell {
  return { provision: o.provision, article: o.article, outcome: o.outcome, from: o.from, to: o.to, deadline: o.deadline, events: o.events };
}

function notTriggered(provision: string, article: string): OutcomeCell {
  return { provision, article, outcome: 'not-triggered', from: null, to: null, deadline: null, events: [] };
}

/** An outcome that rests on an event, rather than a standing duty or a prohibition kept day after day. */
function restsOnEvent(cell: OutcomeCell | null): boolean {
  return (
    cell !== null && (cell.events.length > 0 || (cell.outcome !== 'active' && cell.outcome !== 'kept' && cell.outcome !== 'not-triggered'))
  );
}

function describeCell(label: string, cell: OutcomeCell | null): string {
  if (!cell) return `${label} has no such provision`;
  if (cell.outcome === 'not-triggered') return `${label}: not triggered`;
  return `${label}: ${cell.outcome}${cell.from ? ` from ${cell.from}` : ''}${cell.deadline ? ` (deadline ${cell.deadline})` : ''}`;
}

export function compareBehaviour(input: BehaviourInput): BehaviourComparison {
  const { corpus, a, b, alignment, scenario } = input;
  const days = scenario.events.map((e) => e.date).sort();
  const firstDay = days[0];
  if (!firstDay) {
    throw new InputError({
      file: input.scenarioName ?? scenario.title,
      line: 0,
      column: 0,
      code: 'empty-scenario',
      message: 'the scenario has no events: there is nothing to compare',
      hint: 'add the events to run against both treaties (see DESIGN.md §4)',
    });
  }
  const successions = new Successions(corpus.states.successions);
  const same = a.treaty.id === b.treaty.id;
  const treaties = same ? [a] : [a, b];
  const run = evaluateScenario(corpus, {
    ...scenario,
    treaties: treaties.map((t) => t.treaty.id),
    history: false,
    drop: [],
    events: [...treaties.map((t) => assumedEntry(t, firstDay, successions)), ...scenario.events],
    expect: [],
  });

  const runs = run.runs.map((r) => {
    const byProvision = new Map<string, ObligationResult[]>();
    for (const o of r.obligations) {
      const key = `${o.treaty}/${o.provision}`;
      byProvision.set(key, [...(byProvision.get(key) ?? []), o]);
    }
    const rows: BehaviourRow[] = [];
    let standing = 0;
    const emit = (
      pairing: BehaviourRow['pairing'],
      left: { id: string; article: string } | null,
      right: { id: string; article: string } | null,
    ) => {
      const resultsA = left ? (byProvision.get(`${a.treaty.id}/${left.id}`) ?? []) : [];
      const resultsB = right ? (byProvision.get(`${b.treaty.id}/${right.id}`) ?? []) : [];
      const keyOf = (o: ObligationResult) => `${pairingCode(o.bearer, corpus)}|${o.beneficiary ? pairingCode(o.beneficiary, corpus) : ''}`;
      const keys = [...new Set([...resultsA, ...resultsB].map(keyOf))].sort();
      for (const key of keys) {
        const listA = resultsA.filter((o) => keyOf(o) === key);
        const listB = resultsB.filter((o) => keyOf(o) === key);
        for (let i = 0; i < Math.max(listA.length, listB.length); i++) {
          const oa = listA[i];
          const ob = listB[i];
          const cellA = left ? (oa ? cellOf(oa) : notTriggered(left.id, left.article)) : null;
          const cellB = right ? (ob ? cellOf(ob) : notTriggered(right.id, right.article)) : null;
          if (!restsOnEvent(cellA) && !restsOnEvent(cellB)) {
            standing++;
            continue;
          }
          const differs =
            !cellA || !cellB || cellA.outcome !== cellB.outcome || cellA.from !== cellB.from || cellA.deadline !== cellB.deadline;
          const sample = (ob ?? oa)!;
          rows.push({
            pairing,
            bearer: sample.bearer,
            beneficiary: sample.beneficiary,
            a: cellA,
            b: cellB,
            differs,
            note: `${describeCell(a.treaty.id, cellA)}; ${describeCell(b.treaty.id, cellB)}`,
          });
        }
      }
    };
    for (const m of alignment.matches) for (const p of m.pairs) emit('aligned', p.a, p.b);
    for (const o of alignment.onlyInA) emit('only-in-a', o.provision, null);
    for (const o of alignment.onlyInB) emit('only-in-b', null, o.provision);
    return { readings: r.readings, rows, standing, differences: rows.filter((x) => x.differs).length };
  });

  const successionText = corpus.states.successions.map((s) => `${s.continuator} acts for ${s.predecessor} from ${s.from}`).join('; ');
  const assumptions = [
    `The treaties were not compared on their recorded histories: each is evaluated as if it entered into force on the scenario's first day, ${firstDay}, by an assumed "${a.treaty.lifecycle.entryIntoForce.event}" event${same ? '' : ' for each'}; recorded history is left out.`,
    ...(successionText
      ? [
          `State succession (states.yaml): ${successionText}. Outcomes are paired by the state acting on the day, a predecessor counting as its continuator.`,
        ]
      : []),
    `Every combination of the scenario's readings is run (${run.runs.map((r) => describeChoice(r.readings)).join(' | ')}); a contested term it does not name takes its default reading.`,
    'Outcomes are paired through the alignment. Standing duties and prohibitions kept day after day, which rest on no event, are counted, not listed.',
  ];
  if (scenario.treaties || scenario.drop.length || scenario.expect.length || !scenario.history) {
    assumptions.push("The scenario's own treaties, history, drop and expect settings are set aside for the comparison.");
  }
  return {
    scenario: scenario.title,
    firstDay,
    assumptions,
    runs,
    differences: runs.reduce((n, r) => n + r.differences, 0),
    warnings: run.warnings,
  };
}

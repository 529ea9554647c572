/**
 * Behaviour side by side: the same scenario run against both treaties, outcomes paired through the
 * alignment, and where they differ.
 *
 * Two treaties that were never in force together (the 1961 treaty ended in 1996, the 2024 one began
 * in 2024) cannot be compared on their recorded histories. So each is evaluated as if it entered
 * into force on the scenario's first day: recorded history is left out, and a synthetic
 * entry-into-force event is added for each treaty, made by the states acting for its parties that
 * day (a continuator for its predecessor: states.yaml); for a threshold, one instrument by each
 * party. A clause that fixes its own date, waits for a later date, is unknown, or a threshold the
 * parties alone cannot reach, does not let a treaty be in force from that day: the report says so.
 * The report states these assumptions.
 */
import {
  actsForPredecessor,
  type CompiledCorpus,
  type CompiledTreaty,
  type DelayRule,
  type Event,
  formatDate,
  InputError,
  type IsoDate,
  type ObligationResult,
  partsOf,
  type ScenarioFile,
  subtractDuration,
} from '../model/index.js';
import { describeChoice, evaluateScenario, Successions } from '../engine/index.js';
import type { Alignment } from './align.js';
import { choiceInPlay, termsInPlay } from './behaviour-terms.js';
import { cellWords } from './behaviour-words.js';
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

/**
 * The day of an act that puts a treaty in force by `day` under its clause: `offset` before it; with
 * month-start rounding, so that the rounding lands on the first day of `day`'s month.
 */
function actDay(rule: DelayRule, day: IsoDate): IsoDate {
  const target =
    rule.monthStart === undefined ? day : subtractDuration(formatDate(partsOf(day).year, partsOf(day).month, 1), `P${rule.monthStart}M`);
  return rule.offset ? subtractDuration(target, rule.offset) : target;
}

interface AssumedEntry {
  /** The synthetic events that put the treaty in force by `day`: one act, or each party's instrument for a threshold. */
  events: Event[];
  /** Where the clause does not let it be in force from `day`, what happens instead. */
  caveat?: string;
}

/** The synthetic events that put a treaty in force on `day`, made by the states acting for its parties. */
function assumedEntry(t: CompiledTreaty, day: IsoDate, successions: Successions): AssumedEntry {
  const id = t.treaty.id;
  const rule = t.treaty.lifecycle.entryIntoForce;
  const source = `assumption of pacta diff: ${id} treated as in force from ${day}`;
  if (rule.unknown !== undefined)
    return {
      events: [],
      caveat: `${id}'s entry into force is unknown (${rule.unknown}): no event is assumed for it, and its status stays unknown.`,
    };
  if (rule.event === undefined)
    return {
      events: [],
      caveat: `${id} enters into force on the date its clause fixes, ${rule.date ?? 'not given'}, not on ${day}: no event is assumed for it.`,
    };
  const date = actDay(rule, day);
  const later =
    rule.notBefore && rule.notBefore > day
      ? `${id} enters into force no earlier than ${rule.notBefore} ("whichever is later"), however early its act.`
      : undefined;
  const base = { date, type: rule.event, treaty: id, source };
  if (!rule.threshold)
    return {
      events: [{ id: `assumed-entry-into-force-${id}`, ...base, parties: t.treaty.parties.map((p) => successions.actingFor(p, date)) }],
      caveat: later,
    };
  const threshold = rule.threshold;
  const events = t.treaty.parties.map((p) => ({ id: `assumed-entry-into-force-${id}-${p}`, ...base, by: successions.actingFor(p, date) }));
  const short =
    events.length < threshold.instruments || threshold.including.some((s) => !t.treaty.parties.includes(s))
      ? `${id}'s threshold (${threshold.instruments} instruments${threshold.including.length ? `, ${threshold.including.join(', ')} among them` : ''}) is not reached by its parties' instruments alone: it does not enter into force.`
      : undefined;
  return { events, caveat: [short, later].filter(Boolean).join(' ') || undefined };
}

/** A state code as the one acting in the end: a predecessor becomes its (last) continuator, for pairing. */
function pairingCode(code: string, corpus: CompiledCorpus): string {
  return code
    .split('+')
    .map((c) => {
      let state = c;
      for (let guard = 0; guard < 16; guard++) {
        const next = corpus.states.successions.find((s) => s.predecessor === state && actsForPredecessor(s));
        if (!next) break;
        state = next.continuator;
      }
      return state;
    })
    .sort()
    .join('+');
}

/** A row where no duty arose (not triggered, not applicable, or unknown without a day): it has no day. */
const isWhyNot = (o: Pick<ObligationResult, 'from'>) => o.from === null;

function cellOf(o: ObligationResult): OutcomeCell {
  return {
    provision: o.provision,
    article: o.article,
    outcome: o.outcome,
    from: o.from,
    to: o.to,
    deadline: o.deadline,
    events: o.events,
    reason: isWhyNot(o) ? (o.explanation.at(-1)?.text ?? null) : null,
  };
}

/** An outcome that rests on an event, rather than a standing duty or a prohibition kept day after day. */
function restsOnEvent(cell: OutcomeCell | null): boolean {
  return cell !== null && (cell.events.length > 0 || (cell.outcome !== 'active' && cell.outcome !== 'kept'));
}

/** No duty arose: no row at all, or a row without a day that says not triggered or not applicable (unknown is not "no duty"). */
const noDuty = (cell: OutcomeCell | null) => cell === null || (isWhyNot(cell) && cell.outcome !== 'unknown');

function describeCell(label: string, cell: OutcomeCell | null, pairing: BehaviourRow['pairing']): string {
  return cell ? `${label}: ${cellWords(cell, pairing)}` : `${label} has ${cellWords(cell, pairing)}`;
}

/**
 * A list's row to pair with the other list's `i`th: its own `i`th; or, where no duty arose for the
 * binding (a single why-not row), that row for each of the other's.
 */
function rowAt(list: readonly ObligationResult[], i: number): ObligationResult | undefined {
  return list[i] ?? (list.length === 1 && isWhyNot(list[0]!) ? list[0] : undefined);
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
  const assumed = treaties.map((t) => assumedEntry(t, firstDay, successions));
  const run = evaluateScenario(corpus, {
    ...scenario,
    treaties: treaties.map((t) => t.treaty.id),
    history: false,
    drop: [],
    events: [...assumed.flatMap((x) => x.events), ...scenario.events],
    expect: [],
  });

  const inPlay = termsInPlay(corpus.vocabulary, scenario, treaties);
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
          const oa = rowAt(listA, i);
          const ob = rowAt(listB, i);
          // A missing row is no row (the binding has none in that treaty), never taken for "not triggered".
          const cellA = oa ? cellOf(oa) : null;
          const cellB = ob ? cellOf(ob) : null;
          if (!restsOnEvent(cellA) && !restsOnEvent(cellB)) {
            standing++;
            continue;
          }
          // No row on one side (no such provision, or binding) and no duty on the other is no difference: no duty either way.
          const differs =
            !cellA || !cellB
              ? !(noDuty(cellA) && noDuty(cellB))
              : cellA.outcome !== cellB.outcome || cellA.from !== cellB.from || cellA.deadline !== cellB.deadline;
          const sample = (ob ?? oa)!;
          rows.push({
            pairing,
            bearer: sample.bearer,
            beneficiary: sample.beneficiary,
            a: cellA,
            b: cellB,
            differs,
            note: `${describeCell(a.treaty.id, cellA, pairing)}; ${describeCell(b.treaty.id, cellB, pairing)}`,
          });
        }
      }
    };
    for (const m of alignment.matches) for (const p of m.pairs) emit('aligned', p.a, p.b);
    for (const o of alignment.onlyInA) emit('only-in-a', o.provision, null);
    for (const o of alignment.onlyInB) emit('only-in-b', null, o.provision);
    return { readings: choiceInPlay(r.readings, inPlay), rows, standing, differences: rows.filter((x) => x.differs).length };
  });

  const successionText = corpus.states.successions
    .filter(actsForPredecessor)
    .map((s) => `${s.continuator} acts for ${s.predecessor} from ${s.from}`)
    .join('; ');
  const phrases = assumed.map(({ events }) =>
    events.length === 0 ? 'no assumed event' : `an assumed "${events[0]!.type}" event${events.length > 1 ? ' by each party' : ''}`,
  );
  const by = phrases.every((p) => p === phrases[0])
    ? `${phrases[0]}${same ? '' : ' for each'}`
    : phrases.map((p, i) => `${p} for ${treaties[i]!.treaty.id}`).join(' and ');
  const assumptions = [
    `The treaties were not compared on their recorded histories: each is evaluated as if it entered into force on the scenario's first day, ${firstDay}, by ${by}; recorded history is left out.`,
    ...assumed.flatMap((x) => (x.caveat ? [x.caveat] : [])),
    ...(successionText
      ? [
          `State succession, as the corpus records it: ${successionText}. Outcomes are paired by the state acting on the day, a predecessor counting as its continuator.`,
        ]
      : []),
    `Every combination of the scenario's readings is run (${run.runs.map((r) => describeChoice(choiceInPlay(r.readings, inPlay))).join(' | ')}); a contested term it does not name takes its default reading, and terms neither treaty reads are not shown.`,
    'Outcomes are paired through the alignment, binding by binding, those where no duty arose too (not triggered, not applicable, with why not). Standing duties and prohibitions kept day after day, which rest on no event, are counted, not listed.',
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

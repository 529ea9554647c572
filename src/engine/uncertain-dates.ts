/**
 * Uncertain and disputed dates (issue 15): an event known only "on or before" a day, within bounds,
 * or dated differently by two sources, is evaluated on each day it may have been — its bounds, the
 * day recorded, the days in dispute — and every outcome that differs between those variants is
 * `unknown`, with what it would be on each. Outcomes that agree stand. Lifecycles are computed from
 * exact dates only (`pacta check` refuses an uncertain date on a lifecycle act).
 */
import {
  citationText,
  compareStrings,
  type CompiledCorpus,
  type Event,
  type ExplanationStep,
  type IsoDate,
  type ObligationResult,
  possibleDays,
  type RunResult,
  SCENARIO_LIMITS,
  type ScenarioFile,
} from '../model/index.js';
import { rowKey, rowsByKey } from './differences.js';
import { rowInWords } from './obligations/index.js';

export interface UncertainEvent {
  /** "treaty-id/event-id" for a recorded event, "scenario/event-id" for the scenario's (the Timeline's `dates` keys). */
  key: string;
  event: Event;
  /** The days it may have been, ascending, each once. */
  days: IsoDate[];
}

/** The events of the scenario and of the recorded history it includes whose day is uncertain or disputed. */
export function uncertainEvents(corpus: CompiledCorpus, scenario: ScenarioFile): UncertainEvent[] {
  const out: UncertainEvent[] = [];
  const add = (key: string, event: Event) => {
    if (!event.uncertain && !event.disputed) return;
    out.push({ key, event, days: possibleDays(event) });
  };
  if (scenario.history) {
    const dropped = new Set(scenario.drop);
    for (const t of corpus.treaties)
      for (const e of t.history) if (!dropped.has(`${t.treaty.id}/${e.id}`)) add(`${t.treaty.id}/${e.id}`, e);
  }
  for (const e of scenario.events) add(`scenario/${e.id}`, e);
  return out;
}

/** How an uncertain event's day is known, in words. */
function dayInWords(u: UncertainEvent): string {
  const e = u.event;
  const parts: string[] = [];
  if (e.uncertain) {
    const { earliest, latest } = e.uncertain;
    parts.push(
      earliest && latest
        ? `between ${earliest} and ${latest}`
        : latest
          ? `on or before ${latest}`
          : earliest
            ? `on or after ${earliest}`
            : 'on a day not known',
    );
  }
  for (const d of e.disputed ?? []) parts.push(`${d.date} according to ${citationText(d.source) ?? 'another source'}`);
  return `${e.id} (recorded as ${e.date}; ${parts.join('; ')})`;
}

export class DateVariantsError extends Error {}

/**
 * Evaluates the scenario on every combination of the uncertain events' days (at most
 * SCENARIO_LIMITS.maxDateVariants) and merges: the result on the days as recorded, except that
 * each duty whose outcome differs between combinations becomes one `unknown` row saying what it
 * would be on each.
 */
export function evaluateDateVariants(
  uncertain: readonly UncertainEvent[],
  evaluate: (dates: ReadonlyMap<string, IsoDate>) => RunResult,
): RunResult {
  const count = uncertain.reduce((n, u) => n * u.days.length, 1);
  if (count > SCENARIO_LIMITS.maxDateVariants)
    throw new DateVariantsError(
      `${uncertain.length} events with uncertain or disputed dates make ${count} combinations of days to evaluate, more than ${SCENARIO_LIMITS.maxDateVariants}: narrow their bounds, or split the scenario`,
    );
  let combos: Map<string, IsoDate>[] = [new Map()];
  for (const u of uncertain) combos = combos.flatMap((c) => u.days.map((d) => new Map(c).set(u.key, d)));
  const base = evaluate(new Map());
  const variants = combos.map((dates) => ({ dates, result: evaluate(dates) }));
  const runs = base.runs.map((run, r) => {
    // Each list grouped once by provision and binding (filtering it per key was quadratic in rows).
    const own = rowsByKey(run.obligations);
    const others = variants.map((v) => ({ dates: v.dates, rows: rowsByKey(v.result.runs[r]!.obligations) }));
    const signature = (list: readonly ObligationResult[] | undefined) =>
      (list ?? [])
        .map((o) => `${o.outcome}@${o.from ?? ''}-${o.to ?? ''}`)
        .sort()
        .join(',');
    const keys = new Set([...own.keys(), ...others.flatMap((v) => [...v.rows.keys()])]);
    const differing = new Set([...keys].filter((key) => others.some((v) => signature(v.rows.get(key)) !== signature(own.get(key)))));
    if (differing.size === 0) return run;
    const obligations: ObligationResult[] = [];
    const done = new Set<string>();
    for (const o of run.obligations) {
      const key = rowKey(o);
      if (!differing.has(key)) obligations.push(o);
      else if (!done.has(key)) {
        done.add(key);
        obligations.push(
          unknownRow(
            o,
            own.get(key)!,
            others.map((v) => ({ dates: v.dates, rows: v.rows.get(key) ?? [] })),
            uncertain,
          ),
        );
      }
    }
    return { ...run, obligations };
  });
  const warnings = [...base.warnings, ...uncertain.map((u) => `event ${dayInWords(u)}: evaluated on ${u.days.join(', ')}`)];
  return { ...base, runs, warnings };
}

function unknownRow(
  first: ObligationResult,
  own: readonly ObligationResult[],
  variants: readonly { dates: ReadonlyMap<string, IsoDate>; rows: readonly ObligationResult[] }[],
  uncertain: readonly UncertainEvent[],
): ObligationResult {
  const describe = (rows: readonly ObligationResult[]) => (rows.length ? rows.map((o) => rowInWords(o)).join('; ') : 'no row');
  const lines = variants.map(
    (v) => `if ${uncertain.map((u) => `${u.event.id} was on ${v.dates.get(u.key)}`).join(' and ')}: ${describe(v.rows)}`,
  );
  const steps: ExplanationStep[] = [
    ...first.explanation.filter((s) => s.step !== 'outcome'),
    {
      step: 'missing-fact',
      text: `The day of ${uncertain.map(dayInWords).join('; ')} is not known exactly, and the outcome depends on it.`,
    },
    { step: 'outcome', text: `Unknown: ${lines.join('; ')}.` },
  ];
  const froms = own
    .map((o) => o.from)
    .filter((d): d is IsoDate => d !== null)
    .sort(compareStrings);
  return {
    ...first,
    from: froms[0] ?? null,
    to: null,
    deadline: null,
    outcome: 'unknown',
    events: [...new Set(own.flatMap((o) => o.events))],
    explanation: steps,
  };
}

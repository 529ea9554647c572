/**
 * The shared timeline of a run. First, what the scenario is about: one row per duty it set off or
 * decided (resultGroups.ts: `scenario`), binding by binding, coloured by outcome and labelled, with
 * its deadline's last day and the day it was decided marked; past MAX_DUTY_ROWS such duties, one row
 * per provision, outcome and days instead. Then each treaty's status with a row per party below it
 * (a continuator bound in a party's place on its own row) and the states of affairs (fluents). Last,
 * the standing duties (active or kept throughout, no event behind them) as ONE row, not a bar each.
 * The rows where no duty arose have no day and are not drawn; the scenario's events are dashed lines.
 *
 * The chart follows the results' filters (resultGroups.ts): only the duties the filters show, only
 * the chosen treaty's status, only the chosen party's rows and states of affairs. The range stays the
 * whole run's, so that bars keep their place as filters change.
 */
import type { ObligationResult, Run, StatusIntervalJson } from '../../../api/types.js';
import { chartTime, paddedRange } from '../../../lib/dates.js';
import type { GanttBar, GanttMarker, GanttSpec } from '../../../lib/gantt.js';
import {
  FLUENT_COLOUR,
  HATCHED_OUTCOMES,
  HATCHED_STATUSES,
  OUTCOME_COLOURS,
  OUTCOME_LABELS,
  STATUS_COLOURS,
  STATUS_INK,
  STATUS_LABELS,
} from '../../../lib/palette.js';
import { articleLabel } from '../../../lib/articles.js';
import { outcomeInWords } from '../../../lib/outcomeWords.js';
import { byStateBound, statusRuns } from '../../../lib/parties.js';
import { lastDayBefore, spanInWords } from '../../../lib/wording.js';
import { groupOf, NO_FILTER, shown, type ResultFilter } from './resultGroups.js';

export interface ScenarioDate {
  id: string;
  date: string;
}

export interface RunChart {
  spec: GanttSpec;
  /** For each bar, the obligation (index in run.obligations) it draws, if any. */
  barObligation: (number | null)[];
  /** What the chart draws, for its legend: the statuses, whether a state of affairs, the duties' outcomes, whether the standing row. */
  drawn: { statuses: Set<StatusIntervalJson['status']>; fluents: boolean; outcomes: Set<ObligationResult['outcome']>; standing: boolean };
}

export function bindingKey(o: Pick<ObligationResult, 'treaty' | 'provision' | 'bearer' | 'beneficiary'>): string {
  return `${o.treaty}/${o.provision}/${o.bearer}/${o.beneficiary ?? ''}`;
}

/** The row name of an obligation's binding; on a narrow chart in two lines, so the binding is not cut off. */
export function bindingLabel(o: Pick<ObligationResult, 'provision' | 'bearer' | 'beneficiary'>, compact = false): string {
  return `${o.provision}${compact ? '\n' : ' · '}${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`;
}

export function runChart(run: Run, events: readonly ScenarioDate[], compact: boolean, filter: ResultFilter = NO_FILTER): RunChart {
  const dates = [
    ...run.treaties.flatMap((t) => [...t.intervals, ...t.parties.flatMap((p) => p.intervals)].flatMap((i) => [i.from, i.to])),
    ...run.fluents.flatMap((f) => [f.from, f.to]),
    ...run.obligations.flatMap((o) => [o.from, o.to, o.deadline]),
    ...events.map((e) => e.date),
  ].filter((d): d is string => d !== null);
  const [min, max] = dates.length ? paddedRange(dates.map(chartTime), 0.03, 90) : paddedRange([Date.UTC(2000, 0, 1)], 0, 365);
  const rows: string[] = [];
  const rowOf = new Map<string, number>();
  const row = (key: string, label: string) => {
    let index = rowOf.get(key);
    if (index === undefined) {
      index = rows.push(label) - 1;
      rowOf.set(key, index);
    }
    return index;
  };
  const bars: GanttBar[] = [];
  const barObligation: (number | null)[] = [];
  const push = (bar: GanttBar, obligation: number | null) => {
    bars.push(bar);
    barObligation.push(obligation);
  };
  const drawn: RunChart['drawn'] = { statuses: new Set(), fluents: false, outcomes: new Set(), standing: false };

  const markers: GanttMarker[] = [];
  for (const outcome of dutyRows(run, filter, compact, min, max, row, push, markers)) drawn.outcomes.add(outcome);
  const look = (i: StatusIntervalJson): Pick<GanttBar, 'colour' | 'hatch' | 'ink'> => {
    drawn.statuses.add(i.status);
    const ink = STATUS_INK[i.status];
    return { colour: STATUS_COLOURS[i.status], ...(HATCHED_STATUSES.includes(i.status) ? { hatch: true } : {}), ...(ink ? { ink } : {}) };
  };
  for (const treaty of run.treaties) {
    if (filter.treaty && treaty.id !== filter.treaty) continue;
    const r = row(`treaty:${treaty.id}`, compact ? `${treaty.id}\nstatus` : `${treaty.id} — status`);
    for (const i of treaty.intervals) {
      const label = i.status === 'in-force' && i.term ? `term ${i.term}` : STATUS_LABELS[i.status];
      push(
        {
          row: r,
          from: i.from ? chartTime(i.from) : min,
          to: i.to ? chartTime(i.to) : max,
          ...look(i),
          label,
          tooltip: [
            `${treaty.id}: ${STATUS_LABELS[i.status]}${i.term ? `, term ${i.term}` : ''}`,
            spanInWords(i.from, i.to),
            ...(i.cause ? [i.cause] : []),
          ],
        },
        null,
      );
    }
    // Below it, a row per state bound in each party's place ("SUN", then "RUS, continuing SUN"), a bar per run of one status.
    for (const party of treaty.parties) {
      for (const group of byStateBound(party.party, party.intervals)) {
        if (filter.party && party.party !== filter.party && group.state !== filter.party) continue;
        const name = run.treaties.length > 1 ? `${treaty.id}${compact ? '\n' : ': '}${group.label}` : group.label;
        const pr = row(`party:${treaty.id}:${party.party}:${group.state}`, name);
        for (const r of statusRuns(group.intervals)) {
          push(
            {
              row: pr,
              from: r.from ? chartTime(r.from) : min,
              to: r.to ? chartTime(r.to) : max,
              ...look(r.last),
              label: STATUS_LABELS[r.status],
              tooltip: [
                `${group.label} (${treaty.id}): ${STATUS_LABELS[r.status]}`,
                spanInWords(r.from, r.to),
                ...(r.cause ? [r.cause] : []),
              ],
            },
            null,
          );
        }
      }
    }
  }
  for (const f of run.fluents) {
    if (filter.party && f.subject !== filter.party) continue;
    drawn.fluents = true;
    push(
      {
        row: row(`fluent:${f.fluent}:${f.subject}`, `${f.fluent} (${f.subject})`),
        from: chartTime(f.from),
        to: f.to ? chartTime(f.to) : max,
        colour: FLUENT_COLOUR,
        label: f.fluent,
        tooltip: [`${f.subject} in ${f.fluent}`, spanInWords(f.from, f.to), `events: ${f.events.join(', ') || 'none'}`],
      },
      null,
    );
  }
  drawn.standing = standingRow(run, filter, compact, max, row, push);
  const window = events.length
    ? paddedRange(
        events.map((e) => chartTime(e.date)),
        0.6,
        45,
      )
    : undefined;
  return {
    spec: {
      rows,
      bars,
      markers,
      lines: eventLines(events, window ?? [min, max]),
      range: [min, max],
      ...(window ? { window: [Math.max(window[0], min), Math.min(window[1], max)] as [number, number] } : {}),
      compact,
    },
    barObligation,
    drawn,
  };
}

/** Names each run by the readings that set it apart from the others. */
export function runLabels(runs: readonly Run[]): string[] {
  const terms = varyingTerms(runs.map((r) => r.readings));
  return runs.map((r) => (terms.length ? readingsInWords(r.readings, terms) : 'default readings'));
}

/** The terms whose reading is not the same in every one of these choices (in the first choice's order). */
export function varyingTerms(choices: readonly Readonly<Record<string, string>>[]): string[] {
  return Object.keys(choices[0] ?? {}).filter((t) => new Set(choices.map((c) => c[t])).size > 1);
}

/** "state-of-war: declared-war, without-delay: within-seven-days": a choice's readings of these terms. */
export function readingsInWords(choice: Readonly<Record<string, string>>, terms: readonly string[]): string {
  return terms.map((t) => `${t}: ${choice[t]}`).join(', ');
}

/** A dashed line per event; events close together share one label ("e1, e2") so labels do not overlap. */
function eventLines(events: readonly ScenarioDate[], window: readonly [number, number]): { at: number; label: string }[] {
  const sorted = [...events].filter((e) => e.date).sort((x, y) => x.date.localeCompare(y.date));
  const near = (window[1] - window[0]) * 0.06;
  const lines: { at: number; label: string }[] = [];
  let head: { at: number; label: string } | null = null;
  for (const e of sorted) {
    const at = chartTime(e.date);
    if (head && at - head.at < near) {
      head.label = `${head.label}, ${e.id}`;
      lines.push({ at, label: '' });
    } else {
      head = { at, label: e.id };
      lines.push(head);
    }
  }
  return lines;
}

/** Past this many duties set off by the scenario, the chart draws one row per provision, outcome and days. */
export const MAX_DUTY_ROWS = 24;

type RowOf = (key: string, label: string) => number;
type Push = (bar: GanttBar, obligation: number | null) => void;

/** The marker of the day a duty was decided: discharged, breached (without a deadline) or lapsed. */
const DECIDED: Partial<Record<ObligationResult['outcome'], GanttMarker['symbol']>> = {
  discharged: 'circle',
  breached: 'diamond',
  lapsed: 'rect',
};

function dutyRows(
  run: Run,
  filter: ResultFilter,
  compact: boolean,
  min: number,
  max: number,
  row: RowOf,
  push: Push,
  markers: GanttMarker[],
): ObligationResult['outcome'][] {
  const duties = run.obligations.map((o, index) => ({ o, index })).filter(({ o }) => groupOf(o) === 'scenario' && shown(o, filter));
  const grouped = duties.length > MAX_DUTY_ROWS;
  const sizes = new Map<string, number>();
  const keyOf = (o: ObligationResult) =>
    grouped ? `duties:${o.treaty}/${o.provision}/${o.outcome}/${o.from}/${o.to ?? ''}/${o.deadline ?? ''}` : `obligation:${bindingKey(o)}`;
  if (grouped) for (const { o } of duties) sizes.set(keyOf(o), (sizes.get(keyOf(o)) ?? 0) + 1);
  for (const { o, index } of duties) {
    const key = keyOf(o);
    const n = sizes.get(key) ?? 1;
    // In two lines on every chart (the label column is narrow): the provision, then whose duty — or how many bindings share the row.
    const bindings = `${n} binding${n === 1 ? '' : 's'}`;
    const r = row(key, grouped ? `${o.provision}\n${bindings}, ${o.from}` : bindingLabel(o, true));
    const words = outcomeInWords(o);
    const binding = `${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`;
    push(
      {
        row: r,
        from: Math.max(min, chartTime(o.from!)),
        to: o.to ? chartTime(o.to) : max,
        colour: OUTCOME_COLOURS[o.outcome],
        ...(HATCHED_OUTCOMES.includes(o.outcome) ? { hatch: true } : {}),
        label: `${OUTCOME_LABELS[o.outcome]} · ${grouped ? bindings : binding}`,
        what: `${o.provision}, ${binding}: ${words}`,
        tooltip: [
          `${o.provision} (${articleLabel(o.article)}): ${OUTCOME_LABELS[o.outcome]}`,
          binding,
          words,
          ...(o.events.length ? [`events: ${o.events.join(', ')}`] : []),
          'click for the explanation',
        ],
      },
      index,
    );
    if (o.deadline)
      markers.push({
        row: r,
        at: chartTime(o.deadline),
        colour: '#1d2733',
        symbol: 'triangle',
        tooltip: [`deadline of ${o.provision}: last day ${lastDayBefore(o.deadline)}`],
      });
    const decided = DECIDED[o.outcome];
    if (decided && o.to && !(o.outcome === 'breached' && o.deadline))
      markers.push({
        row: r,
        at: chartTime(o.to),
        colour: OUTCOME_COLOURS[o.outcome],
        symbol: decided,
        label: OUTCOME_LABELS[o.outcome],
        tooltip: [words],
      });
  }
  return duties.map(({ o }) => o.outcome);
}

/** The standing duties as one row: from the first day one applied to the last one's end (open-ended: the range's end). Whether it drew one. */
function standingRow(run: Run, filter: ResultFilter, compact: boolean, max: number, row: RowOf, push: Push): boolean {
  const standing = run.obligations.filter((o) => groupOf(o) === 'standing' && shown(o, filter));
  if (!standing.length) return false;
  const n = standing.length;
  const from = Math.min(...standing.map((o) => chartTime(o.from!)));
  const to = standing.some((o) => o.to === null) ? max : Math.max(...standing.map((o) => chartTime(o.to!)));
  const said = `${n} standing dut${n === 1 ? 'y' : 'ies'} held throughout, none breached`;
  push(
    {
      row: row('standing', compact ? `standing\nduties (${n})` : `standing duties (${n})`),
      from,
      to,
      colour: OUTCOME_COLOURS.kept,
      light: true,
      label: said,
      what: said,
      tooltip: [said, 'active or kept with no event behind them: listed, folded, below the chart'],
    },
    null,
  );
  return true;
}

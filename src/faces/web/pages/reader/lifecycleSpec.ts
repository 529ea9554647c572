/**
 * The lifecycle chart: the treaty's status intervals (terms numbered), one row per party below it
 * (a row per state bound in its place: "SUN", then "RUS, continuing SUN"; a bar per run of one
 * status), notice windows per term, recorded events. Each status bar says which interval it draws
 * (for a party's run, its last), for its explanation.
 */
import type { PartyTimeline, RecordedEvent, StatusIntervalJson } from '../../api/types.js';
import { addDays, chartTime, paddedRange } from '../../lib/dates.js';
import type { GanttBar, GanttMarker, GanttSpec } from '../../lib/gantt.js';
import { EVENT_COLOUR, HATCHED_STATUSES, NOTICE_COLOUR, STATUS_COLOURS, STATUS_INK, STATUS_LABELS } from '../../lib/palette.js';
import { byStateBound, statusRuns } from '../../lib/parties.js';
import { deadlineInWords, lastDayBefore, spanInWords } from '../../lib/wording.js';

const TERM_SHADES = ['#2f6fb0', '#4a88c7'];

/** The interval a bar draws: the treaty's (whose null) or a party's, named as its row is. */
export interface DrawnInterval {
  whose: string | null;
  interval: StatusIntervalJson;
}

export interface LifecycleSpec extends GanttSpec {
  /** For each bar, the interval it draws, if it draws one (notice windows do not). */
  drawn: (DrawnInterval | null)[];
}

function citation(source: RecordedEvent['source']): string {
  return typeof source === 'string' ? source : source.cite;
}

/** Colour, hatching and ink of a status bar. */
function look(interval: StatusIntervalJson): Pick<GanttBar, 'colour' | 'hatch' | 'ink'> {
  const ink = STATUS_INK[interval.status];
  return {
    colour: STATUS_COLOURS[interval.status],
    ...(HATCHED_STATUSES.includes(interval.status) ? { hatch: true } : {}),
    ...(ink ? { ink } : {}),
  };
}

export function lifecycleSpec(input: {
  intervals: readonly StatusIntervalJson[];
  parties?: readonly PartyTimeline[];
  history: readonly RecordedEvent[];
  signed: string;
  today: string;
  compact: boolean;
}): LifecycleSpec {
  const { intervals, history } = input;
  const parties = input.parties ?? [];
  const every = [...intervals, ...parties.flatMap((p) => p.intervals)];
  const dates = [input.signed, ...every.flatMap((i) => [i.from, i.to]), ...history.map((e) => e.date)].filter(
    (d): d is string => d !== null,
  );
  const openEnded = every.some((i) => i.to === null && i.status !== 'not-in-force');
  const [min, max] = paddedRange([...dates, ...(openEnded ? [input.today] : [])].map(chartTime), 0.04, 180);
  const signed = chartTime(input.signed);
  // Before entry into force a bar starts at the signature: the treaty did not exist before it.
  const span = (interval: Pick<StatusIntervalJson, 'from' | 'to'>) => ({
    from: interval.from ? chartTime(interval.from) : Math.min(signed, interval.to ? chartTime(interval.to) : signed),
    to: interval.to ? chartTime(interval.to) : max,
  });
  const drawn: (DrawnInterval | null)[] = [];
  const bars: GanttBar[] = intervals.map((interval) => {
    const label =
      interval.status === 'in-force'
        ? interval.term
          ? `Term ${interval.term}`
          : interval.to
            ? 'In force'
            : 'In force, no end date'
        : interval.status === 'not-in-force' && !interval.from
          ? 'signed, not in force'
          : STATUS_LABELS[interval.status];
    drawn.push({ whose: null, interval });
    return {
      row: 0,
      ...span(interval),
      ...look(interval),
      ...(interval.status === 'in-force' && interval.term
        ? { colour: TERM_SHADES[(interval.term - 1) % 2] ?? STATUS_COLOURS['in-force'] }
        : {}),
      label,
      tooltip: [
        interval.term && interval.term > 1 ? `${label}: renewed` : label,
        spanLine(interval.from, interval.to),
        ...(interval.termEnd ? [`term ends ${interval.termEnd} (last day ${lastDayBefore(interval.termEnd)})`] : []),
        ...(interval.cause ? [`cause: ${interval.cause}`] : []),
        'click for the explanation',
      ],
    };
  });
  // One row per state bound in a party's place; a bar per run of one status (its terms are the treaty's).
  const partyRows = parties.flatMap((p) => byStateBound(p.party, p.intervals));
  partyRows.forEach((group, index) => {
    for (const run of statusRuns(group.intervals)) {
      const status = STATUS_LABELS[run.status];
      bars.push({
        row: 1 + index,
        ...span(run),
        ...look(run.last),
        label: status,
        tooltip: [
          `${group.label}: ${status}`,
          spanLine(run.from, run.to),
          ...(run.cause ? [`cause: ${run.cause}`] : []),
          'click for the explanation',
        ],
      });
      drawn.push({ whose: group.label, interval: run.last });
    }
  });
  // Each term that renews unless notice is given carries its notice deadline (from the engine).
  const notices = intervals.filter((i) => i.status === 'in-force' && i.from !== null && i.noticeDeadline !== undefined);
  const rows = ['Treaty', ...partyRows.map((g) => g.label), ...(notices.length ? ['Notice windows'] : []), 'Recorded events'];
  const noticeRow = 1 + partyRows.length;
  const eventsRow = rows.length - 1;
  notices.forEach((term) => {
    const deadline = term.noticeDeadline ?? '';
    const termStart = term.from ?? deadline;
    bars.push({
      row: noticeRow,
      from: chartTime(termStart),
      // The deadline is the window's last day: the bar ends after it (and says so in words).
      to: addDays(chartTime(deadline), 1),
      colour: NOTICE_COLOUR,
      light: true,
      label: `notice ${deadlineInWords(deadline)}`,
      tooltip: [
        `Term ${term.term ?? ''}: notice window`,
        term.termEnd
          ? `a notice given on or before ${deadline} ends the treaty with term ${term.term ?? ''}: its last day in force ${lastDayBefore(term.termEnd)}`
          : `a notice given on or before ${deadline} ends the treaty with term ${term.term ?? ''}`,
      ],
    });
    drawn.push(null);
  });
  // Events close together keep their marker but only the first keeps its label.
  let lastLabelled = -Infinity;
  const markers: GanttMarker[] = [...history]
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((event) => {
      const at = chartTime(event.date);
      const labelled = at - lastLabelled > (max - min) * 0.12;
      if (labelled) lastLabelled = at;
      return {
        row: eventsRow,
        at,
        colour: EVENT_COLOUR,
        symbol: 'diamond',
        ...(labelled ? { label: event.type } : {}),
        tooltip: [`${event.type} (${event.id})`, event.date, `source: ${citation(event.source)}`],
      };
    });
  const entry = intervals.find((i) => i.status === 'in-force');
  const end = intervals.find((i) => i.status === 'terminated');
  const lines = [
    ...(entry?.from ? [{ at: chartTime(entry.from), label: `entry into force ${entry.from}` }] : []),
    ...(end?.from ? [{ at: chartTime(end.from), label: `ended ${end.from} (last day in force ${lastDayBefore(end.from)})` }] : []),
  ];
  return { rows, bars, markers, lines, range: [min, max], compact: input.compact, drawn };
}

/** A bar's span in the one wording of time ("from D1 to D2 (last day D3)"); a stretch with no day at either end, on every day recorded. */
function spanLine(from: string | null, to: string | null): string {
  return from === null && to === null ? 'on every day recorded' : spanInWords(from, to);
}

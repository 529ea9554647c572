/** The lifecycle chart: status intervals (terms numbered), notice windows per term, recorded events. */
import type { RecordedEvent, StatusIntervalJson } from '../../api/types.js';
import { chartTime, paddedRange } from '../../lib/dates.js';
import type { GanttBar, GanttMarker, GanttSpec } from '../../lib/gantt.js';
import { EVENT_COLOUR, NOTICE_COLOUR, STATUS_COLOURS, STATUS_LABELS } from '../../lib/palette.js';

const TERM_SHADES = ['#2f6fb0', '#4a88c7'];

function citation(source: RecordedEvent['source']): string {
  return typeof source === 'string' ? source : source.cite;
}

export function lifecycleSpec(input: {
  intervals: readonly StatusIntervalJson[];
  history: readonly RecordedEvent[];
  signed: string;
  today: string;
  compact: boolean;
}): GanttSpec {
  const { intervals, history } = input;
  const dates = [input.signed, ...intervals.flatMap((i) => [i.from, i.to]), ...history.map((e) => e.date)].filter(
    (d): d is string => d !== null,
  );
  const openEnded = intervals.some((i) => i.to === null && i.status !== 'not-in-force');
  const [min, max] = paddedRange([...dates, ...(openEnded ? [input.today] : [])].map(chartTime), 0.04, 180);
  const signed = chartTime(input.signed);
  const bars: GanttBar[] = intervals.map((interval) => {
    // Before entry into force the bar starts at the signature: the treaty did not exist before it.
    const from = interval.from ? chartTime(interval.from) : Math.min(signed, interval.to ? chartTime(interval.to) : signed);
    const to = interval.to ? chartTime(interval.to) : max;
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
    const colour =
      interval.status === 'in-force' && interval.term
        ? (TERM_SHADES[(interval.term - 1) % 2] ?? STATUS_COLOURS['in-force'])
        : STATUS_COLOURS[interval.status];
    return {
      row: 0,
      from,
      to,
      colour,
      label,
      tooltip: [
        interval.term && interval.term > 1 ? `${label}: renewed` : label,
        `${interval.from ?? 'before'} → ${interval.to ?? 'open-ended'}`,
        ...(interval.termEnd ? [`term ends ${interval.termEnd}`] : []),
        ...(interval.cause ? [`cause: ${interval.cause}`] : []),
        'click for the explanation',
      ],
    };
  });
  // Each term that renews unless notice is given carries its notice deadline (from the engine).
  const notices = intervals.filter((i) => i.status === 'in-force' && i.from !== null && i.noticeDeadline !== undefined);
  const rows = notices.length ? ['Status', 'Notice windows', 'Recorded events'] : ['Status', 'Recorded events'];
  const eventsRow = rows.length - 1;
  notices.forEach((term) => {
    const deadline = term.noticeDeadline ?? '';
    const termStart = term.from ?? deadline;
    bars.push({
      row: 1,
      from: chartTime(termStart),
      to: chartTime(deadline),
      colour: NOTICE_COLOUR,
      light: true,
      label: `notice by ${deadline}`,
      tooltip: [
        `Term ${term.term ?? ''}: notice window`,
        `a notice given by ${deadline} ends the treaty at the term's end, ${term.termEnd ?? '?'}`,
      ],
    });
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
    ...(end?.from ? [{ at: chartTime(end.from), label: `end ${end.from}` }] : []),
  ];
  return { rows, bars, markers, lines, range: [min, max], compact: input.compact };
}

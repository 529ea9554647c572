/**
 * A timeline's bars and markers said in words, in the one wording of time (lib/wording.ts): the
 * accessible name of each bar and marker, and the rows of the table that gives the same facts.
 */
import { dateOfChartTime } from './dates.js';
import type { GanttBar, GanttMarker, GanttSpec } from './gantt.js';
import { lastDayBefore, spanInWords } from './wording.js';

/** A bar's first day and first day out; a bar reaching an end of the chart's range is open (or of unknown start) there. */
export function barDays(bar: GanttBar, range: readonly [number, number]): { from: string | null; to: string | null } {
  if (bar.days) return bar.days;
  return {
    from: bar.from <= range[0] ? null : dateOfChartTime(bar.from),
    to: bar.to >= range[1] ? null : dateOfChartTime(bar.to),
  };
}

/** What a bar is: its own words, else its label, else its tooltip's first line. */
export function barWhat(bar: GanttBar): string {
  return bar.what ?? bar.label ?? bar.tooltip[0] ?? 'bar';
}

function rowName(spec: GanttSpec, row: number): string {
  return (spec.rows[row] ?? '').replace(/\n/g, ' ');
}

/** "Treaty: Term 5, from 1986-09-10 to 1991-09-10 (last day 1991-09-09)". */
export function barInWords(spec: GanttSpec, index: number): string {
  const bar = spec.bars[index];
  if (!bar) return '';
  const { from, to } = barDays(bar, spec.range);
  return `${rowName(spec, bar.row)}: ${barWhat(bar)}, ${spanInWords(from, to)}`;
}

/** What a marker is: its tooltip's first line, else its label. */
export function markerWhat(marker: GanttMarker): string {
  return marker.tooltip[0] ?? marker.label ?? 'event';
}

/** "Recorded events: termination (e9), on 1996-09-10; source: …". */
export function markerInWords(spec: GanttSpec, index: number): string {
  const marker = spec.markers[index];
  if (!marker) return '';
  const day = dateOfChartTime(marker.at);
  const rest = marker.tooltip.slice(1).filter((line) => line !== day);
  return [`${rowName(spec, marker.row)}: ${markerWhat(marker)}, on ${day}`, ...rest].join('; ');
}

/** One row of the table alternative. */
export interface TimelineRow {
  kind: 'bar' | 'marker';
  /** Its index among the spec's bars or markers. */
  index: number;
  row: string;
  what: string;
  from: string;
  to: string;
  lastDay: string;
  /** The tooltip's other lines (cause, source, events). */
  details: string[];
}

const NOTE = /^click for the explanation$/i;

/** Every bar and marker, in row order then by date, as the table lists them. */
export function timelineRows(spec: GanttSpec): TimelineRow[] {
  const bars = spec.bars.map((bar, index): TimelineRow & { order: [number, number] } => {
    const { from, to } = barDays(bar, spec.range);
    return {
      kind: 'bar',
      index,
      row: rowName(spec, bar.row),
      what: barWhat(bar),
      from: from ?? 'before the chart',
      to: to ?? 'open-ended',
      lastDay: lastDayBefore(to) ?? '—',
      details: bar.tooltip.slice(1).filter((line) => !NOTE.test(line)),
      order: [bar.row, bar.from],
    };
  });
  const markers = spec.markers.map((marker, index): TimelineRow & { order: [number, number] } => {
    const day = dateOfChartTime(marker.at);
    return {
      kind: 'marker',
      index,
      row: rowName(spec, marker.row),
      what: markerWhat(marker),
      from: day,
      to: '—',
      lastDay: day,
      details: marker.tooltip.slice(1).filter((line) => line !== day && !NOTE.test(line)),
      order: [marker.row, marker.at],
    };
  });
  return [...bars, ...markers].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]).map(({ order: _order, ...row }) => row);
}

/** A tooltip line that only gives two ends with an arrow ("1991-12-25 → 1996-09-10"): said in words instead. */
const ARROW_LINE = /^(\d{4}-\d{2}-\d{2}|before) → (\d{4}-\d{2}-\d{2}|open-ended)$/;

/**
 * What the popover of a bar or marker says: its tooltip's first line, its days in the one wording
 * of time, then the tooltip's other lines (without the bare "D1 → D2" ends, the day again, or the
 * "click" note, which the popover says its own way).
 */
export function popoverLines(spec: GanttSpec, kind: 'bar' | 'marker', index: number): { head: string; lines: string[] } | null {
  const said = (tooltip: readonly string[], head: string, when: string, day: string | null) => ({
    head: tooltip[0] ?? head,
    lines: [when, ...tooltip.slice(1).filter((line) => !ARROW_LINE.test(line) && !NOTE.test(line) && line !== when && line !== day)],
  });
  if (kind === 'bar') {
    const bar = spec.bars[index];
    if (!bar) return null;
    const { from, to } = barDays(bar, spec.range);
    return said(bar.tooltip, barWhat(bar), spanInWords(from, to), null);
  }
  const marker = spec.markers[index];
  if (!marker) return null;
  const day = dateOfChartTime(marker.at);
  return said(marker.tooltip, markerWhat(marker), `on ${day}`, day);
}

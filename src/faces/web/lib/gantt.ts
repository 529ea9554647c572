/**
 * A timeline chart ("Gantt") as plain geometry for an SVG drawn by the app: one row per thing, bars
 * for the intervals it holds, markers for the days something happened, dashed lines for dates every
 * row shares, a date axis. The callers say what to draw (a GanttSpec); this says where, for a box
 * of a given width and a visible window of time; components/timeline/ draws it. No DOM here.
 */
import { axisTicks, type AxisTick } from './dates.js';

export interface GanttBar {
  row: number;
  /** Chart times (UTC milliseconds): the bar's first day and its first day out. */
  from: number;
  to: number;
  colour: string;
  /** Written on the bar where it fits. */
  label?: string;
  /** Tooltip lines (plain text). */
  tooltip: string[];
  /** Drawn lighter, with a dashed outline (e.g. a notice window). */
  light?: boolean;
  /** Drawn with white diagonal stripes, so it is told apart without its colour (a provisional or unknown status). */
  hatch?: boolean;
  /** The label's colour where white would not read on the bar's colour. */
  ink?: string;
  /** What the bar is, in words, for its accessible name and the table (e.g. "term 5, in force"); else its label. */
  what?: string;
  /**
   * The calendar days it stands for: its first day and its first day out, null where unknown or open.
   * Else read from `from`/`to`, a bar reaching an end of the range being open at that end.
   */
  days?: { from: string | null; to: string | null };
}

export interface GanttMarker {
  row: number;
  at: number;
  colour: string;
  symbol: 'diamond' | 'circle' | 'triangle' | 'rect' | 'pin';
  tooltip: string[];
  label?: string;
}

export interface GanttLine {
  at: number;
  label: string;
}

export interface GanttSpec {
  rows: string[];
  bars: GanttBar[];
  markers: GanttMarker[];
  lines: GanttLine[];
  range: [number, number];
  /** The part shown at first (the zoom controls below widen, narrow and move it). */
  window?: [number, number];
  compact: boolean;
}

/** A window of time shown: [first, last] chart times. */
export type View = readonly [number, number];

const DAY = 86_400_000;
export const ROW_HEIGHT = 34;
/** The height of a bar within its row. */
export const BAR_HEIGHT = 21;
/** Room above the rows for the shared lines' labels (wide charts with lines only), and below for the axis. */
export const LINES_BAND = 22;
export const AXIS_BAND = 30;
/** The narrowest a bar is drawn, so that a one-day duty is still seen and clicked. */
export const MIN_BAR = 4;
/** The shortest window the zoom goes down to. */
export const MIN_SPAN = 14 * DAY;
/** Average width of a character of the 12 px labels, to tell whether a label fits. */
const CHAR = 6.6;

export function ganttHeight(rows: number, lines = false): number {
  return rows * ROW_HEIGHT + AXIS_BAND + (lines ? LINES_BAND : 8);
}

/** The width of the row labels' column: a quarter of the box, within bounds (narrower on a compact chart). */
export function labelWidth(width: number, compact: boolean): number {
  return Math.round(Math.min(compact ? 112 : 230, Math.max(compact ? 84 : 120, width * 0.24)));
}

/** A label cut to fit a width in pixels, with an ellipsis where it was cut. */
export function fitText(text: string, width: number, char = CHAR): string {
  const most = Math.floor(width / char);
  if (text.length <= most) return text;
  return most <= 1 ? '' : `${text.slice(0, most - 1).trimEnd()}…`;
}

export interface PlacedRow {
  index: number;
  /** The label's lines (a "\n" in the row's name breaks it), each cut to fit the column. */
  lines: string[];
  /** Its full name, for a tooltip where it was cut. */
  name: string;
  y: number;
}

export interface PlacedBar {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label written on it, or null where it does not fit. */
  text: string | null;
}

export interface PlacedMarker {
  index: number;
  x: number;
  y: number;
}

export interface PlacedLine {
  x: number;
  /** What is written above the line: its label, cut where the next line's label begins (may be empty). */
  label: string;
  /** The whole label, for the line's tooltip. */
  title: string;
}

/** Pixels per character of a line's label (11 px text), and the gap kept before the next label. */
const LINE_CHAR = 6.2;
const LINE_GAP = 6;

/**
 * The shared lines' labels side by side without overlapping: each cut to the room before the next
 * line (events days apart on a long span would otherwise print over each other); the whole label
 * stays in the line's tooltip and the table.
 */
export function placeLineLabels(lines: readonly { x: number; label: string }[], right: number): PlacedLine[] {
  const sorted = [...lines].sort((a, b) => a.x - b.x);
  return sorted.map((line, i) => {
    const next = sorted[i + 1];
    const room = (next ? next.x : right) - line.x - LINE_GAP;
    return { x: line.x, title: line.label, label: fitText(line.label, room, LINE_CHAR) };
  });
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  rows: PlacedRow[];
  /** Only the bars, markers, lines and ticks inside the window. */
  bars: PlacedBar[];
  markers: PlacedMarker[];
  lines: PlacedLine[];
  ticks: (AxisTick & { x: number })[];
}

/** Where everything goes for a box `width` pixels wide showing `view`. */
export function layoutTimeline(spec: GanttSpec, width: number, view: View): TimelineLayout {
  const left = labelWidth(width, spec.compact) + 8;
  const right = spec.compact ? 10 : 18;
  const showLineLabels = spec.lines.length > 0 && !spec.compact;
  const top = showLineLabels ? LINES_BAND : 8;
  const plot = { left, top, width: Math.max(width - left - right, 40), height: spec.rows.length * ROW_HEIGHT };
  const [start, end] = view;
  const span = Math.max(end - start, 1);
  const x = (time: number) => plot.left + ((time - start) / span) * plot.width;
  const rowY = (row: number) => plot.top + row * ROW_HEIGHT;
  const inView = (time: number) => time >= start && time <= end;

  const rows = spec.rows.map((name, index) => ({
    index,
    name,
    lines: name.split('\n').map((line) => fitText(line, left - 14, spec.compact ? 6 : CHAR)),
    y: rowY(index) + ROW_HEIGHT / 2,
  }));

  const bars: PlacedBar[] = [];
  spec.bars.forEach((bar, index) => {
    if (bar.to < start || bar.from > end) return;
    const x0 = Math.max(x(bar.from), plot.left);
    const x1 = Math.min(x(bar.to), plot.left + plot.width);
    // At least MIN_BAR wide, grown leftwards where the plot's right edge would cut it.
    const w = Math.min(Math.max(x1 - x0, MIN_BAR), plot.width);
    const bx = Math.min(x0, plot.left + plot.width - w);
    const text = bar.label && w > bar.label.length * CHAR + 10 ? bar.label : null;
    bars.push({ index, x: bx, y: rowY(bar.row) + (ROW_HEIGHT - BAR_HEIGHT) / 2, width: w, height: BAR_HEIGHT, text });
  });

  const markers = spec.markers.flatMap((m, index) => (inView(m.at) ? [{ index, x: x(m.at), y: rowY(m.row) + ROW_HEIGHT / 2 }] : []));
  const lines = placeLineLabels(
    spec.lines.flatMap((l) => (inView(l.at) ? [{ x: x(l.at), label: showLineLabels ? l.label : '' }] : [])),
    width,
  );
  const ticks = axisTicks(start, end, plot.width).map((t) => ({ ...t, x: x(t.at) }));
  return { width, height: ganttHeight(spec.rows.length, showLineLabels), plot, rows, bars, markers, lines, ticks };
}

/** The window kept inside the range, at least MIN_SPAN long (or the whole range if shorter). */
export function clampView(view: View, range: View): [number, number] {
  const whole = range[1] - range[0];
  const span = Math.min(Math.max(view[1] - view[0], Math.min(MIN_SPAN, whole)), whole);
  const start = Math.min(Math.max(view[0], range[0]), range[1] - span);
  return [start, start + span];
}

/** The window `factor` times as long (< 1 zooms in), around `centre` (its middle by default). */
export function zoomView(view: View, range: View, factor: number, centre = (view[0] + view[1]) / 2): [number, number] {
  const span = (view[1] - view[0]) * factor;
  const share = (centre - view[0]) / Math.max(view[1] - view[0], 1);
  return clampView([centre - span * share, centre - span * share + span], range);
}

/** The window moved by a share of its length (negative: earlier). */
export function panView(view: View, range: View, share: number): [number, number] {
  const shift = (view[1] - view[0]) * share;
  return clampView([view[0] + shift, view[1] + shift], range);
}

/** The window moved so that it starts at `start` (the position control), its length kept. */
export function moveView(view: View, range: View, start: number): [number, number] {
  return clampView([start, start + (view[1] - view[0])], range);
}

/** Whether the window is the whole range. */
export function isWhole(view: View, range: View): boolean {
  return view[0] <= range[0] && view[1] >= range[1];
}

/** The time under a pixel of the plot (kept within the window), to zoom around the pointer. */
export function timeAt(layout: Pick<TimelineLayout, 'plot'>, view: View, x: number): number {
  const share = Math.min(Math.max((x - layout.plot.left) / layout.plot.width, 0), 1);
  return view[0] + share * (view[1] - view[0]);
}

/** Ctrl + wheel: a notch towards the reader zooms in by a fifth, away zooms out as much. */
export function wheelFactor(deltaY: number): number {
  return deltaY < 0 ? 0.8 : 1.25;
}

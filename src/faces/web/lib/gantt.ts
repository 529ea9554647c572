/**
 * A timeline chart ("Gantt") as an ECharts option: one row per thing, bars for the intervals it
 * holds, markers for the days something happened, dashed lines for dates every row shares. The
 * callers say what to draw; this only draws it.
 */
import type { CustomSeriesRenderItem } from 'echarts';
import type { ChartOption } from '../components/EChart.js';
import { dateOfChartTime } from './dates.js';
import { escapeHtml } from './escape.js';

export interface GanttBar {
  row: number;
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
  /** The part shown at first (the slider below zooms and pans). */
  window?: [number, number];
  compact: boolean;
}

export const BARS_SERIES = 0;
export const MARKERS_SERIES = 1;

const ROW_HEIGHT = 34;
/** Pixels between the stripes of a hatched bar. */
export const HATCH_STEP = 6;

export function ganttHeight(rows: number): number {
  return rows * ROW_HEIGHT + 96;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * White stripes at 45° across a box, each clipped to it: a stripe starts at (left + t, bottom) and
 * rises leftwards; the part of it inside the box is s ∈ [max(0, t − width), min(height, t)].
 */
export function hatchLines(box: Box): { x1: number; y1: number; x2: number; y2: number }[] {
  const lines = [];
  for (let t = HATCH_STEP; t < box.width + box.height; t += HATCH_STEP) {
    const s0 = Math.max(0, t - box.width);
    const s1 = Math.min(box.height, t);
    if (s0 >= s1) continue;
    const bottom = box.y + box.height;
    lines.push({ x1: box.x + t - s0, y1: bottom - s0, x2: box.x + t - s1, y2: bottom - s1 });
  }
  return lines;
}

function tooltipHtml(lines: readonly string[]): string {
  return lines.map((line, i) => (i === 0 ? `<strong>${escapeHtml(line)}</strong>` : escapeHtml(line))).join('<br>');
}

export function ganttOption(spec: GanttSpec): ChartOption {
  const renderBar: CustomSeriesRenderItem = (params, api) => {
    const bar = spec.bars[params.dataIndex];
    if (!bar) return null;
    // On a cartesian grid ECharts gives the grid's box here; its type declares only `type`.
    const grid = params.coordSys as unknown as Box;
    const start = api.coord([bar.from, bar.row]);
    const end = api.coord([bar.to, bar.row]);
    const band = api.size?.([0, 1]);
    const height = (Array.isArray(band) ? (band[1] ?? ROW_HEIGHT) : ROW_HEIGHT) * 0.62;
    const y = (start[1] ?? 0) - height / 2;
    const x0 = Math.max(start[0] ?? 0, grid.x);
    const x1 = Math.min(end[0] ?? 0, grid.x + grid.width);
    if (x1 < grid.x || x0 > grid.x + grid.width) return null;
    // At least 4 px wide, grown leftwards where the grid's right edge would cut it.
    const right = grid.x + grid.width;
    const width = Math.min(Math.max(x1 - x0, 4), right - grid.x);
    const left = Math.min(x0, right - width);
    const text = bar.label && width > bar.label.length * 6.6 + 10 ? bar.label : '';
    return {
      type: 'group',
      children: [
        {
          type: 'rect',
          shape: { x: left, y, width, height, r: 2 },
          style: bar.light ? { fill: bar.colour, opacity: 0.35, stroke: bar.colour, lineWidth: 1, lineDash: [4, 3] } : { fill: bar.colour },
        },
        ...(bar.hatch
          ? hatchLines({ x: left, y, width, height }).map((shape) => ({
              type: 'line' as const,
              shape,
              style: { stroke: '#ffffff', lineWidth: 1.5, opacity: 0.7 },
              silent: true,
            }))
          : []),
        ...(text
          ? [
              {
                type: 'text' as const,
                style: {
                  text,
                  x: left + 6,
                  y: start[1] ?? 0,
                  verticalAlign: 'middle' as const,
                  fill: bar.ink ?? (bar.light ? '#3b2a00' : '#ffffff'),
                  font: '12px system-ui, sans-serif',
                  // On stripes, the label sits on a patch of the bar's own colour, to stay legible.
                  ...(bar.hatch ? { backgroundColor: bar.colour, padding: [1, 3], borderRadius: 2 } : {}),
                },
              },
            ]
          : []),
      ],
    };
  };

  return {
    useUTC: true,
    animation: false,
    grid: {
      left: spec.compact ? 8 : 16,
      right: spec.compact ? 12 : 24,
      top: spec.lines.length && !spec.compact ? 30 : 12,
      bottom: 64,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p) return '';
        const lines = p.seriesIndex === BARS_SERIES ? spec.bars[p.dataIndex]?.tooltip : spec.markers[p.dataIndex]?.tooltip;
        return lines ? tooltipHtml(lines) : '';
      },
    },
    xAxis: {
      type: 'time',
      min: spec.range[0],
      max: spec.range[1],
      axisLabel: { hideOverlap: true, color: '#3d4752', formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } },
      splitLine: { show: true, lineStyle: { color: '#e6e9ed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.rows,
      axisTick: { show: false },
      axisLabel: {
        width: spec.compact ? 112 : 230,
        overflow: 'truncate',
        color: '#1d2733',
        fontSize: spec.compact ? 11 : 12,
        lineHeight: 13,
      },
      splitLine: { show: true, lineStyle: { color: '#f0f2f4' } },
    },
    dataZoom: [
      {
        type: 'slider',
        xAxisIndex: 0,
        height: 22,
        bottom: 10,
        filterMode: 'weakFilter',
        labelFormatter: (value: number) => dateOfChartTime(value),
        ...(spec.window ? { startValue: spec.window[0], endValue: spec.window[1] } : {}),
      },
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false },
    ],
    series: [
      {
        type: 'custom',
        name: 'intervals',
        renderItem: renderBar,
        encode: { x: [1, 2], y: 0 },
        data: spec.bars.map((b) => [b.row, b.from, b.to]),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#56606b', type: 'dashed', width: 1 },
          label: { show: !spec.compact, formatter: '{b}', position: 'start', distance: 4, color: '#3d4752', fontSize: 11 },
          data: spec.lines.map((l) => ({ name: l.label, xAxis: l.at })),
        },
      },
      {
        type: 'scatter',
        name: 'markers',
        symbolSize: 12,
        labelLayout: { hideOverlap: true },
        data: spec.markers.map((m) => ({
          value: [m.at, m.row],
          symbol: m.symbol,
          itemStyle: { color: m.colour, borderColor: '#ffffff', borderWidth: 1 },
          label:
            m.label && !spec.compact
              ? { show: true, formatter: m.label, position: 'right', fontSize: 11, color: '#1d2733' }
              : { show: false },
        })),
      },
    ],
  };
}

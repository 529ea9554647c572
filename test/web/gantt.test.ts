// Covers src/faces/web/lib/gantt.ts: the timeline chart's ECharts option, its tooltips, and where each bar is drawn.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chartTime } from '../../src/faces/web/lib/dates.js';
import {
  BARS_SERIES,
  HATCH_STEP,
  MARKERS_SERIES,
  ganttHeight,
  ganttOption,
  hatchLines,
  type GanttBar,
  type GanttSpec,
} from '../../src/faces/web/lib/gantt.js';

const DAY = 86_400_000;

/** The parts of the option these tests read (ECharts' own types are a wide union). */
interface Rect {
  type: 'rect';
  shape: { x: number; y: number; width: number; height: number; r: number };
  style: Record<string, unknown>;
}
interface Text {
  type: 'text';
  style: Record<string, unknown>;
}
interface Rendered {
  type: 'group';
  children: (Rect | Text)[];
}
interface FakeParams {
  dataIndex: number;
  coordSys: { type: string; x: number; y: number; width: number; height: number };
}
interface FakeApi {
  coord: (value: [number, number]) => [number, number];
  size?: (value: [number, number]) => [number, number];
}
interface TooltipParams {
  seriesIndex: number;
  dataIndex: number;
}
interface Shape {
  useUTC: boolean;
  animation: boolean;
  grid: Record<string, unknown>;
  tooltip: { trigger: string; formatter: (params: TooltipParams | TooltipParams[]) => string };
  xAxis: { type: string; min: number; max: number };
  yAxis: { type: string; inverse: boolean; data: string[]; axisLabel: { width: number; fontSize: number } };
  dataZoom: [Record<string, unknown> & { labelFormatter: (value: number) => string }, Record<string, unknown>];
  series: [
    {
      type: string;
      name: string;
      renderItem: (params: FakeParams, api: FakeApi) => Rendered | null;
      encode: unknown;
      data: unknown[];
      markLine: { data: unknown[]; label: { show: boolean } };
    },
    { type: string; name: string; data: unknown[] },
  ];
}

const option = (spec: GanttSpec) => ganttOption(spec) as unknown as Shape;

const t = chartTime;

function spec(over: Partial<GanttSpec> = {}): GanttSpec {
  return {
    rows: ['T — status', 'art2 · PRK → CHN'],
    bars: [
      { row: 0, from: t('2000-01-01'), to: t('2000-07-01'), colour: '#2f6fb0', label: 'in force', tooltip: ['T: in force <1>', 'a & b'] },
      { row: 1, from: t('2000-02-01'), to: t('2000-03-01'), colour: '#e0a526', light: true, tooltip: ['second'] },
    ],
    markers: [
      {
        row: 1,
        at: t('2000-03-01'),
        colour: '#1d2733',
        symbol: 'triangle',
        tooltip: ['deadline of art2', '2000-03-01'],
        label: 'deadline',
      },
      { row: 0, at: t('2000-01-01'), colour: '#000000', symbol: 'diamond', tooltip: ['x'] },
    ],
    lines: [{ at: t('2000-02-01'), label: 'e1' }],
    range: [t('1999-12-01'), t('2000-12-01')],
    window: [t('2000-01-01'), t('2000-06-01')],
    compact: false,
    ...over,
  };
}

describe('ganttHeight', () => {
  it('gives each row 34 pixels, plus 96 for the axis and the slider', () => {
    assert.equal(ganttHeight(0), 96);
    assert.equal(ganttHeight(1), 130);
    assert.equal(ganttHeight(5), 266);
  });
});

describe('ganttOption', () => {
  it('draws in UTC, without animation, on a time axis spanning the range and one category per row, top to bottom', () => {
    const o = option(spec());
    assert.equal(o.useUTC, true);
    assert.equal(o.animation, false);
    assert.equal(o.xAxis.type, 'time');
    assert.equal(o.xAxis.min, t('1999-12-01'));
    assert.equal(o.xAxis.max, t('2000-12-01'));
    assert.equal(o.yAxis.type, 'category');
    assert.equal(o.yAxis.inverse, true);
    assert.deepEqual(o.yAxis.data, ['T — status', 'art2 · PRK → CHN']);
  });

  it('leaves room above the grid for line labels only on a wide chart with lines', () => {
    const margins = (s: GanttSpec) => {
      const { left, right, top, bottom } = option(s).grid;
      return { left, right, top, bottom };
    };
    assert.deepEqual(margins(spec()), { left: 16, right: 24, top: 30, bottom: 64 });
    assert.deepEqual(margins(spec({ lines: [] })), { left: 16, right: 24, top: 12, bottom: 64 });
    assert.deepEqual(margins(spec({ compact: true })), { left: 8, right: 12, top: 12, bottom: 64 });
  });

  it('narrows the row labels on a compact chart', () => {
    assert.equal(option(spec()).yAxis.axisLabel.width, 230);
    assert.equal(option(spec()).yAxis.axisLabel.fontSize, 12);
    assert.equal(option(spec({ compact: true })).yAxis.axisLabel.width, 112);
    assert.equal(option(spec({ compact: true })).yAxis.axisLabel.fontSize, 11);
  });

  it('opens the slider on the window, or on everything when there is none', () => {
    const slider = option(spec()).dataZoom[0];
    assert.equal(slider.type, 'slider');
    assert.equal(slider.startValue, t('2000-01-01'));
    assert.equal(slider.endValue, t('2000-06-01'));
    const { window: _, ...noWindow } = spec();
    const whole = option(noWindow).dataZoom[0];
    assert.equal('startValue' in whole, false);
    assert.equal('endValue' in whole, false);
  });

  it('writes the slider’s ends as dates', () => {
    const slider = option(spec()).dataZoom[0];
    assert.equal(slider.labelFormatter(t('1995-09-08')), '1995-09-08');
    assert.equal(slider.labelFormatter(t('1995-09-08') + 23 * 3_600_000), '1995-09-08');
  });

  it('puts the bars in the first series as [row, from, to] and the shared dates as its dashed mark lines', () => {
    const o = option(spec());
    const bars = o.series[BARS_SERIES];
    assert.equal(BARS_SERIES, 0);
    assert.equal(bars.type, 'custom');
    assert.equal(bars.name, 'intervals');
    assert.deepEqual(bars.encode, { x: [1, 2], y: 0 });
    assert.deepEqual(bars.data, [
      [0, t('2000-01-01'), t('2000-07-01')],
      [1, t('2000-02-01'), t('2000-03-01')],
    ]);
    assert.deepEqual(bars.markLine.data, [{ name: 'e1', xAxis: t('2000-02-01') }]);
    assert.equal(bars.markLine.label.show, true);
    assert.equal(option(spec({ compact: true })).series[BARS_SERIES].markLine.label.show, false);
  });

  it('puts the markers in the second series, labelled only where they have a label and the chart is wide', () => {
    const markers = option(spec()).series[MARKERS_SERIES];
    assert.equal(MARKERS_SERIES, 1);
    assert.equal(markers.type, 'scatter');
    assert.equal(markers.name, 'markers');
    assert.deepEqual(markers.data, [
      {
        value: [t('2000-03-01'), 1],
        symbol: 'triangle',
        itemStyle: { color: '#1d2733', borderColor: '#ffffff', borderWidth: 1 },
        label: { show: true, formatter: 'deadline', position: 'right', fontSize: 11, color: '#1d2733' },
      },
      {
        value: [t('2000-01-01'), 0],
        symbol: 'diamond',
        itemStyle: { color: '#000000', borderColor: '#ffffff', borderWidth: 1 },
        label: { show: false },
      },
    ]);
    const compact = option(spec({ compact: true })).series[MARKERS_SERIES].data[0] as { label: unknown };
    assert.deepEqual(compact.label, { show: false });
  });

  it('shows the tooltip of the bar or marker pointed at, first line in bold, every line escaped', () => {
    const { formatter } = option(spec()).tooltip;
    assert.equal(formatter({ seriesIndex: BARS_SERIES, dataIndex: 0 }), '<strong>T: in force &lt;1&gt;</strong><br>a &amp; b');
    assert.equal(formatter({ seriesIndex: BARS_SERIES, dataIndex: 1 }), '<strong>second</strong>');
    assert.equal(formatter({ seriesIndex: MARKERS_SERIES, dataIndex: 0 }), '<strong>deadline of art2</strong><br>2000-03-01');
    assert.equal(formatter([{ seriesIndex: MARKERS_SERIES, dataIndex: 1 }]), '<strong>x</strong>');
    assert.equal(formatter({ seriesIndex: BARS_SERIES, dataIndex: 2 }), '');
    assert.equal(formatter([]), '');
  });
});

/**
 * A fake cartesian grid: x from 100 to 700 pixels, one pixel a day from 2000-01-01; rows 50 pixels
 * high from y = 20 (row r is centred on 45 + 50 r).
 */
const R0 = t('2000-01-01');
const GRID = { type: 'cartesian2d', x: 100, y: 20, width: 600, height: 200 };
const coord = ([time, row]: [number, number]): [number, number] => [100 + (time - R0) / DAY, 20 + (row + 0.5) * 50];
const api: FakeApi = { coord, size: () => [0, 50] };

function render(bars: GanttBar[], index = 0, withApi: FakeApi = api): Rendered | null {
  const o = option(spec({ bars, range: [R0, R0 + 600 * DAY] }));
  return o.series[BARS_SERIES].renderItem({ dataIndex: index, coordSys: GRID }, withApi);
}
const bar = (fromDay: number, toDay: number, over: Partial<GanttBar> = {}): GanttBar => ({
  row: 1,
  from: R0 + fromDay * DAY,
  to: R0 + toDay * DAY,
  colour: '#2f6fb0',
  tooltip: [],
  ...over,
});
function rectOf(rendered: Rendered | null): Rect['shape'] {
  assert.ok(rendered);
  const rect = rendered.children[0];
  assert.equal(rect?.type, 'rect');
  return (rect as Rect).shape;
}

describe('a bar as drawn', () => {
  it('spans its dates, 62% of the row high, centred on the row, with its label written inside', () => {
    assert.deepEqual(render([bar(100, 400, { label: 'in force' })]), {
      type: 'group',
      children: [
        { type: 'rect', shape: { x: 200, y: 79.5, width: 300, height: 31, r: 2 }, style: { fill: '#2f6fb0' } },
        {
          type: 'text',
          style: { text: 'in force', x: 206, y: 95, verticalAlign: 'middle', fill: '#ffffff', font: '12px system-ui, sans-serif' },
        },
      ],
    });
  });

  it('draws a light bar translucent with a dashed outline and dark text', () => {
    assert.deepEqual(render([bar(0, 200, { row: 0, light: true, colour: '#e0a526', label: 'notice by 2000-07-19' })]), {
      type: 'group',
      children: [
        {
          type: 'rect',
          shape: { x: 100, y: 29.5, width: 200, height: 31, r: 2 },
          style: { fill: '#e0a526', opacity: 0.35, stroke: '#e0a526', lineWidth: 1, lineDash: [4, 3] },
        },
        {
          type: 'text',
          style: {
            text: 'notice by 2000-07-19',
            x: 106,
            y: 45,
            verticalAlign: 'middle',
            fill: '#3b2a00',
            font: '12px system-ui, sans-serif',
          },
        },
      ],
    });
  });

  it('draws a hatched bar with white stripes at 45°, each within the bar, under its label in the given ink', () => {
    const drawn = render([bar(100, 130, { hatch: true, label: 'x', ink: '#1d2733' })]);
    assert.ok(drawn);
    const [rect, ...rest] = drawn.children as unknown as { type: string; shape: Record<string, number>; style: Record<string, unknown> }[];
    assert.deepEqual(rect!.shape, { x: 200, y: 79.5, width: 30, height: 31, r: 2 });
    const stripes = rest.filter((c) => c.type === 'line');
    const text = rest.filter((c) => c.type === 'text');
    assert.equal(rest.at(-1)?.type, 'text', 'the label is drawn last, over the stripes');
    assert.equal(text[0]!.style.fill, '#1d2733');
    assert.equal(text[0]!.style.backgroundColor, '#2f6fb0', 'the label on a patch of the bar’s colour');
    // One stripe every 6 pixels along the 30 + 31 pixels of the bar's bottom and left edges.
    assert.equal(stripes.length, Math.ceil((30 + 31) / HATCH_STEP) - 1);
    for (const { shape, style } of stripes) {
      assert.equal(style.stroke, '#ffffff');
      for (const [x, y] of [
        [shape.x1!, shape.y1!],
        [shape.x2!, shape.y2!],
      ] as const)
        assert.ok(x >= 200 - 1e-9 && x <= 230 + 1e-9 && y >= 79.5 - 1e-9 && y <= 110.5 + 1e-9, JSON.stringify(shape));
      assert.ok(Math.abs(shape.x1! - shape.x2! - (shape.y1! - shape.y2!)) < 1e-9, 'at 45°');
    }
  });

  it('draws no stripes on a bar that is not hatched', () => {
    assert.ok(render([bar(100, 400, { label: 'in force' })])!.children.every((c) => (c as { type: string }).type !== 'line'));
  });

  it('writes the label only where it fits: 6.6 pixels a character plus 10', () => {
    // "in force" needs 8 × 6.6 + 10 = 62.8 pixels.
    assert.equal(render([bar(10, 72, { label: 'in force' })])?.children.length, 1);
    assert.equal(render([bar(10, 73, { label: 'in force' })])?.children.length, 2);
    assert.equal(render([bar(10, 400)])?.children.length, 1);
  });

  it('is cut at the grid’s edges', () => {
    assert.deepEqual(rectOf(render([bar(-50, 700)])), { x: 100, y: 79.5, width: 600, height: 31, r: 2 });
    assert.deepEqual(rectOf(render([bar(-50, 10)])), { x: 100, y: 79.5, width: 10, height: 31, r: 2 });
    assert.deepEqual(rectOf(render([bar(590, 700)])), { x: 690, y: 79.5, width: 10, height: 31, r: 2 });
  });

  it('is not drawn when it lies wholly outside the grid', () => {
    assert.equal(render([bar(-50, -1)]), null);
    assert.equal(render([bar(601, 700)]), null);
  });

  it('is at least 4 pixels wide, so a one-day event stays visible', () => {
    assert.deepEqual(rectOf(render([bar(300, 300)])), { x: 400, y: 79.5, width: 4, height: 31, r: 2 });
    assert.deepEqual(rectOf(render([bar(300, 301.5)])), { x: 400, y: 79.5, width: 4, height: 31, r: 2 });
  });

  it('takes a 34-pixel row when the coordinate system gives no band size', () => {
    const shape = rectOf(render([bar(100, 200, { row: 0 })], 0, { coord }));
    assert.equal(shape.height, 34 * 0.62);
    assert.equal(shape.y, 45 - (34 * 0.62) / 2);
  });

  it('is nothing for an index with no bar', () => {
    assert.equal(render([bar(100, 200)], 1), null);
  });

  it('stays inside the grid when widened to 4 pixels at its right edge', () => {
    const shape = rectOf(render([bar(598.5, 700)]));
    assert.ok(shape.x + shape.width <= GRID.x + GRID.width, `ends at ${shape.x + shape.width}`);
  });
});

describe('bars as drawn (properties)', () => {
  const anyBar = fc
    .record({ row: fc.integer({ min: 0, max: 3 }), from: fc.integer({ min: -200, max: 800 }), length: fc.integer({ min: 0, max: 700 }) })
    .map(({ row, from, length }) => bar(from, from + length, { row }));

  it('is drawn exactly when it meets the grid, starting inside it, and ending inside it unless widened to 4 pixels', () => {
    fc.assert(
      fc.property(anyBar, (b) => {
        const rendered = render([b]);
        const meets = b.to >= R0 && b.from <= R0 + 600 * DAY;
        assert.equal(rendered !== null, meets);
        if (!rendered) return;
        const { x, width } = rectOf(rendered);
        assert.ok(x >= GRID.x && x <= GRID.x + GRID.width);
        const visible = Math.min(coord([b.to, 0])[0], 700) - x;
        if (visible >= 4) {
          assert.equal(width, visible);
          assert.ok(x + width <= GRID.x + GRID.width);
        } else assert.equal(width, 4);
      }),
    );
  });

  it('stays within its row’s band, so bars of different rows never overlap', () => {
    fc.assert(
      fc.property(anyBar, (b) => {
        const rendered = render([b]);
        if (!rendered) return;
        const { y, height } = rectOf(rendered);
        const top = 20 + b.row * 50;
        assert.ok(y > top && y + height < top + 50);
        assert.equal(y + height / 2, top + 25);
      }),
    );
  });

  it('never overlaps another bar of its row whose dates it does not share, unless one was widened to 4 pixels', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 800 }), { minLength: 2, maxLength: 12 }), (cuts) => {
        // Consecutive intervals between sorted cut days: they touch but never overlap.
        const days = [...new Set(cuts)].sort((a, b) => a - b);
        const bars = days.slice(1).map((to, i) => bar(days[i]!, to));
        const rects = bars.map((_, i) => render(bars, i)).flatMap((r) => (r ? [rectOf(r)] : []));
        for (let i = 0; i + 1 < rects.length; i++) {
          const [a, b] = [rects[i]!, rects[i + 1]!];
          if (a.width > 4 && b.width > 4) assert.ok(a.x + a.width <= b.x, `${a.x}+${a.width} > ${b.x}`);
        }
      }),
    );
  });
});

describe('hatchLines (properties)', () => {
  it('keeps every stripe inside its box, at 45°, the stripes 6 pixels apart', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 1, max: 40, noNaN: true }), (width, height) => {
        const box = { x: 10, y: 20, width, height };
        const lines = hatchLines(box);
        for (const l of lines) {
          for (const [x, y] of [
            [l.x1, l.y1],
            [l.x2, l.y2],
          ] as const)
            assert.ok(x >= 10 - 1e-9 && x <= 10 + width + 1e-9 && y >= 20 - 1e-9 && y <= 20 + height + 1e-9);
          assert.ok(Math.abs(l.x1 - l.x2 - (l.y1 - l.y2)) < 1e-9);
        }
        assert.ok(lines.length <= Math.ceil((width + height) / HATCH_STEP));
      }),
    );
  });
});

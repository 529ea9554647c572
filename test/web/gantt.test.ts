// Covers src/faces/web/lib/gantt.ts (where an SVG timeline draws each row, bar, marker, line and tick,
// and its zoom and pan) and src/faces/web/lib/ganttWords.ts (each bar and marker said in words, the table rows).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chartTime } from '../../src/faces/web/lib/dates.js';
import {
  BAR_HEIGHT,
  MIN_BAR,
  MIN_SPAN,
  ROW_HEIGHT,
  clampView,
  placeLineLabels,
  fitText,
  ganttHeight,
  labelWidth,
  layoutTimeline,
  moveView,
  panView,
  timeAt,
  wheelFactor,
  zoomView,
  type GanttSpec,
} from '../../src/faces/web/lib/gantt.js';
import { barInWords, markerInWords, popoverLines, timelineRows } from '../../src/faces/web/lib/ganttWords.js';

const DAY = 86_400_000;
const t = chartTime;

function spec(over: Partial<GanttSpec> = {}): GanttSpec {
  return {
    rows: ['T — status', 'art2 · PRK → CHN'],
    bars: [
      { row: 0, from: t('2000-01-01'), to: t('2000-07-01'), colour: '#2f6fb0', label: 'in force', tooltip: ['T: in force', 'cause: x'] },
      {
        row: 1,
        from: t('2000-02-01'),
        to: t('2000-03-01'),
        colour: '#e0a526',
        light: true,
        tooltip: ['second', 'click for the explanation'],
      },
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
      { row: 0, at: t('2000-01-01'), colour: '#000000', symbol: 'diamond', tooltip: ['signature', 'source: UNTS vol. 420, p. 149'] },
    ],
    lines: [{ at: t('2000-02-01'), label: 'e1' }],
    range: [t('1999-12-01'), t('2000-12-01')],
    window: [t('2000-01-01'), t('2000-06-01')],
    compact: false,
    ...over,
  };
}

const whole = (s: GanttSpec) => s.range;

describe('ganttHeight and labelWidth', () => {
  it('gives each row 34 pixels, plus the axis band and the band for line labels where there is one', () => {
    assert.equal(ganttHeight(0), 38);
    assert.equal(ganttHeight(1), 72);
    assert.equal(ganttHeight(5, true), 5 * 34 + 30 + 22);
  });

  it('gives the row names a quarter of the box, between 120 and 230 pixels (84 and 112 on a compact chart)', () => {
    assert.equal(labelWidth(1920, false), 230);
    assert.equal(labelWidth(800, false), 192);
    assert.equal(labelWidth(390, false), 120);
    assert.equal(labelWidth(390, true), 94);
    assert.equal(labelWidth(1280, true), 112);
    assert.equal(labelWidth(200, true), 84);
  });

  it('cuts a text to its width with an ellipsis, and leaves one that fits', () => {
    assert.equal(fitText('Treaty', 100), 'Treaty');
    assert.equal(fitText('RUS, continuing SUN', 66), 'RUS, cont…');
    assert.equal(fitText('abc', 5), '');
  });
});

describe('layoutTimeline', () => {
  it('places the plot right of the row names, with room above for line labels on a wide chart with lines', () => {
    const wide = layoutTimeline(spec(), 1000, whole(spec()));
    assert.deepEqual(wide.plot, { left: 230 + 8, top: 22, width: 1000 - 238 - 18, height: 68 });
    assert.equal(wide.height, 68 + 30 + 22);
    const compact = layoutTimeline(spec({ compact: true }), 390, whole(spec()));
    assert.deepEqual(compact.plot, { left: 102, top: 8, width: 390 - 102 - 10, height: 68 });
    assert.deepEqual(
      compact.lines.map((l) => l.label),
      [''],
      'no line labels on a compact chart',
    );
  });

  it('centres each row name on its row and breaks a name at "\\n"', () => {
    const l = layoutTimeline(spec({ rows: ['T\nstatus', 'x'] }), 1000, whole(spec()));
    assert.deepEqual(
      l.rows.map((r) => [r.lines, r.y]),
      [
        [['T', 'status'], 22 + 17],
        [['x'], 22 + 34 + 17],
      ],
    );
  });

  it('draws a bar from its first day to its first day out, in its row, 21 pixels high and centred', () => {
    const s = spec();
    const l = layoutTimeline(s, 1000, whole(s));
    const x = (d: string) => l.plot.left + ((t(d) - s.range[0]) / (s.range[1] - s.range[0])) * l.plot.width;
    const [first, second] = l.bars;
    assert.equal(first!.index, 0);
    assert.ok(Math.abs(first!.x - x('2000-01-01')) < 1e-9);
    assert.ok(Math.abs(first!.x + first!.width - x('2000-07-01')) < 1e-9);
    assert.equal(first!.y, 22 + (ROW_HEIGHT - BAR_HEIGHT) / 2);
    assert.equal(first!.height, BAR_HEIGHT);
    assert.equal(first!.text, 'in force');
    assert.equal(second!.y, 22 + ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2);
    assert.equal(second!.text, null, 'a bar without a label has no text');
  });

  it('writes a label only where it fits: 6.6 pixels a character plus 10', () => {
    const s = spec({ bars: [{ row: 0, from: t('2000-01-01'), to: t('2000-01-02'), colour: '#000', label: 'in force', tooltip: [] }] });
    // 8 characters need more than 62.8 pixels: the bar must be that wide.
    const at = (px: number) => layoutTimeline(s, 1000, [t('2000-01-01'), t('2000-01-01') + (DAY * (1000 - 238 - 18)) / px]).bars[0]!;
    assert.equal(at(63).text, 'in force');
    assert.equal(at(62).text, null);
  });

  it('cuts a bar at the window’s edges, leaves out what lies wholly outside, and keeps a one-day bar 4 pixels wide', () => {
    const s = spec();
    const l = layoutTimeline(s, 1000, [t('2000-02-15'), t('2000-04-01')]);
    const first = l.bars.find((b) => b.index === 0)!;
    assert.equal(first.x, l.plot.left);
    assert.equal(first.x + first.width, l.plot.left + l.plot.width);
    assert.deepEqual(
      l.bars.map((b) => b.index),
      [0, 1],
    );
    assert.deepEqual(
      layoutTimeline(s, 1000, [t('2000-08-01'), t('2000-12-01')]).bars.map((b) => b.index),
      [],
    );
    const day = spec({ bars: [{ row: 0, from: t('2000-03-01'), to: t('2000-03-02'), colour: '#000', tooltip: [] }] });
    assert.equal(layoutTimeline(day, 1000, whole(day)).bars[0]!.width, MIN_BAR);
  });

  it('keeps only the markers and lines in the window, at their day', () => {
    const s = spec();
    const l = layoutTimeline(s, 1000, [t('2000-02-15'), t('2000-04-01')]);
    assert.deepEqual(
      l.markers.map((m) => m.index),
      [0],
    );
    assert.equal(l.markers[0]!.y, 22 + ROW_HEIGHT + ROW_HEIGHT / 2);
    assert.deepEqual(l.lines, []);
  });

  it('ticks every other month over a year of 1000 pixels (90 pixels a month label), each at its UTC midnight', () => {
    const s = spec();
    const l = layoutTimeline(s, 1000, whole(s));
    assert.deepEqual(
      l.ticks.map((tick) => tick.label),
      ['Jan 2000', 'Mar 2000', 'May 2000', 'Jul 2000', 'Sep 2000', 'Nov 2000'],
    );
    assert.equal(l.ticks[0]!.at, t('2000-01-01'));
  });

  it('never lets a bar leave the plot nor its row (property)', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => t('2000-01-01') + n * DAY);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, day, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 280, max: 1920 }),
        (raw, width) => {
          const bars = raw.map(([a, b, row]) => ({ row, from: Math.min(a, b), to: Math.max(a, b), colour: '#000', tooltip: [] }));
          const s = spec({ rows: ['a', 'b', 'c', 'd'], bars, markers: [], range: [t('1999-12-01'), t('2010-02-01')] });
          const view = zoomView(s.range, s.range, 0.3, t('2004-06-01'));
          const l = layoutTimeline(s, width, view);
          for (const placed of l.bars) {
            const bar = bars[placed.index]!;
            assert.ok(bar.to >= view[0] && bar.from <= view[1], 'drawn only when it meets the window');
            assert.ok(placed.x >= l.plot.left - 1e-6 && placed.x + placed.width <= l.plot.left + l.plot.width + 1e-6);
            assert.ok(placed.width >= MIN_BAR - 1e-9);
            const rowTop = l.plot.top + bar.row * ROW_HEIGHT;
            assert.ok(placed.y >= rowTop && placed.y + placed.height <= rowTop + ROW_HEIGHT);
          }
          assert.equal(l.bars.length, bars.filter((b) => b.to >= view[0] && b.from <= view[1]).length);
        },
      ),
    );
  });
});

describe('zoom and pan', () => {
  const range = [t('1960-01-01'), t('2000-01-01')] as const;

  it('halves the window around its middle, and doubles it back', () => {
    const view = [t('1970-01-01'), t('1990-01-01')] as const;
    const middle = (view[0] + view[1]) / 2;
    const quarter = (view[1] - view[0]) / 4;
    assert.deepEqual(zoomView(view, range, 0.5), [middle - quarter, middle + quarter]);
    assert.deepEqual(zoomView(zoomView(view, range, 0.5), range, 2), [...view]);
  });

  it('never zooms out past the range nor in below 14 days', () => {
    assert.deepEqual(zoomView(range, range, 2), [...range]);
    const tiny = zoomView([t('1970-01-01'), t('1970-01-21')], range, 0.1);
    assert.equal(tiny[1] - tiny[0], MIN_SPAN);
  });

  it('moves by half a window, stopping at the ends', () => {
    const view = [t('1962-01-01'), t('1972-01-01')] as const;
    assert.deepEqual(panView(view, range, -0.5), [range[0], range[0] + (view[1] - view[0])]);
    const later = panView(view, range, 0.5);
    assert.equal(later[0] - view[0], (view[1] - view[0]) / 2);
    assert.deepEqual(panView([t('1990-01-01'), t('2000-01-01')], range, 0.5), [t('1990-01-01'), t('2000-01-01')]);
  });

  it('finds the time under the pointer, within the window, and zooms a fifth per wheel notch', () => {
    const plot = { plot: { left: 100, top: 0, width: 400, height: 0 } };
    const view = [t('1970-01-01'), t('1970-01-01') + 400 * DAY] as const;
    assert.equal(timeAt(plot, view, 100), view[0]);
    assert.equal(timeAt(plot, view, 300), view[0] + 200 * DAY);
    assert.equal(timeAt(plot, view, 0), view[0]);
    assert.equal(timeAt(plot, view, 900), view[1]);
    assert.equal(wheelFactor(-100), 0.8);
    assert.equal(wheelFactor(100), 1.25);
    // Zooming around the pointer keeps the time under it where it was.
    const zoomed = zoomView(view, range, wheelFactor(-1), timeAt(plot, view, 200));
    assert.equal(timeAt(plot, zoomed, 200), view[0] + 100 * DAY);
  });

  it('moves the window to a start, its length kept, inside the range', () => {
    const view = [t('1962-01-01'), t('1972-01-01')] as const;
    assert.deepEqual(moveView(view, range, t('1995-01-01')), [range[1] - (view[1] - view[0]), range[1]]);
    assert.deepEqual(clampView([t('1950-01-01'), t('2010-01-01')], range), [...range]);
  });
});

describe('a timeline in words', () => {
  it('names a bar by its row, what it is and its days in the one wording of time', () => {
    const s = spec();
    assert.equal(barInWords(s, 0), 'T — status: in force, from 2000-01-01 to 2000-07-01 (last day 2000-06-30)');
    // No label: the tooltip's first line says what it is.
    assert.equal(barInWords(s, 1), 'art2 · PRK → CHN: second, from 2000-02-01 to 2000-03-01 (last day 2000-02-29)');
  });

  it('says a bar reaching the range’s end is open-ended, one reaching its start has no known first day, and prefers the days it is given', () => {
    const s = spec({
      bars: [
        { row: 0, from: t('1999-12-01'), to: t('2000-12-01'), colour: '#000', label: 'Term 5', tooltip: [] },
        {
          row: 0,
          from: t('2000-01-01'),
          to: t('2000-12-01'),
          colour: '#000',
          label: 'x',
          what: 'term 5, in force',
          days: { from: '2000-01-01', to: '2001-01-01' },
          tooltip: [],
        },
      ],
    });
    assert.equal(barInWords(s, 0), 'T — status: Term 5, at no known time');
    assert.equal(barInWords(s, 1), 'T — status: term 5, in force, from 2000-01-01 to 2001-01-01 (last day 2000-12-31)');
  });

  it('names a marker by its row, what it is and its day, with its other lines', () => {
    assert.equal(markerInWords(spec(), 0), 'art2 · PRK → CHN: deadline of art2, on 2000-03-01');
    assert.equal(markerInWords(spec(), 1), 'T — status: signature, on 2000-01-01; source: UNTS vol. 420, p. 149');
  });

  it('says in the popover what a bar or marker is, its days in words, then the rest of its tooltip without bare "D1 → D2" ends', () => {
    const s = spec({
      bars: [
        {
          row: 0,
          from: t('1991-12-25'),
          to: t('1996-09-10'),
          colour: '#000',
          label: 'in force',
          tooltip: ['RUS, continuing SUN: in force', '1991-12-25 → 1996-09-10', 'cause: succession', 'click for the explanation'],
        },
        {
          row: 0,
          from: t('1985-03-01'),
          to: t('1985-03-03'),
          colour: '#000',
          tooltip: ['art1: discharged', 'from 1985-03-01 to 1985-03-03 (last day 1985-03-02)'],
        },
      ],
      range: [t('1960-01-01'), t('2000-01-01')],
    });
    assert.deepEqual(popoverLines(s, 'bar', 0), {
      head: 'RUS, continuing SUN: in force',
      lines: ['from 1991-12-25 to 1996-09-10 (last day 1996-09-09)', 'cause: succession'],
    });
    assert.deepEqual(popoverLines(s, 'bar', 1), {
      head: 'art1: discharged',
      lines: ['from 1985-03-01 to 1985-03-03 (last day 1985-03-02)'],
    });
    assert.deepEqual(popoverLines(spec(), 'marker', 0), { head: 'deadline of art2', lines: ['on 2000-03-01'] });
    assert.deepEqual(popoverLines(spec(), 'marker', 1), { head: 'signature', lines: ['on 2000-01-01', 'source: UNTS vol. 420, p. 149'] });
    assert.equal(popoverLines(spec(), 'bar', 9), null);
  });

  it('lists every bar and marker for the table, by row then date (bars first on a day), without the "click" note', () => {
    assert.deepEqual(timelineRows(spec()), [
      {
        kind: 'bar',
        index: 0,
        row: 'T — status',
        what: 'in force',
        from: '2000-01-01',
        to: '2000-07-01',
        lastDay: '2000-06-30',
        details: ['cause: x'],
      },
      {
        kind: 'marker',
        index: 1,
        row: 'T — status',
        what: 'signature',
        from: '2000-01-01',
        to: '—',
        lastDay: '2000-01-01',
        details: ['source: UNTS vol. 420, p. 149'],
      },
      {
        kind: 'bar',
        index: 1,
        row: 'art2 · PRK → CHN',
        what: 'second',
        from: '2000-02-01',
        to: '2000-03-01',
        lastDay: '2000-02-29',
        details: [],
      },
      {
        kind: 'marker',
        index: 0,
        row: 'art2 · PRK → CHN',
        what: 'deadline of art2',
        from: '2000-03-01',
        to: '—',
        lastDay: '2000-03-01',
        details: [],
      },
    ]);
  });
});

it('the shared lines’ labels never print over each other: each is cut to the room before the next, whole in its tooltip', () => {
  const placed = placeLineLabels(
    [
      { x: 300, label: 'azores' },
      { x: 280, label: 'new-york' },
      { x: 400, label: 'bermuda' },
    ],
    1000,
  );
  assert.deepEqual(
    placed.map((l) => [l.x, l.label, l.title]),
    [
      [280, 'n…', 'new-york'],
      [300, 'azores', 'azores'],
      [400, 'bermuda', 'bermuda'],
    ],
  );
  fc.assert(
    fc.property(
      fc.array(fc.record({ x: fc.integer({ min: 0, max: 1000 }), label: fc.string({ maxLength: 30 }) }), { maxLength: 12 }),
      (lines) => {
        const out = placeLineLabels(lines, 1000);
        out.forEach((l, i) => {
          const next = out[i + 1];
          if (next && l.label) assert.ok(l.x + l.label.length * 6.2 <= next.x - 6 + 1e-9, `${l.label} runs into ${next.title}`);
          assert.ok(l.title.startsWith(l.label.replace(/…$/, '')));
        });
      },
    ),
  );
});

// Covers src/faces/web/pages/reader/lifecycleSpec.ts: the reader's lifecycle chart (status bars, notice windows, recorded events, entry-into-force and end lines).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { RecordedEvent, StatusIntervalJson } from '../../src/faces/web/api/types.js';
import { chartTime as t } from '../../src/faces/web/lib/dates.js';
import { lifecycleSpec } from '../../src/faces/web/pages/reader/lifecycleSpec.js';

const interval = (over: Partial<StatusIntervalJson> & Pick<StatusIntervalJson, 'status'>): StatusIntervalJson => ({
  from: null,
  to: null,
  term: null,
  explanation: [],
  ...over,
});
const event = (id: string, date: string, type: string, source: RecordedEvent['source'] = 'Treaty text'): RecordedEvent => ({
  id,
  date,
  type,
  source,
});

describe('lifecycleSpec', () => {
  // Signed 2000-01-01, in force 2000-03-01 for a 5-year term renewed once, terminated 2008-06-01; viewed on 2010-01-01.
  const intervals = [
    interval({ status: 'not-in-force', to: '2000-03-01' }),
    interval({ status: 'in-force', from: '2000-03-01', to: '2005-03-01', term: 1, termEnd: '2005-03-01', noticeDeadline: '2004-03-01' }),
    interval({ status: 'in-force', from: '2005-03-01', to: '2008-06-01', term: 2, termEnd: '2010-03-01' }),
    interval({ status: 'terminated', from: '2008-06-01', cause: 'withdrawal of PRK' }),
  ];
  const history = [
    event('wd', '2007-06-01', 'withdrawal-notice', { cite: 'UN', note: 'n' }),
    event('sign', '2000-01-01', 'signature'),
    event('rat', '2000-02-01', 'ratification', 'KCNA'),
  ];
  const spec = lifecycleSpec({ intervals, history, signed: '2000-01-01', today: '2010-01-01', compact: false });
  // The terminated interval is open-ended, so the range reaches today: 2000-01-01 → 2010-01-01 is 3653 days, 4% of
  // which (146.12) is less than the 180-day minimum margin.
  const MIN = t('1999-07-05');
  const MAX = t('2010-06-30');

  it('reaches from the signature to today, with 180 days’ margin', () => {
    assert.deepEqual(spec.range, [MIN, MAX]);
    assert.equal(spec.compact, false);
    assert.equal('window' in spec, false);
  });

  it('has a row for the notice windows only when a term has a notice deadline', () => {
    assert.deepEqual(spec.rows, ['Treaty', 'Notice windows', 'Recorded events']);
    const withoutNotice = intervals.map(({ noticeDeadline: _, ...i }) => i);
    assert.deepEqual(lifecycleSpec({ intervals: withoutNotice, history, signed: '2000-01-01', today: '2010-01-01', compact: true }).rows, [
      'Treaty',
      'Recorded events',
    ]);
  });

  it('draws each status interval, the time before entry into force from the signature, terms numbered and shaded in turn', () => {
    assert.deepEqual(
      spec.bars.filter((b) => b.row === 0),
      [
        {
          row: 0,
          from: t('2000-01-01'),
          to: t('2000-03-01'),
          colour: '#9aa3ad',
          label: 'signed, not in force',
          tooltip: ['signed, not in force', 'to 2000-03-01 (last day 2000-02-29)', 'click for the explanation'],
        },
        {
          row: 0,
          from: t('2000-03-01'),
          to: t('2005-03-01'),
          colour: '#2f6fb0',
          label: 'Term 1',
          tooltip: [
            'Term 1',
            'from 2000-03-01 to 2005-03-01 (last day 2005-02-28)',
            'term ends 2005-03-01 (last day 2005-02-28)',
            'click for the explanation',
          ],
        },
        {
          row: 0,
          from: t('2005-03-01'),
          to: t('2008-06-01'),
          colour: '#4a88c7',
          label: 'Term 2',
          tooltip: [
            'Term 2: renewed',
            'from 2005-03-01 to 2008-06-01 (last day 2008-05-31)',
            'term ends 2010-03-01 (last day 2010-02-28)',
            'click for the explanation',
          ],
        },
        {
          row: 0,
          from: t('2008-06-01'),
          to: MAX,
          colour: '#8c2f39',
          label: 'terminated',
          tooltip: ['terminated', 'from 2008-06-01 (open-ended)', 'cause: withdrawal of PRK', 'click for the explanation'],
        },
      ],
    );
  });

  it('draws a light notice window from a term’s start through its notice deadline, the window’s last day', () => {
    assert.deepEqual(
      spec.bars.filter((b) => b.row === 1),
      [
        {
          row: 1,
          from: t('2000-03-01'),
          to: t('2004-03-02'),
          colour: '#e0a526',
          light: true,
          label: 'notice by 2004-03-01 (last day)',
          tooltip: [
            'Term 1: notice window',
            'a notice given on or before 2004-03-01 ends the treaty with term 1: its last day in force 2005-02-28',
          ],
        },
      ],
    );
  });

  it('marks the recorded events in date order, labelling only those more than 12% of the range after the last labelled', () => {
    // The range is 4013 days; 12% is 481.56 days: the ratification, a month after the signature, loses its label.
    assert.deepEqual(spec.markers, [
      {
        row: 2,
        at: t('2000-01-01'),
        colour: '#1d2733',
        symbol: 'diamond',
        label: 'signature',
        tooltip: ['signature (sign)', '2000-01-01', 'source: Treaty text'],
      },
      { row: 2, at: t('2000-02-01'), colour: '#1d2733', symbol: 'diamond', tooltip: ['ratification (rat)', '2000-02-01', 'source: KCNA'] },
      {
        row: 2,
        at: t('2007-06-01'),
        colour: '#1d2733',
        symbol: 'diamond',
        label: 'withdrawal-notice',
        tooltip: ['withdrawal-notice (wd)', '2007-06-01', 'source: UN'],
      },
    ]);
  });

  it('draws lines at the entry into force and at the end', () => {
    assert.deepEqual(spec.lines, [
      { at: t('2000-03-01'), label: 'entry into force 2000-03-01' },
      { at: t('2008-06-01'), label: 'ended 2008-06-01 (last day in force 2008-05-31)' },
    ]);
  });

  it('shows a treaty never in force from its signature, without reaching today', () => {
    const never = lifecycleSpec({
      intervals: [interval({ status: 'not-in-force' })],
      history: [],
      signed: '2015-05-05',
      today: '2024-01-01',
      compact: true,
    });
    assert.deepEqual(never, {
      rows: ['Treaty', 'Recorded events'],
      bars: [
        {
          row: 0,
          from: t('2015-05-05'),
          to: t('2015-11-01'),
          colour: '#9aa3ad',
          label: 'signed, not in force',
          tooltip: ['signed, not in force', 'on every day recorded', 'click for the explanation'],
        },
      ],
      markers: [],
      lines: [],
      range: [t('2014-11-06'), t('2015-11-01')],
      compact: true,
      drawn: [{ whose: null, interval: interval({ status: 'not-in-force' }) }],
    });
  });

  it('labels an in-force interval without a term by whether it ends', () => {
    const labels = (i: StatusIntervalJson[]) =>
      lifecycleSpec({ intervals: i, history: [], signed: '1961-07-11', today: '2024-01-01', compact: false }).bars.map((b) => [
        b.label,
        b.colour,
      ]);
    assert.deepEqual(labels([interval({ status: 'in-force', from: '1961-09-10', to: '1995-09-10' })]), [['In force', '#2f6fb0']]);
    assert.deepEqual(labels([interval({ status: 'in-force', from: '1961-09-10' })]), [['In force, no end date', '#2f6fb0']]);
    assert.deepEqual(labels([interval({ status: 'in-force', from: '1961-09-10', term: 3 })]), [['Term 3', '#2f6fb0']]);
    assert.deepEqual(labels([interval({ status: 'not-in-force', from: '1995-09-10' })]), [['not in force', '#9aa3ad']]);
  });

  it('reaches today only when an interval other than not-in-force is open-ended', () => {
    const range = (i: StatusIntervalJson[]) =>
      lifecycleSpec({ intervals: i, history: [], signed: '2000-01-01', today: '2001-01-01', compact: false }).range;
    assert.deepEqual(range([interval({ status: 'in-force', from: '2000-01-01' })]), [t('1999-07-05'), t('2001-06-30')]);
    assert.deepEqual(range([interval({ status: 'in-force', from: '2000-01-01', to: '2000-02-01' })]), [t('1999-07-05'), t('2000-07-30')]);
    assert.deepEqual(range([interval({ status: 'not-in-force' })]), [t('1999-07-05'), t('2000-06-29')]);
  });

  it('draws no notice window for a term not yet begun or not in force', () => {
    const bars = lifecycleSpec({
      intervals: [
        interval({ status: 'in-force', to: '2001-01-01', noticeDeadline: '2000-06-01' }),
        interval({ status: 'terminated', from: '2001-01-01', to: '2002-01-01', noticeDeadline: '2001-06-01' }),
      ],
      history: [],
      signed: '2000-01-01',
      today: '2003-01-01',
      compact: false,
    }).bars;
    assert.deepEqual(
      bars.map((b) => b.row),
      [0, 0],
    );
  });

  it('draws everything within the range, and labels markers at least 12% of the range apart', () => {
    const day = (n: number) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const lifecycle = fc
      .tuple(
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(fc.integer({ min: 1, max: 4000 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 400 }),
        fc.boolean(),
      )
      .map(([start, lengths, toEntry, openEnded]) => {
        // Not in force from the signature, then terms in force back to back, then maybe terminated.
        const cuts = [start + toEntry, ...lengths.map((_, i) => start + toEntry + lengths.slice(0, i + 1).reduce((a, b) => a + b, 0))];
        const list: StatusIntervalJson[] = [interval({ status: 'not-in-force', to: day(cuts[0]!) })];
        for (let i = 0; i + 1 < cuts.length; i++) {
          const from = cuts[i]!;
          const to = cuts[i + 1]!;
          list.push(
            interval({
              status: 'in-force',
              from: day(from),
              to: day(to),
              term: i + 1,
              termEnd: day(to),
              noticeDeadline: day(from + Math.floor((to - from) / 2)),
            }),
          );
        }
        if (openEnded) list.push(interval({ status: 'terminated', from: day(cuts[cuts.length - 1]!) }));
        return { signed: day(start), list };
      });
    const events = fc.array(fc.tuple(fc.integer({ min: 0, max: 25_000 }), fc.constantFrom('signature', 'notice')), { maxLength: 8 });
    fc.assert(
      fc.property(lifecycle, events, fc.integer({ min: 20_000, max: 30_000 }), ({ signed, list }, evs, today) => {
        const history = evs.map(([d, type], i) => event(`e${i}`, day(d), type));
        const s = lifecycleSpec({ intervals: list, history, signed, today: day(today), compact: false });
        const [min, max] = s.range;
        for (const b of s.bars) assert.ok(min <= b.from && b.from <= b.to && b.to <= max && b.row < s.rows.length, JSON.stringify(b));
        for (const m of s.markers) assert.ok(min <= m.at && m.at <= max && m.row === s.rows.length - 1);
        // Status bars follow one another without overlapping.
        const status = s.bars.filter((b) => b.row === 0);
        for (let i = 0; i + 1 < status.length; i++) assert.ok(status[i]!.to <= status[i + 1]!.from);
        const labelled = s.markers.filter((m) => m.label !== undefined).map((m) => m.at);
        for (let i = 0; i + 1 < labelled.length; i++) assert.ok(labelled[i + 1]! - labelled[i]! > (max - min) * 0.12);
        assert.equal(s.markers.length, history.length);
      }),
    );
  });
});

describe('lifecycleSpec: a row per party', () => {
  // The 1961 treaty, abridged: in force from 1961-09-10 (two terms here), SUN's place taken by RUS on 1991-12-25, ended 1996-09-10.
  const treaty = [
    interval({ status: 'not-in-force', to: '1961-09-10' }),
    interval({ status: 'in-force', from: '1961-09-10', to: '1991-09-10', term: 1 }),
    interval({ status: 'in-force', from: '1991-09-10', to: '1996-09-10', term: 2 }),
    interval({ status: 'terminated', from: '1996-09-10', cause: 'notice notice-1995 by RUS, continuing SUN, of 1995-08-07' }),
  ];
  const sun = [
    interval({ status: 'not-in-force', to: '1961-09-10' }),
    interval({ status: 'in-force', from: '1961-09-10', to: '1991-09-10', term: 1 }),
    interval({ status: 'in-force', from: '1991-09-10', to: '1991-12-25', term: 2 }),
    interval({ status: 'in-force', from: '1991-12-25', to: '1996-09-10', term: 2, state: 'RUS' }),
    interval({ status: 'terminated', from: '1996-09-10', state: 'RUS', cause: 'notice notice-1995 by RUS, continuing SUN, of 1995-08-07' }),
  ];
  const spec = lifecycleSpec({
    intervals: treaty,
    parties: [
      { party: 'SUN', intervals: sun },
      { party: 'PRK', intervals: treaty },
    ],
    history: [],
    signed: '1961-07-06',
    today: '2024-01-01',
    compact: false,
  });

  it('puts each state bound in a party’s place on a row of its own, below the treaty’s', () => {
    assert.deepEqual(spec.rows, ['Treaty', 'SUN', 'RUS, continuing SUN', 'PRK', 'Recorded events']);
  });

  it('draws a bar per run of one status on a party’s rows, each opening the explanation of the run’s last interval', () => {
    const rows = (row: number) =>
      spec.bars.flatMap((b, i) => (b.row === row ? [[b.label, b.colour, b.from, b.to, spec.drawn[i]?.interval.from]] : []));
    assert.deepEqual(rows(1), [
      ['not in force', '#9aa3ad', t('1961-07-06'), t('1961-09-10'), null],
      ['in force', '#2f6fb0', t('1961-09-10'), t('1991-12-25'), '1991-09-10'],
    ]);
    assert.deepEqual(rows(2), [
      ['in force', '#2f6fb0', t('1991-12-25'), t('1996-09-10'), '1991-12-25'],
      ['terminated', '#8c2f39', t('1996-09-10'), spec.range[1], '1996-09-10'],
    ]);
    const rus = spec.bars.findIndex((b) => b.row === 2);
    assert.deepEqual(spec.bars[rus]!.tooltip, [
      'RUS, continuing SUN: in force',
      'from 1991-12-25 to 1996-09-10 (last day 1996-09-09)',
      'click for the explanation',
    ]);
    assert.deepEqual(spec.drawn[rus], { whose: 'RUS, continuing SUN', interval: sun[3] });
    assert.deepEqual(spec.bars[rus + 1]!.tooltip, [
      'RUS, continuing SUN: terminated',
      'from 1996-09-10 (open-ended)',
      'cause: notice notice-1995 by RUS, continuing SUN, of 1995-08-07',
      'click for the explanation',
    ]);
    // The treaty's bars come first, and open the treaty's intervals.
    assert.deepEqual(
      spec.drawn.slice(0, 4).map((d) => d?.whose),
      [null, null, null, null],
    );
    assert.equal(spec.drawn.length, spec.bars.length);
  });

  it('draws provisional application and unknown hatched, suspended in amber with dark text', () => {
    const bars = lifecycleSpec({
      intervals: [
        interval({ status: 'provisionally-applied', from: '2000-01-01', to: '2001-01-01' }),
        interval({ status: 'suspended', from: '2001-01-01', to: '2002-01-01' }),
        interval({ status: 'unknown', from: '2002-01-01' }),
      ],
      history: [],
      signed: '2000-01-01',
      today: '2003-01-01',
      compact: false,
    }).bars.map((b) => [b.label, b.colour, b.hatch ?? false, b.ink ?? null]);
    assert.deepEqual(bars, [
      ['provisionally applied', '#86b8e3', true, '#1d2733'],
      ['suspended', '#f5b841', false, '#1d2733'],
      ['unknown', '#7d6f9e', true, null],
    ]);
  });

  it('reaches a party’s dates and today when only a party’s interval is open-ended', () => {
    const s = lifecycleSpec({
      intervals: [interval({ status: 'not-in-force' })],
      parties: [{ party: 'AAA', intervals: [interval({ status: 'provisionally-applied', from: '2001-01-01' })] }],
      history: [],
      signed: '2000-01-01',
      today: '2002-01-01',
      compact: false,
    });
    assert.deepEqual(s.range, [t('1999-07-05'), t('2002-06-30')]);
  });
});

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
    assert.deepEqual(spec.rows, ['Status', 'Notice windows', 'Recorded events']);
    const withoutNotice = intervals.map(({ noticeDeadline: _, ...i }) => i);
    assert.deepEqual(lifecycleSpec({ intervals: withoutNotice, history, signed: '2000-01-01', today: '2010-01-01', compact: true }).rows, [
      'Status',
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
          tooltip: ['signed, not in force', 'before → 2000-03-01', 'click for the explanation'],
        },
        {
          row: 0,
          from: t('2000-03-01'),
          to: t('2005-03-01'),
          colour: '#2f6fb0',
          label: 'Term 1',
          tooltip: ['Term 1', '2000-03-01 → 2005-03-01', 'term ends 2005-03-01', 'click for the explanation'],
        },
        {
          row: 0,
          from: t('2005-03-01'),
          to: t('2008-06-01'),
          colour: '#4a88c7',
          label: 'Term 2',
          tooltip: ['Term 2: renewed', '2005-03-01 → 2008-06-01', 'term ends 2010-03-01', 'click for the explanation'],
        },
        {
          row: 0,
          from: t('2008-06-01'),
          to: MAX,
          colour: '#8c2f39',
          label: 'terminated',
          tooltip: ['terminated', '2008-06-01 → open-ended', 'cause: withdrawal of PRK', 'click for the explanation'],
        },
      ],
    );
  });

  it('draws a light notice window from a term’s start to its notice deadline', () => {
    assert.deepEqual(
      spec.bars.filter((b) => b.row === 1),
      [
        {
          row: 1,
          from: t('2000-03-01'),
          to: t('2004-03-01'),
          colour: '#e0a526',
          light: true,
          label: 'notice by 2004-03-01',
          tooltip: ['Term 1: notice window', "a notice given by 2004-03-01 ends the treaty at the term's end, 2005-03-01"],
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
      { at: t('2008-06-01'), label: 'end 2008-06-01' },
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
      rows: ['Status', 'Recorded events'],
      bars: [
        {
          row: 0,
          from: t('2015-05-05'),
          to: t('2015-11-01'),
          colour: '#9aa3ad',
          label: 'signed, not in force',
          tooltip: ['signed, not in force', 'before → open-ended', 'click for the explanation'],
        },
      ],
      markers: [],
      lines: [],
      range: [t('2014-11-06'), t('2015-11-01')],
      compact: true,
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

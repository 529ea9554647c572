// Covers src/faces/web/pages/workbench/results/outcomeSpec.ts: the run chart's rows (the scenario's duties first, the standing duties as one row), bars, markers, event lines and range, binding keys and labels, and run names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ObligationResult, Run, StatusIntervalJson } from '../../src/faces/web/api/types.js';
import { TREATY_STATUSES } from '../../src/model/timeline.js';
import { chartTime as t } from '../../src/faces/web/lib/dates.js';
import {
  bindingKey,
  bindingLabel,
  MAX_DUTY_ROWS,
  readingsInWords,
  runChart,
  runLabels,
  varyingTerms,
} from '../../src/faces/web/pages/workbench/results/outcomeSpec.js';
import { groupOf } from '../../src/faces/web/pages/workbench/results/resultGroups.js';

const HOUR = 3_600_000;

const interval = (over: Partial<StatusIntervalJson> & Pick<StatusIntervalJson, 'status'>): StatusIntervalJson => ({
  from: null,
  to: null,
  term: null,
  explanation: [],
  ...over,
});
const obligation = (over: Partial<ObligationResult>): ObligationResult => ({
  treaty: 'T',
  provision: 'art2',
  article: '2',
  kind: 'obligation',
  bearer: 'PRK',
  beneficiary: null,
  from: null,
  to: null,
  deadline: null,
  outcome: 'not-triggered',
  events: [],
  explanation: [],
  ...over,
});
const emptyRun: Run = { readings: {}, treaties: [], fluents: [], obligations: [] };

describe('bindingKey and bindingLabel', () => {
  it('key a binding by treaty, provision, bearer and beneficiary', () => {
    assert.equal(bindingKey({ treaty: 'T', provision: 'art2', bearer: 'PRK', beneficiary: 'CHN' }), 'T/art2/PRK/CHN');
    assert.equal(bindingKey({ treaty: 'T', provision: 'art2', bearer: 'SUN+PRK', beneficiary: null }), 'T/art2/SUN+PRK/');
  });

  it('name a binding on one line, or on two on a compact chart', () => {
    assert.equal(bindingLabel({ provision: 'art2', bearer: 'PRK', beneficiary: 'CHN' }), 'art2 · PRK → CHN');
    assert.equal(bindingLabel({ provision: 'art2', bearer: 'PRK', beneficiary: null }), 'art2 · PRK');
    assert.equal(bindingLabel({ provision: 'art2', bearer: 'PRK', beneficiary: 'CHN' }, true), 'art2\nPRK → CHN');
    assert.equal(bindingLabel({ provision: 'art2', bearer: 'PRK', beneficiary: null }, true), 'art2\nPRK');
  });
});

describe('runLabels', () => {
  it('names each run by the readings that differ between runs', () => {
    const run = (readings: Record<string, string>): Run => ({ ...emptyRun, readings });
    assert.deepEqual(runLabels([run({ a: 'x', b: 'y' }), run({ a: 'x', b: 'z' })]), ['b: y', 'b: z']);
    assert.deepEqual(runLabels([run({ a: '1', b: 'y', c: 'k' }), run({ a: '2', b: 'z', c: 'k' }), run({ a: '1', b: 'z', c: 'k' })]), [
      'a: 1, b: y',
      'a: 2, b: z',
      'a: 1, b: z',
    ]);
  });

  it('finds the terms whose reading varies, and says a choice by them (the differences table uses both)', () => {
    const choices = [
      { a: '1', b: 'y', c: 'k' },
      { a: '2', b: 'y', c: 'k' },
    ];
    assert.deepEqual(varyingTerms(choices), ['a']);
    assert.deepEqual(varyingTerms([]), []);
    assert.equal(readingsInWords(choices[1]!, ['a', 'c']), 'a: 2, c: k');
  });

  it('calls runs that do not differ "default readings"', () => {
    assert.deepEqual(runLabels([{ ...emptyRun, readings: { a: 'x' } }]), ['default readings']);
    assert.deepEqual(runLabels([emptyRun, emptyRun]), ['default readings', 'default readings']);
    assert.deepEqual(runLabels([]), []);
  });
});

describe('runChart', () => {
  const run: Run = {
    readings: {},
    treaties: [
      {
        id: 'T',
        intervals: [interval({ status: 'not-in-force', to: '1961-09-10' }), interval({ status: 'in-force', from: '1961-09-10', term: 1 })],
        parties: [],
      },
    ],
    fluents: [{ fluent: 'at-war', subject: 'CHN', from: '1962-01-01', to: '1962-06-01', events: ['e1', 'e2'] }],
    obligations: [
      obligation({ beneficiary: 'CHN', from: '1962-01-01', outcome: 'active', events: ['e1'] }),
      obligation({ beneficiary: 'CHN' }),
      obligation({ provision: 'art3', article: '3', from: '1962-02-01', to: '1962-03-01', deadline: '1962-02-15', outcome: 'breached' }),
    ],
  };
  const events = [
    { id: 'e2', date: '1962-06-01' },
    { id: 'e1', date: '1962-01-01' },
  ];
  // The dates run from 1961-09-10 to 1962-06-01 (264 days: 3% is less than the 90-day minimum margin).
  const MIN = t('1961-06-12');
  const MAX = t('1962-08-30');

  it('has a row per binding the scenario set off first, then per treaty status, per fluent and subject', () => {
    assert.deepEqual(runChart(run, events, false).spec.rows, ['art2\nPRK → CHN', 'art3\nPRK', 'T — status', 'at-war (CHN)']);
    assert.deepEqual(runChart(run, events, true).spec.rows, ['art2\nPRK → CHN', 'art3\nPRK', 'T\nstatus', 'at-war (CHN)']);
  });

  it('folds the standing duties (active or kept, no event behind them) into one row, last', () => {
    const standing = {
      ...run,
      obligations: [
        ...run.obligations,
        obligation({ provision: 'art5', article: '5', from: '1961-09-10', outcome: 'active' }),
        obligation({ provision: 'art6', article: '6', kind: 'prohibition', from: '1961-10-01', to: '1962-05-01', outcome: 'kept' }),
      ],
    };
    const { spec, barObligation } = runChart(standing, events, false);
    assert.deepEqual(spec.rows, ['art2\nPRK → CHN', 'art3\nPRK', 'T — status', 'at-war (CHN)', 'standing duties (2)']);
    const bar = spec.bars.at(-1)!;
    assert.deepEqual(
      [bar.row, bar.from, bar.to, bar.label, bar.light],
      [4, t('1961-09-10'), MAX, '2 standing duties held throughout, none breached', true],
    );
    assert.equal(barObligation.at(-1), null);
  });

  it('draws one row per provision, outcome and days past MAX_DUTY_ROWS duties set off', () => {
    const many = Array.from({ length: MAX_DUTY_ROWS + 1 }, (_, i) =>
      obligation({ bearer: `B${String(i).padStart(2, '0')}`, beneficiary: 'CHN', from: '1962-01-01', outcome: 'active', events: ['e1'] }),
    );
    const { spec, barObligation } = runChart({ ...run, obligations: [...many, run.obligations[2]!] }, events, false);
    assert.deepEqual(spec.rows, [
      `art2\n${MAX_DUTY_ROWS + 1} bindings, 1962-01-01`,
      'art3\n1 binding, 1962-02-01',
      'T — status',
      'at-war (CHN)',
    ]);
    assert.equal(barObligation.filter((o) => o !== null).length, MAX_DUTY_ROWS + 2);
  });

  it('draws no row for a binding where no duty arose (a why-not row has no day)', () => {
    const whyNot = {
      ...run,
      obligations: [
        ...run.obligations,
        obligation({ provision: 'art4', article: '4', bearer: 'CHN', beneficiary: 'PRK', outcome: 'not-applicable' }),
        obligation({ provision: 'art5', article: '5', outcome: 'unknown' }),
      ],
    };
    const { spec, barObligation } = runChart(whyNot, events, false);
    assert.deepEqual(spec.rows, ['art2\nPRK → CHN', 'art3\nPRK', 'T — status', 'at-war (CHN)']);
    assert.deepEqual(
      barObligation.filter((o) => o !== null),
      [0, 2],
    );
  });

  it('spans every date of the run and the events, with a margin of at least 90 days', () => {
    assert.deepEqual(runChart(run, events, false).spec.range, [MIN, MAX]);
  });

  it('draws the status intervals, the fluents and the obligations that became active, open ends reaching the range’s end', () => {
    const { spec, barObligation } = runChart(run, events, false);
    assert.deepEqual(spec.bars, [
      {
        row: 0,
        from: t('1962-01-01'),
        to: MAX,
        colour: '#d98b19',
        label: 'active · PRK → CHN',
        what: 'art2, PRK → CHN: active from 1962-01-01 (open-ended)',
        tooltip: [
          'art2 (Article 2): active',
          'PRK → CHN',
          'active from 1962-01-01 (open-ended)',
          'events: e1',
          'click for the explanation',
        ],
      },
      {
        row: 1,
        from: t('1962-02-01'),
        to: t('1962-03-01'),
        colour: '#c0392b',
        label: 'breached · PRK',
        what: 'art3, PRK: breached: deadline passed, last day 1962-02-14 (arose on 1962-02-01)',
        tooltip: [
          'art3 (Article 3): breached',
          'PRK',
          'breached: deadline passed, last day 1962-02-14 (arose on 1962-02-01)',
          'click for the explanation',
        ],
      },
      {
        row: 2,
        from: MIN,
        to: t('1961-09-10'),
        colour: '#9aa3ad',
        label: 'not in force',
        tooltip: ['T: not in force', 'to 1961-09-10 (last day 1961-09-09)'],
      },
      {
        row: 2,
        from: t('1961-09-10'),
        to: MAX,
        colour: '#2f6fb0',
        label: 'term 1',
        tooltip: ['T: in force, term 1', 'from 1961-09-10 (open-ended)'],
      },
      {
        row: 3,
        from: t('1962-01-01'),
        to: t('1962-06-01'),
        colour: '#6c4f9c',
        label: 'at-war',
        tooltip: ['CHN in at-war', 'from 1962-01-01 to 1962-06-01 (last day 1962-05-31)', 'events: e1, e2'],
      },
    ]);
    assert.deepEqual(barObligation, [0, 2, null, null, null]);
  });

  it('marks each deadline by its last day, and the day a duty was decided, on its binding’s row', () => {
    assert.deepEqual(runChart(run, events, false).spec.markers, [
      { row: 1, at: t('1962-02-15'), colour: '#1d2733', symbol: 'triangle', tooltip: ['deadline of art3: last day 1962-02-14'] },
    ]);
    const discharged = obligation({
      beneficiary: 'CHN',
      from: '1962-01-01',
      to: '1962-01-05',
      outcome: 'discharged',
      events: ['e1', 'aid'],
      explanation: [
        { step: 'event', text: 'Discharged: …', event: { id: 'aid', date: '1962-01-05', type: 'assistance-provided', origin: 'scenario' } },
      ],
    });
    assert.deepEqual(runChart({ ...run, obligations: [discharged] }, events, false).spec.markers, [
      {
        row: 0,
        at: t('1962-01-05'),
        colour: '#2e8b57',
        symbol: 'circle',
        label: 'discharged',
        tooltip: ['discharged on 1962-01-05 by aid (arose on 1962-01-01)'],
      },
    ]);
  });

  it('opens on the events, widened by 60% of their span each side, within the range', () => {
    // 1962-01-01 → 1962-06-01 is 151 days; 60% is 90.6 days: 90 days and 14.4 hours.
    const { spec } = runChart(run, events, false);
    assert.deepEqual(spec.window, [t('1961-10-03') - 14.4 * HOUR, MAX]);
    assert.deepEqual(spec.lines, [
      { at: t('1962-01-01'), label: 'e1' },
      { at: t('1962-06-01'), label: 'e2' },
    ]);
    assert.equal(spec.compact, false);
  });

  it('says more of a status interval: an in-force one without a term, a terminated one and its cause', () => {
    const treaty = {
      id: 'U',
      intervals: [
        interval({ status: 'in-force', from: '2000-01-01', to: '2001-01-01' }),
        interval({ status: 'terminated', from: '2001-01-01', cause: 'denounced by PRK' }),
      ],
      parties: [],
    };
    const { spec } = runChart({ ...emptyRun, treaties: [treaty] }, [], false);
    assert.deepEqual(
      spec.bars.map((b) => [b.label, b.colour, b.tooltip]),
      [
        ['in force', '#2f6fb0', ['U: in force', 'from 2000-01-01 to 2001-01-01 (last day 2000-12-31)']],
        ['terminated', '#8c2f39', ['U: terminated', 'from 2001-01-01 (open-ended)', 'denounced by PRK']],
      ],
    );
  });

  it('draws a row per state bound in each party’s place below its treaty’s, a bar per run of one status', () => {
    const treaty = {
      id: 'T',
      intervals: [
        interval({ status: 'in-force', from: '1961-09-10', to: '1996-09-10' }),
        interval({ status: 'terminated', from: '1996-09-10' }),
      ],
      parties: [
        {
          party: 'SUN',
          intervals: [
            interval({ status: 'in-force', from: '1961-09-10', to: '1991-12-25' }),
            interval({ status: 'in-force', from: '1991-12-25', to: '1996-09-10', state: 'RUS' }),
            interval({ status: 'terminated', from: '1996-09-10', state: 'RUS' }),
          ],
        },
        {
          party: 'PRK',
          intervals: [
            interval({ status: 'provisionally-applied', from: '1961-07-06', to: '1961-09-10' }),
            interval({ status: 'suspended', from: '1961-09-10', to: '1970-01-01' }),
            interval({ status: 'suspended', from: '1970-01-01', to: '1996-09-10' }),
            interval({ status: 'unknown', from: '1996-09-10' }),
          ],
        },
      ],
    };
    const run: Run = {
      ...emptyRun,
      treaties: [treaty],
      obligations: [obligation({ from: '1997-01-01', outcome: 'unknown', events: ['e1'] })],
    };
    const { spec, barObligation } = runChart(run, [], false);
    assert.deepEqual(spec.rows, ['art2\nPRK', 'T — status', 'SUN', 'RUS, continuing SUN', 'PRK']);
    assert.deepEqual(
      spec.bars.map((b) => [b.row, b.label ?? null, b.colour, b.hatch ?? false, b.ink ?? null]),
      [
        [0, 'unknown · PRK', '#7d6f9e', true, null],
        [1, 'in force', '#2f6fb0', false, null],
        [1, 'terminated', '#8c2f39', false, null],
        [2, 'in force', '#2f6fb0', false, null],
        [3, 'in force', '#2f6fb0', false, null],
        [3, 'terminated', '#8c2f39', false, null],
        [4, 'provisionally applied', '#86b8e3', true, '#1d2733'],
        [4, 'suspended', '#f5b841', false, '#1d2733'],
        [4, 'unknown', '#7d6f9e', true, null],
      ],
    );
    // Two suspended intervals back to back are one bar.
    assert.deepEqual([spec.bars[7]!.from, spec.bars[7]!.to], [t('1961-09-10'), t('1996-09-10')]);
    assert.deepEqual(spec.bars[4]!.tooltip, ['RUS, continuing SUN (T): in force', 'from 1991-12-25 to 1996-09-10 (last day 1996-09-09)']);
    assert.deepEqual(barObligation, [0, null, null, null, null, null, null, null, null]);
    // With two treaties, a party's row names its treaty.
    const two = runChart({ ...emptyRun, treaties: [treaty, { ...treaty, id: 'U' }] }, [], false).spec.rows;
    assert.ok(two.includes('U: RUS, continuing SUN'));
    assert.ok(runChart({ ...emptyRun, treaties: [treaty, { ...treaty, id: 'U' }] }, [], true).spec.rows.includes('U\nRUS, continuing SUN'));
  });

  it('follows the results’ filters: the duties they show, the chosen treaty’s status, the chosen party’s rows; the range stays the run’s', () => {
    const treaty = (id: string) => ({
      id,
      intervals: [interval({ status: 'in-force', from: '1961-09-10' })],
      parties: [
        {
          party: 'SUN',
          intervals: [
            interval({ status: 'in-force', from: '1961-09-10', to: '1991-12-25' }),
            interval({ status: 'in-force', from: '1991-12-25', state: 'RUS' }),
          ],
        },
        { party: 'PRK', intervals: [interval({ status: 'in-force', from: '1961-09-10' })] },
      ],
    });
    const two: Run = {
      readings: {},
      treaties: [treaty('T'), treaty('U')],
      fluents: [
        { fluent: 'at-war', subject: 'PRK', from: '1962-01-01', to: null, events: ['e1'] },
        { fluent: 'at-war', subject: 'SUN', from: '1962-01-01', to: null, events: ['e1'] },
      ],
      obligations: [
        obligation({
          treaty: 'T',
          bearer: 'SUN',
          beneficiary: 'PRK',
          from: '1962-01-01',
          to: '1962-01-05',
          outcome: 'discharged',
          events: ['e1'],
        }),
        obligation({
          treaty: 'U',
          bearer: 'PRK',
          beneficiary: 'SUN',
          from: '1962-01-01',
          deadline: '1962-01-08',
          to: '1962-01-08',
          outcome: 'breached',
          events: ['e1'],
        }),
        obligation({ treaty: 'T', provision: 'art5', article: '5', bearer: 'PRK', from: '1961-09-10', outcome: 'active' }),
        obligation({ treaty: 'U', provision: 'art5', article: '5', bearer: 'SUN', from: '1961-09-10', outcome: 'active' }),
      ],
    };
    const all = runChart(two, events, false);
    const rowsWith = (filter: Parameters<typeof runChart>[3]) => runChart(two, events, false, filter).spec.rows;
    assert.deepEqual(all.spec.rows, [
      'art2\nSUN → PRK',
      'art2\nPRK → SUN',
      'T — status',
      'T: SUN',
      'T: RUS, continuing SUN',
      'T: PRK',
      'U — status',
      'U: SUN',
      'U: RUS, continuing SUN',
      'U: PRK',
      'at-war (PRK)',
      'at-war (SUN)',
      'standing duties (2)',
    ]);
    assert.deepEqual(rowsWith({ treaty: 'U', party: '', outcomes: new Set() }), [
      'art2\nPRK → SUN',
      'U — status',
      'U: SUN',
      'U: RUS, continuing SUN',
      'U: PRK',
      'at-war (PRK)',
      'at-war (SUN)',
      'standing duties (1)',
    ]);
    // A party: its duties (borne or owed), its own rows, the continuator in its place, its states of affairs.
    assert.deepEqual(rowsWith({ treaty: 'T', party: 'SUN', outcomes: new Set() }), [
      'art2\nSUN → PRK',
      'T — status',
      'T: SUN',
      'T: RUS, continuing SUN',
      'at-war (SUN)',
    ]);
    assert.deepEqual(rowsWith({ treaty: '', party: 'RUS', outcomes: new Set() }), [
      'T — status',
      'T: RUS, continuing SUN',
      'U — status',
      'U: RUS, continuing SUN',
    ]);
    // An outcome: only its duties; the standing row only when its outcomes are ticked.
    assert.deepEqual(
      rowsWith({ treaty: '', party: '', outcomes: new Set(['breached']) }).filter((r) => r.startsWith('art') || r.startsWith('standing')),
      ['art2\nPRK → SUN'],
    );
    assert.deepEqual(
      rowsWith({ treaty: '', party: '', outcomes: new Set(['active']) }).filter((r) => r.startsWith('art') || r.startsWith('standing')),
      ['standing duties (2)'],
    );
    // The bars still point at their obligations in the run, and the axis does not move.
    const breached = runChart(two, events, false, { treaty: 'U', party: '', outcomes: new Set() });
    assert.equal(breached.barObligation[0], 1);
    assert.deepEqual(breached.spec.range, all.spec.range);
    // What is drawn, for the legend, follows too.
    assert.deepEqual(all.drawn, {
      statuses: new Set(['in-force']),
      fluents: true,
      outcomes: new Set(['discharged', 'breached']),
      standing: true,
    });
    assert.deepEqual(runChart(two, events, false, { treaty: '', party: 'RUS', outcomes: new Set(['breached']) }).drawn, {
      statuses: new Set(['in-force']),
      fluents: false,
      outcomes: new Set(),
      standing: false,
    });
  });

  it('names an unnumbered clause as such in a duty bar’s tooltip, never "Article unknown"', () => {
    const unnumbered = runChart(
      { ...run, obligations: [obligation({ article: 'unknown', from: '1962-01-01', outcome: 'active', events: ['e1'] })] },
      events,
      false,
    );
    assert.equal(unnumbered.spec.bars[0]!.tooltip[0], 'art2 (Unnumbered clause): active');
    assert.equal(runChart(run, events, false).spec.bars[0]!.tooltip[0], 'art2 (Article 2): active');
  });

  it('joins the labels of events close together (within 6% of the window from the first), leaving a line for each', () => {
    // Span 2000-01-01 → 2000-12-31: 365 days; the window before it is cut to the range is 365 + 2 × 219 = 803 days; 6% is 48.18 days.
    const dates = [
      { id: 'd', date: '2000-12-31' },
      { id: 'b', date: '2000-01-31' },
      { id: 'a', date: '2000-01-01' },
      { id: 'c', date: '2000-03-01' },
      { id: 'b2', date: '2000-02-15' },
    ];
    const { spec } = runChart(emptyRun, dates, false);
    assert.deepEqual(spec.lines, [
      { at: t('2000-01-01'), label: 'a, b, b2' },
      { at: t('2000-01-31'), label: '' },
      { at: t('2000-02-15'), label: '' },
      // 60 days after a: far enough for a label of its own, though 15 days after b2.
      { at: t('2000-03-01'), label: 'c' },
      { at: t('2000-12-31'), label: 'd' },
    ]);
    // The range has the 90-day margins; the window (219 days each side) is cut to it.
    assert.deepEqual(spec.range, [t('1999-10-03'), t('2001-03-31')]);
    assert.deepEqual(spec.window, spec.range);
  });

  it('shows the year 2000 and its margins when the run has no dates at all', () => {
    const chart = runChart(emptyRun, [], true);
    assert.deepEqual(chart, {
      spec: { rows: [], bars: [], markers: [], lines: [], range: [t('1999-01-01'), t('2000-12-31')], compact: true },
      barObligation: [],
      drawn: { statuses: new Set(), fluents: false, outcomes: new Set(), standing: false },
    });
  });

  describe('properties', () => {
    const day = fc.integer({ min: 0, max: 20_000 });
    const date = day.map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const span = fc.tuple(day, fc.option(fc.integer({ min: 0, max: 3000 }))).map(([from, length]) => {
      const d = (n: number) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      return { from: d(from), to: length === null ? null : d(from + length) };
    });
    const anyInterval = fc
      .tuple(fc.constantFrom(...TREATY_STATUSES), span, fc.boolean())
      .map(([status, s, noStart]) => interval({ status, from: noStart ? null : s.from, to: s.to }));
    const anyIntervals = fc.array(anyInterval, { maxLength: 3 });
    const anyRun: fc.Arbitrary<Run> = fc.record({
      readings: fc.constant({}),
      treaties: fc.array(
        fc.record({
          id: fc.constantFrom('T', 'U'),
          intervals: anyIntervals,
          parties: fc.array(
            fc.record({
              party: fc.constantFrom('AAA', 'BBB'),
              intervals: fc.array(
                fc.tuple(anyInterval, fc.constantFrom(undefined, 'CCC')).map(([i, state]) => (state ? { ...i, state } : i)),
                { maxLength: 3 },
              ),
            }),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 2 },
      ),
      fluents: fc.array(
        fc
          .tuple(fc.constantFrom('at-war', 'occupied'), fc.constantFrom('PRK', 'CHN'), span)
          .map(([fluent, subject, s]) => ({ fluent, subject, from: s.from, to: s.to, events: [] })),
        { maxLength: 3 },
      ),
      obligations: fc.array(
        fc
          .tuple(
            fc.constantFrom('art2', 'art3'),
            fc.constantFrom('PRK', 'SUN+PRK'),
            fc.constantFrom(null, 'CHN'),
            fc.option(span),
            fc.option(date),
            fc.boolean(),
          )
          .map(([provision, bearer, beneficiary, s, deadline, triggered]) =>
            obligation({
              provision,
              bearer,
              beneficiary,
              from: s?.from ?? null,
              to: s?.to ?? null,
              deadline,
              outcome: s ? 'active' : 'not-triggered',
              events: triggered ? ['e1'] : [],
            }),
          ),
        { maxLength: 5 },
      ),
    });
    const anyEvents = fc.array(fc.record({ id: fc.constantFrom('e1', 'e2', 'e3'), date }), { maxLength: 4 });

    it('draws every bar and marker within the range, on a row that exists, and every shown window within the range', () => {
      fc.assert(
        fc.property(anyRun, anyEvents, fc.boolean(), (r, evs, compact) => {
          const { spec, barObligation } = runChart(r, evs, compact);
          const [min, max] = spec.range;
          assert.ok(min < max);
          assert.equal(barObligation.length, spec.bars.length);
          for (const b of spec.bars) {
            assert.ok(min <= b.from && b.from <= b.to && b.to <= max, JSON.stringify(b));
            assert.ok(Number.isInteger(b.row) && b.row >= 0 && b.row < spec.rows.length);
          }
          for (const m of spec.markers) assert.ok(min <= m.at && m.at <= max && m.row < spec.rows.length);
          for (const l of spec.lines) assert.ok(min <= l.at && l.at <= max);
          if (spec.window) assert.ok(min <= spec.window[0] && spec.window[0] < spec.window[1] && spec.window[1] <= max);
          else assert.equal(evs.length, 0);
        }),
      );
    });

    it('points each obligation bar at its obligation, drawn on its binding’s row from its first day', () => {
      fc.assert(
        fc.property(anyRun, fc.boolean(), (r, compact) => {
          const { spec, barObligation } = runChart(r, [], compact);
          const drawn = barObligation.flatMap((o, i) => (o === null ? [] : [[o, spec.bars[i]!] as const]));
          assert.deepEqual(
            drawn.map(([o]) => o),
            r.obligations.flatMap((o, i) => (groupOf(o) === 'scenario' ? [i] : [])),
          );
          for (const [index, bar] of drawn) {
            const o = r.obligations[index]!;
            assert.equal(bar.from, t(o.from!));
            assert.equal(spec.rows[bar.row], bindingLabel(o, true));
          }
          const standing = r.obligations.filter((o) => groupOf(o) === 'standing').length;
          // One row per binding that arose, fluent, treaty, and state bound in a party's place: as many rows as distinct keys
          // (a row where no duty arose has no day, and no row on the chart).
          const keys = new Set([
            ...r.treaties.map((tr) => `t:${tr.id}`),
            ...r.treaties.flatMap((tr) => tr.parties.flatMap((p) => p.intervals.map((i) => `p:${tr.id}:${p.party}:${i.state ?? p.party}`))),
            ...r.fluents.map((f) => `f:${f.fluent}:${f.subject}`),
            ...r.obligations.filter((o) => groupOf(o) === 'scenario').map((o) => `o:${bindingKey(o)}`),
            ...(standing ? ['standing'] : []),
          ]);
          assert.equal(spec.rows.length, keys.size);
        }),
      );
    });
  });
});

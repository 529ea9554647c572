/**
 * The treaty's lifecycle from its recorded history: a timeline chart (terms, renewals, notice
 * windows, entry into force, end), a one-line summary, the same facts as a table, and the
 * explanation of any interval.
 */
import { useCallback, useMemo, useState } from 'react';
import type { StatusIntervalJson, TreatyDetail } from '../../api/types.js';
import { StatusBadge } from '../../components/Badges.js';
import { ChartLegend } from '../../components/ChartLegend.js';
import { IntervalTable } from '../../components/IntervalTable.js';
import { EChart, type ChartClick } from '../../components/EChart.js';
import { Explanation } from '../../components/Explanation.js';
import { NARROW, useMedia } from '../../components/useMedia.js';
import { BARS_SERIES, ganttHeight, ganttOption } from '../../lib/gantt.js';
import { EVENT_COLOUR, NOTICE_COLOUR, STATUS_COLOURS } from '../../lib/palette.js';
import { lifecycleSpec } from './lifecycleSpec.js';

export function LifecycleSection({ detail, today }: { detail: TreatyDetail; today: string }) {
  const id = detail.treaty.id;
  const intervals = detail.lifecycle.intervals;
  const compact = useMedia(NARROW);
  const [open, setOpen] = useState<number | null>(null);
  const spec = useMemo(
    () => lifecycleSpec({ intervals, history: detail.history, signed: detail.treaty.signature.date, today, compact }),
    [intervals, detail, today, compact],
  );
  const option = useMemo(() => ganttOption(spec), [spec]);
  const onClick = useCallback(
    (click: ChartClick) => {
      if (click.seriesIndex === BARS_SERIES && click.dataIndex < intervals.length) setOpen(click.dataIndex);
    },
    [intervals.length],
  );
  const chosen = open === null ? undefined : intervals[open];
  return (
    <section className="lifecycle" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <LifecycleSummary intervals={intervals} />
      <EChart
        option={option}
        height={ganttHeight(spec.rows.length)}
        label={`Lifecycle of ${detail.treaty.shortTitle} as a timeline; the table below gives the same facts.`}
        onItemClick={onClick}
        testId="lifecycle-chart"
      />
      <ChartLegend
        entries={[
          { colour: STATUS_COLOURS['not-in-force'], label: 'not in force' },
          { colour: STATUS_COLOURS['in-force'], label: 'in force (terms alternate in shade)' },
          { colour: STATUS_COLOURS.terminated, label: 'terminated' },
          ...(spec.rows.includes('Notice windows')
            ? [{ colour: NOTICE_COLOUR, label: 'notice window: a notice by its end ends the term', shape: 'window' as const }]
            : []),
          { colour: EVENT_COLOUR, label: 'recorded event', shape: 'marker' as const },
        ]}
      />
      <details className="as-table">
        <summary>The lifecycle as a table</summary>
        <IntervalTable intervals={intervals} onExplain={setOpen} />
      </details>
      {chosen ? <IntervalExplanation interval={chosen} treaty={id} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

function LifecycleSummary({ intervals }: { intervals: readonly StatusIntervalJson[] }) {
  const inForce = intervals.filter((i) => i.status === 'in-force');
  const end = intervals.find((i) => i.status === 'terminated');
  const first = inForce[0];
  if (!first) return <p className="lifecycle-summary">Never in force on the recorded history.</p>;
  const terms = inForce.filter((i) => i.term).length;
  return (
    <p className="lifecycle-summary">
      In force from <strong>{first.from}</strong>
      {terms ? `, ${terms} term${terms > 1 ? 's' : ''}` : ', without a time limit'}
      {end ? (
        <>
          ; ended <strong>{end.from}</strong>: {end.cause}
        </>
      ) : (
        '; still in force on the recorded history'
      )}
      .
    </p>
  );
}

function IntervalExplanation({ interval, treaty, onClose }: { interval: StatusIntervalJson; treaty: string; onClose: () => void }) {
  return (
    <section className="panel" aria-labelledby="interval-heading">
      <header className="rule-header">
        <h3 id="interval-heading">
          Why <StatusBadge status={interval.status} /> {interval.from ?? ''} → {interval.to ?? 'open-ended'}
          {interval.term ? `, term ${interval.term}` : ''}
        </h3>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close the explanation">
          ✕
        </button>
      </header>
      <Explanation steps={interval.explanation} treaty={treaty} />
    </section>
  );
}

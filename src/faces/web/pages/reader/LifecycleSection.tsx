/**
 * The treaty's lifecycle from its recorded history: a timeline chart (terms, renewals, notice
 * windows, entry into force, end; one row per party below the treaty's), a one-line summary, the
 * same facts as tables (the treaty's intervals, each party's), and the explanation of any interval.
 */
import { useCallback, useMemo, useState } from 'react';
import type { TreatyDetail, TreatyStatus } from '../../api/types.js';
import { StatusBadge } from '../../components/Badges.js';
import { ChartLegend, type LegendEntry } from '../../components/ChartLegend.js';
import { IntervalTable } from '../../components/IntervalTable.js';
import { PartyTable, SuspensionList } from '../../components/PartyTable.js';
import { Explanation } from '../../components/Explanation.js';
import { NARROW, useMedia } from '../../components/useMedia.js';
import { Timeline } from '../../components/timeline/Timeline.js';
import { EVENT_COLOUR, NOTICE_COLOUR, statusLegend } from '../../lib/palette.js';
import { spanInWords } from '../../lib/wording.js';
import { lifecycleSpec, type DrawnInterval } from './lifecycleSpec.js';
import { LifecycleSummary } from './LifecycleSummary.js';

interface SectionProps {
  detail: TreatyDetail;
  today: string;
  stateName: (code: string) => string;
  /** Where a recorded event is shown on the page (#event-ID), for the explanations that name one. */
  eventHref: (id: string) => string | undefined;
}

export function LifecycleSection({ detail, today, stateName, eventHref }: SectionProps) {
  const id = detail.treaty.id;
  const { intervals, parties } = detail.lifecycle;
  const suspensions = detail.lifecycle.suspensions ?? [];
  const compact = useMedia(NARROW);
  const [open, setOpen] = useState<DrawnInterval | null>(null);
  const spec = useMemo(
    () => lifecycleSpec({ intervals, parties, history: detail.history, signed: detail.treaty.signature.date, today, compact }),
    [intervals, parties, detail, today, compact],
  );
  const onBarClick = useCallback(
    (bar: number) => {
      const drawn = spec.drawn[bar];
      if (drawn) setOpen(drawn);
    },
    [spec],
  );
  const legend = useMemo((): LegendEntry[] => {
    const statuses = new Set<TreatyStatus>([...intervals, ...parties.flatMap((p) => p.intervals)].map((i) => i.status));
    return [
      ...statusLegend(statuses).map((e) => (e.status === 'in-force' ? { ...e, label: 'in force (terms alternate in shade)' } : e)),
      ...(spec.rows.includes('Notice windows')
        ? [{ colour: NOTICE_COLOUR, label: 'notice window: a notice by its end ends the term', shape: 'window' as const }]
        : []),
      { colour: EVENT_COLOUR, label: 'recorded event', shape: 'marker' as const },
    ];
  }, [intervals, parties, spec]);
  return (
    <section className="lifecycle" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <LifecycleSummary detail={detail} stateName={stateName} eventHref={eventHref} />
      <Timeline
        spec={spec}
        label={`Lifecycle of ${detail.treaty.shortTitle} as a timeline, one row each: ${spec.rows.join('; ')}. The tables below give the same facts.`}
        onBarClick={onBarClick}
        canOpen={(bar) => Boolean(spec.drawn[bar])}
        testId="lifecycle-chart"
      />
      <ChartLegend entries={legend} />
      <SuspensionList suspensions={suspensions} />
      <details className="as-table">
        <summary>The lifecycle as a table</summary>
        <IntervalTable intervals={intervals} caption="The treaty" onExplain={(i) => setOpen({ whose: null, interval: intervals[i]! })} />
        <PartyTable
          parties={parties}
          caption="Each party (a continuator bound in a party's place on its own rows)"
          onExplain={(whose, interval) => setOpen({ whose, interval })}
        />
      </details>
      {open ? <IntervalExplanation drawn={open} treaty={id} eventHref={eventHref} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

function IntervalExplanation({
  drawn,
  treaty,
  eventHref,
  onClose,
}: {
  drawn: DrawnInterval;
  treaty: string;
  eventHref: (id: string) => string | undefined;
  onClose: () => void;
}) {
  const { interval, whose } = drawn;
  return (
    <section className="panel" aria-labelledby="interval-heading">
      <header className="rule-header">
        <h3 id="interval-heading">
          Why {whose ? `${whose}: ` : ''}
          <StatusBadge status={interval.status} /> {spanInWords(interval.from, interval.to)}
          {interval.term ? `, term ${interval.term}` : ''}
        </h3>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close the explanation">
          ✕
        </button>
      </header>
      <Explanation steps={interval.explanation} treaty={treaty} eventHref={eventHref} />
    </section>
  );
}

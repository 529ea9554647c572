/** One run: the shared timeline chart, the obligations and their outcomes, and the explanation of one. */
import { useCallback, useMemo, useState } from 'react';
import type { Run } from '../../../api/types.js';
import { ChartLegend } from '../../../components/ChartLegend.js';
import { Timeline } from '../../../components/timeline/Timeline.js';
import { NARROW, useMedia } from '../../../components/useMedia.js';
import { FLUENT_COLOUR, HATCHED_OUTCOMES, OUTCOME_COLOURS, OUTCOME_LABELS, statusLegend } from '../../../lib/palette.js';
import { ObligationExplanation } from './ObligationExplanation.js';
import { OutcomeTable } from './OutcomeTable.js';
import { runChart, type ScenarioDate } from './outcomeSpec.js';
import type { ResultFilter } from './resultGroups.js';
import { TreatyStatusList } from './TreatyStatusList.js';

interface Props {
  run: Run;
  events: readonly ScenarioDate[];
  usedTerms: ReadonlySet<string>;
  /** The results' filters, kept from one reading's tab to the next: the table and the chart follow them. */
  filter: ResultFilter;
  onFilter: (filter: ResultFilter) => void;
}

export function RunPanel({ run, events, usedTerms, filter, onFilter }: Props) {
  const compact = useMedia(NARROW);
  const chart = useMemo(() => runChart(run, events, compact, filter), [run, events, compact, filter]);
  const [open, setOpen] = useState<number | null>(null);
  const onClick = useCallback(
    (bar: number) => {
      const obligation = chart.barObligation[bar];
      if (obligation !== null && obligation !== undefined) setOpen(obligation);
    },
    [chart],
  );
  const chosen = open === null ? undefined : run.obligations[open];
  // The legend says what the chart draws, so it follows the filters as the chart does.
  const legend = useMemo(() => {
    const { statuses, fluents, outcomes, standing } = chart.drawn;
    return [
      ...statusLegend(statuses, 'status: '),
      ...(fluents ? [{ colour: FLUENT_COLOUR, label: 'state of affairs (fluent)' }] : []),
      ...[...outcomes].map((o) => ({
        colour: OUTCOME_COLOURS[o],
        label: OUTCOME_LABELS[o],
        ...(HATCHED_OUTCOMES.includes(o) ? { shape: 'hatch' as const } : {}),
      })),
      ...(standing ? [{ colour: OUTCOME_COLOURS.kept, label: 'standing duties, held throughout', shape: 'window' as const }] : []),
    ];
  }, [chart]);
  return (
    <div className="run">
      <p className="readings-line" data-testid="readings-line">
        Readings: {usedTerms.size ? null : 'the treaties run use no contested term.'}
        {Object.entries(run.readings)
          .filter(([term]) => usedTerms.has(term))
          .map(([term, reading], i) => (
            <span key={term}>
              {i > 0 ? ' · ' : ''}
              {term} = <code>{reading}</code>
            </span>
          ))}
      </p>
      <Timeline
        spec={chart.spec}
        label="Timeline of treaty and party status, states of affairs and obligations; the tables below give the same facts."
        onBarClick={onClick}
        canOpen={(bar) => chart.barObligation[bar] !== null && chart.barObligation[bar] !== undefined}
        testId="run-chart"
      />
      <ChartLegend entries={legend} />
      <p className="field-hint">
        Zoom and pan with the buttons and the slider above the chart. Click an obligation's bar, or focus it with Tab and press Enter, for
        its explanation. The filters below the chart apply to it too.
      </p>
      <OutcomeTable obligations={run.obligations} open={open} onOpen={setOpen} filter={filter} onFilter={onFilter} />
      {chosen ? <ObligationExplanation obligation={chosen} onClose={() => setOpen(null)} /> : null}
      <TreatyStatusList treaties={run.treaties} />
    </div>
  );
}

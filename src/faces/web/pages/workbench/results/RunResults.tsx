/** What a run of the scenario gave: one tab per reading combination, and where the readings differ. */
import { useState } from 'react';
import type { RunResult } from '../../../api/types.js';
import { Tabs } from '../../../components/Tabs.js';
import { runLabels, type ScenarioDate } from './outcomeSpec.js';
import { ReadingDifferences } from './ReadingDifferences.js';
import { RunPanel } from './RunPanel.js';
import { NO_FILTER, type ResultFilter } from './resultGroups.js';

interface Props {
  result: RunResult;
  events: readonly ScenarioDate[];
  /** The contested terms the treaties run use: the only readings worth saying. */
  usedTerms: ReadonlySet<string>;
}

export function RunResults({ result, events, usedTerms }: Props) {
  const labels = runLabels(result.runs);
  const [selected, setSelected] = useState('0');
  const [filter, setFilter] = useState<ResultFilter>(NO_FILTER);
  const run = result.runs[Number(selected)] ?? result.runs[0];
  return (
    <section className="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <p className="muted">
        {result.scenario}: {result.runs.length} run{result.runs.length === 1 ? '' : 's'}
        {result.differences.length
          ? `, ${result.differences.length} conclusion${result.differences.length === 1 ? '' : 's'} differing between readings`
          : ''}
        .
      </p>
      {result.warnings.length ? (
        <ul className="warnings" aria-label="Warnings">
          {result.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      {run ? (
        <Tabs
          label="Runs, by reading"
          tabs={labels.map((title, i) => ({ key: String(i), title }))}
          selected={selected}
          onSelect={setSelected}
        >
          <RunPanel key={selected} run={run} events={events} usedTerms={usedTerms} filter={filter} onFilter={setFilter} />
        </Tabs>
      ) : (
        <p>No run.</p>
      )}
      <ReadingDifferences differences={result.differences} runs={result.runs} />
    </section>
  );
}

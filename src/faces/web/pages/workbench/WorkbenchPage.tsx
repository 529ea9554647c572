/**
 * The scenario workbench: edit a scenario (events, readings, treaties), run it, see the treaties'
 * status and the obligations' outcomes on a shared timeline with their explanations, and save and
 * reopen scenarios.
 */
import { api } from '../../api/client.js';
import { useState } from 'react';
import type { CorpusScenario, Gazetteer, SavedScenario, StatesFile, TreatyDetail, TreatyList, VocabularyFile } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';
import { ScenarioEditor } from './ScenarioEditor.js';

export interface WorkbenchData {
  vocabulary: VocabularyFile;
  states: StatesFile;
  places: Gazetteer;
  treaties: TreatyList;
  corpus: CorpusScenario[];
  details: TreatyDetail[];
  /** The saved scenario the page was opened with (?saved=ID), or why it could not be opened. */
  arrival: { scenario: SavedScenario } | { problem: unknown } | null;
}

async function loadWorkbench(saved: string | null): Promise<WorkbenchData> {
  const [vocabulary, states, places, treaties, corpus] = await Promise.all([
    api.vocabulary(),
    api.states(),
    api.places(),
    api.treaties(),
    api.corpusScenarios(),
  ]);
  const details = await Promise.all(treaties.treaties.map((t) => api.treaty(t.id)));
  const arrival = saved
    ? await api.scenario(saved).then(
        (scenario) => ({ scenario }),
        (problem: unknown) => ({ problem }),
      )
    : null;
  return { vocabulary, states, places, treaties, corpus, details, arrival };
}

export function WorkbenchPage({ query }: { query: URLSearchParams }) {
  // Later changes of the query come from this page itself (saving, opening): only the first counts.
  const [arrival] = useState(query.get('saved'));
  const data = useResource(`workbench:${arrival ?? ''}`, () => loadWorkbench(arrival));
  return (
    <>
      <h1>Scenario workbench</h1>
      <p className="lead">
        Build a timeline of events, pick readings of the contested terms, and run it: the engine says when each treaty is in force and which
        obligations arose, were discharged, breached or lapsed, and why.
      </p>
      <Async resource={data} what="the vocabulary, states, places and treaties">
        {(d) => <ScenarioEditor data={d} treatyParam={query.get('treaty')} />}
      </Async>
    </>
  );
}

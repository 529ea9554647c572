/** The workbench proper: the scenario form and its actions beside the results of the last run. */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiProblem, api } from '../../api/client.js';
import type { CorpusScenario, RunResult, SavedScenarioSummary, ScenarioOutput } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { href, navigate } from '../../app/router.js';
import { FieldErrors, ProblemView } from '../../components/Problem.js';
import { draftToScenario, emptyDraft, scenarioToDraft, sortErrors, type ScenarioDraft } from './draft.js';
import { EventsEditor } from './EventsEditor.js';
import { ReadingsPicker } from './ReadingsPicker.js';
import { RunResults } from './results/RunResults.js';
import type { ScenarioDate } from './results/outcomeSpec.js';
import { ScenarioLibrary } from './ScenarioLibrary.js';
import { TreatyPicker } from './TreatyPicker.js';
import type { WorkbenchData } from './WorkbenchPage.js';

interface Outcome {
  result: RunResult;
  events: ScenarioDate[];
  run: number;
}

export function ScenarioEditor({ data, treatyParam }: { data: WorkbenchData; treatyParam: string | null }) {
  const arrived = data.arrival && 'scenario' in data.arrival ? data.arrival.scenario : null;
  const [draft, setDraft] = useState<ScenarioDraft>(() =>
    // The server validated a saved scenario when it was saved.
    arrived ? scenarioToDraft(arrived.scenario as ScenarioOutput) : emptyDraft(treatyParam ? [treatyParam] : []),
  );
  const [savedId, setSavedId] = useState<string | null>(arrived?.id ?? null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<unknown>(data.arrival && 'problem' in data.arrival ? data.arrival.problem : null);
  const [busy, setBusy] = useState<'run' | 'save' | 'open' | null>(null);
  const [message, setMessage] = useState(arrived ? `Opened “${arrived.title}”.` : '');
  // Counts the scenarios loaded into the form, so parts of it that keep their own state start afresh.
  const [generation, setGeneration] = useState(0);
  const saved = useResource('saved-scenarios', (signal) => api.scenarios(signal));
  const resultsHeading = useRef<HTMLDivElement>(null);

  const types = data.vocabulary.eventTypes;
  const histories = useMemo(() => new Map(data.details.map((d) => [d.treaty.id, d.history])), [data.details]);
  const errors = useMemo(() => sortErrors(problem instanceof ApiProblem ? (problem.problem.errors ?? []) : []), [problem]);
  const patch = (p: Partial<ScenarioDraft>) => setDraft((d) => ({ ...d, ...p }));
  // The contested terms the treaties are read by, as the API gives them (none chosen: every treaty of the corpus is run).
  const termsOf = useMemo(
    () => (ids: readonly string[]) =>
      new Set(data.details.filter((d) => !ids.length || ids.includes(d.treaty.id)).flatMap((d) => d.readingTerms)),
    [data],
  );

  const open = async (id: string) => {
    setBusy('open');
    try {
      const s = await api.scenario(id);
      // The server validated it as a scenario when it was saved.
      setDraft(scenarioToDraft(s.scenario as ScenarioOutput));
      setGeneration((g) => g + 1);
      setSavedId(s.id);
      setOutcome(null);
      setProblem(null);
      setMessage(`Opened “${s.title}”.`);
      navigate(href('/workbench', { saved: s.id }), { replace: true });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const run = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy('run');
    setMessage('');
    try {
      const result = await api.run(draftToScenario(draft, types));
      setOutcome((o) => ({ result, events: draft.events.map((e) => ({ id: e.id, date: e.date })), run: (o?.run ?? 0) + 1 }));
      setProblem(null);
      setMessage(`Ran “${draft.title}”: ${result.runs.length} run${result.runs.length === 1 ? '' : 's'}.`);
      requestAnimationFrame(() => resultsHeading.current?.focus());
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const save = async (asNew: boolean) => {
    setBusy('save');
    try {
      const scenario = draftToScenario(draft, types);
      const s =
        savedId && !asNew ? await api.updateScenario(savedId, draft.title, scenario) : await api.createScenario(draft.title, scenario);
      setSavedId(s.id);
      setProblem(null);
      setMessage(`Saved “${s.title}”.`);
      saved.reload();
      navigate(href('/workbench', { saved: s.id }), { replace: true });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (s: SavedScenarioSummary) => {
    try {
      await api.deleteScenario(s.id);
      if (s.id === savedId) {
        setSavedId(null);
        navigate('/workbench', { replace: true });
      }
      setMessage(`Deleted “${s.title}”.`);
      saved.reload();
    } catch (error) {
      setProblem(error);
    }
  };

  const loadCorpus = (c: CorpusScenario) => {
    setDraft(scenarioToDraft(c.scenario));
    setGeneration((g) => g + 1);
    setSavedId(null);
    setOutcome(null);
    setProblem(null);
    setMessage(`Loaded “${c.title}” from ${c.file}.`);
    navigate('/workbench', { replace: true });
  };

  const startEmpty = () => {
    setDraft(emptyDraft());
    setGeneration((g) => g + 1);
    setSavedId(null);
    setOutcome(null);
    setProblem(null);
    setMessage('Started an empty scenario.');
    navigate('/workbench', { replace: true });
  };

  return (
    <div className="workbench-grid">
      <div className="workbench-form">
        <ScenarioLibrary
          corpus={data.corpus}
          saved={saved}
          currentSaved={savedId}
          onLoadCorpus={loadCorpus}
          onOpen={(id) => void open(id)}
          onDelete={(s) => void remove(s)}
          onNew={startEmpty}
        />
        <form className="panel scenario-form" onSubmit={(e) => void run(e)} aria-labelledby="scenario-heading" noValidate>
          <h2 id="scenario-heading">Scenario</h2>
          <div className="field">
            <label htmlFor="scenario-title">Title</label>
            <input id="scenario-title" value={draft.title} onChange={(e) => patch({ title: e.target.value })} required />
          </div>
          <div className="field">
            <label htmlFor="scenario-description">Description (optional)</label>
            <textarea
              id="scenario-description"
              rows={2}
              value={draft.description}
              onChange={(e) => patch({ description: e.target.value })}
            />
          </div>
          <TreatyPicker
            treaties={data.treaties.treaties}
            histories={histories}
            chosen={draft.treaties}
            history={draft.history}
            drop={draft.drop}
            onChange={patch}
          />
          <ReadingsPicker
            key={generation}
            terms={data.vocabulary.terms}
            used={termsOf(draft.treaties)}
            chosen={draft.readings}
            onChange={(readings) => patch({ readings })}
          />
          <EventsEditor
            events={draft.events}
            types={types}
            states={data.states.states}
            places={data.places.places}
            treaties={data.treaties.treaties}
            errors={errors.byEvent}
            onChange={(events) => patch({ events })}
          />
          {draft.expect.length ? (
            <p className="field-hint">
              {draft.expect.length} expectation{draft.expect.length === 1 ? '' : 's'} from the loaded scenario are kept and checked by{' '}
              <code>pacta test</code>.
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy !== null}>
              {busy === 'run' ? 'Running…' : 'Run'}
            </button>
            <button type="button" onClick={() => void save(false)} disabled={busy !== null}>
              {savedId ? 'Save' : 'Save…'}
            </button>
            {savedId ? (
              <button type="button" onClick={() => void save(true)} disabled={busy !== null}>
                Save as new
              </button>
            ) : null}
          </div>
          <p role="status" className="status-line">
            {message}
          </p>
          {problem ? (
            problem instanceof ApiProblem ? (
              <div className="problem" role="alert">
                <p className="problem-title">
                  <strong>{problem.problem.title}</strong>: {problem.problem.detail}
                  {errors.byEvent.size ? ' — see the events marked below.' : ''}
                </p>
                {problem.problem.errors?.length ? <FieldErrors errors={problem.problem.errors} /> : null}
              </div>
            ) : (
              <ProblemView error={problem} />
            )
          ) : null}
        </form>
      </div>
      <div className="workbench-results" ref={resultsHeading} tabIndex={-1} aria-label="Results">
        {outcome ? (
          <RunResults
            key={outcome.run}
            result={outcome.result}
            events={outcome.events}
            usedTerms={termsOf(outcome.result.runs[0]?.treaties.map((t) => t.id) ?? [])}
          />
        ) : (
          <section className="results placeholder">
            <h2>Results</h2>
            <p>
              Load a corpus scenario or add events, then press Run. The treaties' status and every obligation's outcome appear here on a
              shared timeline.
            </p>
          </section>
        )}
      </div>
    </div>
  );
}

/** The scenario to run against both treaties: one of the corpus's (by file) or a saved one (by id), or none. */
import { api } from '../../api/client.js';
import { useResource } from '../../api/useResource.js';

export function ScenarioPicker({ value, onChange }: { value: string | null; onChange: (scenario: string | null) => void }) {
  const corpus = useResource('corpus-scenarios', () => api.corpusScenarios());
  const saved = useResource('saved-scenarios', (signal) => api.scenarios(signal));
  // A scenario without events runs nothing against the treaties: it is not offered.
  const runnable = (corpus.data ?? []).filter((s) => s.scenario.events.length > 0);
  const treaties = [...new Set(runnable.map((s) => s.treaty))];
  const known = runnable.some((s) => s.file === value) || (saved.data ?? []).some((s) => s.id === value);
  return (
    <div className="field scenario-field">
      <label htmlFor="compare-scenario">Scenario to run against both (optional)</label>
      <select id="compare-scenario" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">None: compare the texts only</option>
        {value && !known && !corpus.loading && !saved.loading ? <option value={value}>{value} (not found)</option> : null}
        {treaties.map((treaty) => (
          <optgroup key={treaty} label={`Corpus scenarios of ${treaty}`}>
            {runnable
              .filter((s) => s.treaty === treaty)
              .map((s) => (
                <option key={s.file} value={s.file}>
                  {s.title}
                </option>
              ))}
          </optgroup>
        ))}
        {saved.data?.length ? (
          <optgroup label="Saved scenarios">
            {saved.data.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <p className="hint muted">
        Each treaty is evaluated as if in force from the scenario's first day; its outcomes are shown beside the other's. Scenarios without
        events are not offered.
      </p>
    </div>
  );
}

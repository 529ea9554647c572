/** Where a scenario comes from: a corpus scenario as a start, or one of the user's saved scenarios. */
import { useState } from 'react';
import type { CorpusScenario, SavedScenarioSummary } from '../../api/types.js';
import type { Resource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';

interface Props {
  corpus: readonly CorpusScenario[];
  saved: Resource<SavedScenarioSummary[]>;
  currentSaved: string | null;
  onLoadCorpus: (scenario: CorpusScenario) => void;
  onOpen: (id: string) => void;
  onDelete: (saved: SavedScenarioSummary) => void;
  onNew: () => void;
}

export function ScenarioLibrary({ corpus, saved, currentSaved, onLoadCorpus, onOpen, onDelete, onNew }: Props) {
  const [file, setFile] = useState('');
  const treaties = [...new Set(corpus.map((c) => c.treaty))];
  const chosen = corpus.find((c) => c.file === file);
  return (
    <section className="library panel" aria-labelledby="library-heading">
      <h2 id="library-heading">Start</h2>
      <div className="inline-field">
        <label htmlFor="corpus-scenario" className="visually-hidden">
          A corpus scenario
        </label>
        <select id="corpus-scenario" value={file} onChange={(e) => setFile(e.target.value)}>
          <option value="">— a scenario from the corpus —</option>
          {treaties.map((t) => (
            <optgroup key={t} label={t}>
              {corpus
                .filter((c) => c.treaty === t)
                .map((c) => (
                  <option key={c.file} value={c.file}>
                    {c.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="button" disabled={!chosen} onClick={() => chosen && onLoadCorpus(chosen)}>
          Load
        </button>
      </div>
      {chosen?.scenario.description ? <p className="field-hint">{chosen.scenario.description}</p> : null}
      <p>
        <button type="button" className="quiet" onClick={onNew}>
          Start an empty scenario
        </button>
      </p>
      <h3>Saved scenarios</h3>
      <Async resource={saved} what="saved scenarios">
        {(list) =>
          list.length ? (
            <ul className="saved-list" aria-label="Saved scenarios">
              {list.map((s) => (
                <li key={s.id} className={s.id === currentSaved ? 'current' : undefined}>
                  <span className="saved-title">
                    {s.title}
                    {s.id === currentSaved ? <span className="muted"> (open)</span> : null}
                  </span>
                  <span className="saved-date muted">{s.updatedAt.slice(0, 10)}</span>
                  <span className="saved-actions">
                    <button type="button" onClick={() => onOpen(s.id)} aria-label={`Open ${s.title}`}>
                      Open
                    </button>
                    <button type="button" className="danger" onClick={() => onDelete(s)} aria-label={`Delete ${s.title}`}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="field-hint">None yet: run a scenario and save it.</p>
          )
        }
      </Async>
    </section>
  );
}

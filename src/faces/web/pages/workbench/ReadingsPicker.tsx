/**
 * The readings to evaluate for each contested term the treaties chosen use (the API's readingTerms): tick
 * several and each combination is a run. A term of a loaded scenario the treaties do not use is
 * shown with its readings ticked, said to change nothing, and can be cleared.
 */
import { useState } from 'react';
import type { ContestedTerm } from '../../api/types.js';

interface Props {
  terms: readonly ContestedTerm[];
  /** The terms the treaties chosen use. */
  used: ReadonlySet<string>;
  chosen: Readonly<Record<string, string[]>>;
  onChange: (readings: Record<string, string[]>) => void;
}

export function ReadingsPicker({ terms, used, chosen, onChange }: Props) {
  const picked = Object.entries(chosen).filter(([, readings]) => readings.length > 0);
  // Open at first when the scenario asks for readings; then as the user leaves it.
  const [initiallyOpen] = useState(picked.length > 0);
  const listed = terms.filter((t) => used.has(t.id) || (chosen[t.id] ?? []).length > 0);
  const set = (term: string, reading: string, on: boolean) => {
    const current = chosen[term] ?? [];
    onChange({ ...chosen, [term]: on ? [...current, reading] : current.filter((r) => r !== reading) });
  };
  return (
    <details className="choice-group readings" open={initiallyOpen}>
      <summary>
        Readings of contested terms:{' '}
        <span className="picked">
          {picked.length ? picked.map(([term, readings]) => `${term}: ${readings.join(' and ')}`).join('; ') : 'the defaults'}
        </span>
      </summary>
      <p className="field-hint">
        {listed.length
          ? 'The contested terms of the treaties chosen. Nothing ticked for a term: its default reading. Tick several to compare them: each combination is a run.'
          : 'The treaties chosen use no contested term: there is no reading to choose.'}
      </p>
      {listed.map((term) => (
        <fieldset key={term.id} className="term" data-term={term.id}>
          <legend>
            “{term.text.join('”, “')}” <code className="muted">{term.id}</code>
          </legend>
          {used.has(term.id) ? null : (
            <p className="field-error">
              Not used by the treaties chosen: its readings change nothing but the number of runs.{' '}
              <button type="button" className="quiet" onClick={() => onChange({ ...chosen, [term.id]: [] })}>
                Clear
              </button>
            </p>
          )}
          <p className="field-hint">{term.description}</p>
          {term.readings.map((r) => (
            <label key={r.id} className="check">
              <input
                type="checkbox"
                checked={(chosen[term.id] ?? []).includes(r.id)}
                onChange={(e) => set(term.id, r.id, e.target.checked)}
              />{' '}
              <code>{r.id}</code>
              {r.id === term.default ? <span className="muted"> (default)</span> : null} — {r.description}
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}

/** The readings to evaluate for each contested term: tick several and each combination is a run. */
import { useState } from 'react';
import type { ContestedTerm } from '../../api/types.js';

interface Props {
  terms: readonly ContestedTerm[];
  chosen: Readonly<Record<string, string[]>>;
  onChange: (readings: Record<string, string[]>) => void;
}

export function ReadingsPicker({ terms, chosen, onChange }: Props) {
  const picked = Object.entries(chosen).filter(([, readings]) => readings.length > 0);
  // Open at first when the scenario asks for readings; then as the user leaves it.
  const [initiallyOpen] = useState(picked.length > 0);
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
      <p className="field-hint">Nothing ticked for a term: its default reading. Tick several to compare them: each combination is a run.</p>
      {terms.map((term) => (
        <fieldset key={term.id} className="term" data-term={term.id}>
          <legend>
            “{term.text.join('”, “')}” <code className="muted">{term.id}</code>
          </legend>
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

/**
 * An event's kind, as a choice among the kinds its type lists (vocabulary.yaml `kinds`): one or
 * several may be ticked; a type that lists none offers none. A kind the draft holds that the type
 * does not list (a file written by hand) stays visible, ticked, so it can be unticked; the API
 * refuses it with its message at the field.
 */
import type { ReactNode } from 'react';
import { kindsOf } from './draft.js';

interface Props {
  id: string;
  kinds: readonly string[];
  value: string;
  invalid: object;
  onChange: (kind: string) => void;
  children: ReactNode;
}

export function KindChoice({ id, kinds, value, invalid, onChange, children }: Props) {
  const chosen = kindsOf(value);
  const unlisted = chosen.filter((k) => !kinds.includes(k));
  if (!kinds.length && !unlisted.length) return null;
  const set = (kind: string, on: boolean) => onChange((on ? [...chosen, kind] : chosen.filter((k) => k !== kind)).join(', '));
  return (
    <fieldset className="field kind-choice" id={id} data-testid="kind-choice" {...invalid}>
      <legend>Kind (optional)</legend>
      <div className="checks">
        {[...kinds, ...unlisted].map((k) => (
          <label key={k} className={kinds.includes(k) ? undefined : 'unlisted'}>
            <input type="checkbox" value={k} checked={chosen.includes(k)} onChange={(e) => set(k, e.target.checked)} /> {k}
            {kinds.includes(k) ? null : <span className="muted"> (not a kind of this type)</span>}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

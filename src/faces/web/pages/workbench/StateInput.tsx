/**
 * A state field of an event (by, against, to): typed or picked from the states of states.yaml
 * (the list `state-choices`, codes with their names and aliases). A name or alias ("Russia") is
 * turned into its code (RUS) when the field is left, and the state named is said under it; a text
 * naming no state is sent as typed, and the API's message shows at the field.
 */
import { useState, type ReactNode } from 'react';
import type { StateEntry } from '../../api/types.js';
import { resolveState } from '../../lib/stateChoice.js';

export const STATE_LIST_ID = 'state-choices';

interface Props {
  id: string;
  label: string;
  value: string;
  states: readonly StateEntry[];
  invalid: object;
  onChange: (value: string) => void;
  children: ReactNode;
}

export function StateInput({ id, label, value, states, invalid, onChange, children }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  const state = states.find((s) => s.code === value);
  const settle = () => {
    const code = resolveState(states, value);
    if (code && code !== value) {
      setTyped(value.trim());
      onChange(code);
    }
  };
  return (
    <div className="field state-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        list={STATE_LIST_ID}
        autoComplete="off"
        spellCheck={false}
        placeholder="code or name, e.g. RUS or Russia"
        onChange={(e) => {
          setTyped(null);
          onChange(e.target.value);
        }}
        onBlur={settle}
        {...invalid}
      />
      {state ? (
        <p className="field-hint" data-testid="state-named">
          {typed ? `“${typed}”: ` : ''}
          {state.name}
          {state.historic ? ' (historic)' : ''}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The list every state field offers: each state's code, with its name and aliases beside it. */
export function StateChoices({ states }: { states: readonly StateEntry[] }) {
  return (
    <datalist id={STATE_LIST_ID}>
      {states.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
          {s.aliases.length ? ` (${s.aliases.join(', ')})` : ''}
        </option>
      ))}
    </datalist>
  );
}

/**
 * An event's place: one gazetteer id or several with commas, each offered from the gazetteer as it
 * is typed (lib/placeChoice.ts), the places named under the field. An id the gazetteer lacks is sent
 * as typed and the API's message (with its did-you-mean) shows at the field.
 */
import type { ReactNode } from 'react';
import { placeChoices, placesNamed, type PlaceEntry } from '../../lib/placeChoice.js';

interface Props {
  id: string;
  value: string;
  places: readonly PlaceEntry[];
  invalid: object;
  onChange: (value: string) => void;
  children: ReactNode;
}

export function PlaceInput({ id, value, places, invalid, onChange, children }: Props) {
  const named = placesNamed(value, places).filter((p) => p.name !== null);
  return (
    <div className="field place-input">
      <label htmlFor={id}>Place</label>
      <input
        id={id}
        value={value}
        list={places.length ? `${id}-choices` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={places.length ? 'a place of the gazetteer, e.g. kursk-oblast; several with commas' : 'the corpus has no gazetteer'}
        onChange={(e) => onChange(e.target.value)}
        {...invalid}
      />
      {places.length ? (
        <datalist id={`${id}-choices`}>
          {placeChoices(value, places).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </datalist>
      ) : null}
      {named.length ? (
        <p className="field-hint" data-testid="places-named">
          {named.map((p) => p.name).join(' · ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The scenario's own events: add, edit, remove. */
import { useEffect, useState } from 'react';
import type { EventType, Place, StateEntry } from '../../api/types.js';
import { newEvent, type EventDraft, type SortedErrors } from './draft.js';
import { EventRow } from './EventRow.js';
import { StateChoices } from './StateInput.js';

interface Props {
  events: readonly EventDraft[];
  types: readonly EventType[];
  states: readonly StateEntry[];
  places: readonly Place[];
  treaties: readonly { id: string; shortTitle: string }[];
  errors: SortedErrors['byEvent'];
  onChange: (events: EventDraft[]) => void;
}

export function EventsEditor({ events, types, states, places, treaties, errors, onChange }: Props) {
  const update = (key: string, patch: Partial<EventDraft>) => onChange(events.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  // A new event's date field takes the focus, so the keyboard goes on where the event is.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey) document.getElementById(`ev-${focusKey}-date`)?.focus();
  }, [focusKey]);
  const add = () => {
    const event = newEvent(events, events[events.length - 1]?.date ?? '');
    onChange([...events, event]);
    setFocusKey(event.key);
  };
  return (
    <section className="events" aria-labelledby="events-heading">
      <h3 id="events-heading">Events ({events.length})</h3>
      <StateChoices states={states} />
      {events.length === 0 ? (
        <p className="field-hint">No events of the scenario's own yet: the recorded history alone is evaluated.</p>
      ) : null}
      {events.map((event, index) => (
        <EventRow
          key={event.key}
          event={event}
          index={index}
          types={types}
          states={states}
          places={places}
          treaties={treaties}
          errors={errors.get(index) ?? []}
          onChange={(patch) => update(event.key, patch)}
          onRemove={() => onChange(events.filter((e) => e.key !== event.key))}
        />
      ))}
      <button type="button" onClick={add}>
        + Add event
      </button>
    </section>
  );
}

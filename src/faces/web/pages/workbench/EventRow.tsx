/** One event of the scenario: its id, date, type, the states its type names, kind and source. */
import type { EventType, Place, StateEntry } from '../../api/types.js';
import { errorsAt, fieldsOf, MORE_FIELDS, shownFields, typePatch, type EventDraft, type StateField } from './draft.js';
import { KindChoice } from './KindChoice.js';
import { PlaceInput } from './PlaceInput.js';
import { StateInput } from './StateInput.js';

export interface EventError {
  field: string | null;
  message: string;
  hint?: string;
}

interface Props {
  event: EventDraft;
  index: number;
  types: readonly EventType[];
  states: readonly StateEntry[];
  places: readonly Place[];
  treaties: readonly { id: string; shortTitle: string }[];
  errors: readonly EventError[];
  onChange: (patch: Partial<EventDraft>) => void;
  onRemove: () => void;
}

const FIELD_LABELS: Record<StateField, string> = { by: 'By (acting state)', against: 'Against', to: 'To', parties: 'Parties' };

export function EventRow({ event, index, types, states, places, treaties, errors, onChange, onRemove }: Props) {
  const type = types.find((t) => t.id === event.type);
  const base = `ev-${event.key}`;
  const shown = shownFields(type);
  const errorFor = (field: string | null) => errorsAt(errors, field, shown);
  // "More" opens by itself when one of its fields is refused, so the message is seen.
  const moreRefused = errors.some((e) => e.field !== null && MORE_FIELDS.includes(e.field));
  const invalid = (field: string) => (errorFor(field).length ? { 'aria-invalid': true, 'aria-describedby': `${base}-${field}-error` } : {});
  return (
    <fieldset className={`event-row${errors.length ? ' has-errors' : ''}`} data-event={event.id}>
      <legend>
        Event {index + 1}: <code>{event.id || '(no id)'}</code>
      </legend>
      <button type="button" className="remove quiet" onClick={onRemove} aria-label={`Remove event ${event.id || index + 1}`}>
        Remove
      </button>
      <FieldErrorList id={`${base}-row-error`} errors={errorFor(null)} />
      <div className="event-grid">
        <div className="field">
          <label htmlFor={`${base}-id`}>Id</label>
          <input id={`${base}-id`} value={event.id} onChange={(e) => onChange({ id: e.target.value })} {...invalid('id')} required />
          <FieldErrorList id={`${base}-id-error`} errors={errorFor('id')} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-date`}>Date (YYYY-MM-DD)</label>
          <input
            id={`${base}-date`}
            value={event.date}
            placeholder="YYYY-MM-DD"
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => onChange({ date: e.target.value.trim() })}
            {...invalid('date')}
            required
          />
          <FieldErrorList id={`${base}-date-error`} errors={errorFor('date')} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${base}-type`}>Type</label>
          <select
            id={`${base}-type`}
            value={event.type}
            onChange={(e) => onChange(typePatch(event, types, e.target.value))}
            {...invalid('type')}
            required
          >
            <option value="">— choose an event type —</option>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.id}
              </option>
            ))}
          </select>
          {type ? <p className="field-hint">{type.description}</p> : null}
          <FieldErrorList id={`${base}-type-error`} errors={errorFor('type')} />
        </div>
        {fieldsOf(type).map(({ field, required }) =>
          field === 'parties' ? (
            <fieldset key={field} className="field field-wide parties" {...invalid(field)}>
              <legend>
                {FIELD_LABELS[field]}
                {required ? '' : ' (optional)'}
              </legend>
              <div className="checks">
                {states.map((s) => (
                  <label key={s.code} title={s.name}>
                    <input
                      type="checkbox"
                      checked={event.parties.includes(s.code)}
                      onChange={(e) =>
                        onChange({ parties: e.target.checked ? [...event.parties, s.code] : event.parties.filter((p) => p !== s.code) })
                      }
                    />{' '}
                    {s.code}
                  </label>
                ))}
              </div>
              <FieldErrorList id={`${base}-${field}-error`} errors={errorFor(field)} />
            </fieldset>
          ) : (
            <StateInput
              key={field}
              id={`${base}-${field}`}
              label={`${FIELD_LABELS[field]}${required ? '' : ' (optional)'}`}
              value={event[field]}
              states={states}
              invalid={invalid(field)}
              onChange={(value) => onChange(statePatch(field, value))}
            >
              <FieldErrorList id={`${base}-${field}-error`} errors={errorFor(field)} />
            </StateInput>
          ),
        )}
        <KindChoice
          id={`${base}-kind`}
          kinds={type?.kinds ?? []}
          value={event.kind}
          invalid={invalid('kind')}
          onChange={(kind) => onChange({ kind })}
        >
          <FieldErrorList id={`${base}-kind-error`} errors={errorFor('kind')} />
        </KindChoice>
        <div className="field field-wide">
          <label htmlFor={`${base}-source`}>Source</label>
          <input
            id={`${base}-source`}
            value={event.source}
            placeholder="who reported it, or “hypothetical”"
            onChange={(e) => onChange({ source: e.target.value })}
            {...invalid('source')}
          />
          <FieldErrorList id={`${base}-source-error`} errors={errorFor('source')} />
        </div>
      </div>
      <details className="more" open={moreRefused || undefined}>
        <summary>More: treaty, place, note</summary>
        <div className="event-grid">
          <div className="field">
            <label htmlFor={`${base}-treaty`}>Treaty concerned</label>
            <select
              id={`${base}-treaty`}
              value={event.treaty}
              onChange={(e) => onChange({ treaty: e.target.value })}
              {...invalid('treaty')}
            >
              <option value="">—</option>
              {treaties.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.id}
                </option>
              ))}
            </select>
            <FieldErrorList id={`${base}-treaty-error`} errors={errorFor('treaty')} />
          </div>
          <PlaceInput
            id={`${base}-place`}
            value={event.place}
            places={places}
            invalid={invalid('place')}
            onChange={(place) => onChange({ place })}
          >
            <FieldErrorList id={`${base}-place-error`} errors={errorFor('place')} />
          </PlaceInput>
          <div className="field field-wide">
            <label htmlFor={`${base}-note`}>Note</label>
            <input id={`${base}-note`} value={event.note} onChange={(e) => onChange({ note: e.target.value })} {...invalid('note')} />
            <FieldErrorList id={`${base}-note-error`} errors={errorFor('note')} />
          </div>
        </div>
      </details>
    </fieldset>
  );
}

function statePatch(field: Exclude<StateField, 'parties'>, value: string): Partial<EventDraft> {
  const patch: Partial<EventDraft> = {};
  patch[field] = value;
  return patch;
}

export function FieldErrorList({ id, errors }: { id: string; errors: readonly EventError[] }) {
  if (!errors.length) return null;
  return (
    <p className="field-error" id={id}>
      {errors.map((e, i) => (
        <span key={i}>
          {e.message}
          {e.hint ? <span className="hint"> — {e.hint}</span> : null}
        </span>
      ))}
    </p>
  );
}

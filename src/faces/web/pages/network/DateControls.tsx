/**
 * The day the network is drawn for: a slider over every day from the corpus's first signature to
 * today, a date field (YYYY-MM-DD), steps to the corpus's previous and next changes, and which
 * obligation to draw.
 */
import { useId, useState } from 'react';
import type { AtopCodeName } from '../../api/types.js';
import { dateOfDayIndex, dayIndex, isCalendarDate, neighbourDates, type DateRange } from '../../lib/networkDates.js';
import { CODE_CHOICES } from './codes.js';

interface Props {
  date: string;
  range: DateRange;
  /** The days the network may change on (treaties', parties' and suspensions' intervals). */
  changes: readonly string[];
  code: AtopCodeName | null;
  onDate: (date: string) => void;
  onCode: (code: AtopCodeName | null) => void;
}

export function DateControls({ date, range, changes, code, onDate, onCode }: Props) {
  const id = useId();
  // The field's text follows the day chosen elsewhere (slider, steps), and keeps what is being typed.
  const [draft, setDraft] = useState(date);
  const [shown, setShown] = useState(date);
  if (shown !== date) {
    setShown(date);
    setDraft(date);
  }
  const draftValid = isCalendarDate(draft);
  const valid = isCalendarDate(date);
  const min = dayIndex(range.min);
  const max = dayIndex(range.max);
  const day = valid ? Math.min(max, Math.max(min, dayIndex(date))) : min;
  const { previous, next } = valid ? neighbourDates(changes, date) : {};
  return (
    <form className="network-controls panel" onSubmit={(e) => e.preventDefault()} aria-label="The day and the obligation drawn">
      <div className="field network-slider">
        <label htmlFor={`${id}-slider`}>
          Day: <output htmlFor={`${id}-slider`}>{date}</output>
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={min}
          max={max}
          step={1}
          value={day}
          aria-valuetext={date}
          onChange={(e) => onDate(dateOfDayIndex(Number(e.target.value)))}
        />
        <div className="slider-ends muted" aria-hidden="true">
          <span>{range.min}</span>
          <span>{range.max}</span>
        </div>
      </div>
      <div className="network-fields">
        <div className="field">
          <label htmlFor={`${id}-date`}>Day (YYYY-MM-DD)</label>
          <input
            id={`${id}-date`}
            value={draft}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={!draftValid}
            aria-describedby={draftValid ? undefined : `${id}-date-error`}
            onChange={(e) => {
              setDraft(e.target.value);
              if (isCalendarDate(e.target.value)) onDate(e.target.value);
            }}
          />
          {draftValid ? null : (
            <p className="field-error" id={`${id}-date-error`}>
              Not a day of the calendar: write it YYYY-MM-DD.
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>Obligation drawn</label>
          <select
            id={`${id}-code`}
            value={code ?? 'any'}
            onChange={(e) => onCode(CODE_CHOICES.find((c) => (c.code ?? 'any') === e.target.value)?.code ?? null)}
          >
            {CODE_CHOICES.map((c) => (
              <option key={c.code ?? 'any'} value={c.code ?? 'any'}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="change-steps">
          <button type="button" disabled={!previous} onClick={() => previous && onDate(previous)}>
            ◀ Previous change{previous ? ` (${previous})` : ''}
          </button>
          <button type="button" disabled={!next} onClick={() => next && onDate(next)}>
            Next change{next ? ` (${next})` : ''} ▶
          </button>
        </div>
      </div>
    </form>
  );
}

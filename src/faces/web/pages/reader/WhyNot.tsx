/**
 * "Why not?" for one duty of the treaty on a day (GET /api/treaties/:id/status?provision=…): the
 * duties active or decided that day under the recorded history, or, where none arose, each binding
 * with why not. Loaded when opened, for the day asked (today by default).
 */
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useResource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';
import { OutcomeBadge, StatusBadge } from '../../components/Badges.js';
import { isWhyNot, whyNotReason } from '../../lib/whyNot.js';
import { deadlineInWords, lastDayBefore, spanInWords } from '../../lib/wording.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function WhyNot({ treaty, provision, today }: { treaty: string; provision: string; today: string }) {
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(today);
  const asked = open && DAY.test(day) ? day : null;
  const answer = useResource(asked && `why-not:${treaty}:${provision}:${asked}`, () => api.provisionOnDay(treaty, provision, asked!));
  return (
    <details className="why-not-panel" data-testid="why-not-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Why not? This duty on a day</summary>
      <div className="field">
        <label htmlFor={`why-not-${provision}`}>Day (YYYY-MM-DD), under the recorded history</label>
        <input id={`why-not-${provision}`} value={day} placeholder="YYYY-MM-DD" onChange={(e) => setDay(e.target.value.trim())} />
      </div>
      {asked ? (
        <Async resource={answer} what="the duty on that day">
          {(s) => {
            const rows = s.obligations ?? [];
            return (
              <>
                <p>
                  On {s.date} the treaty is <StatusBadge status={s.status} />.{' '}
                  {rows.length === 0
                    ? 'No duty of it active or decided that day (those that arose ended before).'
                    : rows.every(isWhyNot)
                      ? 'No duty of it arose by that day:'
                      : 'Active or decided that day:'}
                </p>
                <ul className="why-not-rows">
                  {rows.map((o, i) => (
                    <li key={i} data-outcome={o.outcome}>
                      {o.bearer}
                      {o.beneficiary ? ` → ${o.beneficiary}` : ''} <OutcomeBadge outcome={o.outcome} />{' '}
                      {isWhyNot(o) ? (
                        <span className="reason">{whyNotReason(o)}</span>
                      ) : (
                        <span className="muted">
                          {spanInWords(o.from, o.to)}
                          {o.deadline ? `, due ${deadlineInWords(lastDayBefore(o.deadline)!)}` : ''}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            );
          }}
        </Async>
      ) : open ? (
        <p className="field-hint">Give the day as YYYY-MM-DD.</p>
      ) : null}
    </details>
  );
}

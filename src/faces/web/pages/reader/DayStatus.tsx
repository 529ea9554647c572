/**
 * "Status on [day]": the treaty's status on a chosen day (from GET /api/treaties/:id/status), in the
 * one wording of time, with the next deadlines from that day, each party's status (a continuator
 * named in its predecessor's place) and the explanation, step by step. The day is the page's `at`
 * query, so a researcher can link it; a day that is not one is refused with what to write instead.
 */
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { PartyTimeline, StatusResult, TreatyDetail } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';
import { StatusBadge } from '../../components/Badges.js';
import { Explanation } from '../../components/Explanation.js';
import { SuspensionList } from '../../components/PartyTable.js';
import {
  continuingFrom,
  dayProblem,
  deadlinesOnDay,
  keyDays,
  partyCounts,
  partyOnDay,
  stretchOnDay,
  treatyEnd,
  treatyOnDay,
} from '../../lib/dayWords.js';
import { EndInWords } from './LifecycleSummary.js';

interface Props {
  detail: TreatyDetail;
  /** The day asked about, as the address gives it (checked here). */
  day: string;
  today: string;
  onDay: (day: string) => void;
  stateName: (code: string) => string;
  eventHref: (id: string) => string | undefined;
}

export function DayStatus({ detail, day, today, onDay, stateName, eventHref }: Props) {
  const id = detail.treaty.id;
  const problem = dayProblem(day);
  const answer = useResource(problem ? null : `status:${id}:${day}`, () => api.status(id, day));
  return (
    <section className="day-status panel" aria-labelledby="day-heading" data-testid="day-status">
      <h2 id="day-heading">Status on a day</h2>
      <DayPicker day={day} today={today} onDay={onDay} quick={keyDays(detail, today)} />
      {problem ? (
        <p className="problem" role="alert">
          <strong>Not a day:</strong> {problem}. The page shows nothing for it; choose a day above.
        </p>
      ) : (
        <Async resource={answer} what={`the status on ${day}`}>
          {(r) => <DayAnswer result={r} detail={detail} stateName={stateName} eventHref={eventHref} />}
        </Async>
      )}
    </section>
  );
}

function DayPicker({
  day,
  today,
  onDay,
  quick,
}: {
  day: string;
  today: string;
  onDay: (day: string) => void;
  quick: { label: string; day: string }[];
}) {
  // The box keeps what is typed until it is a whole day (a native date box gives '' meanwhile).
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <div className="day-picker">
      <label htmlFor="status-day" className="day-label">
        Status on
      </label>
      <input
        id="status-day"
        type="date"
        min="0001-01-01"
        max="9999-12-31"
        value={typed ?? (dayProblem(day) ? '' : day)}
        onChange={(e) => {
          const value = e.target.value;
          setTyped(value);
          if (value && !dayProblem(value)) {
            setTyped(null);
            onDay(value);
          }
        }}
        aria-describedby="status-day-hint"
      />
      <span id="status-day-hint" className="field-hint">
        a day as YYYY-MM-DD; {day === today ? 'today by default' : `today is ${today}`}
      </span>
      <div className="day-quick" role="group" aria-label="Key days of the treaty">
        {quick.map((q) => (
          <button
            key={`${q.label}-${q.day}`}
            type="button"
            className={`quiet day-chip${q.day === day ? ' selected' : ''}`}
            aria-pressed={q.day === day}
            onClick={() => {
              setTyped(null);
              onDay(q.day);
            }}
          >
            {q.label} <span className="muted">{q.day}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

function DayAnswer({
  result: r,
  detail,
  stateName,
  eventHref,
}: {
  result: StatusResult;
  detail: TreatyDetail;
  stateName: (code: string) => string;
  eventHref: (id: string) => string | undefined;
}) {
  const stretch = stretchOnDay(r);
  const deadlines = deadlinesOnDay(r);
  const end = treatyEnd(detail);
  return (
    <div className="day-answer" aria-live="polite">
      <p className="day-headline" data-testid="day-headline">
        <StatusBadge status={r.status} /> On <strong>{r.date}</strong>: {treatyOnDay(r)}.
      </p>
      {stretch ? <p className="day-stretch">{stretch}</p> : null}
      {deadlines.length ? (
        <div className="day-deadlines" data-testid="day-deadlines">
          <h3>Next deadlines from {r.date}</h3>
          <ul>
            {deadlines.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {end && (r.until === end.date || (r.status === 'terminated' && r.since === end.date)) ? (
        <EndInWords end={end} stateName={stateName} eventHref={eventHref} />
      ) : null}
      <PartiesOnDay result={r} timelines={detail.lifecycle.parties} stateName={stateName} eventHref={eventHref} />
      {r.suspensions.length ? (
        <div className="day-suspensions">
          <h3>Suspended on {r.date}</h3>
          <SuspensionList suspensions={r.suspensions} />
        </div>
      ) : null}
      <details className="day-why">
        <summary>Why: the explanation, step by step ({r.explanation.length} steps)</summary>
        <Explanation steps={r.explanation} treaty={r.treaty} eventHref={eventHref} />
      </details>
    </div>
  );
}

function PartiesOnDay({
  result: r,
  timelines,
  stateName,
  eventHref,
}: {
  result: StatusResult;
  timelines: readonly PartyTimeline[];
  stateName: (code: string) => string;
  eventHref: (id: string) => string | undefined;
}) {
  const [open, setOpen] = useState<string | null>(null);
  if (!r.parties.length) return null;
  const table = (
    <div className="table-scroll">
      <table className="stack day-parties" data-testid="day-parties">
        <caption>Each party on {r.date}</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">Status</th>
            <th scope="col">On that day</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {r.parties.map((p) => {
            const timeline = timelines.find((t) => t.party === p.party);
            const since = p.state === p.party ? null : continuingFrom(timeline, p.state);
            // Where another state is bound in the party's place after this stretch, say so (the USSR, then Russia).
            const then =
              p.until === null ? undefined : timeline?.intervals.find((i) => i.from === p.until && (i.state ?? p.party) !== p.state);
            const explained = open === p.party;
            return [
              <tr key={p.party} data-party={p.party} data-state={p.state}>
                <th scope="row">
                  {stateName(p.state)} ({p.state})
                  {p.state !== p.party ? (
                    <span className="continuing">
                      , continuing the {stateName(p.party)} ({p.party}){since ? ` from ${since}` : ''}
                    </span>
                  ) : null}
                </th>
                <td data-label="Status">
                  <StatusBadge status={p.status} />
                </td>
                <td data-label="On that day">
                  {partyOnDay(p)}
                  {then ? `; then ${stateName(then.state ?? p.party)} (${then.state ?? p.party}) bound in its place` : ''}
                </td>
                <td data-label="Why">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={explained}
                    aria-controls={`party-why-${p.party}`}
                    onClick={() => setOpen(explained ? null : p.party)}
                  >
                    {explained ? 'hide the explanation' : `explain (${p.explanation.length} steps)`}
                  </button>
                </td>
              </tr>,
              // The explanation on a row of its own, the table's full width.
              explained ? (
                <tr key={`${p.party}-why`} id={`party-why-${p.party}`} className="party-why" data-party-why={p.party}>
                  <td colSpan={4}>
                    <Explanation steps={p.explanation} treaty={r.treaty} eventHref={eventHref} />
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
  if (r.parties.length <= MANY_PARTIES) return table;
  // Many parties: the counts in a line, each party's row a click away (the lifecycle and the answer stay in view).
  return (
    <>
      <p className="day-party-counts" data-testid="day-party-counts">
        On {r.date}: {partyCounts(r.parties)}.
      </p>
      <details className="day-party-details">
        <summary>
          Each party on {r.date} ({r.parties.length})
        </summary>
        {table}
      </details>
    </>
  );
}

/** Up to this many parties, each party's row is shown at once. */
const MANY_PARTIES = 6;

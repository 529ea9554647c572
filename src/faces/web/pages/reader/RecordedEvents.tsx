/**
 * Every recorded event of the treaty, by date: what happened, who acted, where it was reported (the
 * citation as the data gives it, never shortened) and the note on it, in full. Each row has an
 * anchor (#event-ID) that the explanations link to where they rest on the event.
 */
import { useEffect } from 'react';
import type { RecordedEvent } from '../../api/types.js';
import { eventAnchor, eventsByDate, eventTypeInWords } from '../../lib/dayWords.js';

type Source = RecordedEvent['source'];

export function RecordedEvents({ history, stateName }: { history: readonly RecordedEvent[]; stateName: (code: string) => string }) {
  const events = eventsByDate(history);
  // Arriving with #event-ID in the address (a link from elsewhere): the list is drawn after the data arrives, so go there now.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id.startsWith('event-')) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section className="recorded-events" aria-labelledby="events-heading">
      <h2 id="events-heading">Recorded events</h2>
      <p className="section-lead">
        {events.length} event{events.length === 1 ? '' : 's'} on record, by date, each with where it was reported. The lifecycle above rests
        on them.
      </p>
      <ol className="event-list">
        {events.map((e) => (
          <li key={e.id} id={eventAnchor(e.id)} className="recorded-event" data-event={e.id} tabIndex={-1}>
            <div className="event-head">
              <span className="event-date">{e.date}</span> <strong>{eventTypeInWords(e.type)}</strong>
              <Who event={e} stateName={stateName} />
              <a className="event-link" href={`#${eventAnchor(e.id)}`} aria-label={`Link to the event ${e.id}`}>
                #{e.id}
              </a>
            </div>
            <DateDoubts event={e} />
            <SourceView source={e.source} />
            {e.note ? <p className="event-note">Note: {e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Who({ event: e, stateName }: { event: RecordedEvent; stateName: (code: string) => string }) {
  const name = (code: string) => `${stateName(code)} (${code})`;
  const parts = [
    e.by ? `by ${name(e.by)}` : '',
    e.parties?.length ? `between ${e.parties.map(name).join(', ')}` : '',
    e.to ? `to ${name(e.to)}` : '',
    e.against ? `against ${name(e.against)}` : '',
    e.kind ? `kind ${Array.isArray(e.kind) ? e.kind.join(', ') : e.kind}` : '',
    e.place ? `place ${Array.isArray(e.place) ? e.place.join(', ') : e.place}` : '',
    e.article ? `invoking Article ${e.article}` : '',
  ].filter(Boolean);
  return parts.length ? <span className="event-who"> {parts.join(' · ')}</span> : null;
}

/** A day known only within bounds, or given otherwise by other sources: said, never hidden. */
function DateDoubts({ event: e }: { event: RecordedEvent }) {
  const u = e.uncertain;
  return (
    <>
      {u ? (
        <p className="event-doubt">
          The day is known only within bounds: {u.earliest ? `not before ${u.earliest}` : 'no earlier bound known'},{' '}
          {u.latest ? `not after ${u.latest}` : 'no later bound known'}.
        </p>
      ) : null}
      {e.disputed?.map((d, i) => (
        <p key={i} className="event-doubt">
          Another source gives {d.date}: <SourceText source={d.source} />
        </p>
      ))}
    </>
  );
}

function SourceText({ source }: { source: Source | undefined }) {
  if (source === undefined) return <span className="muted">no source given</span>;
  return <cite>{typeof source === 'string' ? source : source.cite}</cite>;
}

function SourceView({ source }: { source: Source | undefined }) {
  return (
    <>
      <p className="event-source">
        Source: <SourceText source={source} />
      </p>
      {source !== undefined && typeof source !== 'string' && source.note ? (
        <p className="event-note">Note on the source: {source.note}</p>
      ) : null}
    </>
  );
}

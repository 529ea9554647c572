/**
 * The lifecycle in a few words, on top of the timeline: when the treaty was in force (first day to
 * last day), in how many terms, and, for a treaty that ended, how: which notice, by whom (a
 * continuator named as such), given when, in time for which term and its deadline.
 */
import type { TreatyDetail } from '../../api/types.js';
import { treatyEnd, type TreatyEnd } from '../../lib/dayWords.js';
import { deadlineInWords, spanInWords } from '../../lib/wording.js';

interface Props {
  detail: TreatyDetail;
  stateName: (code: string) => string;
  eventHref: (id: string) => string | undefined;
}

export function LifecycleSummary({ detail, stateName, eventHref }: Props) {
  const { intervals } = detail.lifecycle;
  const inForce = intervals.filter((i) => i.status === 'in-force');
  const unknown = intervals.find((i) => i.status === 'unknown');
  const end = treatyEnd(detail);
  const first = inForce[0];
  if (!first)
    return (
      <p className="lifecycle-summary" data-testid="lifecycle-summary">
        {unknown
          ? `Status unknown${unknown.from ? ` from ${unknown.from}` : ''} on the recorded history: the status on a day, above, says what is missing.`
          : 'Never in force on the recorded history.'}
      </p>
    );
  const terms = inForce.filter((i) => i.term !== null).length;
  const span = end ? spanInWords(first.from, end.date) : unknown ? spanInWords(first.from, unknown.from) : `from ${first.from}`;
  return (
    <div className="lifecycle-summary" data-testid="lifecycle-summary">
      <p>
        In force <strong>{span}</strong>
        {terms ? `, in ${terms} term${terms > 1 ? 's' : ''}` : ', without a time limit'}
        {end
          ? '.'
          : unknown
            ? `; its status is unknown from ${unknown.from ?? 'then'} (the status on a day, above, says why).`
            : '; still in force on the recorded history; the status on a day, above, gives the next deadlines.'}
      </p>
      {end ? <EndInWords end={end} stateName={stateName} eventHref={eventHref} /> : null}
    </div>
  );
}

export function EndInWords({
  end,
  stateName,
  eventHref,
}: {
  end: TreatyEnd;
  stateName: (code: string) => string;
  eventHref: Props['eventHref'];
}) {
  const e = end.event;
  const name = (code: string) => `${stateName(code)} (${code})`;
  const link = e ? eventHref(e.id) : undefined;
  return (
    <p className="lifecycle-end" data-testid="lifecycle-end">
      <strong>
        Ended on {end.date} (last day in force {end.lastDay})
      </strong>
      {e ? (
        <>
          {': '}
          {e.by ? name(e.by) : 'a party'}
          {end.continuing ? `, continuing the ${name(end.continuing)},` : ''} gave the notice of {e.date}
          {e.to ? ` to ${name(e.to)}` : ''} ({link ? <a href={link}>recorded event {e.id}</a> : `recorded event ${e.id}`})
          {end.term !== undefined && end.noticeDeadline ? (
            <>
              , in time to stop its renewal at the end of term {end.term}: notice {deadlineInWords(end.noticeDeadline)}.
            </>
          ) : (
            '.'
          )}
        </>
      ) : end.cause ? (
        `: ${end.cause}.`
      ) : (
        '.'
      )}
    </p>
  );
}

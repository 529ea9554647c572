/**
 * Status intervals as a table (status, from, until, term, notice deadline, why): the same facts a
 * lifecycle chart draws, for reading and for screen readers. With `onExplain`, the last cell opens
 * an interval's explanation; without it, it gives the cause in words.
 */
import type { StatusIntervalJson } from '../api/types.js';
import { StatusBadge } from './Badges.js';

export function IntervalTable({
  intervals,
  caption,
  onExplain,
}: {
  intervals: readonly StatusIntervalJson[];
  caption?: string;
  onExplain?: (index: number) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="stack">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Term</th>
            <th scope="col">Notice by</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {intervals.map((interval, i) => (
            <tr key={i}>
              <td>
                <StatusBadge status={interval.status} />
              </td>
              <td data-label="From">{interval.from ?? '—'}</td>
              <td data-label="Until">{interval.to ?? 'open-ended'}</td>
              <td data-label="Term">{interval.term ?? '—'}</td>
              <td data-label="Notice by">{interval.noticeDeadline ?? '—'}</td>
              <WhyCell cause={interval.cause} onExplain={onExplain && (() => onExplain(i))} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The last cell of a row of status: with `onExplain`, a button (its cause, else "explain") opening the explanation; without, the cause in words. */
export function WhyCell({ cause, onExplain }: { cause: string | undefined; onExplain: (() => void) | undefined }) {
  return (
    <td data-label="Why">
      {onExplain ? (
        <button type="button" className="link-button" onClick={onExplain}>
          {cause ?? 'explain'}
        </button>
      ) : (
        (cause ?? '—')
      )}
    </td>
  );
}

/**
 * Status intervals as a table (status, first day, last day, term, notice deadline, why): the same facts a
 * lifecycle chart draws, for reading and for screen readers. With `onExplain`, the last cell opens
 * an interval's explanation; without it, it gives the cause in words.
 */
import type { StatusIntervalJson } from '../api/types.js';
import { lastDayBefore } from '../lib/wording.js';
import { StatusBadge } from './Badges.js';

/** The last day of a stretch whose first day out is `end` (inclusive, as the one wording of time says it), or "open-ended". */
export function lastDayInWords(end: string | null): string {
  return lastDayBefore(end) ?? 'open-ended';
}

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
            <th scope="col">Last day</th>
            <th scope="col">Term</th>
            <th scope="col">Notice by (last day)</th>
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
              <td data-label="Last day">{lastDayInWords(interval.to)}</td>
              <td data-label="Term">{interval.term ?? '—'}</td>
              <td data-label="Notice by (last day)">{interval.noticeDeadline ?? '—'}</td>
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

/** The table alternative of a timeline: every bar and marker (row, what, from, to, last day, details). */
import { useMemo } from 'react';
import type { GanttSpec } from '../../lib/gantt.js';
import { timelineRows } from '../../lib/ganttWords.js';

interface Props {
  spec: GanttSpec;
  caption: string;
  /** Opens a bar's explanation, where it has one. */
  onOpen?: ((bar: number) => void) | undefined;
  canOpen: (bar: number) => boolean;
}

export function TimelineTable({ spec, caption, onOpen, canOpen }: Props) {
  const rows = useMemo(() => timelineRows(spec), [spec]);
  return (
    <div className="table-scroll">
      <table className="stack timeline-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">What</th>
            <th scope="col">From</th>
            <th scope="col">To (first day after)</th>
            <th scope="col">Last day</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.index}`} data-kind={r.kind}>
              <td data-label="Row">{r.row}</td>
              <td data-label="What">
                {r.kind === 'bar' && onOpen && canOpen(r.index) ? (
                  <button type="button" className="link-button" onClick={() => onOpen(r.index)}>
                    {r.what}
                  </button>
                ) : (
                  r.what
                )}
              </td>
              <td data-label="From">{r.from}</td>
              <td data-label="To">{r.to}</td>
              <td data-label="Last day">{r.lastDay}</td>
              <td data-label="Details">{r.details.join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

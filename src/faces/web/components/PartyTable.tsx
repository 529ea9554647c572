/**
 * Each party's status over time as a table (party, state bound, status, first day, last day, why): a row per
 * stretch of one status and one state bound, so a continuator's stretch reads "RUS, continuing SUN".
 * With `onExplain`, the last cell opens the explanation of the stretch's last interval.
 */
import type { PairSuspension, PartyTimeline, StatusIntervalJson } from '../api/types.js';
import { boundAs, statusRuns } from '../lib/parties.js';
import { StatusBadge } from './Badges.js';
import { lastDayInWords, WhyCell } from './IntervalTable.js';
import { spanInWords } from '../lib/wording.js';

export function PartyTable({
  parties,
  caption,
  onExplain,
}: {
  parties: readonly PartyTimeline[];
  caption?: string;
  onExplain?: (party: string, interval: StatusIntervalJson) => void;
}) {
  if (!parties.length) return null;
  return (
    <div className="table-scroll">
      <table className="stack party-table">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">State bound</th>
            <th scope="col">Status</th>
            <th scope="col">From</th>
            <th scope="col">Last day</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {parties.flatMap((p) =>
            statusRuns(p.intervals).map((run, i) => {
              const bound = boundAs(p.party, run.state);
              return (
                <tr key={`${p.party}-${i}`} data-party={p.party} data-state={run.state ?? p.party}>
                  <th scope="row">{p.party}</th>
                  <td data-label="State bound">{bound}</td>
                  <td data-label="Status">
                    <StatusBadge status={run.status} />
                  </td>
                  <td data-label="From">{run.from ?? '—'}</td>
                  <td data-label="Last day">{lastDayInWords(run.to)}</td>
                  <WhyCell cause={run.cause} onExplain={onExplain && (() => onExplain(bound, run.last))} />
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Obligations suspended between two parties, in words. */
export function SuspensionList({ suspensions }: { suspensions: readonly PairSuspension[] }) {
  if (!suspensions.length) return null;
  return (
    <ul className="suspensions" aria-label="Obligations suspended between parties">
      {suspensions.map((s, i) => (
        <li key={i}>
          {s.bearer}'s obligations towards {s.beneficiary} suspended {spanInWords(s.from, s.to)}
        </li>
      ))}
    </ul>
  );
}

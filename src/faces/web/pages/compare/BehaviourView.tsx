/**
 * A scenario run against both treaties, side by side: the assumptions it rests on (each treaty as if
 * in force from the scenario's first day), then for each combination of readings the outcome of
 * each provision under A and under B, those that differ first.
 */
import type { BehaviourComparison, BehaviourRun } from '../../api/types.js';
import { OutcomeBadge } from '../../components/Badges.js';
import { cellInWords, differingFirst, readingsInWords, runsDifferingFirst } from './behaviourWords.js';

/** How a row's provisions are paired, in words. */
const PAIRING: Record<BehaviourRun['rows'][number]['pairing'], string> = {
  aligned: 'aligned',
  'only-in-a': 'only in A',
  'only-in-b': 'only in B',
};

export function BehaviourView({
  behaviour: b,
  a,
  bId,
  labels,
}: {
  behaviour: BehaviourComparison;
  a: string;
  bId: string;
  /** Provision labels by `treaty/provision`. */
  labels: ReadonlyMap<string, string>;
}) {
  return (
    <section aria-labelledby="behaviour-heading" className="behaviour">
      <h2 id="behaviour-heading">Behaviour under “{b.scenario}”</h2>
      <p className="behaviour-total">
        {b.differences === 0
          ? 'The outcomes are the same under both treaties.'
          : `${b.differences} outcome${b.differences === 1 ? ' differs' : 's differ'} over ${b.runs.length} combination${b.runs.length === 1 ? '' : 's'} of readings.`}
      </p>
      <div className="assumptions panel">
        <h3>Assumed for the comparison</h3>
        <ul>
          {b.assumptions.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
          {b.warnings.map((w, i) => (
            <li key={`w${i}`} className="warning">
              Warning: {w}
            </li>
          ))}
        </ul>
      </div>
      {runsDifferingFirst(b.runs).map((run) => (
        <RunTable key={readingsInWords(run.readings)} run={run} a={a} b={bId} labels={labels} />
      ))}
    </section>
  );
}

function RunTable({ run, a, b, labels }: { run: BehaviourRun; a: string; b: string; labels: ReadonlyMap<string, string> }) {
  const label = (treaty: string, cell: { provision: string } | null) =>
    cell ? (
      <>
        {labels.get(`${treaty}/${cell.provision}`) ?? cell.provision} <code className="muted">{cell.provision}</code>
      </>
    ) : (
      '—'
    );
  const rows = differingFirst(run.rows);
  return (
    <div className="behaviour-run">
      <h3>
        Readings: {readingsInWords(run.readings)}{' '}
        <span className="muted">
          ({run.differences} differ{run.differences === 1 ? 's' : ''}; {run.standing} standing dut{run.standing === 1 ? 'y' : 'ies'} and
          kept prohibitions, the same every day, not listed)
        </span>
      </h3>
      {rows.length ? (
        <div className="table-scroll">
          <table className="behaviour-table stack">
            <thead>
              <tr>
                <th scope="col">Provisions</th>
                <th scope="col">Bearer → beneficiary</th>
                <th scope="col">Under A ({a})</th>
                <th scope="col">Under B ({b})</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr
                  key={i}
                  className={r.differs ? 'differs' : 'alike'}
                  data-provisions={`${r.a?.provision ?? '-'}:${r.b?.provision ?? '-'}`}
                  data-differs={r.differs ? 'yes' : 'no'}
                >
                  <th scope="row">
                    {r.differs ? <span className="badge differs-badge">differs</span> : <span className="badge">same</span>} {label(a, r.a)}{' '}
                    ↔ {label(b, r.b)}
                    <span className="muted"> ({PAIRING[r.pairing]})</span>
                  </th>
                  <td data-label="Bearer → beneficiary">
                    {r.bearer}
                    {r.beneficiary ? ` → ${r.beneficiary}` : ''}
                  </td>
                  <td data-label={`Under A (${a})`} className="cell-a">
                    {r.a ? <OutcomeBadge outcome={r.a.outcome} /> : null} {cellInWords(r.a, r.pairing)}
                  </td>
                  <td data-label={`Under B (${b})`} className="cell-b">
                    {r.b ? <OutcomeBadge outcome={r.b.outcome} /> : null} {cellInWords(r.b, r.pairing)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No row to list: every duty is standing, every prohibition kept.</p>
      )}
    </div>
  );
}

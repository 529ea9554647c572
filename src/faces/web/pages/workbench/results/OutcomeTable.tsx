/** The obligations of a run, one row per binding, each opening its explanation. */
import type { ObligationResult } from '../../../api/types.js';
import { OutcomeBadge } from '../../../components/Badges.js';

interface Props {
  obligations: readonly ObligationResult[];
  open: number | null;
  onOpen: (index: number) => void;
}

export function OutcomeTable({ obligations, open, onOpen }: Props) {
  if (!obligations.length) return <p>No obligation or prohibition applies in this run.</p>;
  const deadlines = obligations.some((o) => o.deadline);
  return (
    <div className="table-scroll">
      <table className="outcomes stack">
        <caption>Obligations and prohibitions</caption>
        <thead>
          <tr>
            <th scope="col">Provision</th>
            <th scope="col">Bearer → beneficiary</th>
            <th scope="col">Active</th>
            {deadlines ? <th scope="col">Deadline</th> : null}
            <th scope="col">Outcome</th>
            <th scope="col">
              <span className="visually-hidden">Explanation</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {obligations.map((o, i) => (
            <tr key={i} className={open === i ? 'selected' : undefined} data-provision={o.provision} data-outcome={o.outcome}>
              <th scope="row">
                <code>{o.provision}</code>
                <span className="muted"> Art. {o.article}</span>
              </th>
              <td data-label="Bearer → beneficiary">
                {o.bearer}
                {o.beneficiary ? ` → ${o.beneficiary}` : ''}
              </td>
              <td className="dates" data-label="Active">
                {o.from ?? '—'} → {o.to ?? 'open-ended'}
              </td>
              {deadlines ? (
                <td className="dates" data-label="Deadline">
                  {o.deadline ?? '—'}
                </td>
              ) : null}
              <td data-label="Outcome">
                <OutcomeBadge outcome={o.outcome} />
              </td>
              <td className="action">
                <button
                  type="button"
                  onClick={() => onOpen(i)}
                  aria-expanded={open === i}
                  aria-label={`Explain ${o.provision} (${o.bearer}${o.beneficiary ? ` to ${o.beneficiary}` : ''}): ${o.outcome}`}
                >
                  Explain
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

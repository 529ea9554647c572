/**
 * The obligations of a run, one row per binding, each opening its explanation: the duties that
 * arose, then, grouped after them, the provisions and bindings where none did, with why not.
 */
import type { ReactNode } from 'react';
import type { ObligationResult } from '../../../api/types.js';
import { OutcomeBadge } from '../../../components/Badges.js';
import { isWhyNot, whyNotReason } from '../../../lib/whyNot.js';

interface Props {
  obligations: readonly ObligationResult[];
  open: number | null;
  onOpen: (index: number) => void;
}

const binding = (o: ObligationResult) => `${o.bearer}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`;

/**
 * A row of either table: the provision, the binding, the cells between (`children`), then the
 * button opening its explanation.
 */
function Row({
  o,
  index,
  open,
  onOpen,
  children,
}: { o: ObligationResult; index: number; children: ReactNode } & Omit<Props, 'obligations'>) {
  return (
    <tr className={open === index ? 'selected' : undefined} data-provision={o.provision} data-outcome={o.outcome}>
      <th scope="row">
        <code>{o.provision}</code>
        <span className="muted"> Art. {o.article}</span>
      </th>
      <td data-label="Bearer → beneficiary">{binding(o)}</td>
      {children}
      <td className="action">
        <button
          type="button"
          onClick={() => onOpen(index)}
          aria-expanded={open === index}
          aria-label={`Explain ${o.provision} (${o.bearer}${o.beneficiary ? ` to ${o.beneficiary}` : ''}): ${o.outcome}`}
        >
          Explain
        </button>
      </td>
    </tr>
  );
}

export function OutcomeTable({ obligations, open, onOpen }: Props) {
  if (!obligations.length) return <p>No obligation or prohibition applies in this run.</p>;
  const rows = obligations.map((o, index) => ({ o, index }));
  const arose = rows.filter(({ o }) => !isWhyNot(o));
  const whyNot = rows.filter(({ o }) => isWhyNot(o));
  const deadlines = arose.some(({ o }) => o.deadline);
  return (
    <>
      <div className="table-scroll">
        <table className="outcomes stack" data-testid="outcomes">
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
            {arose.length ? null : (
              <tr>
                <td colSpan={deadlines ? 6 : 5}>No duty arose in this run: each provision and binding is below, with why not.</td>
              </tr>
            )}
            {arose.map(({ o, index }) => (
              <Row key={index} o={o} index={index} open={open} onOpen={onOpen}>
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
              </Row>
            ))}
          </tbody>
        </table>
      </div>
      {whyNot.length ? (
        <div className="table-scroll">
          <table className="outcomes why-not stack" data-testid="why-not">
            <caption>Where no duty arose, and why not</caption>
            <thead>
              <tr>
                <th scope="col">Provision</th>
                <th scope="col">Bearer → beneficiary</th>
                <th scope="col">Outcome</th>
                <th scope="col">Why not</th>
                <th scope="col">
                  <span className="visually-hidden">Explanation</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {whyNot.map(({ o, index }) => (
                <Row key={index} o={o} index={index} open={open} onOpen={onOpen}>
                  <td data-label="Outcome">
                    <OutcomeBadge outcome={o.outcome} />
                  </td>
                  <td className="reason" data-label="Why not">
                    {whyNotReason(o)}
                  </td>
                </Row>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

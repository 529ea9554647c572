/**
 * The obligations of a run, what matters first (the rule is in resultGroups.ts): the duties the
 * scenario set off or decided; then, by provision, the bindings where no duty arose, with why not;
 * then the standing duties folded into one line that opens. Filters by treaty, party and outcome
 * apply to all three, and to the chart. Each row opens its explanation.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { ObligationResult } from '../../../api/types.js';
import { OutcomeBadge } from '../../../components/Badges.js';
import { outcomeInWords } from '../../../lib/outcomeWords.js';
import { OUTCOME_LABELS } from '../../../lib/palette.js';
import { whyNotReason } from '../../../lib/whyNot.js';
import { ResultFilters } from './ResultFilters.js';
import { groupRows, type IndexedRow, type ResultFilter, type WhyNotGroup } from './resultGroups.js';
import { shortArticleLabel } from '../../../lib/articles.js';

interface Props {
  obligations: readonly ObligationResult[];
  open: number | null;
  onOpen: (index: number) => void;
  /** The filters, held by the run's panel: the chart above follows them too. */
  filter: ResultFilter;
  onFilter: (filter: ResultFilter) => void;
}

type RowProps = Pick<Props, 'open' | 'onOpen'>;

/** "PRK → RUS"; a joint duty's bearers spaced, so that the line can wrap. */
export const bindingText = (o: Pick<ObligationResult, 'bearer' | 'beneficiary'>) =>
  `${o.bearer.split('+').join(' + ')}${o.beneficiary ? ` → ${o.beneficiary}` : ''}`;

/** A row: the provision (or, in a provision's group, only the binding), the cells between, the button opening its explanation. */
function Row({
  row: { o, index },
  open,
  onOpen,
  provision = true,
  children,
}: { row: IndexedRow; provision?: boolean; children: ReactNode } & RowProps) {
  return (
    <tr
      className={open === index ? 'selected' : undefined}
      data-provision={o.provision}
      data-outcome={o.outcome}
      data-binding={`${o.bearer}/${o.beneficiary ?? ''}`}
    >
      {provision ? (
        <th scope="row">
          <code>{o.provision}</code>
          <span className="muted"> {shortArticleLabel(o.article)}</span>
        </th>
      ) : null}
      <td className="binding" data-label="Bearer → beneficiary">
        {bindingText(o)}
      </td>
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

function Head({ cells }: { cells: string[] }) {
  return (
    <thead>
      <tr>
        {cells.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Explanation</span>
        </th>
      </tr>
    </thead>
  );
}

/** A duty that arose: its outcome, and what happened in plain dates. */
function DutyRows({ rows, ...props }: { rows: readonly IndexedRow[] } & RowProps) {
  return (
    <>
      {rows.map((row) => (
        <Row key={row.index} row={row} {...props}>
          <td className="happened" data-label="Outcome">
            <OutcomeBadge outcome={row.o.outcome} /> {outcomeInWords(row.o)}
          </td>
        </Row>
      ))}
    </>
  );
}

/** One provision's bindings where no duty arose: open at first when they are few. */
function WhyNotGroupView({ group, ...props }: { group: WhyNotGroup } & RowProps) {
  const [open, setOpen] = useState(group.rows.length <= 4);
  const n = group.rows.length;
  return (
    <details className="why-not-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-provision={group.provision}>
      <summary>
        <code>{group.provision}</code> <span className="muted">{shortArticleLabel(group.article)}</span>{' '}
        <OutcomeBadge outcome={group.outcome} />{' '}
        <span className="muted">
          {n} binding{n === 1 ? '' : 's'}
        </span>
      </summary>
      {open ? (
        <table className="outcomes why-not stack">
          <caption className="visually-hidden">
            {group.provision}: {OUTCOME_LABELS[group.outcome]}, and why not
          </caption>
          <Head cells={['Bearer → beneficiary', 'Why not']} />
          <tbody>
            {group.rows.map((row) => (
              <Row key={row.index} row={row} provision={false} {...props}>
                <td className="reason" data-label="Why not">
                  {whyNotReason(row.o)}
                </td>
              </Row>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

export function OutcomeTable({ obligations, open, onOpen, filter, onFilter }: Props) {
  const groups = useMemo(() => groupRows(obligations, filter), [obligations, filter]);
  const [standingOpen, setStandingOpen] = useState(false);
  if (!obligations.length) return <p>No obligation or prohibition applies in this run.</p>;
  const props = { open, onOpen };
  const whyNotCount = groups.whyNot.reduce((n, g) => n + g.rows.length, 0);
  const shownCount = groups.scenario.length + whyNotCount + groups.standing.length;
  const s = groups.standing.length;
  return (
    <section className="obligation-results" aria-label="Obligations and prohibitions" data-testid="results-list">
      <ResultFilters obligations={obligations} filter={filter} onChange={onFilter} />
      <p className="muted results-count" data-testid="results-count">
        {shownCount === obligations.length
          ? `${shownCount} row${shownCount === 1 ? '' : 's'}`
          : `${shownCount} of ${obligations.length} rows shown`}
        : {groups.scenario.length} set off or decided by the scenario, {whyNotCount} where no duty arose, {s} standing.
      </p>
      <table className="outcomes stack" data-testid="outcomes">
        <caption>What the scenario set off</caption>
        <Head cells={['Provision', 'Bearer → beneficiary', 'Outcome']} />
        <tbody>
          {groups.scenario.length ? (
            <DutyRows rows={groups.scenario} {...props} />
          ) : (
            <tr>
              <td colSpan={4}>No duty arose from the scenario's events{shownCount < obligations.length ? ' among the rows shown' : ''}.</td>
            </tr>
          )}
        </tbody>
      </table>
      {groups.whyNot.length ? (
        <section className="why-not-list" data-testid="why-not" aria-labelledby="why-not-heading">
          <h4 id="why-not-heading">Where no duty arose, and why not</h4>
          {groups.whyNot.map((g) => (
            <WhyNotGroupView key={g.key} group={g} {...props} />
          ))}
        </section>
      ) : null}
      {s ? (
        <details className="standing" data-testid="standing" open={standingOpen} onToggle={(e) => setStandingOpen(e.currentTarget.open)}>
          <summary>
            {s} standing dut{s === 1 ? 'y' : 'ies'} held throughout, none breached — {standingOpen ? 'hide' : 'show'}
          </summary>
          <p className="field-hint">
            Duties that apply for as long as the treaty is in force, and prohibitions no act broke: no event of the scenario set them off or
            ended them.
          </p>
          {standingOpen ? (
            <table className="outcomes stack">
              <caption className="visually-hidden">Standing duties</caption>
              <Head cells={['Provision', 'Bearer → beneficiary', 'Outcome']} />
              <tbody>
                <DutyRows rows={groups.standing} {...props} />
              </tbody>
            </table>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}

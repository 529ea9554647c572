/**
 * Filters of a run's rows: by treaty, by party (bearing the duty or owed it), by outcome. Each
 * outcome is offered with its count among the rows of the treaty and party chosen, so ticking it
 * shows exactly that many rows; an outcome ticked stays offered at 0 (offeredOutcomes). The chart above
 * the rows follows the same filters.
 */
import type { ObligationResult } from '../../../api/types.js';
import { OUTCOME_LABELS } from '../../../lib/palette.js';
import { NO_FILTER, OUTCOME_ORDER, offeredOutcomes, partiesOf, type Outcome, type ResultFilter } from './resultGroups.js';

interface Props {
  obligations: readonly ObligationResult[];
  filter: ResultFilter;
  onChange: (filter: ResultFilter) => void;
}

export function ResultFilters({ obligations, filter, onChange }: Props) {
  const treaties = [...new Set(obligations.map((o) => o.treaty))];
  const parties = [...new Set(obligations.flatMap(partiesOf))].sort();
  const counts = offeredOutcomes(obligations, filter, OUTCOME_ORDER);
  const toggle = (outcome: Outcome, on: boolean) => {
    const outcomes = new Set(filter.outcomes);
    if (on) outcomes.add(outcome);
    else outcomes.delete(outcome);
    onChange({ ...filter, outcomes });
  };
  const filtered = filter.treaty || filter.party || filter.outcomes.size;
  return (
    <fieldset className="result-filters" data-testid="result-filters">
      <legend>Show</legend>
      {treaties.length > 1 ? (
        <label>
          Treaty{' '}
          <select value={filter.treaty} onChange={(e) => onChange({ ...filter, treaty: e.target.value })} data-testid="filter-treaty">
            <option value="">every treaty</option>
            {treaties.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        Party{' '}
        <select value={filter.party} onChange={(e) => onChange({ ...filter, party: e.target.value })} data-testid="filter-party">
          <option value="">every party</option>
          {parties.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <span className="outcome-filter" role="group" aria-label="Outcomes (none ticked: every outcome)">
        {counts.map(({ outcome, count }) => (
          <label key={outcome} className={`chip outcome-${outcome}`} data-outcome={outcome}>
            <input type="checkbox" checked={filter.outcomes.has(outcome)} onChange={(e) => toggle(outcome, e.target.checked)} />{' '}
            {OUTCOME_LABELS[outcome]} <span className="count">{count}</span>
          </label>
        ))}
      </span>
      {filtered ? (
        <button type="button" className="quiet" onClick={() => onChange(NO_FILTER)}>
          Show all
        </button>
      ) : null}
    </fieldset>
  );
}

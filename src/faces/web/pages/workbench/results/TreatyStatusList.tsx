/** Each treaty's status intervals in the run, in words. */
import type { TreatyTimeline } from '../../../api/types.js';
import { IntervalTable } from '../../../components/IntervalTable.js';

export function TreatyStatusList({ treaties }: { treaties: readonly TreatyTimeline[] }) {
  return (
    <details className="as-table">
      <summary>Treaty status, interval by interval</summary>
      {treaties.map((t) => (
        <IntervalTable key={t.id} intervals={t.intervals} caption={t.id} />
      ))}
    </details>
  );
}

/**
 * Each treaty's status intervals in the run, in words; below each, the parties whose course differs
 * from the treaty's (another status on some day, or a continuator bound in their place), and the
 * obligations suspended between parties.
 */
import type { TreatyTimeline } from '../../../api/types.js';
import { IntervalTable } from '../../../components/IntervalTable.js';
import { PartyTable, SuspensionList } from '../../../components/PartyTable.js';
import { differsFromTreaty } from '../../../lib/parties.js';

export function TreatyStatusList({ treaties }: { treaties: readonly TreatyTimeline[] }) {
  return (
    <details className="as-table">
      <summary>Treaty and party status, interval by interval</summary>
      {treaties.map((t) => {
        const differing = t.parties.filter((p) => differsFromTreaty(p.intervals, t.intervals));
        const same = t.parties.filter((p) => !differing.includes(p)).map((p) => p.party);
        return (
          <div key={t.id} className="treaty-status" data-treaty={t.id}>
            <IntervalTable intervals={t.intervals} caption={t.id} />
            <PartyTable parties={differing} caption={`${t.id}: parties whose status differs from the treaty's`} />
            {same.length ? (
              <p className="muted">
                {same.join(', ')}: as the treaty{differing.length ? '' : ' (every party)'}.
              </p>
            ) : null}
            <SuspensionList suspensions={t.suspensions ?? []} />
          </div>
        );
      })}
    </details>
  );
}

/**
 * Per-party status as the human output shows it: a party's intervals run together where its status
 * and the state bound in its place stay the same (terms are the treaty's, shown with the treaty),
 * the state named "RUS, continuing SUN" where a continuator stands in the party's place, and whether
 * a party's course differs from the treaty's, which decides whether it is shown at all.
 */
import { type PairSuspension, type StatusIntervalJson, statusRuns } from '../../model/index.js';

/** Whether a party's course differs from the treaty's: another status on some day, or another state bound. */
export function differsFromTreaty(party: readonly StatusIntervalJson[], treaty: readonly StatusIntervalJson[]): boolean {
  const a = statusRuns(party);
  const b = statusRuns(treaty);
  return (
    a.length !== b.length ||
    a.some((r, i) => r.status !== b[i]!.status || r.from !== b[i]!.from || r.to !== b[i]!.to || r.state !== undefined)
  );
}

/** "USA's obligations towards NZL suspended". */
export function suspensionWords(s: Pick<PairSuspension, 'bearer' | 'beneficiary'>): string {
  return `${s.bearer}'s obligations towards ${s.beneficiary} suspended`;
}

/**
 * Per-party status as the human output shows it: a party's intervals run together where its status
 * and the state bound in its place stay the same (terms are the treaty's, shown with the treaty),
 * the state named "RUS, continuing SUN" where a continuator stands in the party's place, and whether
 * a party's course differs from the treaty's, which decides whether it is shown at all.
 */
import type { PairSuspension, StatusIntervalJson, TreatyStatus } from '../../model/index.js';

/** The state bound in a party's place, as the outputs name it: "PRK", or "RUS, continuing SUN". */
export function boundAs(party: string, state: string | undefined): string {
  return state === undefined || state === party ? party : `${state}, continuing ${party}`;
}

export interface StatusRun {
  status: TreatyStatus;
  from: string | null;
  to: string | null;
  /** The state bound over the run where it is not the party itself. */
  state?: string;
  cause?: string;
}

/** Consecutive intervals of one status and one state bound, as one run (the cause: the last interval's). */
export function statusRuns(intervals: readonly StatusIntervalJson[]): StatusRun[] {
  const runs: StatusRun[] = [];
  for (const i of intervals) {
    const last = runs[runs.length - 1];
    if (last && last.status === i.status && last.state === i.state && last.to === i.from) {
      last.to = i.to;
      if (i.cause !== undefined) last.cause = i.cause;
      continue;
    }
    runs.push({
      status: i.status,
      from: i.from,
      to: i.to,
      ...(i.state !== undefined ? { state: i.state } : {}),
      ...(i.cause !== undefined ? { cause: i.cause } : {}),
    });
  }
  return runs;
}

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

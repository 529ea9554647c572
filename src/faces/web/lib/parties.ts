/**
 * Per-party status as the pages show it: the state bound in a party's place named "RUS, continuing
 * SUN", a party's intervals grouped by the state bound over them (one chart row each), and whether
 * a party's course differs from its treaty's.
 */
import type { StatusIntervalJson } from '../api/types.js';

/** "PRK", or "RUS, continuing SUN" where a continuator is bound in the party's place. */
export function boundAs(party: string, state: string | undefined): string {
  return state === undefined || state === party ? party : `${state}, continuing ${party}`;
}

/** A party's intervals in runs of one state bound (the party, then each continuator), in order. */
export function byStateBound(
  party: string,
  intervals: readonly StatusIntervalJson[],
): { state: string; label: string; intervals: StatusIntervalJson[] }[] {
  const groups: { state: string; label: string; intervals: StatusIntervalJson[] }[] = [];
  for (const i of intervals) {
    const state = i.state ?? party;
    const last = groups[groups.length - 1];
    if (last?.state === state) last.intervals.push(i);
    else groups.push({ state, label: boundAs(party, state), intervals: [i] });
  }
  return groups;
}

/** Whether a party's course differs from the treaty's: another status on some day, or a continuator bound. */
export function differsFromTreaty(party: readonly StatusIntervalJson[], treaty: readonly StatusIntervalJson[]): boolean {
  const a = statusRuns(party);
  const b = statusRuns(treaty);
  return (
    a.length !== b.length ||
    a.some((r, i) => r.state !== undefined || r.status !== b[i]!.status || r.from !== b[i]!.from || r.to !== b[i]!.to)
  );
}

/** A stretch of one status and one state bound; `last` is its last interval (whose explanation says why). */
export interface StatusRun {
  status: StatusIntervalJson['status'];
  from: string | null;
  to: string | null;
  state?: string;
  cause?: string;
  last: StatusIntervalJson;
}

/** Consecutive intervals of one status and one state bound, as one run. */
export function statusRuns(intervals: readonly StatusIntervalJson[]): StatusRun[] {
  const runs: StatusRun[] = [];
  for (const i of intervals) {
    const run = runs[runs.length - 1];
    // Only intervals that meet (an open end never meets an open start).
    if (run && run.status === i.status && run.state === i.state && run.to !== null && run.to === i.from) {
      run.to = i.to;
      run.last = i;
      if (i.cause !== undefined) run.cause = i.cause;
      continue;
    }
    runs.push({
      status: i.status,
      from: i.from,
      to: i.to,
      ...(i.state !== undefined ? { state: i.state } : {}),
      ...(i.cause !== undefined ? { cause: i.cause } : {}),
      last: i,
    });
  }
  return runs;
}

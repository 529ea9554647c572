/**
 * Reading a party's status intervals (results.ts): the state bound in its place named as the
 * outputs name it, and its intervals run together where the status and the state bound stay the
 * same (terms apart). The engine's explanations and status-on-a-day and the CLI's tables use these;
 * the web client, which may import only types, keeps its own copy (src/faces/web/lib/parties.ts).
 */
import type { IsoDate } from './calendar.js';
import type { StatusIntervalJson } from './results.js';
import type { TreatyStatus } from './timeline.js';

/** The state bound in a party's place: "PRK", or "RUS, continuing SUN". */
export function boundAs(party: string, state: string | undefined): string {
  return state === undefined || state === party ? party : `${state}, continuing ${party}`;
}

export interface StatusRun {
  status: TreatyStatus;
  from: IsoDate | null;
  to: IsoDate | null;
  /** The state bound over the run where it is not the party itself. */
  state?: string;
  /** The last interval's cause (why it ended, for a termination). */
  cause?: string;
}

/** Consecutive intervals that meet, of one status and one state bound, as one run (an open end never meets an open start). */
export function statusRuns(intervals: readonly StatusIntervalJson[]): StatusRun[] {
  const runs: StatusRun[] = [];
  for (const i of intervals) {
    const last = runs[runs.length - 1];
    if (last && last.status === i.status && last.state === i.state && last.to !== null && last.to === i.from) {
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

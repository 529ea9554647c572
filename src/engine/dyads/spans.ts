/**
 * The days on which one party owes another under a treaty: both bound (in force for each,
 * provisionally applied, or of unknown status), and the bearer's obligations towards the
 * beneficiary not suspended. Cut where either's status changes, where a continuator takes either's
 * place, and where a suspension between them begins or ends; each stretch says why it ended.
 */
import { addDays, type IsoDate, type PairSuspension, type StatusIntervalJson } from '../../model/index.js';
import type { DyadSpan, DyadStatus } from './types.js';

const APPLYING = new Set(['in-force', 'provisionally-applied', 'unknown']);

/** The interval of a contiguous list that holds from `day` on (null: the beginning of time). */
function holding(intervals: readonly StatusIntervalJson[], day: IsoDate | null): StatusIntervalJson | undefined {
  if (day === null) return intervals[0];
  return intervals.find((i) => (i.from === null || i.from <= day) && (i.to === null || day < i.to));
}

const covers = (s: { from: IsoDate; to: IsoDate | null }, day: IsoDate | null) =>
  day !== null && s.from <= day && (s.to === null || day < s.to);

/** The last step of an interval's explanation: what put it in that status. */
const lastStep = (i: StatusIntervalJson): string => i.cause ?? i.explanation[i.explanation.length - 1]?.text ?? i.status;

/** A span before it is known why it ended. */
type Piece = Omit<DyadSpan, 'endedBy'>;

function statusOf(a: StatusIntervalJson, b: StatusIntervalJson): { status: DyadStatus; reason?: string } {
  const unknown = [a, b].find((i) => i.status === 'unknown');
  if (unknown) return { status: 'unknown', reason: lastStep(unknown) };
  if (a.status === 'provisionally-applied' || b.status === 'provisionally-applied') return { status: 'provisionally-applied' };
  return { status: 'in-force' };
}

/**
 * The spans over which `partyA` owes `partyB` (their intervals as the lifecycle gives them,
 * contiguous from the beginning of time to an open end), in order.
 */
export function pairSpans(
  partyA: string,
  intervalsA: readonly StatusIntervalJson[],
  partyB: string,
  intervalsB: readonly StatusIntervalJson[],
  suspensions: readonly PairSuspension[],
): DyadSpan[] {
  const between = suspensions.filter((s) => s.bearer === partyA && s.beneficiary === partyB);
  const days = new Set<IsoDate>();
  for (const i of [...intervalsA, ...intervalsB]) for (const d of [i.from, i.to]) if (d !== null) days.add(d);
  for (const s of between) for (const d of [s.from, s.to]) if (d !== null) days.add(d);
  const cuts: (IsoDate | null)[] = [null, ...[...days].sort()];
  const pieces: Piece[] = [];
  cuts.forEach((from, k) => {
    const to = cuts[k + 1] ?? null;
    const a = holding(intervalsA, from);
    const b = holding(intervalsB, from);
    if (!a || !b || !APPLYING.has(a.status) || !APPLYING.has(b.status)) return;
    if (between.some((s) => covers(s, from))) return;
    const { status, reason } = statusOf(a, b);
    const piece: Piece = { from, to, stateA: a.state ?? partyA, stateB: b.state ?? partyB, status, ...(reason ? { reason } : {}) };
    const last = pieces[pieces.length - 1];
    if (
      last &&
      last.to === from &&
      last.stateA === piece.stateA &&
      last.stateB === piece.stateB &&
      last.status === piece.status &&
      last.reason === piece.reason
    )
      last.to = to;
    else pieces.push(piece);
  });
  return pieces.map((p) => {
    const sides = [
      { party: partyA, state: p.stateA, intervals: intervalsA },
      { party: partyB, state: p.stateB, intervals: intervalsB },
    ];
    const endedBy = p.to === null ? undefined : whyEnded(p, sides, between);
    return { ...p, ...(endedBy ? { endedBy } : {}) };
  });
}

/** What changed on the first day after a span: a suspension between them began, or either party's status or the state in its place changed. */
function whyEnded(
  p: Piece,
  sides: readonly { party: string; state: string; intervals: readonly StatusIntervalJson[] }[],
  between: readonly PairSuspension[],
): string | undefined {
  const suspended = between.find((s) => s.from === p.to);
  if (suspended) return suspended.explanation[suspended.explanation.length - 1]?.text;
  const around = sides.map((side) => ({ side, before: holding(side.intervals, addDays(p.to!, -1)), next: holding(side.intervals, p.to) }));
  const changed =
    around.find(({ side, next }) => next && (!APPLYING.has(next.status) || (next.state ?? side.party) !== side.state)) ??
    // Else the status turned (in force, unknown), or why it is unknown did: the interval that begins that day says how.
    around.find(({ before, next }) => next && before && next.status !== before.status) ??
    around.find(({ next }) => next?.from === p.to);
  return changed?.next ? lastStep(changed.next) : undefined;
}

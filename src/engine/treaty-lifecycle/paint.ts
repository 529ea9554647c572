/**
 * Status intervals as a contiguous list from the beginning of time (`from: null`) to an open end
 * (`to: null`), and painting a span of it over: the parts of the intervals inside the span are
 * replaced, the rest kept, so that the list stays contiguous, ordered and without overlaps.
 */
import type { IsoDate, StatusIntervalJson } from '../../model/index.js';

const startOf = (d: IsoDate | null) => d ?? '';
const endOf = (d: IsoDate | null) => d ?? '\uffff';

/**
 * Paint [from, to) (null: from the beginning, to the open end): each part of an interval inside it
 * becomes `paint(part)` (the part itself with its own bounds), or stays as it is if that gives null.
 * Neighbours left with the same status and explanation are joined.
 */
export function paint(
  intervals: readonly StatusIntervalJson[],
  from: IsoDate | null,
  to: IsoDate | null,
  painter: (part: StatusIntervalJson) => StatusIntervalJson | null,
): StatusIntervalJson[] {
  if (from !== null && to !== null && from >= to) return [...intervals];
  const out: StatusIntervalJson[] = [];
  for (const i of intervals) {
    const a = startOf(i.from) > startOf(from) ? i.from : from;
    const b = endOf(i.to) < endOf(to) ? i.to : to;
    if (!(startOf(a) < endOf(b))) {
      out.push(i);
      continue;
    }
    if (startOf(i.from) < startOf(a)) out.push({ ...i, to: a });
    const part = { ...i, from: a, to: b };
    out.push(painter(part) ?? part);
    if (endOf(b) < endOf(i.to)) out.push({ ...i, from: b });
  }
  return join(out);
}

/** Joins neighbours that say the same (status, term, state and explanation), so painting never leaves seams. */
function join(list: StatusIntervalJson[]): StatusIntervalJson[] {
  const out: StatusIntervalJson[] = [];
  for (const i of list) {
    const last = out[out.length - 1];
    if (
      last &&
      last.to === i.from &&
      last.status === i.status &&
      last.term === i.term &&
      last.state === i.state &&
      last.cause === i.cause &&
      last.explanation === i.explanation
    )
      out[out.length - 1] = { ...last, to: i.to };
    else out.push(i);
  }
  return out;
}

/** The interval containing `date`. */
export function intervalOn(intervals: readonly StatusIntervalJson[], date: IsoDate): StatusIntervalJson | undefined {
  return intervals.find((i) => (i.from === null || i.from <= date) && (i.to === null || date < i.to));
}

/** Spans in which the status is one of `statuses`, merged where they meet. */
export function spansWhere(
  intervals: readonly StatusIntervalJson[],
  statuses: ReadonlySet<string>,
  origin: IsoDate,
): { from: IsoDate; to: IsoDate | null; next?: StatusIntervalJson }[] {
  const spans: { from: IsoDate; to: IsoDate | null; next?: StatusIntervalJson }[] = [];
  intervals.forEach((i, k) => {
    if (!statuses.has(i.status)) return;
    const from = i.from ?? origin;
    const last = spans[spans.length - 1];
    if (last && last.to === from) {
      last.to = i.to;
      last.next = intervals[k + 1];
    } else spans.push({ from, to: i.to, next: intervals[k + 1] });
  });
  return spans;
}

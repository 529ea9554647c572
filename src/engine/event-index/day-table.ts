/** The day table (each day's first position on the timeline) and the search of an ascending list that finds a day or a position. */

/** The most days a table of day starts covers (4 MB; dayKeys run 512 to a year: two thousand years). */
export const DAY_STARTS_LIMIT = 2 ** 20;

/** For days (ascending dayKeys), the first position on or after each day from the first; undefined if they span too many. */
export function dayStarts(days: Int32Array): Int32Array | undefined {
  const n = days.length;
  if (n === 0) return undefined;
  const first = days[0]!;
  const range = days[n - 1]! - first + 1;
  if (range > DAY_STARTS_LIMIT) return undefined;
  const starts = new Int32Array(range);
  let position = 0;
  for (let k = 0; k < range; k++) {
    while (position < n && days[position]! - first < k) position++;
    starts[k] = position;
  }
  return starts;
}

/** The index of the first element of an ascending list that is at least `value`. */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (list[mid]! < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

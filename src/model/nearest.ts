/** The names nearest a misspelt one, for "did you mean" hints (event types, places, kinds). */
import { distance } from 'fastest-levenshtein';

/** How many edits a name of this length may be from a known one to be offered: one for a code, more for a longer name. */
export function nearTolerance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** Whether `candidate` is near enough `wanted` to be offered as "did you mean" (a slip of a few letters, not another word). */
export function isNear(wanted: string, candidate: string): boolean {
  return distance(wanted.toLowerCase(), candidate.toLowerCase()) <= nearTolerance(wanted.trim().length);
}

/** How many names a hint lists. */
const NEAR = 3;

/**
 * The candidates nearest `wanted`, at most three: first those whose key contains it (or that it
 * contains), then by edit distance (case ignored), ties in code-unit order. `key` is what is compared
 * (the candidate itself by default).
 */
export function nearest(wanted: string, candidates: readonly string[], key: (candidate: string) => string = (c) => c): string[] {
  const w = wanted.trim().toLowerCase();
  const rank = (c: string) => {
    const k = key(c).toLowerCase();
    return (k.includes(w) || w.includes(k) ? 0 : 1_000_000) + distance(w, k);
  };
  return candidates
    .map((c) => ({ c, rank: rank(c) }))
    .sort((a, b) => a.rank - b.rank || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0))
    .slice(0, NEAR)
    .map((x) => x.c);
}

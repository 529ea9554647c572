/** Every pair of treaties of the corpus, once each: n·(n−1)/2 comparisons, the older treaty as A. */
export interface TreatyPair<T> {
  a: T;
  b: T;
}

/** Pairs in the order of `treaties` (A before B in that order), A's pairs together. */
export function treatyPairs<T>(treaties: readonly T[]): TreatyPair<T>[] {
  return treaties.flatMap((a, i) => treaties.slice(i + 1).map((b) => ({ a, b })));
}

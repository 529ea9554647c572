/** Where a run of source spans starts and ends, and whether one run lies inside another. */
import type { SourceSpan } from '../../model/index.js';

export const first = (spans: readonly SourceSpan[]) => spans[0]!.start;
export const last = (spans: readonly SourceSpan[]) => spans[spans.length - 1]!.end;

export const inside = (inner: readonly SourceSpan[], outer: readonly SourceSpan[]) =>
  first(inner) >= first(outer) && last(inner) <= last(outer);

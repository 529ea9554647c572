/** Directed dyads: the days one party owes another under a treaty, and the provisions that run that way. Pure: no I/O. */
export { directedDyads } from './build.js';
export { directionsOf, isOneWay } from './directions.js';
export { pairSpans } from './spans.js';
export type { DirectedDyad, DirectedDyads, DyadSpan } from './types.js';
